package claims_test

import "testing"

// TestHeadedName: an outlet that calls an armed party an organisation
// ("تنظيم"، "منظمة"، "جماعة"، "حركة") before its name, in quote marks or
// not, and spelled in initials or in full, names that party as the doer,
// after a verbal noun or in a relative clause on the weapon. A head before
// no known name names no one, and the party a strike hit ("مقراً لتنظيم
// «قسد»") is not its doer. Sentences written for the test; want is the
// actor of the first claim.
func TestHeadedName(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", false, []textWant{
		{"وقال مصدر في المحافظة إن القصف الذي طال السوق نفذه تنظيم \"قسد\" من مواقعه شرق المدينة.", "asserts sdf"},
		{"قتل طفلان بقصف تنظيم قسد على حي سكني في منبج.", "asserts sdf"},
		{"وأصيب أربعة مدنيين بقذائف صاروخية أطلقها تنظيم \"ي ب ك\" الإرهابي على البلدة الحدودية.", "asserts sdf"},
		{"وأعلنت الولاية أن القذائف أطلقها تنظيم واي بي جي صباحاً باتجاه مشفى المدينة.", "asserts sdf"},
		{"وذكر المرصد أن الكمين نصبه تنظيم «داعش» لدورية في البادية.", "asserts isis"},
		{"وقالت مصادر محلية إن طائرة تركية قصفت مقراً لتنظيم «قسد» في القرية.", "asserts turkey"},
		{"وقال ناشطون إن القصف نفذه تنظيم محلي صغير على القرية.", "asserts -"},
	}, stanceActor)
}
