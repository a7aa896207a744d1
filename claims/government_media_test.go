package claims_test

import "testing"

// TestGovernmentMedia: "وسائل الإعلام الحكومية" and "الإعلام الحكومي",
// unqualified in a Syrian-war article, are Syria's state media, as
// "وسائل الإعلام الرسمية" are; another state's are named with its
// adjective.
func TestGovernmentMedia(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت وسائل الإعلام الحكومية إن الجيش دمر منصات إطلاق الصواريخ قرب البلدة.", "syria_state_media"},
		{"وذكر الإعلام الحكومي أن قذيفتي هاون أصابتا شارعاً تجارياً وسط البلدة.", "syria_state_media"},
		{"وذكرت وسائل إعلام حكومية أن الدفاعات الجوية تصدت لصواريخ فوق العاصمة.", "syria_state_media"},
	}
	checkEnabFirstSources(t, x, tests)
}
