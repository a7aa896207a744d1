package claims_test

import "testing"

// TestSeatHeadline: a headline's speaker named by role with the city his
// body serves ("قائد شرطة حلب"، "مدير صحة إدلب") still speaks before the
// colon, with or without the medium he spoke to; a tribe named back
// speaks as local sources. Sentences in our own words.
func TestSeatHeadline(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"قائد شرطة دمشق: سبعة جرحى في انفجار عبوة قرب الجسر", []string{"syria_interior asserts"}},
		{"قائد شرطة حلب لـ\"سبوتنيك\": سبعة جرحى في انفجار عبوة قرب الجسر", []string{"syria_interior via sputnik asserts"}},
		{"مدير صحة إدلب: تسعة قتلى في قصف على سوق الخضار", []string{"syria_health asserts"}},
		// without a place, as before
		{"المرصد لـ\"العربية\": تسعة قتلى في قصف على سوق الخضار", []string{"sohr via alarabiya asserts"}},
		{"وبحسب القبيلة، قتل الشيخ ومرافقه في كمين على الطريق.", []string{"local_sources asserts"}},
		{"وقالت العشيرة في بيان إن الشيخ قتل في كمين على الطريق.", []string{"local_sources asserts"}},
		// a tribe that is no speaker
		{"وهاجم مسلحون القبيلة في قريتها ليلاً.", []string{"outlet asserts"}},
	}, sourceLine)
}
