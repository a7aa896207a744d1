package claims_test

import "testing"

// TestTargetGroundTaken checks that a town, a village or farms named as
// ground an assault took or means to retake are no target of the attack,
// while military places taken still are, and so is a village shelled.
// Sentences written for the test.
func TestTargetGroundTaken(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال التنظيم في بيان إن عناصره سيطروا على قرية صغيرة شرقي المدينة بعد معارك.", "-"},
		{"وأعلنت الفصائل مساء الأحد سيطرتها على بلدة جديدة في الريف الشمالي.", "-"},
		{"وقال المرصد إن المهاجمين سيطروا أيضاً على مزارع قريبة من الطريق بعد الهجوم.", "-"},
		// a village shelled is a target
		{"وقال ناشطون إن مدفعية الجيش قصفت قرية صغيرة غربي المدينة مساء أمس.", "village"},
	})
}

// TestTargetNotWhatWasHit checks other places a claim names that were not
// hit: where the wounded were taken, where the attacker fired from, what
// is left to a side, ground the shells missed, whom a deed meant to keep
// safe. Sentences written for the test.
func TestTargetNotWhatWasHit(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		// a hospital the wounded were taken to
		{"وقال مراسلنا إن لغماً انفجر بدورية للشرطة، وأسعف الجرحى بعدها إلى مشفى المدينة.", "patrol"},
		{"وذكرت الشبكة أن عبوة انفجرت في الشارع وأن المصابين نقلوا إلى مستشفى قريب.", "-"},
		// a hospital struck stays
		{"وقال الدفاع المدني إن غارة جوية استهدفت المستشفى الوطني صباح اليوم.", "hospital"},
		// the attacker's own positions after "من"
		{"وقالت مصادر إن مدفعية الجيش قصفت أطراف البلدة من مواقعها على التلال.", "-"},
		// ground the shells missed
		{"وقال المصدر إن القذائف سقطت في أراض زراعية خالية شرقي البلدة.", "-"},
		{"وقال المصدر إن القذائف سقطت على أراض زراعية قرب القرية.", "farmland"},
		// whom the move meant to keep safe
		{"وقالت القيادة إن قواتها انسحبت من الأحياء حفاظاً على أرواح المدنيين.", "-"},
	})
}

// TestTargetRemainsOnly checks that "لم يبق ... سوى" counts what is left to
// a side, not what was hit, where "لم يكن سوى" still characterises.
// Sentences written for the test.
func TestTargetRemainsOnly(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"ولم يبق للقوات الحكومية في الريف الشرقي سوى قاعدة جوية واحدة.", "-"},
	})
}

// TestTargetOverASpan checks that what a side was hitting over days or
// months, or warns against hitting, is no target of the story's strike.
// Sentences written for the test.
func TestTargetOverASpan(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال مسؤول إن المقاتلات كانت تقصف منذ أسابيع قرى الجبل الحدودية.", "-"},
		{"وشهدت البلدة طوال الأشهر الماضية تفجيرات استهدفت مدنيين وعسكريين.", "-"},
		{"وحذرت الحكومة مراراً من استهداف المدنيين في المناطق الحدودية.", "-"},
		{"وطالب الائتلاف بتحرك دولي لوقف استهداف المدارس في المحافظة.", "-"},
		// the strike of the day keeps its target
		{"وقال ناشطون إن المقاتلات قصفت فجر اليوم قرى الجبل الحدودية.", "villages"},
	})
}

// TestTargetDoersAndWhere checks a bomber's group, a side's men said to be
// absent, a town an assault went for, a siege lifted and a vehicle laden
// with explosives: none says what was hit. Sentences written for the test.
func TestTargetDoersAndWhere(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		// the bomber's group and the vehicle laden with explosives are not
		// what was hit; the market is
		{"قتل خمسة أشخاص مساء أمس عندما فجر انتحاري من مسلحي الفصيل سيارة محملة بالمتفجرات في سوق البلدة.", "market and town"},
		// a named side's men absent: no civilian characterisation
		{"وأكد المتحدث أنه لم يكن هناك أي وجود لعناصر قسد في الموقع.", "-"},
		{"وأكد المتحدث أنه لم يكن هناك أي وجود لعناصر في الموقع.", "civilian, unarmed"},
		// no armed men at all: civilian
		{"وقال الأهالي إن المنطقة التي قصفت لا وجود فيها للمسلحين.", "civilian, unarmed"},
		// a named town an assault went for; shells on it still say civilian
		{"وشنت فصائل معارضة فجر اليوم هجوماً على بلدة خناصر من ثلاثة محاور.", "-"},
		{"وقال ناشطون إن قذائف الهاون سقطت ظهراً على بلدة خناصر.", "town"},
		// a siege lifted
		{"وقال قائد في الفصائل إن الهجوم يهدف إلى فك الحصار عن بلدة صغيرة في الريف.", "-"},
	})
}

// TestTargetRescueSchoolGathering checks a rescue crew's vehicle and a
// secondary school named by its adjective as civilian, and gatherings
// whose owner a pronoun takes up from armed men named before. Sentences
// written for the test.
func TestTargetRescueSchoolGathering(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال ناشطون إن مسيرة استهدفت سيارة الإنقاذ عند مدخل القرية مساء أمس.", "civil defence rescue vehicle"},
		{"وقال الأهالي إن الطائرة قصفت صباح اليوم ثانوية للبنات في المدينة.", "secondary school"},
		{"وانسحب مسلحو الفصيل من التلة بعد غارات شنتها الطائرات على تجمعاتهم قرب الطريق.", "gathering of fighters"},
		// no armed men before the pronoun: the gathering stays bare
		{"وقال المرصد إن الطائرات شنت غارات على تجمعاتهم قرب الطريق.", "gathering"},
	})
}

// TestTargetJoinedLocality checks that a village joined by و to a place
// named after a word of location locates the fighting, while villages that
// are the object of the strike stay. Sentences written for the test.
func TestTargetJoinedLocality(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال المرصد إن الاشتباكات في محيط البلدة والقرى القريبة منها أسفرت عن مقتل عشرين مسلحاً.", "-"},
		{"وقال ناشطون إن الطائرات قصفت البلدة والقرى القريبة منها فجر اليوم.", "town and villages"},
	})
}
