package claims_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestZeroHarmInflictedAndPointedBack: "لم تلحق أي أذى بـ..." (inflicted
// no harm on) is a zero for the people named after it; a pronoun that
// points back to the attack ("فيها"، "جراءه") may stand between the verb
// and what nobody suffered; "لم تلحق بـ" (did not catch up with) is no
// statement of harm. Sentences written for the test.
func TestZeroHarmInflictedAndPointedBack(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وقال الجيش إن ضرباته على المواقع لم تلحق أي أذى بالسكان المدنيين.",
			[]string{"killed_or_wounded/civilians/0"}},
		{"وقالت مصادر محلية إن الغارة لم يسقط فيها أي قتلى أو جرحى.",
			[]string{"killed_or_wounded/unknown/0"}},
		{"وذكر المرصد أن الغارة لم تقع جراءها إصابات بشرية.",
			[]string{"wounded/unknown/0"}},
		{"وقال المصدر إن الطائرة لم تلحق بالقافلة.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				for _, f := range c.Figures {
					got = append(got, fmt.Sprintf("%s/%s/%d", f.Outcome, f.Group, f.Low))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
