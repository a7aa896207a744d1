package claims_test

import "testing"

// TestTargetSpared checks that people taken out of harm's way ("إجلاء
// العائلات"، "أمّنت خروج المدنيين") and the men and places of a hunt
// after a fight ("تطارد المهاجمين في الأراضي الزراعية") are not read as
// what was hit, while a hit told beside them still is. Sentences written
// for the test; the first claim's target.
func TestTargetSpared(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المجلس العسكري إن مقاتليه أمّنوا إجلاء العائلات من الأزقة المجاورة لخطوط القتال.", "-"},
		{"وقالت فرق الإنقاذ إنها أمنت خروج المدنيين من الحي بعد القصف.", "-"},
		{"وقال المجلس العسكري إن قواته تطارد ما تبقى من المهاجمين في الأراضي الزراعية.", "-"},
		{"وقالت القوات إنها تلاحق المتسللين في البساتين القريبة من النهر.", "-"},
		{"وقال ناشطون إن قذائف الهاون أصابت منازل المدنيين قبل إجلاء العائلات.", "civilian homes"},
	}
	checkFirstTargets(t, x, tests)
}
