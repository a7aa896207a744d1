package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPlaceAndItsVictims: a voice that names the place hit and counts,
// itself, victims of the other kind ("the jets struck positions; two
// civilians were killed", "the strike on the farm killed six of the
// party's fighters") shows the two go together: another voice's toll of
// those victims, or its word for them as the target ("fighters"), does
// not dispute the place. Without such a voice they still do.
func TestPlaceAndItsVictims(t *testing.T) {
	strike := func(id, art, source string, target string, figs ...claims.Figure) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Source: src(source), Text: "نص", EventType: claims.EventAirstrike,
			Actor: sp("israel"), Places: []string{"quneitra"}, Figures: figs}
		if target != "" {
			c.Target = sp(target)
		}
		return mk(c)
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"positions and their civilian dead, against the civilian dead", []claims.Claim{
			strike("a", "a1", "sohr", "positions", exact("killed", "civilians", 2)),
			strike("b", "a2", "sana", "", exact("killed", "civilians", 2))}, false},
		{"positions alone, against the civilian dead", []claims.Claim{
			strike("a", "a1", "sohr", "positions"),
			strike("b", "a2", "sana", "", exact("killed", "civilians", 2))}, true},
		{"a farm and its fighters dead, against fighters", []claims.Claim{
			strike("a", "a1", "alalam", "farm", exact("killed", "iran_backed", 6)),
			strike("b", "a2", "sana", "farm"),
			strike("c", "a3", "idf", "fighters")}, false},
		{"a farm, against fighters", []claims.Claim{
			strike("b", "a2", "sana", "farm"),
			strike("c", "a3", "idf", "fighters")}, true},
		{"a farm and its fighters dead, against a weapons depot", []claims.Claim{
			strike("a", "a1", "alalam", "farm", exact("killed", "iran_backed", 6)),
			strike("c", "a3", "idf", "weapons depot")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind(tt.cs, KindTarget); got != tt.want {
				t.Errorf("target flagged = %v, want %v: %+v", got, tt.want, Compare(Event{}, tt.cs, testK))
			}
		})
	}
}
