package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericAttackJoinsTheStrikeThere: another article's bare mention of
// "the attack" on a town, dated by its own words, with no toll, no target
// and no other doer, is the air raid told there that day; an account of
// an attack with its own toll, a mention dated only by its context, one
// that names another doer, or one a day apart keeps to itself.
func TestGenericAttackJoinsTheStrikeThere(t *testing.T) {
	raid := mk(claims.Claim{ID: "a", Article: "n1", Source: src("white_helmets"), EventType: claims.EventAirstrike,
		Actor: sp("syria_gov"), Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-05-07"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 12)},
		Text:    "قتل 12 مدنيا بغارات على الميادين"})
	mention := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("pentagon"), EventType: claims.EventGroundAttack,
			Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Rules: []string{"event_type:generic", "date:weekday"},
			Text:  "ردا على الهجوم الذي طال البلدة يوم الثلاثاء"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"a bare mention joins the raid", []claims.Claim{raid, mention(nil)}, [][]string{{"a", "b"}}},
		{"an account with its own toll stays apart", []claims.Claim{raid, mention(func(c *claims.Claim) {
			c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "unknown", 3)}
		})}, [][]string{{"a"}, {"b"}}},
		{"a mention dated by its context stays apart", []claims.Claim{raid, mention(func(c *claims.Claim) {
			c.Rules = []string{"event_type:generic", "date:context"}
		})}, [][]string{{"a"}, {"b"}}},
		{"a mention naming another doer stays apart", []claims.Claim{raid, mention(func(c *claims.Claim) {
			c.Actor = sp("isis")
		})}, [][]string{{"a"}, {"b"}}},
		{"a mention of the next day stays apart", []claims.Claim{raid, mention(func(c *claims.Claim) {
			c.Date = sp("2024-05-08")
		})}, [][]string{{"a"}, {"b"}}},
		{"a typed ground attack stays apart", []claims.Claim{raid, mention(func(c *claims.Claim) {
			c.Rules = []string{"date:weekday"}
		})}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}

// TestChemicalAttackJoinsTheStrikeFromTheAir: a report of a chemical
// attack that names no delivery ("dozens choked by toxic gas in the
// town"), typed a generic attack, is the strike from the air that another
// report tells of in that town that day, also with its own toll, its
// target and its doer when the strike names none; without a word of an
// agent, an account with a toll still keeps to itself, and a chemical
// report of the next day, of another town, or naming a doer of another
// side than the strike's stays apart.
func TestChemicalAttackJoinsTheStrikeFromTheAir(t *testing.T) {
	raid := mk(claims.Claim{ID: "a", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-02-04"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 9)},
		Text:    "أحصى المرصد تسع وفيات بين سكان البلدة بعد الغارة"})
	report := func(text string, mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("local_sources"), EventType: claims.EventGroundAttack,
			Actor: sp("syria_gov"), Places: []string{"mayadin"}, Date: sp("2024-02-04"),
			Target:  sp("منازل"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 14)},
			Rules:   []string{"event_type:generic", "date:weekday"}, Text: text}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"choking on gas joins the raid", []claims.Claim{raid,
			report("قال المسعفون إن 14 مدنيا اختنقوا حتى الموت بغازات سامة في البلدة مساء الأحد", nil)}, [][]string{{"a", "b"}}},
		{"chlorine behind a proclitic joins the raid", []claims.Claim{raid,
			report("وثق الدفاع المدني مقتل 14 شخصا وإصابة العشرات بالكلور داخل منازلهم", nil)}, [][]string{{"a", "b"}}},
		{"a chemical weapon named as such joins the raid", []claims.Claim{raid,
			report("اتهم ناشطون النظام بشن هجوم كيماوي أودى بحياة 14 مدنيا", nil)}, [][]string{{"a", "b"}}},
		{"deaths by suffocation join the raid", []claims.Claim{raid,
			report("توفي 14 مدنيا اختناقا في الأقبية يوم الأحد", nil)}, [][]string{{"a", "b"}}},
		{"an attack with a toll and no agent stays apart", []claims.Claim{raid,
			report("قتل 14 مدنيا في هجوم على البلدة يوم الأحد", nil)}, [][]string{{"a"}, {"b"}}},
		{"a gas plant is no agent", []claims.Claim{raid,
			report("قتل 14 عاملا في هجوم على معمل الغاز يوم الأحد", nil)}, [][]string{{"a"}, {"b"}}},
		{"the next day stays apart", []claims.Claim{raid,
			report("قال المسعفون إن 14 مدنيا اختنقوا بغازات سامة", func(c *claims.Claim) { c.Date = sp("2024-02-05") })},
			[][]string{{"a"}, {"b"}}},
		{"another town stays apart", []claims.Claim{raid,
			report("قال المسعفون إن 14 مدنيا اختنقوا بغازات سامة", func(c *claims.Claim) { c.Places = []string{"albukamal"} })},
			[][]string{{"a"}, {"b"}}},
		{"a doer of another side than the strike's stays apart", []claims.Claim{raid,
			report("قال المسعفون إن 14 مدنيا اختنقوا بغازات سامة", func(c *claims.Claim) { c.Actor = sp("isis") })},
			[][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}
