package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBareAircraftOfADroneArticle checks, on articles written for the
// test, that the bare definite aircraft word ("الطائرات"، "الطائرة") in an
// article about a drone attack points back at its drones, while a
// qualified one ("الطائرات الحربية") or one in an article about raids
// keeps the air raid: the types of the article's claims, in order.
func TestBareAircraftOfADroneArticle(t *testing.T) {
	x, _ := extractor(t)
	const head = "مسيرات مجهولة تهاجم قاعدة عسكرية قرب المدينة\n\n" +
		"قال مصدر عسكري إن ثلاث طائرات مسيرة هاجمت القاعدة فجر الأحد دون وقوع إصابات.\n\n"
	tests := []lineCase{
		{head + "وأوضح المصدر أن الطائرات التي نفذت العملية أقلعت من ريف إدلب.",
			[]string{claims.EventDroneAttack, claims.EventDroneAttack, claims.EventDroneAttack}},
		{head + "وأضاف المصدر أن الطائرة أطلقت من مسافة بعيدة.",
			[]string{claims.EventDroneAttack, claims.EventDroneAttack, claims.EventDroneAttack}},
		{head + "وأوضح المصدر أن الطائرات الحربية قصفت بعد ساعات مواقع المسلحين في ريف إدلب.",
			[]string{claims.EventDroneAttack, claims.EventDroneAttack, claims.EventAirstrike}},
		{"غارات جوية على ريف إدلب\n\nقال ناشطون إن غارات جوية استهدفت أطراف البلدة صباح الأحد.\n\n" +
			"وأضاف الناشطون أن الطائرات عادت بعد ساعة وقصفت المنطقة ذاتها.",
			[]string{claims.EventAirstrike, claims.EventAirstrike, claims.EventAirstrike}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.EventType })
}
