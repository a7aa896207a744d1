package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericWordJoinsTheDroneThere: an account that calls the deed only
// "an assault" (typed an airstrike by default) is the drone attack another
// outlet tells the same day in the same town, whether the drone's owner
// is unnamed, unknown or the one the generic account names; on another
// day, in another town, dated only by its context, or naming another
// doer, it stays apart.
func TestGenericWordJoinsTheDroneThere(t *testing.T) {
	drone := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "d", Article: "n1", Source: src("syria_mod"), EventType: claims.EventDroneAttack,
			Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-05-07"), Rules: []string{"date:weekday"},
			Text: "أصابت طائرة مسيرة خزانا للوقود في البلدة فجر الثلاثاء"}
		return variant(c, mod)
	}
	generic := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "g", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike,
			Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"event_type:generic", "date:today"},
			Text: "تعرض خزان للوقود في البلدة اليوم الثلاثاء لاعتداء ألحق به أضرارا"}
		return variant(c, mod)
	}
	ownDrone := func(start int) claims.Claim {
		return mk(claims.Claim{ID: "own", Article: "n2", Start: start, Source: src("sohr"), EventType: claims.EventDroneAttack,
			Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"date:today"},
			Text: "انقضت مسيرة على خزان الوقود في البلدة صباح اليوم"})
	}
	tests := []groupCase{
		{"an unnamed drone and an unnamed assault", []claims.Claim{drone(nil), generic(nil)}, [][]string{{"d", "g"}}},
		{"a drone of unknown owner and an assault blamed on a state", []claims.Claim{
			drone(func(c *claims.Claim) { c.Actor = sp("unknown") }),
			generic(func(c *claims.Claim) { c.Actor = sp("israel") })}, [][]string{{"d", "g"}}},
		{"a militia's drone and an unnamed assault", []claims.Claim{
			drone(func(c *claims.Claim) { c.Actor = sp("isis") }), generic(nil)}, [][]string{{"d", "g"}}},
		{"an assault the day after stays apart", []claims.Claim{drone(nil),
			generic(func(c *claims.Claim) { c.Date = sp("2024-05-08") })}, [][]string{{"d"}, {"g"}}},
		{"an assault in another town stays apart", []claims.Claim{drone(nil),
			generic(func(c *claims.Claim) { c.Places = []string{"albukamal"} })}, [][]string{{"d"}, {"g"}}},
		{"an assault dated by its context stays apart", []claims.Claim{drone(nil),
			generic(func(c *claims.Claim) { c.Rules = []string{"event_type:generic", "date:context"} })}, [][]string{{"d"}, {"g"}}},
		{"an assault blamed on another doer stays apart", []claims.Claim{
			drone(func(c *claims.Claim) { c.Actor = sp("isis") }),
			generic(func(c *claims.Claim) { c.Actor = sp("israel") })}, [][]string{{"d"}, {"g"}}},
		{"a strike typed by its own air word stays apart", []claims.Claim{drone(nil),
			generic(func(c *claims.Claim) { c.Rules = []string{"date:today"} })}, [][]string{{"d"}, {"g"}}},
		// The generic article tells a drone of its own before it: its
		// bare word is another deed of that day, and only its drone
		// claim joins the other outlet's drone. A drone named after the
		// generic word names its means, and all three are one attack.
		{"a generic word after its article's own drone stays apart", []claims.Claim{drone(nil),
			generic(func(c *claims.Claim) { c.Start = 400 }), ownDrone(0)},
			[][]string{{"d", "own"}, {"g"}}},
		{"a generic word before its article's own drone joins", []claims.Claim{drone(nil),
			generic(nil), ownDrone(400)},
			[][]string{{"d", "g", "own"}}},
	}
	runGroupCases(t, tests)
}
