package claims_test

import "testing"

// TestStatementAside: a statement noun after في, set off by a comma right
// after the speaker ("نفى مصدر ...، في تصريح للوكالة، أي صلة ..."), is
// the vehicle of the speaker's words: the party after لـ is the one the
// statement was given to, and the speaker's clause goes on past the
// aside as one claim. A phrase after في that follows the content is no
// aside. want lists "source stance actor" per claim. Sentences written
// for the test.
func TestStatementAside(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونفى مصدر في الشرطة بريف حماة، في تصريح للوكالة، أي صلة لعناصر الشرطة بمقتل الشاب.", "syria_interior denies syria_gov"},
		{"ونفى مسؤول في الأمن الداخلي بدرعا، في حديث للوكالة ذاتها، أي صلة لدوريات الشرطة بإطلاق الرصاص قرب السوق.", "syria_interior denies syria_gov"},
		{"ونفى قائد الأمن الداخلي في درعا، في تصريحات للوكالة، أي صلة لدورياته بما حدث.", "syria_interior denies syria_gov"},
		// the aside without commas was already one claim
		{"ونفى مصدر أمني في تصريح للوكالة أي صلة لرجال الشرطة بالاشتباك.", "informed_sources denies -"},
		// a phrase after the content is not the statement's aside
		{"وقال المرصد إن الطائرات قصفت البلدة، في تصعيد هو الأعنف منذ أشهر.", "sohr asserts -"},
	}
	assertClaimReadings(t, x, "2025-11-16", tests)
}
