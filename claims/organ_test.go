package claims_test

import "testing"

// TestOrganSpeaksForParent: what a group's own agency reports is the
// group's word, relayed through the agency; a medium that is no organ
// keeps its voice. Sentences in our own words.
func TestOrganSpeaksForParent(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وقالت وكالة أعماق إن مقاتلي التنظيم فجروا عربة مفخخة قرب الحاجز.", []string{"isis via amaq asserts"}},
		{"ونقلت رويترز عن وكالة أعماق أن الهجوم أوقع عشرين قتيلاً.", []string{"isis via amaq,reuters asserts"}},
		{"وقالت قناة المنار إن الغارات طالت منازل في البلدة.", []string{"almanar asserts"}},
	}, sourceLine)
}
