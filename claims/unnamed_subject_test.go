package claims_test

import "testing"

// TestUnnamedSubjectPastPlace: an unnamed doer that opens the clause is
// the subject of the attack verb even when where the doers are stands
// between them ("المنتشرة في"، "المتحصنين في"، "ينتشرون في") or when the
// word of blame is quoted; a counted group, or one after the verb, is
// no such subject. Sentences written for the test.
func TestUnnamedSubjectPastPlace(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2018-02-01", false, []textWant{
		{"وذكر مصدر أمني أن المجموعات المسلحة المنتشرة في البساتين استهدفت الحي السكني بقذائف الهاون.", "asserts unknown"},
		{"وذكر مراسل الوكالة أن العصابات الإرهابية المتحصنة في أطراف البلدة أطلقت صواريخ على الأحياء الآمنة.", "asserts unknown"},
		{"وأفاد المصدر بأن إرهابيين يتمركزون على التلال المجاورة قصفوا المدرسة بعدة قذائف.", "asserts unknown"},
		{"ونقلت الوكالة عن قائد الشرطة أن «مسلحين» أطلقوا النار على الحافلة عند المدخل الشمالي.", "asserts unknown"},
		{"وأكد المحافظ أن الجماعات الإرهابية في الوادي أقدمت على تفجير خط المياه الرئيسي.", "asserts unknown"},
		{"وقالت الوزارة إن مجموعة إرهابية تابعة لداعش متمركزة قرب البادية هاجمت نقطة عسكرية.", "asserts isis"},
		// the group hit or counted, not the subject
		{"وقال المرصد إن عشرة مسلحين في القرية قتلوا في القصف.", "asserts -"},
		{"وقالت الوكالة إن الطيران الروسي استهدف مسلحين متحصنين في البلدة.", "asserts russia"},
	}, stanceActor)
}

// TestUncontrolledGroupsDoer: groups said to be outside the state's
// control ("غير منضبطة"، "منفلتة"، "خارجة عن إطار الدولة") are unnamed
// doers, blamed but not named; hunted by the speaker's forces, they are
// no doer. Sentences written for the test.
func TestUncontrolledGroupsDoer(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2025-03-01", false, []textWant{
		{"وقال المتحدث إن ما جرى تجاوزات ارتكبتها مجموعات غير منضبطة بحق الأهالي.", "asserts unknown"},
		{"وأكدت الوزارة أن عناصر منفلتة اقتحمت عددا من المنازل في القرية.", "asserts unknown"},
		{"ووثقت الشبكة هجمات نفذتها مجموعات مسلحة خارجة عن إطار الدولة على حواجز أمنية.", "asserts unknown"},
		{"وقالت الوزارة إن قواتها لاحقت عناصر منفلتة في القرية.", "asserts -"},
	}, stanceActor)
}

// TestMaskedOrAngryMenDoer: masked men and angry young men who did the
// deed are unnamed doers; counted among the dead they are victims.
// Sentences written for the test.
func TestMaskedOrAngryMenDoer(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2025-03-01", false, []textWant{
		{"وقالت الشرطة إن ملثمين أطلقوا النار على سيارة المختار عند مدخل البلدة.", "asserts unknown"},
		{"وأفاد الأهالي بأن أعمال تكسير طالت الواجهات نفذها شبان غاضبون في السوق.", "asserts unknown"},
		{"وقال المرصد إن ثلاثة شبان قتلوا في القصف على البلدة.", "asserts -"},
	}, stanceActor)
}
