package claims_test

import "testing"

// TestVehicleAboard checks that who a vehicle carried says what it was,
// also past a count ("تقل عدداً من"، "تقل نحو عشرة") and for soldiers,
// workers, passengers and clerics aboard; "رجال" alone names no side.
// Sentences written for the test; the first claim's target.
func TestVehicleAboard(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال شهود إن لغماً انفجر بحافلة صغيرة تقل جنوداً عائدين من إجازتهم.", "bus carrying military personnel"},
		{"وذكرت المصادر أن المسيرة أصابت سيارة تقل ثلاثة من رجال الدين قرب القرية.", "vehicle carrying civilian clerics"},
		{"وأفاد ناشطون بأن القذيفة أصابت حافلة تقل نحو عشرين عاملة في مصنع النسيج.", "bus carrying civilian workers"},
		{"وقال المرصد إن الطائرة استهدفت سيارة تقل أكثر من خمسة عناصر من الفصيل.", "vehicle carrying fighters"},
		{"وقال المسعفون إن القصف أصاب حافلة تقل ركاباً على الطريق الدولي.", "bus carrying civilian passengers"},
		{"وذكرت المصادر أن الغارة أصابت سيارة تقل رجالاً من البلدة.", "vehicle"},
	})
}
