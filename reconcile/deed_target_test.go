package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeedTargetOfTwoClassVoice: a voice whose words for what was hit are
// of both classes only because a claim of another deed (its side's
// counter-strike, an earlier attack recalled) names the other class is
// read by its claims of the event's own deed; a voice of both classes
// within that deed, or an event with no leading deed, stays out.
func TestDeedTargetOfTwoClassVoice(t *testing.T) {
	s := func(v string) *string { return &v }
	claim := func(id, typ, target string) *claims.Claim {
		return &claims.Claim{ID: id, Target: s(target), EventType: typ, Stance: claims.StanceAsserts}
	}
	drone, shell, air := claims.EventDroneAttack, claims.EventShelling, claims.EventAirstrike
	tests := []struct {
		name  string
		a, b  []*claims.Claim
		flags bool
	}{
		// opposition outlet: the drone killed two farmers; later "our
		// factions shelled the regime's positions"; pro-government paper:
		// the drone hit a fighters' post → civilian against military
		{"counter-strike set aside",
			[]*claims.Claim{claim("a1", drone, "farmers"), claim("a2", shell, "positions of regime forces")},
			[]*claims.Claim{claim("b1", drone, "post of militants")}, true},
		// the same voice says the air strike hit both a school and a
		// depot: both within the deed, so no side
		{"both classes within the deed",
			[]*claims.Claim{claim("a1", air, "school"), claim("a2", air, "ammunition depot")},
			[]*claims.Claim{claim("b1", air, "headquarters of militants")}, false},
		// the counter-strike's target is of the deed's class anyway:
		// civilian against civilian, no dispute
		{"deed class agrees",
			[]*claims.Claim{claim("a1", drone, "farmers"), claim("a2", shell, "positions")},
			[]*claims.Claim{claim("b1", drone, "homes")}, false},
		// no deed leads (one drone claim, one shelling claim in all):
		// the two-class voice stays out
		{"no leading deed",
			[]*claims.Claim{claim("a1", drone, "farmers"), claim("a2", shell, "positions")},
			[]*claims.Claim{claim("b1", claims.EventOther, "headquarters of militants")}, false},
	}
	for _, tt := range tests {
		accs := []*account{{key: "a", source: "zaman_alwasl", name: "A", claims: tt.a, first: tt.a[0]},
			{key: "b", source: "al_akhbar", name: "B", claims: tt.b, first: tt.b[0]}}
		if got := len(targetConflicts(accs)) > 0; got != tt.flags {
			t.Errorf("%s: flagged %v, want %v", tt.name, got, tt.flags)
		}
	}
}

// TestEventDeed: the kind of deed most claims tell leads; a tie, or only
// untyped claims, gives none.
func TestEventDeed(t *testing.T) {
	acc := func(types ...string) *account {
		a := &account{}
		for _, ty := range types {
			a.claims = append(a.claims, &claims.Claim{EventType: ty})
		}
		return a
	}
	tests := []struct {
		name string
		accs []*account
		want string
	}{
		{"majority", []*account{acc(claims.EventAirstrike, claims.EventShelling), acc(claims.EventAirstrike)}, claims.EventAirstrike},
		{"tie", []*account{acc(claims.EventAirstrike), acc(claims.EventShelling)}, ""},
		{"other ignored", []*account{acc(claims.EventOther, claims.EventOther), acc(claims.EventShelling)}, claims.EventShelling},
		{"none", []*account{acc(claims.EventOther)}, ""},
	}
	for _, tt := range tests {
		if got := eventDeed(tt.accs); got != tt.want {
			t.Errorf("%s: eventDeed %q, want %q", tt.name, got, tt.want)
		}
	}
}
