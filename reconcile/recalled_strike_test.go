package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRecalledBareStrikeJoinsTheShelling: an article that recalls an
// older bombardment of a town by its explicit date of a past month and a
// bare word (typed an air strike only generically) points at the shelling
// the articles of that day tell there; a recall that names a doer, is
// typed by a word of its own, is dated otherwise, lies a day off or
// names another town keeps to itself.
func TestRecalledBareStrikeJoinsTheShelling(t *testing.T) {
	shelling := mk(claims.Claim{ID: "a", Article: "n1", Source: src("local_sources"), EventType: claims.EventShelling,
		Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-02-04"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 30)},
		Text:    "سقطت عشرات القذائف على البلدة ليل الأحد"})
	recall := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("aljazeera"), EventType: claims.EventAirstrike,
			Places: []string{"mayadin"}, Date: sp("2024-02-04"),
			Rules: []string{"event_type:generic", "date:explicit_past"},
			Text:  "ويذكّر ذلك بقصف البلدة في الرابع من شباط الماضي"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"a bare recall joins the shelling", []claims.Claim{shelling, recall(nil)}, [][]string{{"a", "b"}}},
		{"a recall naming a doer stays apart", []claims.Claim{shelling, recall(func(c *claims.Claim) {
			c.Actor = sp("russia")
		})}, [][]string{{"a"}, {"b"}}},
		{"a strike typed by its own word stays apart", []claims.Claim{shelling, recall(func(c *claims.Claim) {
			c.Rules = []string{"date:explicit_past"}
		})}, [][]string{{"a"}, {"b"}}},
		{"a bare word dated by its weekday stays apart", []claims.Claim{shelling, recall(func(c *claims.Claim) {
			c.Rules = []string{"event_type:generic", "date:weekday"}
		})}, [][]string{{"a"}, {"b"}}},
		{"a recall of the next day stays apart", []claims.Claim{shelling, recall(func(c *claims.Claim) {
			c.Date = sp("2024-02-05")
		})}, [][]string{{"a"}, {"b"}}},
		{"a recall of another town stays apart", []claims.Claim{shelling, recall(func(c *claims.Claim) {
			c.Places = []string{"albu_kamal"}
		})}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}
