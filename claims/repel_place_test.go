package claims_test

import "testing"

// TestRepelledAfterPlace: the speaker's forces that repelled an attack,
// with where they are between them and the verb ("قواتها في القاعدة
// تصدت"), are not its doer; the same forces striking are. Sentences
// written for the test; want is the first claim's actor.
func TestRepelledAfterPlace(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2021-04-01", false, []textWant{
		{"وقالت الدفاع الروسية في بيانها إن قواتها في القاعدة تصدت لهجوم شنه مسلحون بطائرات مسيرة.", "asserts unknown"},
		{"وقالت الدفاع الروسية في بيانها إن قواتها المتمركزة في حميميم تصدت لهجوم نفذته فصائل بطائرات مسيرة.", "asserts -"},
		{"وقالت الدفاع الروسية في بيانها إن قواتها في المنطقة قصفت مواقع المسلحين قرب البلدة.", "asserts russia"},
	}, stanceActor)
}
