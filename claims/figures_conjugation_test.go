package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresVerbFormsAndConjuncts checks plural verb forms of wounding
// and exceeding, and a count joined by و that opens its own
// conjunct, each in a sentence written for the test.
func TestFiguresVerbFormsAndConjuncts(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"feminine verb of wounding before others",
			"وقال المرصد إن الغارة قتلت 4 مدنيين وأصابت آخرين.",
			[]string{"sohr killed civilians 4-4 exact", "sohr wounded civilians 2--1 vague"}},
		{"plural subject exceeds a definite count word",
			"وقال المرصد إن القتلى تجاوزوا العشرة حتى المساء.",
			[]string{"sohr killed unknown 10--1 at_least"}},
		{"plural subject exceeds a count in digits",
			"وأكد المرصد أن الجرحى تجاوزوا 200 شخص في المدينة.",
			[]string{"sohr wounded unknown 200--1 at_least"}},
		{"count word with و after a toll counts its own noun",
			"وقالت المصادر إن التفجير أوقع سبعة قتلى وثلاثين جريحاً.",
			[]string{"outlet killed unknown 7-7 exact", "outlet wounded unknown 30-30 exact"}},
		{"about with و after a toll counts its own noun",
			"وقالت المصادر إن القصف أوقع أربعة قتلى ونحو عشرين مصاباً بين السكان.",
			[]string{"outlet killed unknown 4-4 exact", "outlet wounded unknown 20-20 about"}},
		{"died of wounds without a conjunction stays killed",
			"وارتفعت الحصيلة إلى 12 بعد وفاة جريحين في المشفى.",
			[]string{"outlet killed unknown 12-12 exact", "outlet killed unknown 2-2 exact subset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
