package claims

import (
	"testing"

	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/sources"
)

// TestMentionAt checks that the per-token index of source mentions gives
// each mention at its first token, nothing at other tokens, and nothing
// outside the document, and that a recycled doc forgets the article before.
func TestMentionAt(t *testing.T) {
	x := internalExtractor(t)
	tests := []struct {
		name, text  string
		minMentions int
	}{
		{"two sources", "قال المرصد السوري لحقوق الإنسان إن القصف طال البلدة، بينما نقلت سانا عن مصدر في الجيش أن الدفاعات تصدت للصواريخ.", 2},
		{"one source", "أفاد الدفاع المدني بانتشال جثتين من تحت الأنقاض.", 1},
		{"no source", "هطلت أمطار غزيرة على الساحل مساء أمس.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := x.analyze(Article{ID: tc.name, Text: tc.text})
			defer x.release(d)
			if len(d.mentions) < tc.minMentions {
				t.Fatalf("%d mentions, want at least %d", len(d.mentions), tc.minMentions)
			}
			starts := map[int]int{}
			for i, m := range d.mentions {
				starts[m.First] = i // a later mention at the same token wins
			}
			for k := -2; k < len(d.toks)+3; k++ {
				got, ok := d.mentionAt(k)
				i, want := starts[k]
				if ok != want || ok && got != d.mentions[i] {
					t.Errorf("token %d: got %v %v, want mention %v %v", k, got, ok, i, want)
				}
				if d.srcAtOK(k) != want {
					t.Errorf("token %d: srcAtOK %v, want %v", k, !want, want)
				}
			}
		})
	}
}

// internalExtractor builds an Extractor over the bundled registry and
// gazetteer, for the tests inside the package.
func internalExtractor(t *testing.T) *Extractor {
	t.Helper()
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	return NewExtractor(reg, gaz)
}
