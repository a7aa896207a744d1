package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
		if mod != nil {
			mod(&c)
		}
		return mk(c)
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}
