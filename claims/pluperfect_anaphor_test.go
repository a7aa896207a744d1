package claims_test

import (
	"testing"
)

// TestPluperfectAnaphorSubject checks that a sentence opening with a
// pluperfect whose subject names back a body already heard ("وكانت
// الوزارة قد أعلنت"، "وكان المصدر ذكر") is that body's report, and that
// an anaphor with no body before it leaves the sentence to the outlet.
// Sentences written for the test.
func TestPluperfectAnaphorSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"ministry named back, with qad",
			"وزارة الدفاع الروسية تقول إن طائراتها قصفت مستودعاً في ريف إدلب. وكانت الوزارة قد ذكرت مساء أمس مقتل أربعة من جنودها.",
			[]string{"russia_mod killed unknown 4-4 exact"}},
		{"monitor named back, without qad",
			"قال المرصد السوري إن الاشتباكات تجددت في ريف حلب. وكان المرصد أحصى مقتل سبعة مقاتلين في اليوم الأول.",
			[]string{"sohr killed fighters 7-7 exact"}},
		{"no body before the anaphor",
			"وكانت الوزارة قد ذكرت مقتل أربعة جنود في هجوم سابق.",
			[]string{"outlet killed unknown 4-4 exact"}},
	}
	assertFigureLines(t, x, tests)
}
