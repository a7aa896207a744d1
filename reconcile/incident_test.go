package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestIncidentTollJoinsTheAttackThere: a report that tells only a toll
// ("gunmen killed eleven people in the town on Monday", "a suicide
// bomber blew himself up, killing twenty"), with no attack word, is the
// ground attack or the other toll that another report tells of in that
// town that day; a toll of one or two, a toll dated by its context, a day
// apart, in another town, beside an air raid, or in an article that tells
// of an air raid it belongs to, keeps to its own article's story.
func TestIncidentTollJoinsTheAttackThere(t *testing.T) {
	toll := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "a", Article: "n1", Source: src("local_sources"), EventType: claims.EventOther,
			Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-03-04"), Start: 90, End: 180,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 11)},
			Rules:   []string{"date:weekday"},
			Text:    "قال ناشطون إن مسلحين قتلوا أحد عشر شخصا من أهالي البلدة مساء الاثنين"}
		return variant(c, mod)
	}
	attack := func(typ string, mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("sana"), EventType: typ,
			Places: []string{"mayadin"}, Date: sp("2024-03-04"), Start: 100, End: 200,
			Rules: []string{"date:yesterday"},
			Text:  "اقتحمت مجموعة مسلحة البلدة أمس وقتلت عددا من سكانها"}
		return variant(c, mod)
	}
	raided := mk(claims.Claim{ID: "c", Article: "n1", Source: src("local_sources"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-03-04"), Start: 300, End: 380, Rules: []string{"date:context"},
		Text: "وشنت طائرات حربية غارات على أحياء البلدة"})
	tests := []groupCase{
		{"a toll joins the ground attack there", []claims.Claim{toll(nil), attack(claims.EventGroundAttack, nil)},
			[][]string{{"a", "b"}}},
		{"a headline dated by its publication joins it", []claims.Claim{toll(func(c *claims.Claim) {
			c.Start, c.Rules, c.Text = 0, []string{"date:published"}, "عشرون قتيلا بتفجير انتحاري في البلدة"
		}), attack(claims.EventGroundAttack, nil)}, [][]string{{"a", "b"}}},
		{"two tolls of one town and day are one incident", []claims.Claim{toll(nil), attack(claims.EventOther, func(c *claims.Claim) {
			c.Figures = []claims.Figure{exact(claims.OutcomeWounded, "unknown", 6)}
			c.Text = "أصيب ستة أشخاص بجروح أمس في البلدة"
		})}, [][]string{{"a", "b"}}},
		{"a toll of two keeps apart", []claims.Claim{toll(func(c *claims.Claim) {
			c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}
		}), attack(claims.EventGroundAttack, nil)}, [][]string{{"a"}, {"b"}}},
		{"a toll dated by its context keeps apart", []claims.Claim{toll(func(c *claims.Claim) {
			c.Rules = []string{"date:context"}
		}), attack(claims.EventGroundAttack, nil)}, [][]string{{"a"}, {"b"}}},
		{"the next day keeps apart", []claims.Claim{toll(func(c *claims.Claim) {
			c.Date = sp("2024-03-05")
		}), attack(claims.EventGroundAttack, nil)}, [][]string{{"a"}, {"b"}}},
		{"another town keeps apart", []claims.Claim{toll(func(c *claims.Claim) {
			c.Places = []string{"albukamal"}
		}), attack(claims.EventGroundAttack, nil)}, [][]string{{"a"}, {"b"}}},
		{"an air raid there keeps apart", []claims.Claim{toll(nil), attack(claims.EventAirstrike, nil)},
			[][]string{{"a"}, {"b"}}},
		{"the air raid its article tells of keeps it home", []claims.Claim{toll(nil), raided,
			attack(claims.EventGroundAttack, nil)}, [][]string{{"a", "c"}, {"b"}}},
	}
	runGroupCases(t, tests)
}
