package reconcile

import "testing"

// TestTargetClassTankers checks that tankers of fuel and ships of trade are
// civilian, unless an armed owner is named, and that a troop carrier is
// military.
func TestTargetClassTankers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"oil tanker", TargetCivilian},
		{"Iranian oil tanker", TargetCivilian},
		{"fuel tankers", TargetCivilian},
		{"convoy and fuel tankers", TargetCivilian},
		{"merchant ship", TargetCivilian},
		{"cargo ship", TargetCivilian},
		{"oil tankers of militants", TargetMilitary},
		{"oil tankers of ISIS militants", TargetMilitary},
		{"armoured personnel carrier", TargetMilitary},
	}
	for _, tt := range tests {
		if got := TargetClass(tt.in); got != tt.want {
			t.Errorf("TargetClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
