package claims_test

import "testing"

// TestCoordinatedKillers: a named party coordinated with armed men of its
// side before a plural verb of killing ("قوات النظام ومسلحون موالون لها
// قتلوا") is the doer, with a phrase of time before the counted dead
// too ("قتلوا مساء الخميس أربعين شخصاً"); a party after a preposition is still no subject.
// Sentences written for the test.
func TestCoordinatedKillers(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2013-05-01", false, []textWant{
		{"وقال ناشطون إن قوات النظام وعناصر موالين لها أعدموا عشرات المدنيين في القرية.", "asserts syria_gov"},
		{"وأفاد المرصد بأن القوات التركية والفصائل الموالية لها أعدموا ثلاثة مقاتلين أسرى.", "asserts turkey"},
		{"وقال ناشطون إن قوات النظام والميليشيات الموالية لها قتلوا عشرين مدنياً.", "asserts syria_gov"},
		{"وقال ناشطون إن قوات النظام والشبيحة قتلوا مساء الخميس أربعين شخصاً في المزرعة.", "asserts syria_gov"},
	}, stanceActor)
}
