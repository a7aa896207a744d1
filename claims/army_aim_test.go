package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBareArmyAims checks that "الجيش" before a verb of aiming
// ("يستهدف"، "استهدف"), which names no means, is still the doer of a
// government voice's account, so that "the army did not aim at the
// station" denies the army's part rather than the deed.
func TestBareArmyAims(t *testing.T) {
	x, _ := extractor(t)
	lead := "ذكر مصدر عسكري أن المروحيات قصفت تجمعات المسلحين قرب الوادي. "
	tests := []struct {
		name, text string
		want       string // actor of the last claim
	}{
		{"negated imperfect", lead + "وأكد المصدر أن الجيش لم يستهدف محطة الضخ مطلقاً.", "syria_gov"},
		{"past tense", lead + "وأضاف المصدر أن الجيش استهدف مخازن السلاح في الجرود.", "syria_gov"},
		{"army as the object", lead + "وأضاف المصدر أن المسلحين استهدفوا الجيش بقذائف الهاون.", "not syria_gov"},
		{"army as the object of a plural verb", lead + "وأضاف المصدر أن المسلحين هاجموا الجيش بالرشاشات الثقيلة.", "not syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-04-02"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[len(cs)-1]
			got := ""
			if c.Actor != nil {
				got = *c.Actor
			}
			if tt.want == "not syria_gov" {
				if got == "syria_gov" {
					t.Errorf("actor = %q, want another than syria_gov (%s)", got, c.Text)
				}
				return
			}
			if got != tt.want {
				t.Errorf("actor = %q, want %q (%s) %v", got, tt.want, c.Text, c.Rules)
			}
		})
	}
}
