package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGuessedDaysRebased: a headline and a continuer dated only by the
// publication or the sentence before, naming their event and place only
// through the article, tell the strike their article dates days earlier,
// not a new strike of their guessed day at the same town. A day apart,
// more than a week apart, with only a pluperfect recall dated, or when
// the article tells an event of the guessed day by a claim that names
// it, the claims keep their day. Sentences written for the test.
func TestGuessedDaysRebased(t *testing.T) {
	claim := func(id, art, day string, start int, text string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{"khasham"}, Date: sp(day), Start: start, Text: text, Rules: rules})
	}
	const (
		head     = "ارتفاع عدد ضحايا الغارات على سوق البلدة إلى عشرين"
		lead     = "قصفت طائرات حربية مساء الثلاثاء سوق البلدة المزدحم بالمتسوقين"
		recalled = "وكانت طائرات حربية قد قصفت مساء الثلاثاء سوق البلدة المزدحم"
		tally    = "ووثق ناشطون من جهتهم مقتل خمسة عشر مدنيا بينهم أطفال"
		named    = "وقصفت طائرات حربية صباح اليوم أطراف البلدة الشرقية من جديد"
		other    = "غارة جديدة تستهدف أطراف البلدة الشرقية صباح اليوم"
		answer   = "غارات على مواقع المسلحين قرب البلدة ثأراً لضحايا السوق"
		movement = "ويرى ناشطون أن القصف يهدف إلى تهجير سكان البلدة"
	)
	article := func(leadDay, leadText string, extra ...claims.Claim) []claims.Claim {
		cs := []claims.Claim{
			claim("h", "n1", "2024-03-09", 0, head, "event_type:generic", "date:published"),
			claim("l", "n1", leadDay, 100, leadText, "date:weekday"),
			claim("t", "n1", "2024-03-09", 300, tally, "event_type:context", "places:context", "date:context"),
			claim("o", "n2", "2024-03-09", 0, other, "date:today"),
		}
		return append(cs, extra...)
	}
	tests := []groupCase{
		{"four days earlier: rebased", article("2024-03-05", lead), [][]string{{"h", "l", "t"}, {"o"}}},
		{"a day earlier: same event already", article("2024-03-08", lead), [][]string{{"h", "l", "o", "t"}}},
		{"twelve days earlier: a recalled deed", article("2024-02-26", lead), [][]string{{"h", "o", "t"}, {"l"}}},
		{"only a pluperfect recall dated", article("2024-03-05", recalled), [][]string{{"h", "o", "t"}, {"l"}}},
		{"a headline answering the deed keeps its day", []claims.Claim{
			claim("h", "n1", "2024-03-09", 0, answer, "event_type:generic", "date:published"),
			claim("l", "n1", "2024-03-05", 100, lead, "date:weekday"),
			claim("o", "n2", "2024-03-09", 0, other, "date:today")}, [][]string{{"h", "o"}, {"l"}}},
		{"the guessed day told by a named strike", article("2024-03-05", lead,
			claim("n", "n1", "2024-03-09", 500, named, "date:published")), [][]string{{"h", "n", "o", "t"}, {"l"}}},
		{"the guessed day told only by a movement of another class", article("2024-03-05", lead,
			mk(claims.Claim{ID: "m", Article: "n1", Source: src("local_sources"), EventType: claims.EventEvacuation,
				Places: []string{"khasham"}, Date: sp("2024-03-09"), Start: 500, Text: movement, Rules: []string{"date:published"}})),
			[][]string{{"h", "l", "t"}, {"m"}, {"o"}}},
		{"a claim dated and placed by its actor's context is a guess too", article("2024-03-05", lead,
			claim("a", "n1", "2024-03-09", 500, named, "places:actor_context", "date:actor_context")),
			[][]string{{"a", "h", "l", "t"}, {"o"}}},
	}
	runGroupCases(t, tests)
}

// TestGuessedDayBlockKey: a claim whose day may be rebased (see
// borrowed.go) loads the week before its day too; a claim dated by words
// of its own does not.
func TestGuessedDayBlockKey(t *testing.T) {
	mkc := func(rules ...string) claims.Claim {
		return mk(claims.Claim{ID: "x", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
			Places: []string{"khasham"}, Date: sp("2024-03-09"), Start: 40, Text: "ووثق المرصد مقتل عشرة", Rules: rules})
	}
	for _, tc := range []struct {
		c    claims.Claim
		from string
	}{
		{mkc("event_type:context", "places:context", "date:context"), "2024-03-01"},
		{mkc("date:weekday"), "2024-03-08"},
		{mkc("date:published"), "2024-03-08"},
	} {
		if from, _, _ := testK.BlockKey(tc.c); from != tc.from {
			t.Errorf("BlockKey(%v) from %s, want %s", tc.c.Rules, from, tc.from)
		}
	}
}

// TestGuessedDayBlockKeyIn: read with its article, a guessed day reaches
// back only to the earliest day of the article it may be rebased to (two
// days to a week before it, dated by words of its own), and not at all
// when no such day is there or the claim answers a deed.
func TestGuessedDayBlockKeyIn(t *testing.T) {
	guessed := mk(claims.Claim{ID: "x", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
		Places: []string{"khasham"}, Date: sp("2024-03-09"), Start: 40, Text: "ووثق المرصد مقتل عشرة",
		Rules: []string{"event_type:context", "places:context", "date:context"}})
	dated := func(id, day, article string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: article, Source: src("sana"), EventType: claims.EventAirstrike,
			Places: []string{"khasham"}, Date: sp(day), Start: 10, Text: "قصفت الطائرات البلدة يوم الاثنين", Rules: rules})
	}
	answer := guessed
	answer.Text = "ردا على الهجوم قصفت المدفعية مواقع المسلحين"
	for _, tc := range []struct {
		name    string
		c       claims.Claim
		article []claims.Claim
		from    string
	}{
		{"no other claim", guessed, []claims.Claim{guessed}, "2024-03-08"},
		{"own day three days before", guessed, []claims.Claim{guessed, dated("a", "2024-03-06", "n1", "date:weekday")}, "2024-03-05"},
		{"earliest of two", guessed, []claims.Claim{dated("b", "2024-03-04", "n1", "date:weekday"), guessed, dated("a", "2024-03-06", "n1", "date:weekday")}, "2024-03-03"},
		{"a day before links anyway", guessed, []claims.Claim{guessed, dated("a", "2024-03-08", "n1", "date:weekday")}, "2024-03-08"},
		{"more than a week before", guessed, []claims.Claim{guessed, dated("a", "2024-02-28", "n1", "date:weekday")}, "2024-03-08"},
		{"borrowed day lends none", guessed, []claims.Claim{guessed, dated("a", "2024-03-06", "n1", "date:context")}, "2024-03-08"},
		{"another article lends none", guessed, []claims.Claim{guessed, dated("a", "2024-03-06", "n2", "date:weekday")}, "2024-03-08"},
		{"an answer keeps its day", answer, []claims.Claim{answer, dated("a", "2024-03-06", "n1", "date:weekday")}, "2024-03-08"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if from, _, _ := testK.BlockKeyIn(tc.c, tc.article); from != tc.from {
				t.Errorf("BlockKeyIn from %s, want %s", from, tc.from)
			}
			// Never wider than the article-blind key.
			blind, _, _ := testK.BlockKey(tc.c)
			if from, _, _ := testK.BlockKeyIn(tc.c, tc.article); from < blind {
				t.Errorf("BlockKeyIn from %s before BlockKey's %s", from, blind)
			}
		})
	}
}
