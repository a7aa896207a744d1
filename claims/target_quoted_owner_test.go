package claims_test

import "testing"

// TestQuotedOwner checks that a construct head takes its owner also when
// the owner's name stands in quotes or guillemets ("تجمعات «النصرة»"،
// "مقرات "الهيئة""). Sentences written for the test; the first claim's
// target.
func TestQuotedOwner(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال مصدر ميداني إن المدفعية دكت تجمعات «النصرة» على أطراف البلدة.", "gathering of Nusra militants"},
		{"وأفاد المراسل بأن الطيران قصف مقرات \"داعش\" في البادية ليلاً.", "headquarters of ISIS militants"},
	})
}
