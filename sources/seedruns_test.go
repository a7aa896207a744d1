package sources

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// arabicRuns splits folded text into runs of consecutive Arabic words; any
// word in another script (Latin, digits) ends a run, punctuation does not.
func arabicRuns(text string) [][]string {
	var runs [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			runs = append(runs, cur)
			cur = nil
		}
	}
	for _, f := range strings.FieldsFunc(arabic.Fold(text), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}) {
		var word, other strings.Builder
		for _, r := range f {
			switch {
			case r >= 0x0621 && r <= 0x064A:
				word.WriteRune(r)
			case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
				other.WriteRune(r)
			}
		}
		if other.Len() > 0 {
			flush()
		}
		if word.Len() > 0 {
			cur = append(cur, word.String())
		}
	}
	flush()
	return runs
}

// TestNoSeedRuns checks that no run of four consecutive Arabic words of the
// seed articles appears in the package's non-test files, data included.
func TestNoSeedRuns(t *testing.T) {
	grams := map[string]string{}
	for _, name := range seedFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, run := range arabicRuns(string(data)) {
			for i := 0; i+4 <= len(run); i++ {
				grams[strings.Join(run[i:i+4], " ")] = filepath.Base(name)
			}
		}
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, run := range arabicRuns(string(data)) {
			for i := 0; i+4 <= len(run); i++ {
				g := strings.Join(run[i:i+4], " ")
				if seed, ok := grams[g]; ok {
					t.Errorf("%s: %q also occurs in seed %s", path, g, seed)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
