package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresRiseVerbalNoun checks a bare count after the verbal noun of
// rising or reaching with the bare "العدد" ("أعلن ارتفاع العدد إلى 15"):
// the count takes the outcome of the toll given before it in the sentence,
// even past a subset, and that toll becomes an earlier one. Sentences
// written for the test.
func TestFiguresRiseVerbalNoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"rise after a counted toll",
			"وأحصى المرصد 12 قتيلاً مدنياً في القصف على القرية، قبل أن يتحدث مساءً عن ارتفاع العدد إلى 15، محملاً الطيران المسؤولية.",
			[]string{"sohr killed civilians 12-12 exact earlier", "sohr killed unknown 15-15 exact"}},
		{"rise past a subset of the first toll",
			"وأحصى المرصد 12 قتيلاً مدنياً، أربعة منهم نساء، ثم أعلن في المساء ارتفاع العدد إلى 15.",
			[]string{"sohr killed civilians 12-12 exact earlier", "sohr killed civilians 4-4 exact subset", "sohr killed unknown 15-15 exact"}},
		{"reaching, wounded",
			"وأفاد الدفاع المدني بإصابة 30 شخصاً، ثم تحدث عن وصول العدد إلى 41.",
			[]string{"white_helmets wounded unknown 30-30 exact earlier", "white_helmets wounded unknown 41-41 exact"}},
		{"a rise of a price stays out",
			"وأعلنت الحكومة ارتفاع العدد إلى 300 ليرة للربطة.",
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
