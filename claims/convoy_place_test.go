package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestJetsAndConvoyAsPlace checks, on sentences written for the test,
// that the plural and dual words for fighter jets type a claim as an air
// raid, and that a military column named only as the spot where missiles
// fell ("قرب رتل"، "من مقدمة الرتل") does not make the claim a deployment,
// while a column that moves in keeps it.
func TestJetsAndConvoyAsPlace(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"قصف قرب طريق حلب\n\nقال قيادي في فصيل معارض إن مقاتلتين تابعتين للنظام رمتا قنبلتين على بعد مئة متر من مقدمة الرتل.",
			[]string{claims.EventAirstrike, claims.EventAirstrike}},
		{"صواريخ قرب نقطة تركية\n\nذكر ناشطون أن مقاتلات روسية أطلقت صاروخا سقط قرب رتل عسكري جنوب المدينة صباح الثلاثاء.",
			[]string{claims.EventShelling, claims.EventAirstrike}},
		{"الجيش يعلن ضرباته\n\nأعلنت وزارة الدفاع أن مقاتلاتها دمرت مستودعا للذخيرة في البادية.",
			[]string{claims.EventAirstrike, claims.EventAirstrike}},
		{"تعزيزات جديدة\n\nقال مصدر محلي إن رتلا عسكريا دخل البلدة مساء الأحد قادما من الحدود.",
			[]string{claims.EventDeployment}},
		{"تعزيزات جديدة\n\nقال مصدر محلي إن الفصائل المقاتلة أرسلت رتلا إلى محيط البلدة.",
			[]string{claims.EventDeployment}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.EventType })
}

// TestJetsNeverPointBackAtDrones checks that the definite plural for
// fighter jets in an article about a drone attack keeps its own air raid,
// where a bare "الطائرات" would point back at the drones.
func TestJetsNeverPointBackAtDrones(t *testing.T) {
	x, _ := extractor(t)
	const head = "مسيرات تضرب قاعدة شرق البلاد\n\n" +
		"قال مصدر عسكري إن طائرتين مسيرتين ضربتا القاعدة ليل الأحد دون إصابات.\n\n"
	tests := []lineCase{
		{head + "وأضاف المصدر أن المقاتلات ردت بعد ساعات على مواقع المهاجمين قرب النهر.",
			[]string{claims.EventDroneAttack, claims.EventDroneAttack, claims.EventAirstrike}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string { return c.EventType })
}
