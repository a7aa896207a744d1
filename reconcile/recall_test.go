package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRecallLink: a claim dated only to a week or month that recalls an
// event joins another article's report of it when that report is the
// only incident of its type at the town in the span (see recall.go).
func TestRecallLink(t *testing.T) {
	day := func(id, art, date, typ, actor, place string) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Source: src("sana"), Text: "استهدفت طائرة مسيرة موقعا في البلدة",
			EventType: typ, Places: []string{place}, Date: sp(date), Rules: []string{"date:yesterday"}}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	recall := func(text, rule, typ, actor, place string) claims.Claim {
		c := claims.Claim{ID: "r1", Article: "later", Source: src("sohr"), Text: text,
			EventType: typ, Places: []string{place}, Date: sp("2024-02-01"), Rules: []string{rule}}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	const oneRaid = "وكانت البلدة قد تعرضت الشهر الماضي لغارة أوقعت قتلى"
	tests := []struct {
		name   string
		others []claims.Claim
		recall claims.Claim
		linked bool
	}{
		{"month, one raid there", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "", "mayadin"), true},
		{"week, one raid there", []claims.Claim{day("s1", "a", "2024-02-05", claims.EventAirstrike, "israel", "mayadin")},
			recall("ردا على الغارة التي ضربت المدينة الأسبوع الفائت", "date:last_week", claims.EventAirstrike, "israel", "mayadin"), true},
		{"raid after the week", []claims.Claim{day("s1", "a", "2024-02-12", claims.EventAirstrike, "israel", "mayadin")},
			recall("ردا على الغارة التي ضربت المدينة الأسبوع الفائت", "date:last_week", claims.EventAirstrike, "", "mayadin"), false},
		{"two raids a week apart", []claims.Claim{
			day("s1", "a", "2024-02-03", claims.EventAirstrike, "israel", "mayadin"),
			day("s2", "b", "2024-02-17", claims.EventAirstrike, "israel", "mayadin")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"one raid told on two days", []claims.Claim{
			day("s1", "a", "2024-02-03", claims.EventAirstrike, "israel", "mayadin"),
			day("s2", "b", "2024-02-04", claims.EventAirstrike, "israel", "mayadin")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "", "mayadin"), true},
		{"another town", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "khasham")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"another type", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventShelling, "", "mayadin")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"another actor", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "us", "mayadin")},
			recall(oneRaid, "date:month", claims.EventAirstrike, "russia", "mayadin"), false},
		{"a tally since the month began", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall("ومنذ بداية الشهر سقط قتلى بغارات على البلدة", "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"a tally during the week", []claims.Claim{day("s1", "a", "2024-02-05", claims.EventAirstrike, "israel", "mayadin")},
			recall("قتل مدنيون خلال الأسبوع الماضي بقصف جوي", "date:last_week", claims.EventAirstrike, "", "mayadin"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group(append(slices.Clone(tt.others), tt.recall), testK)
			ev := eventOf(evs, "s1")
			if got := ev != nil && slices.Contains(ev.Claims, "r1"); got != tt.linked {
				t.Errorf("linked = %v, want %v (events %v)", got, tt.linked, evs)
			}
		})
	}
}

// TestClaimDays: a claim dated to a week or month is found under all its
// days; any other under its date.
func TestClaimDays(t *testing.T) {
	tests := []struct {
		rule, from, to string
	}{
		{"date:yesterday", "2024-02-03", "2024-02-03"},
		{"date:last_week", "2024-02-03", "2024-02-09"},
		{"date:month", "2024-02-03", "2024-03-02"},
	}
	for _, tt := range tests {
		from, to := ClaimDays(claims.Claim{Date: sp("2024-02-03"), Rules: []string{tt.rule}})
		if from != tt.from || to != tt.to {
			t.Errorf("%s: days %s..%s, want %s..%s", tt.rule, from, to, tt.from, tt.to)
		}
	}
}
