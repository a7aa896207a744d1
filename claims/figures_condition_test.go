package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresConditionOfCounted checks that vague words on the state of
// wounded already counted, and on wounded who later died, add no toll of
// their own. Sentences written for the test.
func TestFiguresConditionOfCounted(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a number of them under surgery",
			"وأصيب 11 شخصاً في القصف، يخضع عدد منهم للعلاج في مستشفى البلدة.",
			[]string{"outlet wounded unknown 11-11 exact"}},
		{"a number of the wounded, their state critical",
			"وأصيب 13 مدنياً بانفجار العبوة. وأوضح المسعف أن عدداً من المصابين حالتهم حرجة.",
			[]string{"outlet wounded civilians 13-13 exact"}},
		{"a number of the wounded in intensive care may be the only word on them",
			"وقُتل سبعة أشخاص، بينما يرقد عدد من الجرحى في مستشفيات المنطقة.",
			[]string{"outlet killed unknown 7-7 exact", "outlet wounded unknown 2-9 vague"}},
		{"wounded who died explain a higher toll",
			"وذكرت الوزارة أن 3 أشخاص قتلوا، قبل أن ترتفع الحصيلة إثر وفاة عدد من المصابين.",
			[]string{"outlet killed unknown 3-3 exact earlier"}},
		{"a number of people killed is still a toll",
			"وأدى القصف إلى وفاة عدد من المدنيين في البلدة.",
			[]string{"outlet killed civilians 2-9 vague"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
