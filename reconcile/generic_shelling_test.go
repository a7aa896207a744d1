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

// TestDoerDenyingTheBombardmentJoinsItsShelling: the doer of a shelling
// that denies "bombarding" the town that day (a denial naming itself as
// the doer it denies, typed an airstrike by default) denies that shelling;
// a denial by another doer, one that names no doer, another day or a
// strike typed by its own air word stays apart.
func TestDoerDenyingTheBombardmentJoinsItsShelling(t *testing.T) {
	shelling := mk(claims.Claim{ID: "s", Article: "n1", Source: src("smart_news"), EventType: claims.EventShelling, Actor: sp("syria_gov"),
		Places: []string{"mayadin"}, Date: sp("2024-05-07"), Rules: []string{"date:weekday"},
		Text: "قتل طفلان بقذائف مدفعية النظام على البلدة مساء الثلاثاء"})
	denial := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "d", Article: "n2", Source: src("syrian_army"), Stance: claims.StanceDenies, EventType: claims.EventAirstrike,
			Actor: sp("syria_gov"), Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Rules: []string{"stance:cue", "event_type:generic", "actor:own_army", "date:weekday"},
			Text:  "نفى مصدر عسكري قيام الجيش بقصف البلدة مساء الثلاثاء"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"the shelling's doer denying the bombardment joins it", []claims.Claim{shelling, denial(nil)}, [][]string{{"d", "s"}}},
		{"a denial by another doer stays apart", []claims.Claim{shelling,
			denial(func(c *claims.Claim) { c.Actor = sp("russia") })}, [][]string{{"d"}, {"s"}}},
		{"a denial naming no doer stays apart", []claims.Claim{shelling,
			denial(func(c *claims.Claim) { c.Actor = nil })}, [][]string{{"d"}, {"s"}}},
		{"a denial of the day after stays apart", []claims.Claim{shelling,
			denial(func(c *claims.Claim) { c.Date = sp("2024-05-08") })}, [][]string{{"d"}, {"s"}}},
		{"a denied strike typed by its own air word stays apart", []claims.Claim{shelling,
			denial(func(c *claims.Claim) { c.Rules = []string{"stance:cue", "actor:own_army", "date:weekday"} })}, [][]string{{"d"}, {"s"}}},
	}
	runGroupCases(t, tests)
}
