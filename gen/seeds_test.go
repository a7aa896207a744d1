package gen_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/gen"
)

// arabicWords returns the Arabic words of s in order, folded (hamza forms,
// ى/ي, ة/ه and diacritics made equal) so that spelling variants compare
// equal.
func arabicWords(s string) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			if w := arabic.Fold(cur.String()); w != "" {
				words = append(words, w)
			}
			cur.Reset()
		}
	}
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			cur.WriteRune(r)
			continue
		}
		if r == 'ـ' { // tatweel joins a detached clitic to its word
			continue
		}
		flush()
	}
	flush()
	return words
}

// ngrams returns the runs of n consecutive words of ws.
func ngrams(ws []string, n int) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+n <= len(ws); i++ {
		out[strings.Join(ws[i:i+n], " ")] = true
	}
	return out
}

// seedGrams returns every run of four words in the seed articles.
func seedGrams(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	all := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for g := range ngrams(arabicWords(string(b)), 4) {
			all[g] = true
		}
	}
	return all
}

// TestNoSeedText checks that the generator's own files (its templates and
// vocabularies, and the command's) share no run of four Arabic words with
// the seed articles: the corpus is written in its own words. Words are
// compared in file order across string literals, which is stricter than
// any text the templates can produce.
func TestNoSeedText(t *testing.T) {
	seeds := seedGrams(t)
	var files []string
	for _, dir := range []string{".", "../cmd/riwaya-gen"} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if !strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	if len(files) < 5 {
		t.Fatalf("only %d files found: %v", len(files), files)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ws := arabicWords(string(b))
		for i := 0; i+4 <= len(ws); i++ {
			if g := strings.Join(ws[i:i+4], " "); seeds[g] {
				t.Errorf("%s: %q also stands in a seed article", f, g)
			}
		}
	}
}

// TestSeedOverlapOfOutput measures how many runs of four words of a
// generated sample also occur in the seeds. Place and body names (a town "بريف
// دير الزور") make a few unavoidable; the test fails if more than 1% of the
// sample's distinct 4-grams come from the seeds.
func TestSeedOverlapOfOutput(t *testing.T) {
	seeds := seedGrams(t)
	arts, err := gen.Generate(gen.Config{Seed: 3}, 300)
	if err != nil {
		t.Fatal(err)
	}
	grams := map[string]bool{}
	for _, a := range arts {
		for g := range ngrams(arabicWords(a.Text), 4) {
			grams[g] = true
		}
	}
	shared := map[string]bool{}
	for g := range grams {
		if seeds[g] {
			shared[g] = true
		}
	}
	frac := float64(len(shared)) / float64(len(grams))
	t.Logf("%d of %d distinct 4-grams of 300 generated articles occur in the seeds (%.3f%%)", len(shared), len(grams), 100*frac)
	if testing.Verbose() {
		for g := range shared {
			t.Logf("  shared: %s", g)
		}
	}
	if frac > 0.01 {
		t.Errorf("%.2f%% of the generated 4-grams come from the seeds", 100*frac)
	}
}
