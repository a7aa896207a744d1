package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLandingJoinsTheStrikeThere: a helicopter-borne landing on a town,
// told as a ground attack by one outlet, is the "raid" or "strike" another
// outlet tells there that day when the doers agree; the next day, another
// town, a doer that does not fly, a ground attack with no word of a
// landing, an interception, or a strike whose own article tells a ground
// attack there apart keep to themselves.
func TestLandingJoinsTheStrikeThere(t *testing.T) {
	strike := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "a", Article: "n1", Source: src("centcom"), EventType: claims.EventAirstrike,
			Actor: sp("us"), Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-05-07"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 2)},
			Text:    "قالت القيادة إن قواتها قتلت مسؤولين اثنين في غارة نفذتها مروحية"}
		return variant(c, mod)
	}
	landing := func(text string, mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("local_sources"), EventType: claims.EventGroundAttack,
			Actor: sp("coalition"), Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 3)},
			Rules:   []string{"date:weekday"}, Text: text}
		return variant(c, mod)
	}
	const noun = "نفذت قوات التحالف فجر الثلاثاء عملية إنزال قرب بيت عند أطراف البلدة قتل فيها ثلاثة"
	tests := []groupCase{
		{"a landing joins the strike", []claims.Claim{strike(nil), landing(noun, nil)}, [][]string{{"a", "b"}}},
		{"the noun behind a proclitic, no doer named", []claims.Claim{strike(nil),
			landing("قتل ثلاثة رجال بانزال جوي على الحي ليلة الثلاثاء", func(c *claims.Claim) { c.Actor = nil })},
			[][]string{{"a", "b"}}},
		{"the verb of dropping troops", []claims.Claim{strike(nil),
			landing("أنزلت المروحيات جنودا طوقوا المنزل وقتلوا ثلاثة من ساكنيه", nil)}, [][]string{{"a", "b"}}},
		{"the next day stays apart", []claims.Claim{strike(nil),
			landing(noun, func(c *claims.Claim) { c.Date = sp("2024-05-08") })}, [][]string{{"a"}, {"b"}}},
		{"another town stays apart", []claims.Claim{strike(nil),
			landing(noun, func(c *claims.Claim) { c.Places = []string{"albukamal"} })}, [][]string{{"a"}, {"b"}}},
		{"a doer that does not fly stays apart", []claims.Claim{strike(func(c *claims.Claim) { c.Actor = nil }),
			landing(noun, func(c *claims.Claim) { c.Actor = sp("isis") })}, [][]string{{"a"}, {"b"}}},
		{"a ground attack with no landing stays apart", []claims.Claim{strike(nil),
			landing("اقتحم مسلحون منزلا في أطراف البلدة وقتلوا ثلاثة", nil)}, [][]string{{"a"}, {"b"}}},
		{"an interception is no strike of the landing", []claims.Claim{strike(func(c *claims.Claim) {
			c.EventType = claims.EventInterception
			c.Figures = nil
		}), landing(noun, nil)}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}

// TestLandingKeepsApartFromAStrikeToldBesideAGroundAttack: when the
// strike's own article also tells a ground attack at that town that day,
// it has told the two apart, and the landing of another article does not
// join its strike.
func TestLandingKeepsApartFromAStrikeToldBesideAGroundAttack(t *testing.T) {
	cs := []claims.Claim{
		mk(claims.Claim{ID: "a", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
			Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Text: "شنت طائرات أمريكية غارة على موقع قرب البلدة"}),
		mk(claims.Claim{ID: "c", Article: "n1", Source: src("sohr"), EventType: claims.EventGroundAttack,
			Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Text: "وفي الليلة نفسها داهمت قوة برية أمريكية منزلا في البلدة"}),
		mk(claims.Claim{ID: "b", Article: "n2", Source: src("local_sources"), EventType: claims.EventGroundAttack,
			Actor: sp("coalition"), Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Text: "هبطت قوات التحالف بعملية إنزال قرب بيت وسط البلدة"}),
	}
	for _, g := range partition(Group(cs, testK)) {
		if slices.Contains(g, "a") && slices.Contains(g, "b") {
			t.Fatalf("landing joined the strike told beside a ground attack: %v", g)
		}
	}
}
