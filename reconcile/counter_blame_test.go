package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCounterBlameJoinsTheDeed: the side another report names as the
// doer of a raid on a town answers by accusing its enemy of the raid there
// that day: one deed with two doers, not an attack and a counter-attack.
// So does naming the enemy in a cleft ("it was they who struck"). A side
// that names its enemy with no word of accusation or cleft, a third party's
// accusation, another day or another town stay apart.
func TestCounterBlameJoinsTheDeed(t *testing.T) {
	raid := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "r", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike, Actor: sp("russia"),
			Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"date:weekday"},
			Text: "قصفت طائرات روسية البلدة صباح الثلاثاء"}
		return variant(c, mod)
	}
	blame := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("russia_mod"), EventType: claims.EventAirstrike, Actor: sp("coalition"),
			Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"actor:accused", "date:weekday"},
			Text: "حمّلت الوزارة طيران التحالف المسؤولية عن غارات الثلاثاء على البلدة"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"the accused side blames its enemy", []claims.Claim{raid(nil), blame(nil)}, [][]string{{"b", "r"}}},
		{"the accused side names its enemy in a cleft", []claims.Claim{raid(nil),
			blame(func(c *claims.Claim) {
				c.Rules = []string{"actor:before_event_word", "date:weekday"}
				c.Text = "أكدت الوزارة أن طائرات التحالف هي التي قصفت البلدة صباح الثلاثاء"
			})}, [][]string{{"b", "r"}}},
		{"no word of accusation stays apart", []claims.Claim{raid(nil),
			blame(func(c *claims.Claim) { c.Rules = []string{"actor:before_event_word", "date:weekday"} })}, [][]string{{"b"}, {"r"}}},
		{"a third party's accusation stays apart", []claims.Claim{raid(nil),
			blame(func(c *claims.Claim) { c.Source = src("sana"); c.Actor = sp("coalition") })}, [][]string{{"b"}, {"r"}}},
		{"an accusation of the day after stays apart", []claims.Claim{raid(nil),
			blame(func(c *claims.Claim) { c.Date = sp("2024-05-08") })}, [][]string{{"b"}, {"r"}}},
		{"an accusation about another town stays apart", []claims.Claim{raid(nil),
			blame(func(c *claims.Claim) { c.Places = []string{"albukamal"} })}, [][]string{{"b"}, {"r"}}},
	}
	runGroupCases(t, tests)
}
