package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCommaCoordinatedVerb: a verb with و after a comma goes on with the
// subject of the sentence; the party named just before the comma, as the
// object or the doer of the clause before, does not speak. Sentences
// written for the test.
func TestCommaCoordinatedVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, notSource string }{
		{"وأدانت وزارة الخارجية السورية القصف الذي نفذه التحالف، ونفت أن تكون قواتها قد هاجمت أي موقع.", "coalition"},
		{"واستنكرت وزارة الخارجية السورية الغارات التي شنتها إسرائيل، وأكدت أن الضحايا مدنيون.", "israel_government"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				if c.Source.ID == tt.notSource {
					t.Errorf("claim %q credited to %s", c.Text, c.Source.ID)
				}
			}
		})
	}
}

// TestCoordinatedNotAppositive: after "نفى ذلك، وقال مسؤول فيه لـX" the
// clause after the comma is joined by و, no appositive of the words
// before it; the agency after ل is who was told. The ministry speaks.
// Sentences written for the test.
func TestCoordinatedNotAppositive(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"غير أن وزارة الدفاع التركية نفت ذلك قطعياً، وقال مسؤول فيها لرويترز إن قواتها لم تقصف أي قرية.", "turkey_mod"},
		{"لكن وزارة الداخلية السورية رفضت هذه الرواية، وأكد ناطق منها لفرانس برس أن عناصرها لم يطلقوا النار.", "syria_interior"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			if len(cs) == 0 || cs[0].Source.ID != tt.want {
				got := ""
				if len(cs) > 0 {
					got = cs[0].Source.ID
				}
				t.Errorf("first claim credited to %q, want %q", got, tt.want)
			}
		})
	}
}
