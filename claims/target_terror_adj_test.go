package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTargetTerrorAdjective checks that "terrorist" as the adjective of
// the attack noun ("تفجيرين إرهابيين", "هجوم إرهابي") is not read as
// what was hit, while terrorists named as the object of a strike are.
func TestTargetTerrorAdjective(t *testing.T) {
	x, _ := extractor(t)
	target := func(c claims.Claim) string {
		if c.Target == nil {
			return "-"
		}
		return *c.Target
	}
	assertLines(t, x, []lineCase{
		{"وقالت وكالة سانا إن عشرين شخصاً قتلوا في تفجيرين إرهابيين وسط المدينة.", []string{"-"}},
		{"وأعلنت وزارة الداخلية أن هجوماً إرهابياً استهدف حافلة ركاب على الطريق.", []string{"passenger bus"}},
		{"وقال مصدر عسكري إن الطيران نفذ غارات استهدفت تجمعات إرهابيين في ريف المحافظة.", []string{"gathering and militants"}},
	}, target)
}

// TestTargetDistanceLandmark checks that the place a distance is measured
// from ("على مسافة ... من المسجد", "على بعد ... من المدرسة") is not read
// as what was hit, while a place hit near nothing still is.
func TestTargetDistanceLandmark(t *testing.T) {
	x, _ := extractor(t)
	target := func(c claims.Claim) string {
		if c.Target == nil {
			return "-"
		}
		return *c.Target
	}
	assertLines(t, x, []lineCase{
		{"وقال سكان إن القذيفة سقطت على مسافة مئتي متر من المسجد دون أن تصيبه.", []string{"-"}},
		{"وأفاد ناشطون بأن الغارة وقعت على بعد نصف كيلومتر من المدرسة الوحيدة في القرية.", []string{"-"}},
		{"وأفاد ناشطون بأن الغارة أصابت المدرسة الوحيدة في القرية.", []string{"school"}},
	}, target)
}
