package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOperationReadAsTheRaidNamed: a communiqué's "operation" in the
// province, typed an air strike by default, is the airdrop its article
// names in a town of the province, and joins another outlet's account of
// that raid; when the article also names a strike from the air, or the
// sentence names a bombardment, it keeps its type.
func TestOperationReadAsTheRaidNamed(t *testing.T) {
	op := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "a", Article: "n1", Source: src("centcom"), EventType: claims.EventAirstrike,
			Places: []string{"deir_ez_zor"}, Date: sp("2024-05-07"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "militants", 2)},
			Rules:   []string{"event_type:generic", "date:explicit"}, Text: text})
	}
	drop := mk(claims.Claim{ID: "b", Article: "n1", Source: src("coalition"), EventType: claims.EventGroundAttack,
		Places: []string{"mayadin"}, Date: sp("2024-05-07"), Start: 200,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "militants", 1)},
		Rules:   []string{"date:context"}, Text: "قتل مسلح ثالث خلال الإنزال على البلدة"})
	other := mk(claims.Claim{ID: "c", Article: "n2", Source: src("sana"), EventType: claims.EventGroundAttack,
		Places: []string{"mayadin"}, Date: sp("2024-05-07"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 5)},
		Rules:   []string{"date:weekday"}, Text: "قتل خمسة مدنيين في إنزال جوي على البلدة فجر الثلاثاء"})
	air := mk(claims.Claim{ID: "d", Article: "n1", Source: src("coalition"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-05-07"), Start: 400,
		Rules: []string{"date:context"}, Text: "وشنت طائرات التحالف غارات على البلدة"})
	const opText = "قتلت القوات قياديين اثنين في عملية مشتركة نفذت في المحافظة"
	tests := []groupCase{
		{"the operation is the raid named", []claims.Claim{op(opText), drop, other}, [][]string{{"a", "b", "c"}}},
		{"an article naming a raid from the air keeps it", []claims.Claim{op(opText), drop, other, air},
			[][]string{{"a", "d"}, {"b", "c"}}},
		{"a bombardment keeps its type", []claims.Claim{op("قتلت القوات قياديين اثنين بقصف في عملية نفذت في المحافظة"), drop, other},
			[][]string{{"a"}, {"b", "c"}}},
	}
	runGroupCases(t, tests)
}
