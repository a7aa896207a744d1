package claims_test

import "testing"

// TestBelongingDoer: the doers named by their deed ("المنفذون"،
// "المهاجمين") or by a relative clause of the deed ("التي هاجمت") and
// joined to a party by a verb of belonging make that party the doer; a
// verb of belonging said of others (victims, residents) names no doer.
// Sentences written for the test; want is the last claim.
func TestBelongingDoer(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2016-05-01", true, []textWant{
		{"وهاجم مسلحون حاجزاً للشرطة قرب منبج، وقال مصدر محلي إن المنفذين ينتمون إلى تنظيم داعش.", "asserts isis"},
		{"وأكد قائد الشرطة أن المجموعات التي هاجمت المخفر فجراً تنتمي إلى تنظيم داعش.", "asserts isis"},
		{"وقال ناشطون إن المسلحين الذين نفذوا الهجوم على الحاجز ينتمون إلى قوات النظام.", "asserts syria_gov"},
		{"وقصفت طائرات حربية بلدة قرب إدلب، وقال ناشطون إن القتلى كلهم ينتمون إلى أسرة من البلدة.", "asserts -"},
	}, stanceActor)
}

// TestLinkedPartyShortStem: a denial of a party's part in the deed ("أي
// دور لـ"، "أي صلة لـ") names that party even when the preposition stays
// joined to a stem of three letters ("لحزب"). Sentences written for the
// test; want is the last claim.
func TestLinkedPartyShortStem(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2014-08-06", true, []textWant{
		{"ونفى مسؤول أي صلة لحزب الله بالهجوم على القرية الحدودية.", "denies iran_backed"},
		{"ونفى مسؤول أي دور لحزب الله في معارك القرية الحدودية.", "denies iran_backed"},
		{"ونفى مسؤول أي صلة لتركيا بالهجوم على القرية الحدودية.", "denies turkey"},
	}, stanceActor)
}
