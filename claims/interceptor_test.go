package claims_test

import "testing"

// TestInterceptorIsNoDoer: a speaker's own air defences that intercept
// what the claim calls the enemy's or the aggression's ("الصواريخ
// المعادية"، "صواريخ العدوان"، "أهدافاً معادية") answer another party's
// strike: the interception names no doer of the speaker's side. Missiles
// named by their party keep it; defences downing drones called nobody's
// enemy are not touched here. Each want is "source actor" of the first
// claim naming one. Sentences written for the test.
func TestInterceptorIsNoDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال مصدر عسكري إن دفاعاتنا الجوية تصدت لعدد من الصواريخ المعادية فوق العاصمة.", "syrian_army -"},
		{"وقال مصدر عسكري إن وسائط دفاعنا الجوي اعترضت معظم صواريخ العدوان قبل بلوغها أهدافها.", "syrian_army -"},
		{"وقال مصدر عسكري إن منظومات دفاعنا الجوي رصدت أهدافاً معادية في سماء المنطقة الوسطى وأسقطت بعضها.", "syrian_army -"},
		{"وأكد مصدر عسكري اليوم أن الدفاعات السورية اعترضت صواريخ إسرائيلية فوق ريف دمشق.", "syrian_army israel"},
	}
	checkPerpLines(t, x, tests)
}
