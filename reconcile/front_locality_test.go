package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFrontLocality: a town named as the front where a man was shot is no
// civilian target; a town struck is still its place.
func TestFrontLocality(t *testing.T) {
	town := "town"
	cases := []struct {
		text string
		want bool
	}{
		{"قتل مقاتل برصاص قناص على محور بلدة في الريف الغربي مساء أمس", true},
		{"واندلعت اشتباكات عنيفة على جبهة القرية الشرقية حتى الفجر", true},
		{"شنت الطائرات غارات عدة على البلدة وأحياء مجاورة لها", false},
	}
	for _, tc := range cases {
		c := &claims.Claim{Text: tc.text, Target: &town}
		if got := frontLocality(c); got != tc.want {
			t.Errorf("frontLocality(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
