package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresDualMenAreCivilians: the duals of "رجل" and "شاب" count two
// civilians, as their singulars and plurals count civilians. Sentences
// written for the test.
func TestFiguresDualMenAreCivilians(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two men killed", "وقتل رجلان بقصف مدفعي على أطراف القرية.", []string{"outlet killed civilians 2-2 exact"}},
		{"two young men wounded", "وأصيب شابان بجروح جراء القذائف التي سقطت على الحي.", []string{"outlet wounded civilians 2-2 exact"}},
		{"the oblique dual", "وأسفر القصف عن مقتل رجلين في سوق البلدة.", []string{"outlet killed civilians 2-2 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
