package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTargetOfEventDoer: in an exchange of fire, a voice that tells what
// its own side's guns aimed at and what the other side's fire struck is
// read by what it says the event's doer struck; a voice whose words for
// the doer's own fire are of both classes, or an event with no leading
// doer, stays out.
func TestTargetOfEventDoer(t *testing.T) {
	s := func(v string) *string { return &v }
	claim := func(id, typ, actor, target string) *claims.Claim {
		c := &claims.Claim{ID: id, Target: s(target), EventType: typ, Stance: claims.StanceAsserts}
		if actor != "" {
			c.Actor = s(actor)
		}
		return c
	}
	shell, air := claims.EventShelling, claims.EventAirstrike
	tests := []struct {
		name    string
		a, b, c []*claims.Claim
		flags   bool
	}{
		// army source: "our guns aimed at gunmen sneaking towards our
		// posts; the Turkish shells fell on empty fields"; Ankara and a
		// monitor: Turkish artillery hit army posts → a dispute
		{"own fire set aside",
			[]*claims.Claim{claim("a1", shell, "", "positions of militants"), claim("a2", shell, "turkey", "farmland")},
			[]*claims.Claim{claim("b1", shell, "turkey", "positions of regime forces")},
			[]*claims.Claim{claim("c1", shell, "turkey", "military posts")}, true},
		// the voice says the doer's own shells hit both a school and a
		// barracks: no side
		{"both classes by the doer",
			[]*claims.Claim{claim("a1", shell, "turkey", "school"), claim("a2", shell, "turkey", "barracks")},
			[]*claims.Claim{claim("b1", shell, "turkey", "positions of regime forces")},
			[]*claims.Claim{claim("c1", shell, "turkey", "military posts")}, false},
		// the doer's fire, by this voice, hit posts too: military
		// against military, nothing to flag
		{"doer's target agrees",
			[]*claims.Claim{claim("a1", shell, "", "homes"), claim("a2", shell, "turkey", "army posts")},
			[]*claims.Claim{claim("b1", shell, "turkey", "positions of regime forces")},
			[]*claims.Claim{claim("c1", air, "turkey", "military posts")}, false},
		// no doer named by two voices: the two-class voice stays out
		{"no leading doer",
			[]*claims.Claim{claim("a1", shell, "", "positions of militants"), claim("a2", shell, "turkey", "farmland")},
			[]*claims.Claim{claim("b1", shell, "", "positions of regime forces")},
			[]*claims.Claim{claim("c1", shell, "", "military posts")}, false},
	}
	for _, tt := range tests {
		accs := []*account{{key: "a", source: "syrian_army", name: "A", claims: tt.a, first: tt.a[0]},
			{key: "b", source: "turkey_mod", name: "B", claims: tt.b, first: tt.b[0]},
			{key: "c", source: "sohr", name: "C", claims: tt.c, first: tt.c[0]}}
		if got := len(targetConflicts(accs)) > 0; got != tt.flags {
			t.Errorf("%s: flagged %v, want %v", tt.name, got, tt.flags)
		}
	}
}

// TestEventDoer: the doer most accounts name leads (each account counted
// once per doer, coalition folded into the US); a tie, or a doer named by
// one account only, gives none; denials and unknown doers do not count.
func TestEventDoer(t *testing.T) {
	s := func(v string) *string { return &v }
	acc := func(actors ...string) *account {
		a := &account{}
		for _, x := range actors {
			c := &claims.Claim{Stance: claims.StanceAsserts, Actor: s(x)}
			if x == "-turkey" {
				c.Stance, c.Actor = claims.StanceDenies, s("turkey")
			}
			a.claims = append(a.claims, c)
		}
		return a
	}
	tests := []struct {
		name string
		accs []*account
		want string
	}{
		{"majority of accounts", []*account{acc("turkey", "syria_gov"), acc("turkey"), acc("turkey"), acc("syria_gov", "syria_gov")}, "turkey"},
		{"coalition is the US", []*account{acc("coalition"), acc("us")}, "us"},
		{"tie", []*account{acc("turkey"), acc("syria_gov"), acc("turkey", "syria_gov")}, ""},
		{"one account", []*account{acc("israel", "israel"), acc("unknown")}, ""},
		{"denial not counted", []*account{acc("-turkey"), acc("turkey"), acc("syria_gov"), acc("syria_gov")}, "syria_gov"},
	}
	for _, tt := range tests {
		if got := eventDoer(tt.accs); got != tt.want {
			t.Errorf("%s: eventDoer %q, want %q", tt.name, got, tt.want)
		}
	}
}
