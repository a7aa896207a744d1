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
		{"a tally over three days", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall("وقتل مدنيون طيلة ثلاثة أيام من الغارات على البلدة الشهر الماضي", "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"a tally over the month named", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall("وقتل عشرة مدنيين في البلدة خلال شباط بغارات جوية", "date:month", claims.EventAirstrike, "", "mayadin"), false},
		{"during one fight, not a tally", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall("وكان أربعة جنود قتلوا الشهر الماضي خلال تصديهم لغارة على البلدة", "date:month", claims.EventAirstrike, "", "mayadin"), true},
		{"while it struck, not a tally", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "israel", "mayadin")},
			recall("وأصيب مسعفون الشهر الماضي خلال قصف الطائرات للبلدة", "date:month", claims.EventAirstrike, "", "mayadin"), true},
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
		{"date:recalled", "2024-02-03", "2024-02-10"},
	}
	for _, tt := range tests {
		from, to := ClaimDays(claims.Claim{Date: sp("2024-02-03"), Rules: []string{tt.rule}})
		if from != tt.from || to != tt.to {
			t.Errorf("%s: days %s..%s, want %s..%s", tt.rule, from, to, tt.from, tt.to)
		}
	}
}

// TestRecalledLink: a claim dated by its article whose own words recall
// an earlier attack (rules date:recalled, date:recalled_reply; see
// claims.RecallMark) joins another article's report of it when that
// report, dated by its own words, is the only attack of its kind at the
// town in the week before publication and the day of publication.
func TestRecalledLink(t *testing.T) {
	day := func(id, art, date, typ, rule, place string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("sana"), Text: "قصفت طائرات حربية البلدة",
			EventType: typ, Places: []string{place}, Date: sp(date), Rules: []string{rule}})
	}
	recalled := func(rule, typ string, generic bool) claims.Claim {
		c := claims.Claim{ID: "r1", Article: "later", Source: src("sohr"), Text: "وكانت البلدة قد تعرضت لهجوم",
			EventType: typ, Places: []string{"mayadin"}, Date: sp("2024-02-03"), Rules: []string{rule}}
		if generic {
			c.Rules = []string{"event_type:generic", rule}
		}
		return mk(c)
	}
	tests := []struct {
		name   string
		others []claims.Claim
		recall claims.Claim
		linked bool
	}{
		{"pluperfect, one raid in the week", []claims.Claim{day("s1", "a", "2024-02-06", claims.EventAirstrike, "date:yesterday", "mayadin")},
			recalled("date:recalled", claims.EventAirstrike, false), true},
		{"pluperfect, the raid on the day of publication", []claims.Claim{day("s1", "a", "2024-02-10", claims.EventAirstrike, "date:today", "mayadin")},
			recalled("date:recalled", claims.EventAirstrike, false), true},
		{"raid before the week", []claims.Claim{day("s1", "a", "2024-02-01", claims.EventAirstrike, "date:yesterday", "mayadin")},
			recalled("date:recalled", claims.EventAirstrike, false), false},
		{"a report dated by its publication only", []claims.Claim{day("s1", "a", "2024-02-06", claims.EventAirstrike, "date:published", "mayadin")},
			recalled("date:recalled", claims.EventAirstrike, false), false},
		{"answer to a generic attack: the drone attack on the base", []claims.Claim{day("s1", "a", "2024-02-07", claims.EventDroneAttack, "date:weekday", "mayadin")},
			recalled("date:recalled_reply", claims.EventGroundAttack, true), true},
		{"generic attack, two attacks of two kinds", []claims.Claim{
			day("s1", "a", "2024-02-04", claims.EventDroneAttack, "date:weekday", "mayadin"),
			day("s2", "b", "2024-02-08", claims.EventShelling, "date:weekday", "mayadin")},
			recalled("date:recalled_reply", claims.EventGroundAttack, true), false},
		{"a typed recall names its kind", []claims.Claim{day("s1", "a", "2024-02-07", claims.EventDroneAttack, "date:weekday", "mayadin")},
			recalled("date:recalled", claims.EventShelling, false), false},
		{"another town", []claims.Claim{day("s1", "a", "2024-02-06", claims.EventAirstrike, "date:yesterday", "khasham")},
			recalled("date:recalled", claims.EventAirstrike, false), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group(append(slices.Clone(tt.others), tt.recall), testK)
			ev := eventOf(evs, "s1")
			if got := ev != nil && slices.Contains(ev.Claims, "r1"); got != tt.linked {
				t.Errorf("linked = %v, want %v (events %v)", got, tt.linked, evs)
			}
			if tt.linked && ev.Date != nil && *ev.Date != *tt.others[0].Date {
				t.Errorf("event date %s, want the report's %s", *ev.Date, *tt.others[0].Date)
			}
		})
	}
}
