package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEarlierCiviliansOwnedByMilitaryWording: an agency that says the
// bomber aimed at the guards of a post, and that first counted two
// civilians dead before a later toll of three without a group, owns the
// civilian victims itself; another voice's count of civilians dead is no
// dispute over what was hit. Without that earlier count of civilians the
// military wording against the civilian toll stays a target dispute.
// Sentences written for the test.
func TestEarlierCiviliansOwnedByMilitaryWording(t *testing.T) {
	earlierCiv := exact(claims.OutcomeKilled, "civilians", 2)
	earlierCiv.Earlier = true
	tests := []struct {
		name string
		figs []claims.Figure
		want bool
	}{
		{"civilians in the first toll", []claims.Figure{earlierCiv, exact(claims.OutcomeKilled, "unknown", 3)}, false},
		{"no civilians counted by the agency", []claims.Figure{exact(claims.OutcomeKilled, "unknown", 3)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventGroundAttack, Target: sp("fighters"),
					Text:    "قالت الوكالة إن المهاجم فجر نفسه قرب عناصر الحراسة وارتفع عدد القتلى إلى ثلاثة بعد أن كان اثنين من المدنيين",
					Figures: tt.figs}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventGroundAttack,
					Text:    "قتل مدنيان في التفجير وسط السوق",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
			)
			ls := compareLines(t, cs)
			got := false
			for _, l := range ls {
				got = got || strings.HasPrefix(l, "target ")
			}
			if got != tt.want {
				t.Errorf("target flagged = %v, want %v: %v", got, tt.want, ls)
			}
		})
	}
}
