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
			"وأصيب 9 أشخاص بجروح، يخضع عدد منهم لعمليات جراحية في مشفى المدينة.",
			[]string{"outlet wounded unknown 9-9 exact"}},
		{"a number of the wounded, their state critical",
			"وأصيب 16 مدنياً في الانفجار. وقال الطبيب إن عدداً من الجرحى حالتهم خطيرة.",
			[]string{"outlet wounded civilians 16-16 exact"}},
		{"a number of the wounded in intensive care may be the only word on them",
			"وقُتل خمسة أشخاص، فيما يرقد عدد من المصابين في العناية المشددة.",
			[]string{"outlet killed unknown 5-5 exact", "outlet wounded unknown 2-9 vague"}},
		{"wounded who died explain a higher toll",
			"وقالت الوزارة إن 4 أشخاص قتلوا، قبل أن ترتفع الحصيلة مع وفاة عدد من الجرحى.",
			[]string{"outlet killed unknown 4-4 exact earlier"}},
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
