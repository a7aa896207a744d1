package claims_test

import "testing"

// TestCoordinatedUnknownDoer: a source that could determine neither the
// toll nor who did it, the two coordinated after one verb of knowing
// ("عدد القتلى أو الجهة"، "حجم الخسائر ولا هوية المنفذين"), does not know
// the doer; one that could not count the dead of a strike it ascribes
// names the doer. Sentences written for the test.
func TestCoordinatedUnknownDoer(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2016-05-01", false, []textWant{
		{"وقال مسؤول في المنظمة إنهم لم يتمكنوا من تحديد عدد القتلى أو الجهة التي نفذت الهجوم على القرية.", "unknown unknown"},
		{"وقال المرصد إنه لا يعرف حجم الخسائر ولا هوية المنفذين حتى الآن.", "unknown unknown"},
		{"وقال المرصد إنه لم يتمكن من تحديد عدد القتلى في القصف الذي نفذته الطائرات الروسية.", "asserts russia"},
	}, stanceActor)
}
