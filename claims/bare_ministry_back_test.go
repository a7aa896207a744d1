package claims_test

import "testing"

// TestBareMinistryRefersBack: a ministry named without its state, in an
// outlet of no state's side, is the ministry of that role the article
// quoted before with its state ("ونفت وزارة الدفاع ..." after "وزارة
// الدفاع التركية"), with the stance its verb gives. A ministry of another
// role, or none quoted before, stays unresolved. Sentences written for the
// test; want is source and stance of the claim holding part.
func TestBareMinistryRefersBack(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, part, want string }{
		{"قالت صباحاً وزارة الدفاع التركية إن مقاتلاتها دمرت مواقع للوحدات الكردية. ونفت وزارة الدفاع صحة الأنباء عن قصف مدرسة في القرية.",
			"ونفت", "turkey_mod denies"},
		{"أغارت طائرات على مواقع قرب حمص بحسب وزارة الدفاع السورية. وقالت وزارة الدفاع إن المضادات الأرضية أسقطت أغلب الصواريخ.",
			"وقالت", "syria_mod asserts"},
		{"أعلنت صباحاً وزارة الدفاع الروسية أن قاذفاتها ضربت معسكراً للمسلحين. وبعد يومين نفت وزارة الدفاع أن تكون قاذفاتها أصابت المشفى.",
			"نفت", "russia_mod denies"},
		{"أعلنت وزارة الخارجية الروسية رفضها للضربة. ونفت وزارة الدفاع وقوع أي خسائر في القاعدة.",
			"ونفت", "outlet asserts"},
	}
	checkHoldingVoices(t, x, tests)
}
