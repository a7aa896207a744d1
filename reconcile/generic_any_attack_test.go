package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericWordFallsBackToAnyAttack: a weak claim that names its attack
// only with a generic word (typed an airstrike or a ground attack by
// default) and that no claim of its own class takes joins its article's
// attack of another class: "a site said an operation hit a checkpoint" in
// a report of a bombing. It does not when it names a doer, when it
// recalls an earlier deed (a day known only roughly, or the deed a
// response answers), when its words type it, or across articles; and an
// anchor of its own class, however far, still comes first.
func TestGenericWordFallsBackToAnyAttack(t *testing.T) {
	bombing := mk(claims.Claim{ID: "s", Article: "n1", Start: 0, Source: src("hawar"), EventType: claims.EventGroundAttack,
		Places: []string{"mayadin"}, Date: sp("2024-07-30"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 6)},
		Text:    "قتل ستة أشخاص بانفجار عبوة عند حاجز في البلدة"})
	mention := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "w", Article: "n1", Start: 300, Source: src("media"), EventType: claims.EventAirstrike,
			Date:  sp("2024-07-30"),
			Rules: []string{"event_type:generic", "date:published"},
			Text:  "زعم موقع محلي أن عملية استهدفت الحاجز وقتلت خمسة عناصر"}
		return variant(c, mod)
	}
	raid := mk(claims.Claim{ID: "r", Article: "n1", Start: 2000, Source: src("sohr"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-07-30"), Actor: sp("russia"),
		Text: "وأغارت مقاتلات روسية على أطراف البلدة"})
	tests := []groupCase{
		{"a generic mention joins the bombing", []claims.Claim{bombing, mention(nil)}, [][]string{{"s", "w"}}},
		{"a generic ground attack joins a raid", []claims.Claim{
			variant(bombing, func(c *claims.Claim) { c.EventType = claims.EventAirstrike }),
			mention(func(c *claims.Claim) { c.EventType = claims.EventGroundAttack })}, [][]string{{"s", "w"}}},
		{"a mention naming its doer stays apart", []claims.Claim{bombing, mention(func(c *claims.Claim) {
			c.Actor = sp("turkey")
		})}, [][]string{{"s"}, {"w"}}},
		{"a mention recalled by its month stays apart", []claims.Claim{bombing, mention(func(c *claims.Claim) {
			c.Rules = []string{"event_type:generic", "date:month"}
		})}, [][]string{{"s"}, {"w"}}},
		{"the deed a response answers stays apart", []claims.Claim{bombing, mention(func(c *claims.Claim) {
			c.Text = "ردا على الهجمات التي استهدفت بلدات في الريف"
		})}, [][]string{{"s"}, {"w"}}},
		{"an airstrike by its words stays apart", []claims.Claim{bombing, mention(func(c *claims.Claim) {
			c.Rules = []string{"date:published"}
		})}, [][]string{{"s"}, {"w"}}},
		{"another article's bombing pulls in nothing", []claims.Claim{bombing, mention(func(c *claims.Claim) {
			c.Article = "n2"
		})}, [][]string{{"s"}, {"w"}}},
		{"an anchor of its own class comes first", []claims.Claim{bombing, mention(nil), raid},
			[][]string{{"r", "w"}, {"s"}}},
	}
	runGroupCases(t, tests)
}
