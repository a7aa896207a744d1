package claims_test

import "testing"

// TestLaunchedFrom: fire said to come from a party's positions or areas
// ("أُطلقت من مواقع X", "انطلقت من مناطق تسيطر عليها X", "مصدره مرابض
// X") is that party's; a movement from a party's positions names no
// doer. Sentences written for the test.
func TestLaunchedFrom(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وذكر المرصد أن قذائف الهاون انطلقت من مرابض قوات النظام شرقي البلدة.", "syria_gov"},
		{"وأوضحت الأركان التركية أن الصاروخين أطلقا من مناطق سيطرة الوحدات الكردية قرب الحدود.", "sdf"},
		{"وأكد الدفاع المدني أن الصواريخ انطلقت من مناطق تسيطر عليها قوات النظام جنوب المدينة.", "syria_gov"},
		{"وأفاد ناشطون بأن القصف المدفعي مصدره مرابض قوات النظام في التلال المحيطة.", "syria_gov"},
		{"وقالت مصادر محلية إن قذيفتين أطلقتا من مناطق تخضع لسيطرة قسد شرق النهر.", "sdf"},
		// a movement, not fire
		{"وانسحبت الدورية من مواقع قوات النظام قرب البلدة.", "-"},
	}
	assertNamedActor(t, x, tests)
}

// TestLaunchedFromPlatform: the party may follow a qualifier of the ground
// ("النقاط العسكرية التركية") and the fire may come from its ships; ground
// described without a holder names no one. Sentences written for the test.
func TestLaunchedFromPlatform(t *testing.T) {
	x, _ := extractor(t)
	tests := []namedActorCase{
		{"وقال ناشطون إن المحتجين أصيبوا برصاص انطلق من النقاط العسكرية التركية عند الساحة.", "turkey"},
		{"وقال ناشطون إن الصواريخ أطلقت من البوارج الروسية في البحر.", "russia"},
		{"وقال ناشطون إن القذائف أطلقت من المواقع الحدودية القريبة من البلدة.", "-"},
	}
	assertNamedActor(t, x, tests)
}
