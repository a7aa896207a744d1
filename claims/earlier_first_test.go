package claims_test

import "testing"

// TestEarlierTollFirstForms: forms of a toll a source gave before its present
// one. A count reported "first" ("أولاً") right after the verb of
// reporting; a count told in the pluperfect after the source "raised" its
// toll (the transitive رفع, not only ارتفع); a former toll named by the
// source's own "first figures" in a sentence of its own, which takes its
// outcome from the toll of the sentence before. Without those marks the
// count is a present toll. Sentences written for the test.
func TestEarlierTollFirstForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"reported first",
			"وقال المرصد إن 19 شخصاً قتلوا في القصف. وكان المرصد قد وثق أولاً مقتل 11.",
			[]string{"sohr killed unknown 19-19 exact", "sohr killed unknown 11-11 exact earlier"}},
		{"reported first with the outcome noun",
			"وقال المرصد إن 19 شخصاً قتلوا في القصف. وكان المرصد قد أعلن أولاً سبعة قتلى.",
			[]string{"sohr killed unknown 19-19 exact", "sohr killed unknown 7-7 exact earlier"}},
		{"no adverb of first",
			"وقال المرصد إن 19 شخصاً قتلوا في القصف. وكان المرصد قد أعلن مقتل سبعة.",
			[]string{"sohr killed unknown 19-19 exact", "sohr killed unknown 7-7 exact"}},
		{"raised its toll, had announced",
			"ورفع المرصد حصيلته لتبلغ 19 قتيلاً، وكان قد تحدث ليل الخميس عن سقوط 12.",
			[]string{"sohr killed unknown 19-19 exact", "sohr killed unknown 12-12 exact earlier"}},
		{"own first figures in a sentence of their own",
			"وأفاد المرصد بأن الحصيلة وصلت إلى 19 قتيلاً. وكانت تقديراته الأولى تتحدث عن 13.",
			[]string{"sohr killed unknown 19-19 exact", "sohr killed unknown 13-13 exact earlier"}},
	}
	assertFigureLines(t, x, tests)
}
