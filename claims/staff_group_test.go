package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStaffAreCivilians: a body's own employees ("موظفيها", "موظفي
// المحطة") are civilians, and a count of them is a count of people, so
// that a verb of mourning or death reaches it past a long name of the
// body. Sentences written for the test.
func TestStaffAreCivilians(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"mourned staff after a long body name",
			"ونعت المديرية العامة للكهرباء اثنين من موظفيها.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"announced death of staff",
			"وأعلنت الشركة وفاة ثلاثة من موظفيها في القصف.",
			[]string{"outlet killed civilians 3-3 exact"}},
		{"wounded staff of a station",
			"وأصيب أربعة من موظفي المحطة بجروح.",
			[]string{"outlet wounded civilians 4-4 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
