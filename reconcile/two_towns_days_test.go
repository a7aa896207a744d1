package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNearTownsTwoDaysOneArticle: one article telling a strike on a town
// and, the day before, one on a village a few kilometres away tells two
// incidents ("وكانت طائرة قد قصفت الليلة السابقة ..."); the same two places
// struck on one day stay one raid, and one town struck on two days may
// still be one event, as across articles.
func TestNearTownsTwoDaysOneArticle(t *testing.T) {
	strike := func(id, place, day string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "n1", Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp(day), Start: start, End: start + 60, Rules: []string{"date:weekday"},
			Text: "أصابت غارة جوية مستوصفاً في البلدة وخرج عن الخدمة"})
	}
	tests := []groupCase{
		{"two places, two days", []claims.Claim{strike("a", "khasham", "2024-02-02", 0), strike("b", "tabiya", "2024-02-01", 200)},
			[][]string{{"a"}, {"b"}}},
		{"two places, one day", []claims.Claim{strike("a", "khasham", "2024-02-02", 0), strike("b", "tabiya", "2024-02-02", 200)},
			[][]string{{"a", "b"}}},
		{"one place, two days", []claims.Claim{strike("a", "khasham", "2024-02-02", 0), strike("b", "khasham", "2024-02-01", 200)},
			[][]string{{"a", "b"}}},
	}
	runGroupCases(t, tests)
}
