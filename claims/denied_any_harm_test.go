package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresDeniedAnyHarm checks that a verb of denial before "أي" and a
// person makes no count of one: "نفى أن يكون أي مدني قد قُتل" denies that
// anyone was killed. Sentences written for the test.
func TestFiguresDeniedAnyHarm(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"denied that any civilian died",
			"ونفت القيادة أن يكون أي مدني قد قُتل جراء الضربة الليلية.",
			nil},
		{"denied that any was hurt",
			"وينفي الناطق أن يكون أي طفل قد أصيب خلال المداهمة.",
			nil},
		{"disavowed the killing of any civilian",
			"وأنكرت الحكومة مقتل أي مدني في العملية.",
			nil},
		{"an affirmed single dead still counts",
			"وقال الناطق إن مدنياً قُتل في المداهمة.",
			[]string{"outlet killed civilians 1-1 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
