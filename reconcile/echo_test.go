package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestHeadlineEchoDoesNotSplit: a headline dated only by its article's
// publication day repeats the raid its body dates to the day before. Its
// day group does not count toward the size of a component that merges
// whole, so another outlet's report of the raid, dated a day earlier
// still, joins the event even when the body also tells a second town of
// the governorate. A headline with a day of its own, or a claim dated by
// publication below the body's own-dated claims, still counts: the
// component is then too large to merge whole, and each day group pairs
// with its best.
func TestHeadlineEchoDoesNotSplit(t *testing.T) {
	raid := func(art string, start int, place, day, dateRule string, fs ...claims.Figure) claims.Claim {
		return mk(claims.Claim{Article: art, Start: start, Source: src("sohr"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp(day), Figures: fs, Rules: []string{dateRule},
			Text: "قتل مدنيون في غارات جوية على قرية في ريف المحافظة الشرقي"})
	}
	killed := func(n int) claims.Figure { return exact(claims.OutcomeKilled, "civilians", n) }
	body := func(headRule string, headAt int) []claims.Claim {
		return []claims.Claim{
			raid("n1", headAt, "deir_ez_zor", "2024-05-02", headRule, killed(30)),
			raid("n1", 100, "khasham", "2024-05-01", "date:yesterday", killed(30)),
			raid("n1", 300, "albukamal", "2024-05-01", "date:context"),
			raid("n2", 0, "khasham", "2024-04-30", "date:weekday", killed(41)),
		}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{
			name: "a headline dated by publication over yesterday's raid is an echo",
			cs:   body("date:published", 0),
			want: [][]string{{"n1_0", "n1_100", "n1_300", "n2_0"}},
		},
		{
			name: "a headline with a day of its own counts as a report of its day",
			cs:   body("date:today", 0),
			want: [][]string{{"n1_0", "n1_100"}, {"n1_300"}, {"n2_0"}},
		},
		{
			name: "a claim dated by publication below the body is no echo",
			cs:   body("date:published", 500),
			want: [][]string{{"n1_100", "n1_500"}, {"n1_300"}, {"n2_0"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
		})
	}
}
