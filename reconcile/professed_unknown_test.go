package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestProfessedUnknownDoer: an account that says in so many words that who
// did it is not known (stance unknown, no party, no toll) stands against
// the accounts that name the doer, even when it names a doer in another
// claim (a party it quotes, a hedged guess, another strike told beside
// this one). A bare "unnamed attackers", a profession that gives a toll,
// or a naming with no such profession leaves no gap.
func TestProfessedUnknownDoer(t *testing.T) {
	tests := []struct {
		name   string
		naming string // the stance of the monitor's own naming of the doer
		second claims.Claim
		want   []string
	}{
		{"professes and names a guess", claims.StanceUnconfirmed,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("unknown"), Stance: claims.StanceUnknown},
			[]string{"gap actor activists,monitor"}},
		{"professes and names as asserted", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("unknown"), Stance: claims.StanceUnknown},
			[]string{"gap actor activists,monitor"}},
		{"names only", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("russia")},
			nil},
		{"unknown with a toll", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("unknown"), Stance: claims.StanceUnknown,
				Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}},
			nil},
		{"vague blame", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("unknown")},
			nil},
		// "has not settled whether he belonged to the group": the party
		// asked about, in the stance of not knowing
		{"affiliation not settled", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("isis"), Stance: claims.StanceUnknown,
				Rules: []string{claims.RuleAffiliationUnknown}},
			[]string{"gap actor activists,monitor"}},
		// another ignorance with a party named says nothing of the doer
		{"named party, other ignorance", claims.StanceAsserts,
			claims.Claim{ID: "c3", Source: src("monitor"), Actor: sp("isis"), Stance: claims.StanceUnknown},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("activists"), Actor: sp("russia")}),
				mk(claims.Claim{ID: "c2", Source: src("monitor"), Actor: sp("russia"), Stance: tt.naming}),
				mk(tt.second),
			)
			var got []string
			for _, l := range onlyKind(compareLines(t, cs), KindGap) {
				if len(l) >= len("gap actor activists,monitor") {
					got = append(got, l[:len("gap actor activists,monitor")])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
