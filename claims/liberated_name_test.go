package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLiberatedLandInName checks that the land a group's quoted name sets
// out to free («... لتحرير الجولان») is no place of the event, while a place
// after "تحرير" outside quotation marks (a battle to take a town) still is.
// Sentences written for the test.
func TestLiberatedLandInName(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, place string
		want              bool
	}{
		{"quoted group name", "وقال المرصد إن الرجل الذي قتل في الغارة على بلدة حضر عضو في «الجبهة الشعبية لتحرير الجولان».", "occupied_golan", false},
		{"quoted name, the town kept", "وقال المرصد إن الرجل الذي قتل في الغارة على بلدة حضر عضو في «الجبهة الشعبية لتحرير الجولان».", "hadar", true},
		{"battle outside quotes", "قتل خمسة مقاتلين في معارك تحرير حلب، بحسب المرصد.", "aleppo", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var places []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-02-27"}) {
				if len(c.Figures) > 0 {
					places = append(places, c.Places...)
				}
			}
			if got := slices.Contains(places, tt.place); got != tt.want {
				t.Errorf("%s: places %v, has %q = %v, want %v", tt.text, places, tt.place, got, tt.want)
			}
		})
	}
}
