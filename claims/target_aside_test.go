package claims_test

import "testing"

// TestTargetAside checks that a phrase set between commas after a verb of
// attack does not hide its object, and that a place's proper name that
// looks like a target word ("حي المزرعة") is not read as what was hit.
// Sentences written for the test; the first claim's target.
func TestTargetAside(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال الجيش إن وحداته قصفت، بالتنسيق مع سلاح الجو، مساء أمس مقرات للمسلحين شرق النهر.", "headquarters of militants"},
		{"وقالت القيادة إن استهدفت مدفعيتنا، فجر الأحد، أوكاراً للإرهابيين على أطراف الوادي.", "hideouts of terrorists"},
		{"وقال المرصد إن الطائرات قصفت، بالمدفعية الثقيلة، منازل في القرية.", "homes"},
		// no aside: the clause after the comma is another one
		{"وقال المرصد إن الطائرات قصفت، ما أدى إلى أضرار كبيرة.", "-"},
		// a quarter named like a target word is where, not what
		{"وقال ناشطون إن قذيفتين سقطتا على حي المزرعة وسط العاصمة.", "residential quarter"},
		{"وذكر المسعفون أن غارة أصابت بلدة المدارس دون أن تصيب أحداً.", "town"},
		// the adjective after a defined noun is still read
		{"وقال المرصد إن القذائف سقطت على الحي السكني في المدينة.", "residential area"},
	}
	checkFirstTargets(t, x, tests)
}
