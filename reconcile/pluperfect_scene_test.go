package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPluperfectSceneNotBridged: an article telling a strike on a town
// and, in the pluperfect, an earlier strike on a nearby village the day
// before, tells two incidents even when a claim of its placed only at the
// governorate on the earlier day is related to both; without the
// pluperfect the governorate claim still joins the days, and the same
// village on both days stays one event. Sentences written for the test.
func TestPluperfectSceneNotBridged(t *testing.T) {
	claim := func(id, place, day, text string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "n1", Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp(day), Start: start, End: start + 60, Rules: []string{"date:weekday"},
			Text: text})
	}
	const (
		now     = "استهدفت غارات جوية مستوصف البلدة مساء الأربعاء وأخرجته عن الخدمة"
		before  = "وكانت طائرة حربية قد قصفت ليل الثلاثاء مدرسة في القرية المجاورة"
		plain   = "وقصفت طائرة حربية ليل الثلاثاء مدرسة في القرية المجاورة"
		general = "ويتعرض ريف المحافظة لحملة جوية متواصلة منذ أيام"
	)
	tests := []groupCase{
		{"pluperfect village apart", []claims.Claim{claim("a", "khasham", "2024-02-02", now, 0),
			claim("b", "tabiya", "2024-02-01", before, 200), claim("c", "deir_ez_zor", "2024-02-01", general, 400)},
			[][]string{{"a"}, {"b", "c"}}},
		{"pluperfect, same village", []claims.Claim{claim("a", "khasham", "2024-02-02", now, 0),
			claim("b", "khasham", "2024-02-01", before, 200), claim("c", "deir_ez_zor", "2024-02-01", general, 400)},
			[][]string{{"a", "b", "c"}}},
	}
	runGroupCases(t, tests)
	for _, tc := range []struct {
		text string
		want bool
	}{{before, true}, {plain, false}, {"وكان الطيران الروسي قد شن غارات", true}, {"قالت المصادر إن الطائرة كانت قد عادت", false}} {
		if got := pluperfectOpening(tc.text); got != tc.want {
			t.Errorf("pluperfectOpening(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
