package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestSummaryOfSeveralScenes: a claim that sums up two incidents its
// article tells apart ("the bombings in Mayadin and Kiswah killed sixty")
// links only through the scene its rule names (claims.SeveralScenesRule),
// so the two towns' incidents stay two events; without the rule it
// bridges them.
func TestSummaryOfSeveralScenes(t *testing.T) {
	bomb := func(id, art, place string, start int, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("local_sources"), EventType: claims.EventGroundAttack,
			Places: []string{place}, Date: sp("2024-03-04"), Start: start, End: start + 60,
			Rules: append([]string{"date:weekday"}, rules...), Text: "انفجرت سيارة مفخخة في البلدة يوم الاثنين"})
	}
	summary := func(rules ...string) claims.Claim {
		c := bomb("s", "n1", "mayadin", 0, rules...)
		c.Places = []string{"mayadin", "kiswah"}
		c.Text = "أوقعت التفجيرات في البلدتين ستين قتيلا يوم الاثنين"
		return c
	}
	others := []claims.Claim{
		bomb("a", "n1", "mayadin", 100), bomb("b", "n1", "kiswah", 300),
		bomb("c", "n2", "mayadin", 100), bomb("d", "n2", "kiswah", 300),
	}
	tests := []struct {
		name string
		s    claims.Claim
		want [][]string
	}{
		{"the summary links through the scene named", summary(claims.SeveralScenesRule + ":mayadin"),
			[][]string{{"a", "c", "s"}, {"b", "d"}}},
		{"the other scene named", summary(claims.SeveralScenesRule + ":kiswah"),
			[][]string{{"a", "c"}, {"b", "d", "s"}}},
		{"untagged it bridges the two towns", summary(),
			[][]string{{"a", "b", "c", "d", "s"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := append([]claims.Claim{tt.s}, others...)
			if diff := cmp.Diff(tt.want, partition(Group(cs, testK))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
