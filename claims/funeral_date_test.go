package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFuneralDate: a sentence that dates a funeral and then the death
// takes the death's day; a funeral with no other date keeps its own, and
// a date after the death word is never taken for the funeral's.
func TestFuneralDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		// published Saturday 2023-12-16
		{"شيّع سكان القرية اليوم جثامين أربعة رجال قتلوا أمس بقصف مدفعي على أطرافها.", "2023-12-15"},
		{"وشيعت البلدة يوم الجمعة شابين قضيا الأربعاء الماضي في غارة على سيارتهما.", "2023-12-13"},
		{"يشيّع الأهالي غدا ضحايا القصف الذي استهدف السوق مساء الخميس.", "2023-12-14"},
		{"شيّع المئات اليوم طفلين قتلا بغارة جوية على الحي.", "2023-12-16"},
		{"قتل ثلاثة مدنيين أمس بقصف على البلدة، وشيعوا اليوم وسط غضب الأهالي.", "2023-12-15"},
	}
	checkFirstDates(t, x, "2023-12-16", tests)
}

// TestMournersAreNoToll: the crowd of a funeral is no casualty figure;
// the dead it buries are.
func TestMournersAreNoToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want int // killed figures expected, none of the hundreds of mourners
	}{
		{"شيّع المئات من سكان البلدة أمس الشاب الذي قتل بغارة على سيارته.", 1},
		{"وشيعت الآلاف في المدينة ثلاثة عناصر قتلوا بهجوم على حاجز.", 1},
		{"شارك المئات في تشييع طفلين قتلا بقصف على الحي.", 1},
		{"قتل خمسة مدنيين بقصف على البلدة وشيعهم الأهالي اليوم.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			n := 0
			var got []claims.Figure
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-12-16"}) {
				for _, f := range c.Figures {
					got = append(got, f)
					if f.Outcome == claims.OutcomeKilled {
						n++
					}
					if f.Low >= 100 {
						t.Errorf("mourners counted as a toll: %+v", f)
					}
				}
			}
			if n != tt.want {
				t.Errorf("%s\nkilled figures %d, want %d: %+v", tt.text, n, tt.want, got)
			}
		})
	}
}
