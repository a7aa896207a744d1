package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestGuessBesideFirmNaming: an account that firmly names one party and
// only guesses at another ("activists think the coalition's jets did it";
// "the local council blamed the government's aircraft") stands by its
// firm naming: against a voice that names the guessed party it is a
// perpetrator dispute. Guesses alone, or a guess beside a firm naming of
// the same party the other voice names, leave the account agreeing.
func TestGuessBesideFirmNaming(t *testing.T) {
	tests := []struct {
		name  string
		firm  string // the first account's firm naming ("" for none)
		guess string // its guess
		want  []string
	}{
		{"firm naming beside a guess of the other's party", "syria_gov", "us", []string{"perpetrator actor local_sources,coalition"}},
		{"guesses only", "", "us", nil},
		{"firm naming of the same party", "us", "syria_gov", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{
				mk(claims.Claim{ID: "c1", Article: "artL", Source: src("local_sources"), Actor: sp(tt.guess), Stance: claims.StanceUnconfirmed}),
				mk(claims.Claim{ID: "c3", Source: src("coalition"), Actor: sp("us")}),
			}
			if tt.firm != "" {
				cs = append(cs, mk(claims.Claim{ID: "c2", Article: "artL", Source: src("local_sources"), Actor: sp(tt.firm)}))
			}
			var got []string
			for _, l := range onlyKind(compareLines(t, scene(cs...)), KindPerpetrator) {
				got = append(got, l[:len("perpetrator actor local_sources,coalition")])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
