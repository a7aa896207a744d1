package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// TestBareDomesticMinistry checks that an interior or health ministry
// named without its country, in an outlet of no state's side, is Syria's
// when the article's places lie in Syria, and is left unresolved when they
// lie elsewhere. Sentences written for the test.
func TestBareDomesticMinistry(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"interior ministry, a story from Homs",
			"انفجرت سيارة مفخخة في حي الزهراء بمدينة حمص. وقالت وزارة الداخلية إن 12 شخصاً قتلوا في الانفجار.",
			[]string{"syria_interior"}},
		{"health ministry after the fact, a story from Aleppo and Idlib",
			"سقطت قذائف على أحياء حلب الغربية، فيما قصفت الطائرات ريف إدلب. وأصيب 20 مدنياً، بحسب وزارة الصحة.",
			[]string{"syria_health"}},
		{"a story from Iraq",
			"انفجرت عبوة في سوق بغداد قرب البصرة والموصل. وقالت وزارة الداخلية إن 12 شخصاً قتلوا في الانفجار.",
			[]string{"aljazeera"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2016-02-21", OutletID: "aljazeera"}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
