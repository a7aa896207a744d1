package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresOneOfRanks checks "أحد" before a plural of ranks or aides
// ("أحد قادة"، "أحد كبار"، "أحد معاوني"، "أحد مساعديه"): a count of one
// person, while "أحد" before a plural of things stays out. Sentences
// written for the test.
func TestFiguresOneOfRanks(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"leaders after a verbal noun",
			"وأسفرت الغارة عن مقتل أحد قادة الفصيل.",
			[]string{"outlet killed unknown 1-1 exact"}},
		{"aides after a verbal noun",
			"وتحدث البيان عن إصابة أحد معاوني الأمير.",
			[]string{"outlet wounded unknown 1-1 exact"}},
		{"senior officers",
			"وقتل أحد كبار ضباط الجيش في الانفجار.",
			[]string{"outlet killed syrian_army 1-1 exact"}},
		{"things stay out",
			"ودمرت الغارة أحد مقار الفصيل.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
