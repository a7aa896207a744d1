package claims_test

import (
	"testing"
)

// TestZeroNoSign checks that a source with "no sign" or "no information
// pointing to" casualties gives a toll of zero, while "no information
// about" casualties says only that it does not know.
func TestZeroNoSign(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"no indications of civilian victims",
			"وأعلنت القيادة المركزية الأمريكية أنه لا توجد أي مؤشرات على وقوع ضحايا مدنيين في الغارة.",
			[]string{"centcom killed_or_wounded civilians 0-0 exact"}},
		{"no information pointing to victims",
			"وأعلنت القيادة المركزية الأمريكية أنه لا تتوفر لديها معلومات تشير إلى سقوط قتلى.",
			[]string{"centcom killed unknown 0-0 exact"}},
		{"no information pointing to casualties, at this time",
			"وقال البنتاغون إنه لا تتوفر في هذا الوقت معلومات تدل على وقوع إصابات بين المدنيين.",
			[]string{"pentagon wounded civilians 0-0 exact"}},
		{"no information about victims",
			"وقال المرصد إنه لا تتوفر معلومات عن سقوط ضحايا في القصف.",
			nil},
		{"signs of something else",
			"وقال المسؤول إنه لا توجد مؤشرات على انسحاب القوات من المنطقة.",
			nil},
	}
	assertFigureLines(t, x, tests)
}
