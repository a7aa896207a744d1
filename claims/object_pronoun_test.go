package claims_test

import "testing"

// TestTargetObjectPronoun checks that the noun after a verb of striking
// whose object is an attached pronoun ("استهدفتهما"، "طالها") is read as
// what struck, not as what was hit, while the verbal noun with a pronoun
// and the bare verb keep their object. Sentences written for the test;
// the first claim's target.
func TestTargetObjectPronoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		// the pronoun is what was hit: the checkpoints fired
		{"وقال المرصد إن السيارتين انفجرتا عند المدخل بعدما استهدفتهما الحواجز الأمنية قرب المطار.", "-"},
		{"وأفاد ناشطون بأن العربة احترقت بعدما استهدفتها الحواجز الأمنية عند الجسر.", "-"},
		// the verb with its object after it: the checkpoints were hit
		{"وقال المرصد إن مسلحين استهدفوا الحواجز الأمنية قرب المطار.", "security checkpoints"},
		{"وقال المرصد إن سيارة مفخخة استهدفت الحواجز الأمنية قرب المطار.", "security checkpoints"},
	}
	checkFirstTargets(t, x, tests)
}
