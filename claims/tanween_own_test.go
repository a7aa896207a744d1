package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnSideWords checks two ways a speaker's own side is read: a word
// ending in «نا» that carries the accusative tanween counts people, it is
// not "our"; and a denial of any link made before the verb of a second
// report still names the denier's side.
func TestOwnSideWords(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source, want string
	}{
		{"tanween on a count of citizens",
			"وذكر مصدر في شرطة حمص أن 12 مواطناً قتلوا في انفجار عبوة وضعت قرب السوق.", "syria_interior", "-"},
		{"tanween written before the alif",
			"وذكر مصدر في شرطة حمص أن تسعة عشر مواطنًا أصيبوا في انفجار عبوة قرب السوق.", "syria_interior", "-"},
		{"our forces still speak of us",
			"وقال مصدر في شرطة حمص إن قواتنا قصفت مواقع المسلحين قرب السوق.", "syria_interior", "syria_gov"},
		{"denial of any role before a second report",
			"ونفت الحكومة السورية أي دور، وذكرت صحفها الرسمية أن مسلحين قتلوا أطفالاً في القرية.", "syria_government", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "?"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-03-04"}) {
				if c.Source.ID != tt.source {
					continue
				}
				got = "-"
				if c.Actor != nil {
					got = *c.Actor
				}
				break
			}
			if got != tt.want {
				t.Errorf("actor of %s = %q, want %q", tt.source, got, tt.want)
			}
		})
	}
}
