package reconcile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestVagueBlameClearsOwnSide: a belligerent's voice that lays an attack
// on unnamed attackers ("armed terrorist groups stormed the village")
// while another side's voice blames the belligerent disputes the
// perpetrator; a voice that says it does not know who did it, or whose
// own side is not the one accused, leaves only the gap note.
func TestVagueBlameClearsOwnSide(t *testing.T) {
	tests := []struct {
		name, speaker, rule string
		want                []string
	}{
		{"state media blames unnamed terrorists", "sana", "actor:unnamed_doer",
			[]string{"perpetrator actor white_helmets,sana"}},
		{"state media does not know", "sana", "actor:doer_not_known", nil},
		{"an opposition voice blames unnamed gunmen", "sohr", "actor:unnamed_doer", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("syria_gov"), EventType: claims.EventGroundAttack}),
				mk(claims.Claim{ID: "c2", Source: src(tt.speaker), Actor: sp("unknown"), EventType: claims.EventGroundAttack,
					Rules: []string{tt.rule}}),
			)
			var got []string
			for _, l := range onlyKind(compareLines(t, cs), KindPerpetrator) {
				got = append(got, strings.SplitN(l, " | ", 2)[0])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestVagueBlameBesideOwnAnswer: the side that blames unnamed attackers
// may also tell how its army answered them ("the artillery pounded the
// launch sites"); that answer names no doer of the attack, so the vague
// blame still disputes the accusation. A side that owns the attack
// itself, by a claim that answers nothing, does not clear itself.
func TestVagueBlameBesideOwnAnswer(t *testing.T) {
	tests := []struct {
		name     string
		response bool
		want     []string
	}{
		{"its army's answer beside the vague blame", true, []string{"perpetrator actor white_helmets,sana"}},
		{"its army owns a deed of the event", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Actor: sp("syria_gov"), EventType: claims.EventShelling}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Actor: sp("unknown"), EventType: claims.EventShelling,
					Rules: []string{"actor:unnamed_doer"}}),
				mk(claims.Claim{ID: "c3", Source: src("sana"), Actor: sp("syria_gov"), EventType: claims.EventShelling,
					Response: tt.response}),
			)
			var got []string
			for _, l := range onlyKind(compareLines(t, cs), KindPerpetrator) {
				got = append(got, strings.SplitN(l, " | ", 2)[0])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
