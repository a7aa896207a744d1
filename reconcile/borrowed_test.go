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
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertGroups(t, tt.cs, tt.want)
		})
	}
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
