package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestVictimsMostlyBesidePlace: what most of the victims were ("victims
// mostly civilians") stands for what was hit when the account names no
// place; beside the account's own word for the place it yields to it, so
// a monitor that says the bomb went off at a checkpoint, most of the dead
// being civilians, describes a military target.
func TestVictimsMostlyBesidePlace(t *testing.T) {
	s := func(v string) *string { return &v }
	claim := func(id, target string) *claims.Claim {
		return &claims.Claim{ID: id, Target: s(target), EventType: claims.EventGroundAttack, Stance: claims.StanceAsserts}
	}
	tests := []struct {
		name  string
		a, b  []*claims.Claim
		flags bool
	}{
		// monitor: checkpoint + mostly civilians; ministry: mostly
		// civilians only → military against civilian
		{"place decides", []*claims.Claim{claim("a1", "victims mostly civilians"), claim("a2", "checkpoint of regime forces")},
			[]*claims.Claim{claim("b1", "victims mostly passers-by")}, true},
		// both name only their victims, both civilian: no dispute
		{"same victims", []*claims.Claim{claim("a1", "victims mostly civilians")},
			[]*claims.Claim{claim("b1", "victims mostly passers-by")}, false},
		// victims mostly civilians against a word for a military place
		{"victims against place", []*claims.Claim{claim("a1", "victims mostly civilians")},
			[]*claims.Claim{claim("b1", "security headquarters")}, true},
	}
	for _, tt := range tests {
		accs := []*account{{key: "a", source: "sohr", name: "A", claims: tt.a, first: tt.a[0]},
			{key: "b", source: "syria_health", name: "B", claims: tt.b, first: tt.b[0]}}
		if got := len(targetConflicts(accs)) > 0; got != tt.flags {
			t.Errorf("%s: flagged %v, want %v", tt.name, got, tt.flags)
		}
	}
}

// TestVictimsOnlyNotNamedSite: a characterisation by the victims names no
// site, so it links no placeless claims.
func TestVictimsOnlyNotNamedSite(t *testing.T) {
	v := "victims mostly civilians"
	if got := namedTarget(&claims.Claim{Target: &v}); got != "" {
		t.Errorf("namedTarget(%q) = %q, want none", v, got)
	}
}
