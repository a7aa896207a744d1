package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOperationOnlyArticle: an article that names its deed only as "an
// operation", with no bombardment, strike from the air or drone named by a
// word of its own, tells a deed on the ground: its operation (typed an air
// strike by default) and the sentences that take their type from it join
// another outlet's assault in the town a day apart. An article that also
// names a raid from the air keeps the default.
func TestOperationOnlyArticle(t *testing.T) {
	opening := mk(claims.Claim{ID: "a", Article: "n1", Source: src("sana"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-05-08"),
		Rules: []string{"event_type:generic", "date:explicit"},
		Text:  "أكد المصدر أن العملية بدأت صباح الأربعاء في البلدة بعد مراقبة طويلة"})
	goesOn := mk(claims.Claim{ID: "b", Article: "n1", Source: src("sana"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-05-08"), Start: 300,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "militants", 6)},
		Rules:   []string{"event_type:context", "date:context"},
		Text:    "وأضاف أن العملية انتهت بمقتل ستة من المطلوبين"})
	assault := mk(claims.Claim{ID: "c", Article: "n2", Source: src("reuters"), EventType: claims.EventGroundAttack,
		Places: []string{"mayadin"}, Date: sp("2024-05-07"),
		Rules: []string{"date:weekday"}, Text: "حاصر مسلحون محليون المنزل في البلدة يوم الثلاثاء واقتحموه"})
	raids := mk(claims.Claim{ID: "d", Article: "n1", Source: src("sana"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-05-08"), Start: 600,
		Rules: []string{"date:context"}, Text: "وشنت الطائرات الحربية غارات على أطراف البلدة"})
	tests := []groupCase{
		{"operation alone is the assault", []claims.Claim{opening, goesOn, assault}, [][]string{{"a", "b", "c"}}},
		{"an article naming raids keeps its type", []claims.Claim{opening, goesOn, assault, raids},
			[][]string{{"a", "b", "d"}, {"c"}}},
	}
	runGroupCases(t, tests)
}
