package claims_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestCameBackWithToll: "عاد" as an auxiliary after a toll ("before it
// came back and announced ...") tells that the source spoke again later,
// so the toll before it is an earlier one; a plain return to a place is
// no revision. Sentences written for the test.
func TestCameBackWithToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"وكان الدفاع المدني قد أحصى ظهراً 8 قتلى، قبل أن يعود ويؤكد مساءً أن الحصيلة قابلة للزيادة.",
			[]string{"white_helmets killed unknown 8-8 exact earlier"}},
		{"وأعلنت مصادر طبية سقوط 5 جرحى، قبل أن تعود وتعلن أن بين المصابين أطفالاً.",
			[]string{"medical_sources wounded unknown 5-5 exact earlier"}},
		{"وقال المرصد إن 11 عنصراً قتلوا، ثم عاد وأكد أن القصف استمر حتى المساء.",
			[]string{"sohr killed fighters 11-11 exact earlier"}},
		{"وقتل 3 مدنيين بقصف المسيرة قبل أن تعود الطائرة إلى قاعدتها، وفق المرصد.",
			[]string{"sohr killed civilians 3-3 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var got []string
			for _, c := range cs {
				for _, f := range c.Figures {
					h := -1
					if f.High != nil {
						h = *f.High
					}
					s := fmt.Sprintf("%s %s %s %d-%d %s", c.Source.ID, f.Outcome, f.Group, f.Low, h, f.Qualifier)
					if f.Earlier {
						s += " earlier"
					}
					got = append(got, s)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
