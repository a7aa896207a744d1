package reconcile

import "testing"

// TestTargetClassProduct checks that what a place makes decides its class,
// and that oil worked by hand is civilian unless an armed group uses it.
func TestTargetClassProduct(t *testing.T) {
	tests := []struct{ in, want string }{
		{"workshops making drones", TargetMilitary},
		{"workshop", TargetCivilian},
		{"factory making explosive devices", TargetMilitary},
		{"centre making grain", TargetCivilian},
		{"oil burners", TargetCivilian},
		{"primitive oil refineries", TargetCivilian},
		{"oil refineries of ISIS militants", TargetMilitary},
		{"headquarters of 'apostate' fighters", TargetMilitary},
		{"gathering and fighters", TargetMilitary},
		{"crossings of displaced people", TargetCivilian},
		{"car bombs", TargetMilitary},
	}
	for _, tt := range tests {
		if got := TargetClass(tt.in); got != tt.want {
			t.Errorf("TargetClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
