package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresOneOfTwo checks "أحدهما"/"إحداهما" and "الآخر"/"الأخرى" as
// the subject of an outcome verb: each is a count of one with the verb's
// outcome, and the pair named before is not counted with that verb.
// Sentences written for the test.
func TestFiguresOneOfTwo(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one killed, the other wounded",
			"وأفادت مصادر محلية بأن الصاروخ أصاب سيارة تقل رجلين، فقتل أحدهما وأصيب الآخر بجروح.",
			[]string{"local_sources killed unknown 1-1 exact", "local_sources wounded unknown 1-1 exact"}},
		{"feminine forms",
			"واستهدفت القذيفة امرأتين فقتلت إحداهما وأصيبت الأخرى.",
			[]string{"outlet killed unknown 1-1 exact", "outlet wounded unknown 1-1 exact"}},
		{"one of two alone",
			"وقتل أحدهما على الفور.",
			[]string{"outlet killed unknown 1-1 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
