package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestResponseAdrift: the army's answer to a bombing, told in the same
// article or another one, is its own event when it names its doer and
// strikes another quarter (or names no place), even on the bombing's day;
// a plain report of the same answer that names the answer's quarter still
// joins it, and so does the doer's own earlier sentence about it.
func TestResponseAdrift(t *testing.T) {
	places := fakePlaces{
		parent: map[string]string{"city_gov": "syria", "city": "city_gov",
			"market_quarter": "city", "old_quarter": "city", "north_quarter": "city"},
	}
	k := Knowledge{Places: places, Sources: testSources, Articles: testK.Articles}
	day := "2015-06-02"
	bomb := func(id, art string, start int, ps ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: start, End: start + 80, Source: src("sana"),
			EventType: claims.EventGroundAttack, Actor: sp("unknown"), Places: ps, Date: sp(day),
			Text: "انفجرت سيارة مفخخة في سوق الحي المزدحم"})
	}
	answer := func(id, art string, start int, ps ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: start, End: start + 80, Source: src("syrian_army"),
			EventType: claims.EventGroundAttack, Actor: sp("syria_gov"), Places: ps, Date: sp(day), Response: true,
			Text: "ردت وحدات الجيش على التفجير باستهداف أوكار المسلحين"})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{"answer on another quarter, same article",
			[]claims.Claim{bomb("b1", "A", 0, "market_quarter"), bomb("b2", "A", 400, "city"), answer("r", "A", 900, "old_quarter")},
			[][]string{{"b1", "b2"}, {"r"}}},
		{"answer with no place, same article",
			[]claims.Claim{bomb("b1", "A", 0, "market_quarter"), answer("r", "A", 900)},
			[][]string{{"b1"}, {"r"}}},
		{"answer on another quarter, other article",
			[]claims.Claim{bomb("b1", "A", 0, "market_quarter", "city"), answer("r", "B", 0, "old_quarter")},
			[][]string{{"b1"}, {"r"}}},
		{"a report naming the answer's quarter joins it",
			[]claims.Claim{answer("r", "A", 0, "old_quarter"), bomb("s", "B", 0, "old_quarter")},
			[][]string{{"r", "s"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, k))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
