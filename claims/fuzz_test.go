package claims_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims"
)

// FuzzExtract checks the property every consumer relies on: whatever the
// text, extraction does not panic, every claim's span lies in the text on
// rune boundaries and holds exactly the claim's text, and every figure's
// span lies inside the text with low <= high.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(string(b), "2020-01-01")
	}
	f.Add("قال المرصد إن 5 مدنيين قتلوا.", "2021-03-04")
	f.Add("بحسب «مصادر محلية» فإن \"3\" أشخاص، بينهم طفلان", "")
	f.Add("\xff\xfe قصف", "2019-13-40")
	x, _ := extractor(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		a := claims.Article{ID: "fuzz", Text: text, Published: published}
		for _, c := range x.Extract(a) {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("span [%d,%d) outside text of %d bytes", c.Start, c.End, len(text))
			}
			if text[c.Start:c.End] != c.Text {
				t.Fatalf("claim text %q is not text[%d:%d]", c.Text, c.Start, c.End)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[c.Start]) || (c.End < len(text) && !utf8.RuneStart(text[c.End]))) {
				t.Fatalf("span [%d,%d) splits a rune", c.Start, c.End)
			}
			for _, fg := range c.Figures {
				if fg.Span.Start < 0 || fg.Span.End > len(text) || fg.Span.Start > fg.Span.End {
					t.Fatalf("figure span %v outside text", fg.Span)
				}
				if fg.High != nil && *fg.High < fg.Low {
					t.Fatalf("figure high %d < low %d", *fg.High, fg.Low)
				}
			}
		}
	})
}
