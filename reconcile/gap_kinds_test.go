package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGapKinds: the gap notes. Vague blame ("terrorist organisations",
// actor unknown asserted) against a source that says it does not know who
// did it is a perpetrator gap when no one names a party; two vague blames,
// or two professions of ignorance, are none. A toll not known (rule
// toll:unknown) is a toll gap against a source that gives one, also when
// the same claim names who struck; other ignorance says nothing of the
// toll.
func TestGapKinds(t *testing.T) {
	unknownDoer := func(id, source string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src(source), Actor: sp("unknown"), Stance: claims.StanceUnknown,
			Rules: []string{"actor:doer_not_known"}})
	}
	vague := func(id, source string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src(source), Actor: sp("unknown"), Rules: []string{"actor:lexicon"}})
	}
	unclaimed := func(id, source string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src(source), Actor: sp("unknown"), Rules: []string{"actor:unnamed"}})
	}
	toll := func(id, source string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src(source), Figures: []claims.Figure{exact("killed", "fighters", 19)}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"vague blame against not knowing", []claims.Claim{vague("c1", "army_src"), unknownDoer("c2", "tv_b")},
			[]string{"gap actor army_src,tv_b"}},
		{"vague blame against no claim", []claims.Claim{vague("c1", "army_src"), unclaimed("c2", "tv_b")},
			[]string{"gap actor army_src,tv_b"}},
		{"two vague blames", []claims.Claim{vague("c1", "army_src"), vague("c2", "tv_b")}, nil},
		{"two not knowing", []claims.Claim{unknownDoer("c1", "army_src"), unknownDoer("c2", "tv_b")}, nil},
		{"named party against both", []claims.Claim{mk(claims.Claim{ID: "c1", Source: src("mod_a"), Actor: sp("isis")}),
			vague("c2", "army_src"), unknownDoer("c3", "tv_b")}, []string{"gap actor mod_a,army_src,tv_b"}},
		{"toll not known, doer named", []claims.Claim{toll("c1", "mod_a"),
			mk(claims.Claim{ID: "c2", Source: src("tv_b"), Actor: sp("russia"), Rules: []string{claims.RuleTollUnknown}})},
			[]string{"gap casualties mod_a,tv_b"}},
		{"other ignorance is no toll gap", []claims.Claim{toll("c1", "mod_a"),
			mk(claims.Claim{ID: "c2", Source: src("tv_b"), Stance: claims.StanceUnknown})}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}
