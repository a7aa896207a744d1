package places

import (
	"slices"
	"testing"
)

// TestPlantShortNames: a gas plant is also called by its town alone after
// its head noun ("معمل السويدية", "معامل السويدية"), as by its full name;
// the bare town stays the village. Sentences written for the test.
func TestPlantShortNames(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		name, text string
		want       string
	}{
		{"full name", "توقف العمل في معمل غاز السويدية بعد القصف.", "suwaydiyah_gas"},
		{"short name", "طالت ضربة جوية معمل السويدية شرقي القامشلي.", "suwaydiyah_gas"},
		{"plural head", "تعرضت معامل السويدية لقصف بالمسيرات.", "suwaydiyah_gas"},
		{"the village", "نزح أهالي قرية السويدية بعد القصف.", "suwaydiyah"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Mentions(tc.text, nil) {
				got = append(got, m.PlaceID)
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("%s: got %v, want %s among them", tc.text, got, tc.want)
			}
		})
	}
}
