package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericWordJoinsTheShellingThere: an account that calls the deed
// only "bombardment" (typed an airstrike by default) and names its doer is
// the shelling another outlet tells by that doer the same day in the same
// town; with no doer named on either side, another doer, another day or
// town, or a day borrowed from its context, it stays apart, and so does a
// strike typed by an air word of its own.
func TestGenericWordJoinsTheShellingThere(t *testing.T) {
	shelling := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "s", Article: "n1", Source: src("hawar"), EventType: claims.EventShelling, Actor: sp("turkey"),
			Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"date:weekday"},
			Text: "قصفت المدفعية التركية أحياء البلدة مساء الثلاثاء"}
		return variant(c, mod)
	}
	generic := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "g", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike, Actor: sp("turkey"),
			Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-05-07"), Rules: []string{"event_type:generic", "date:weekday"},
			Text: "قتل رجلان مساء الثلاثاء جراء قصف تركي على البلدة"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"the same doer's bombardment joins its shelling", []claims.Claim{shelling(nil), generic(nil)}, [][]string{{"g", "s"}}},
		{"a bombardment of no named doer stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Actor = nil })}, [][]string{{"g"}, {"s"}}},
		{"a shelling of no named doer stays apart", []claims.Claim{shelling(func(c *claims.Claim) { c.Actor = nil }),
			generic(nil)}, [][]string{{"g"}, {"s"}}},
		{"a bombardment by another doer stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Actor = sp("russia") })}, [][]string{{"g"}, {"s"}}},
		{"a bombardment the day after stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Date = sp("2024-05-08") })}, [][]string{{"g"}, {"s"}}},
		{"a bombardment in another town stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Places = []string{"albukamal"} })}, [][]string{{"g"}, {"s"}}},
		{"a bombardment dated by its context stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Rules = []string{"event_type:generic", "date:context"} })}, [][]string{{"g"}, {"s"}}},
		{"a strike typed by its own air word stays apart", []claims.Claim{shelling(nil),
			generic(func(c *claims.Claim) { c.Rules = []string{"date:weekday"} })}, [][]string{{"g"}, {"s"}}},
	}
	runGroupCases(t, tests)
}
