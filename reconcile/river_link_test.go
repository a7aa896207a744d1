package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// riverPlaces is fakePlaces that also tells which places are rivers.
type riverPlaces struct {
	fakePlaces
	rivers map[string]bool
}

func (f riverPlaces) River(id string) bool { return f.rivers[id] }

// TestRiverAloneDoesNotLink: a river runs hundreds of kilometres, so two
// strikes of the same day in two articles that share only the river (each
// with a distant town of its own, or with nothing but the river) are not
// one event by it. A river with a shared town still links, and within one
// article the river keeps linking as before.
func TestRiverAloneDoesNotLink(t *testing.T) {
	places := riverPlaces{
		fakePlaces: fakePlaces{
			parent: map[string]string{"deir": "syria", "raqqa": "syria", "big_river": "syria",
				"town_south": "deir", "town_north": "raqqa"},
			coord: map[string][2]float64{"town_south": {34.95, 40.45}, "town_north": {35.95, 39.0},
				"big_river": {35.0, 40.0}},
		},
		rivers: map[string]bool{"big_river": true},
	}
	k := Knowledge{Places: places, Sources: testSources, Articles: testK.Articles}
	strike := func(id, art string, start int, ps ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: start, End: start + 80, Source: src("sohr"),
			EventType: claims.EventAirstrike, Actor: sp("coalition"), Places: ps, Date: sp("2019-03-04")})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		same bool
	}{
		{"river and two distant towns", []claims.Claim{strike("a", "A", 0, "big_river", "town_south"), strike("b", "B", 0, "big_river", "town_north")}, false},
		{"river only, two articles", []claims.Claim{strike("a", "A", 0, "big_river"), strike("b", "B", 0, "big_river")}, false},
		{"river only against a town", []claims.Claim{strike("a", "A", 0, "big_river"), strike("b", "B", 0, "town_south")}, false},
		{"river and one town shared", []claims.Claim{strike("a", "A", 0, "big_river", "town_south"), strike("b", "B", 0, "big_river", "town_south")}, true},
		{"river only, one article", []claims.Claim{strike("a", "A", 0, "big_river"), strike("b", "A", 400, "big_river")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Reconcile(tt.cs, k)
			if got := eventOf(evs, "a").ID == eventOf(evs, "b").ID; got != tt.same {
				t.Errorf("one event = %v, want %v", got, tt.same)
			}
		})
	}
}
