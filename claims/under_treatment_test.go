package claims_test

import (
	"testing"
)

// TestUnderTreatmentAreWounded checks that people a source counts as
// still under treatment after an attack are its wounded ("نحو 300
// مدني لا يزالون يتلقون العلاج"), while a count of wounded keeps its own
// noun and a count of things under no treatment gives nothing. Sentences
// written for the test.
func TestUnderTreatmentAreWounded(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"people still treated",
			"وقال الهلال الأحمر إن 300 مدني لا يزالون يتلقون العلاج في مشافي المدينة.",
			[]string{"sarc wounded civilians 300-300 exact"}},
		{"people under treatment, present tense",
			"وذكر الدفاع المدني أن 18 مدنياً يخضعون للعلاج بعد القصف.",
			[]string{"white_helmets wounded civilians 18-18 exact"}},
		{"a count of things",
			"وقالت المديرية إن أربع سيارات إسعاف تنقل المرضى بين المشافي.",
			nil},
	}
	assertFigureLines(t, x, tests)
}
