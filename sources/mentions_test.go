package sources

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims/arabic"
)

var update = flag.Bool("update", false, "rewrite testdata/seed_mentions.golden")

// wantMention is one expected mention of a test case; the optional fields
// are checked when set.
type wantMention struct {
	ID        string  `json:"id"`
	Text      string  `json:"text"`
	Rule      string  `json:"rule,omitempty"`
	Speaker   string  `json:"speaker,omitempty"`
	Role      string  `json:"role,omitempty"`
	Clitics   *string `json:"clitics,omitempty"`
	Anonymous *bool   `json:"anonymous,omitempty"`
	Generic   *bool   `json:"generic,omitempty"`
}

type mentionCase struct {
	Note string        `json:"note"`
	Text string        `json:"text"`
	Want []wantMention `json:"want"`
	file string
	line int
}

func readCases(t *testing.T, pattern string) []mentionCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files %s: %v", pattern, err)
	}
	var cases []mentionCase
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for no := 1; sc.Scan(); no++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c mentionCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", name, no, err)
			}
			c.file, c.line = filepath.Base(name), no
			cases = append(cases, c)
		}
		f.Close()
	}
	return cases
}

func TestMentionCases(t *testing.T) {
	r := mustRegistry(t)
	for _, c := range readCases(t, "testdata/*.jsonl") {
		t.Run(fmt.Sprintf("%s:%d", c.file, c.line), func(t *testing.T) {
			got := r.Mentions(c.Text, nil)
			type pair struct{ ID, Text string }
			var gp, wp []pair
			for _, m := range got {
				gp = append(gp, pair{m.SourceID, m.Text})
			}
			for _, w := range c.Want {
				wp = append(wp, pair{w.ID, w.Text})
			}
			if diff := cmp.Diff(wp, gp); diff != "" {
				t.Fatalf("%s\n%s\nmentions (-want +got):\n%s", c.Note, c.Text, diff)
			}
			for i, w := range c.Want {
				m := got[i]
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("%s: mention %d (%s) %s = %q, want %q", c.Note, i, m.Text, field, got, want)
					}
				}
				check("Rule", m.Rule, w.Rule)
				check("Speaker", m.Speaker, w.Speaker)
				check("Role", m.Role, w.Role)
				if w.Clitics != nil && m.Clitics != *w.Clitics {
					t.Errorf("%s: mention %d Clitics = %q, want %q", c.Note, i, m.Clitics, *w.Clitics)
				}
				if w.Anonymous != nil && m.Anonymous != *w.Anonymous {
					t.Errorf("%s: mention %d Anonymous = %v, want %v", c.Note, i, m.Anonymous, *w.Anonymous)
				}
				if w.Generic != nil && m.Generic != *w.Generic {
					t.Errorf("%s: mention %d Generic = %v, want %v", c.Note, i, m.Generic, *w.Generic)
				}
			}
		})
	}
}

// TestEverySourceHasPositive checks that every source of the registry is
// found in at least one test sentence.
func TestEverySourceHasPositive(t *testing.T) {
	r := mustRegistry(t)
	seen := map[string]bool{}
	for _, c := range readCases(t, "testdata/*.jsonl") {
		for _, w := range c.Want {
			seen[w.ID] = true
		}
	}
	for _, s := range r.Sources() {
		if !seen[s.ID] {
			t.Errorf("%s: no positive test sentence", s.ID)
		}
	}
}

// checkMentions verifies the invariants of Mentions' output.
func checkMentions(t testing.TB, text string, toks []arabic.Token, ms []Mention) {
	t.Helper()
	prevEnd, prevLast := 0, 0
	for i, m := range ms {
		if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End {
			t.Fatalf("mention %d: span %v outside text of %d bytes", i, m.Span, len(text))
		}
		if m.Span.Start < prevEnd || m.First < prevLast {
			t.Fatalf("mention %d: %v overlaps or precedes the previous one", i, m.Span)
		}
		if m.First < 0 || m.Last > len(toks) || m.First >= m.Last {
			t.Fatalf("mention %d: token range [%d,%d) of %d", i, m.First, m.Last, len(toks))
		}
		if toks[m.First].Start != m.Span.Start || toks[m.Last-1].End != m.Span.End {
			t.Fatalf("mention %d: span %v does not match tokens [%d,%d)", i, m.Span, m.First, m.Last)
		}
		if m.Text != text[m.Span.Start:m.Span.End] {
			t.Fatalf("mention %d: Text %q != text[span] %q", i, m.Text, text[m.Span.Start:m.Span.End])
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Span.Start]) || m.Span.End < len(text) && !utf8.RuneStart(text[m.Span.End])) {
			t.Fatalf("mention %d: span %v not on rune boundaries", i, m.Span)
		}
		if m.SourceID == "" || m.Rule == "" {
			t.Fatalf("mention %d: empty source or rule: %+v", i, m)
		}
		if m.Speaker != "" && !strings.Contains(m.Text, m.Speaker) {
			t.Fatalf("mention %d: speaker %q not inside %q", i, m.Speaker, m.Text)
		}
		prevEnd, prevLast = m.Span.End, m.Last
	}
}

func seedFiles(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return files
}

// TestSeedMentions compares every mention in the seed articles with
// testdata/seed_mentions.golden (go test -run TestSeedMentions -update).
func TestSeedMentions(t *testing.T) {
	r := mustRegistry(t)
	var b strings.Builder
	for _, name := range seedFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		toks := arabic.Tokenize(text)
		ms := r.Mentions(text, toks)
		checkMentions(t, text, toks, ms)
		fmt.Fprintf(&b, "== %s\n", filepath.Base(name))
		for _, m := range ms {
			fmt.Fprintf(&b, "%d-%d\t%s\t%s\t%q", m.Span.Start, m.Span.End, m.SourceID, m.Rule, m.Text)
			var extra []string
			if m.Clitics != "" {
				extra = append(extra, "clitics="+m.Clitics)
			}
			if m.Speaker != "" {
				extra = append(extra, "speaker="+m.Speaker)
			}
			if m.Role != "" {
				extra = append(extra, "role="+m.Role)
			}
			if m.Anonymous {
				extra = append(extra, "anonymous")
			}
			if m.Generic {
				extra = append(extra, "generic")
			}
			if len(extra) > 0 {
				b.WriteString("\t" + strings.Join(extra, " "))
			}
			b.WriteString("\n")
		}
	}
	golden := filepath.Join("testdata", "seed_mentions.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("seed mentions differ from %s (-want +got):\n%s", golden, diff)
	}
}

// TestGivenTokens checks that Mentions gives the same result whether it
// tokenizes the text itself or is given the tokens.
func TestGivenTokens(t *testing.T) {
	r := mustRegistry(t)
	for _, name := range seedFiles(t) {
		data, _ := os.ReadFile(name)
		text := string(data)
		if diff := cmp.Diff(r.Mentions(text, nil), r.Mentions(text, arabic.Tokenize(text))); diff != "" {
			t.Errorf("%s: (-nil +given):\n%s", name, diff)
		}
	}
}

func FuzzMentions(f *testing.F) {
	r, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range []string{
		"قتل ستة، وفق ما أورده المرصد السوري لحقوق الإنسان.",
		"لـ\"سبوتنيك\" وكالة (سانا) الرسمية «حزب الله» اللبناني",
		"النقيب سام كارتر، الناطق العسكري لدى القيادة المركزية الأمريكية",
		"مسؤولاً رفيعاً بوزارة الدفاع الأميركية (“البنتاغون”) - ",
		"(سكاي نيوز، العربية.نت)\nالمصدر: الميادين",
		"قال ضابط موال للنظام \xff\xfe لـ",
		"", "(", "، ،", "SY24 منصة SY24",
	} {
		f.Add(c)
	}
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := arabic.Tokenize(text)
		checkMentions(t, text, toks, r.Mentions(text, toks))
	})
}

func BenchmarkMentions(b *testing.B) {
	r := mustRegistry(b)
	var texts []string
	size := 0
	for _, name := range seedFiles(b) {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			r.Mentions(text, nil)
		}
	}
}

// TestGenericPastLocative: a guarded generic ("ناشطون", "سكان") is a
// speaker when the verb of saying follows it past a short phrase of
// place; sentences written for the test.
func TestGenericPastLocative(t *testing.T) {
	reg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"لكن ناشطين في البلدة اتهموا الفرع بتدبير التفجير.", true},
		{"وذكر سكان من أبناء القرية أن الطائرات قصفت السوق.", true},
		{"وقتل ناشطون في البلدة خلال القصف.", false},
	}
	for _, tt := range tests {
		got := false
		for _, m := range reg.Mentions(tt.text, nil) {
			if m.SourceID == "local_sources" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%s: local_sources mention %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestGhoutaFaction: فيلق الرحمن, an opposition faction of the eastern
// Ghouta, is registered with the FSA (the nearest id); a sentence written
// for the test.
func TestGhoutaFaction(t *testing.T) {
	reg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range reg.Mentions("وقال فيلق الرحمن في بيان إن مقاتليه صدوا الهجوم.", nil) {
		found = found || m.SourceID == "fsa"
	}
	if !found {
		t.Error("no fsa mention for فيلق الرحمن")
	}
}

// TestBlameVerbGuard: the verbs of holding responsible and ascribing
// (حمّل، عزا، نسب) give a guarded generic after them the context of a
// speaker, as اتهم does; sentences written for the test.
func TestBlameVerbGuard(t *testing.T) {
	reg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"وحمّل ناشطون مسؤولية القصف لقوات النظام.",
		"وعزا ناشطون الانفجار إلى عبوة ناسفة.",
		"ونسب ناشطون الغارة إلى طيران التحالف.",
	} {
		found := false
		for _, m := range reg.Mentions(text, nil) {
			found = found || m.SourceID == "local_sources"
		}
		if !found {
			t.Errorf("%s: no local_sources mention", text)
		}
	}
}
