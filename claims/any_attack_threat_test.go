package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnyAttackInAThreat checks, on sentences written for the test, that
// "any attack" answered or resisted in a threat ("سيرد على أي هجوم"،
// "ضد أي هجوم") types no event, while a toll beside
// it keeps the story's strike and a denial of "any shelling" keeps its
// type.
func TestAnyAttackInAThreat(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وكانت أنقرة قد أعلنت مقتل خمسة من جنودها في القصف، فيما هدد وزير الدفاع بأن جيشه سيرد على أي هجوم آخر.",
			[]string{claims.EventAirstrike}},
		{"وتعهد القائد بحماية القرى ضد أي هجوم محتمل.", []string{claims.EventOther}},
		{"وأكد مصدر أن النقطة لم تتعرض لأي هجوم خلال الليل.", []string{claims.EventGroundAttack}},
		{"ونفى المصدر وقوع أي قصف على البلدة.", []string{claims.EventAirstrike}},
		{"وقال ناشطون إن هجوما بريا استهدف مواقع للجيش قرب البلدة.", []string{claims.EventGroundAttack}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.EventType })
}

// TestBombardmentAfterAnAssault checks that "القصف" after a context of an
// assault of fighters on foot keeps its own generic type (a bombardment),
// rather than pointing back at the assault.
func TestBombardmentAfterAnAssault(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال البيان إن مسلحين شنوا هجوما على مواقع الجيش في البلدة قبل الفجر.\n\n" +
			"وأعلن الجيش التركي مقتل ثلاثة من جنوده في القصف.",
			[]string{claims.EventGroundAttack, claims.EventAirstrike}},
		{"وقال البيان إن مسلحين شنوا هجوما على مواقع الجيش في البلدة قبل الفجر.\n\n" +
			"وأضاف أن الهجوم أسفر عن مقتل ثلاثة جنود.",
			[]string{claims.EventGroundAttack, claims.EventGroundAttack}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.EventType })
}
