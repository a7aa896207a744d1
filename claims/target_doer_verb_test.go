package claims_test

import "testing"

// TestTargetDoerVerb checks that the subject of a verb of waging or
// committing with a pronoun pointing back at the deed ("هجوم شنته
// مجموعات"، "المجزرة التي ارتكبها") is read as who did it, not as what was
// hit, and that a vehicle "carrying them" is characterised by the people
// the pronoun points back at. Sentences written for the test; the first
// claim's target.
func TestTargetDoerVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المركز الإعلامي إن المقاتلين صدوا هجوماً شنته مجموعات مرتزقة فجر اليوم.", "-"},
		{"وقال المكتب إن قواته أفشلت هجوماً شنته «خلايا إرهابية» ليلاً.", "-"},
		{"وقالت الوزارة إن الهجوم الذي ارتكبه المسلحون طال عائلات بأكملها.", "families"},
		{"وقتل 14 عنصراً من القوات الحكومية في هجوم استهدف حافلة كانت تنقلهم شرقي البادية.", "bus carrying fighters"},
		{"وقتل 9 مدنيين في انفجار عبوة استهدف حافلة تقلهم قرب الجسر.", "bus carrying civilians"},
	}
	checkFirstTargets(t, x, tests)
}
