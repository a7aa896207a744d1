package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFiguresHurtActive checks the doers' active verb of wounding
// ("أصابوا"، "يصيبون", unlike the passive "أُصيبوا" in its spelling): the
// count right after it, or after words of time, is of the wounded.
// Sentences written for the test.
func TestFiguresHurtActive(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text    string
		outcome string
		low     int
	}{
		{"وقال المسعف إن مسلحين أطلقوا النار على القافلة وأصابوا اثنين من طاقمها.", claims.OutcomeWounded, 2},
		{"وذكر الأهالي أن القناصة أصابوا صباح الأحد أربعة أطفال قرب المدرسة.", claims.OutcomeWounded, 4},
		{"وقال المصدر إن المهاجمين أصابا ثلاثة حراس قبل فرارهما.", claims.OutcomeWounded, 3},
		{"وأفاد المصدر بأن خمسة جنود أصيبوا في الكمين.", claims.OutcomeWounded, 5},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []claims.Figure
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-02"}) {
				got = append(got, c.Figures...)
			}
			if len(got) != 1 || got[0].Outcome != tt.outcome || got[0].Low != tt.low {
				t.Errorf("figures %+v, want one %s %d", got, tt.outcome, tt.low)
			}
		})
	}
}
