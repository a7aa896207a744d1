package reconcile

import "testing"

// TestTargetClassQualified checks the classes read in characterisations
// built from a qualified noun: the adjective covers its noun, the content
// decides a box's class, and trade, transport, worship and crowds are
// civilian while command rooms and units are military.
func TestTargetClassQualified(t *testing.T) {
	tests := []struct{ in, want string }{
		{"military college", TargetMilitary},
		{"military students", TargetMilitary},
		{"residential buildings", TargetCivilian},
		{"industrial zone", TargetCivilian},
		{"commercial port", TargetCivilian},
		{"container yard", TargetCivilian},
		{"containers holding weapons and ammunition", TargetMilitary},
		{"containers holding food", TargetCivilian},
		{"truck holding vegetables", TargetCivilian},
		{"runway", TargetCivilian},
		{"pilgrims", TargetCivilian},
		// people fired on at a protest or a funeral, and an army's suspects
		{"protesters", TargetCivilian},
		{"demonstrations", TargetCivilian},
		{"sit-in of protesters", TargetCivilian},
		{"funeral procession", TargetCivilian},
		{"mourners", TargetCivilian},
		{"suspects", TargetMilitary},
		{"passenger bus", TargetCivilian},
		{"bus", ""},
		{"airport", ""},
		{"operations room", TargetMilitary},
		{"air defence battalion", TargetMilitary},
		{"Iranian targets", TargetMilitary},
		// "aides" and "tanker" are not "aid" and "tank"; a fuel tanker is a
		// civilian carrier (target_tanker_test.go)
		{"two aides", ""},
		{"tanker", ""},
		{"fuel tanker", TargetCivilian},
		// forces of any name are armed; popular and local forces are the
		// longer words and keep their class
		{"post of forces", TargetMilitary},
		{"forces", TargetMilitary},
		{"positions of popular forces", TargetCivilian},
		{"local forces", TargetCivilian},
	}
	for _, tt := range tests {
		if got := TargetClass(tt.in); got != tt.want {
			t.Errorf("TargetClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
