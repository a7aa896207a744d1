package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestRaisedInUpdateAcrossArticles: one voice gives "at least" counts in
// two articles that overlap as ranges; when one of them says it updates
// or raises the toll and counts more, the voice revised its toll. Without
// such words, or when the update counts fewer, no note. Claims written
// for the test.
func TestRaisedInUpdateAcrossArticles(t *testing.T) {
	tests := []struct {
		name       string
		first      string
		firstFig   claims.Figure
		second     string
		secondFig  claims.Figure
		wantRevise bool
	}{
		{"update raises an open count",
			"قالت الفرق إن 30 شخصاً على الأقل قضوا في القصف", atLeast(claims.OutcomeKilled, "unknown", 30),
			"وقالت الفرق في تحديث لحصيلتها إن عدد القتلى تجاوز الخمسين", atLeast(claims.OutcomeKilled, "unknown", 50),
			true},
		{"rise verb in the second article",
			"أحصت الفرق 12 قتيلاً على الأقل", atLeast(claims.OutcomeKilled, "unknown", 12),
			"ارتفع عدد القتلى وفق الفرق إلى 20 على الأقل", atLeast(claims.OutcomeKilled, "unknown", 20),
			true},
		{"update told first, the bare count after",
			"وفي حصيلة محدثة أحصت الفرق 40 قتيلاً على الأقل", atLeast(claims.OutcomeKilled, "unknown", 40),
			"قالت الفرق إن عدد القتلى لا يقل عن 25", atLeast(claims.OutcomeKilled, "unknown", 25),
			true},
		{"two open counts, no word of an update",
			"قالت الفرق إن 30 شخصاً على الأقل قضوا", atLeast(claims.OutcomeKilled, "unknown", 30),
			"أحصت الفرق أكثر من 50 قتيلاً", atLeast(claims.OutcomeKilled, "unknown", 50),
			false},
		{"the update counts fewer",
			"قالت الفرق إن 60 شخصاً على الأقل قضوا", atLeast(claims.OutcomeKilled, "unknown", 60),
			"وفي تحديث لحصيلتها أحصت الفرق 45 قتيلاً على الأقل", atLeast(claims.OutcomeKilled, "unknown", 45),
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("rescuers"), Text: tt.first,
					Figures: []claims.Figure{tt.firstFig}}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("rescuers"), Text: tt.second,
					Figures: []claims.Figure{tt.secondFig}}),
			)
			got := len(onlyKind(compareLines(t, cs), KindRevision)) > 0
			if diff := cmp.Diff(tt.wantRevise, got); diff != "" {
				t.Errorf("revision (-want +got):\n%s", diff)
			}
		})
	}
}
