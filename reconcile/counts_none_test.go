package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDenierCountsNone: an account that denies another side's toll of its
// men and gives its own count of none ("not one of our soldiers fell")
// answers with a number: the tolls are a casualties conflict, and no
// occurrence flag "denies it" is raised. A denial of the toll with no count
// of its own still raises the occurrence flag.
func TestDenierCountsNone(t *testing.T) {
	claimant := mk(claims.Claim{ID: "s1", Article: "a1", Start: 0, Source: src("sohr"), Text: "قتل عشرة جنود في القصف",
		EventType: claims.EventShelling, Actor: sp("turkey"),
		Figures: []claims.Figure{exact("killed", "syrian_army", 10)}})
	denial := mk(claims.Claim{ID: "d1", Article: "a2", Start: 0, Source: src("syrian_army"), Text: "نفى المصدر مقتل عشرات الجنود بالقصف",
		Stance: claims.StanceDenies, EventType: claims.EventShelling, Actor: sp("turkey"), Rules: []string{"stance:cue"},
		Figures: []claims.Figure{{Outcome: "killed", Group: "syrian_army", Low: 20, High: ip(99), Qualifier: "vague"}}})
	none := mk(claims.Claim{ID: "d2", Article: "a2", Start: 100, Source: src("syrian_army"), Text: "لم يسقط أي قتيل في صفوف الوحدات",
		EventType: claims.EventShelling, Actor: sp("turkey"),
		Figures: []claims.Figure{exact("killed", "syrian_army", 0)}})
	noneWounded := mk(claims.Claim{ID: "d2", Article: "a2", Start: 100, Source: src("syrian_army"), Text: "لم يصب أي جندي",
		EventType: claims.EventShelling, Actor: sp("turkey"),
		Figures: []claims.Figure{exact("wounded", "syrian_army", 0)}})
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"denial and a count of no dead", []claims.Claim{claimant, denial, none}, false},
		{"denial alone", []claims.Claim{claimant, denial}, true},
		{"denial and no wounded: the dead still denied", []claims.Claim{claimant, denial, noneWounded}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool {
				return d.Kind == KindOccurrence && d.Rule == "occurrence.casualties_denied"
			})
			if got != tt.want {
				t.Errorf("casualties denied = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
