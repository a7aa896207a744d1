package claims_test

import "testing"

// TestTargetResumedPeople checks that people named before the clause of a
// firing and taken up by "عليهم" are whom the fire was aimed at, and that
// armed men named there (more often the shooters) are not taken. Sentences
// written for the test; the first claim's target.
func TestTargetResumedPeople(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال الناشطون إن ثلاثة مدنيين قتلوا عندما أطلق عناصر الحاجز النار عليهم قرب السوق.", "civilians"},
		{"وأفادت المنظمة بأن أربعة مدنيين أصيبوا بجروح حين فتح الجنود الرصاص عليهم.", "civilians"},
		// the shooters come first: no characterisation of whom they hit
		{"وقال أحد السكان إن مسلحين طرقوا الأبواب ثم أطلقوا النار عليهم في الشارع.", "-"},
		// a singular pronoun takes up no crowd
		{"وقال المصدر إن مدنيين مروا قرب الحاجز حين أطلق الجنود النار عليه.", "-"},
	})
}
