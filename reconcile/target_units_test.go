package reconcile

import "testing"

// TestTargetClassUnits checks the classes of army units, tunnels, a fire
// brigade, grain depots and a place owned by an armed party.
func TestTargetClassUnits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"brigade", TargetMilitary},
		{"armoured brigade", TargetMilitary},
		{"tunnels", TargetMilitary},
		{"tunnel network", TargetMilitary},
		{"fire brigade", TargetCivilian},
		{"grain depots", TargetCivilian},
		{"farm of Hezbollah", TargetMilitary},
		{"farm", TargetCivilian},
		{"patrol of security forces", TargetMilitary},
		{"containers holding oils", TargetCivilian},
		{"fuel station", TargetCivilian},
		{"guesthouse", TargetCivilian},
		{"stores holding military equipment", TargetMilitary},
		{"place holding weapons and ammunition", TargetMilitary},
	}
	for _, tt := range tests {
		if got := TargetClass(tt.in); got != tt.want {
			t.Errorf("TargetClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
