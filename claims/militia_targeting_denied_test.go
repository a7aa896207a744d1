package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMilitiaTargetingDenied: a party with no air force that denies
// "استهداف" of a site denies an attack on the ground, not an air raid;
// a state's denial of the same word keeps the default air raid.
// Sentences written for the test.
func TestMilitiaTargetingDenied(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, typ string
		ground    bool // rule event_type:unnamed_ground
	}{
		{"ونفت قوات سوريا الديمقراطية استهداف نقطة للجيش في ريف الرقة.", claims.EventGroundAttack, true},
		{"وتنفي قسد استهداف موقع عسكري قرب منبج.", claims.EventGroundAttack, true},
		// a state that flies keeps the air raid
		{"ونفت وزارة الدفاع التركية استهداف قرية في ريف الرقة.", claims.EventAirstrike, false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if c.EventType != tt.typ {
				t.Errorf("type %s, want %s (%v)", c.EventType, tt.typ, c.Rules)
			}
			if got := slices.Contains(c.Rules, "event_type:unnamed_ground"); got != tt.ground {
				t.Errorf("unnamed_ground %v, want %v (%v)", got, tt.ground, c.Rules)
			}
		})
	}
}
