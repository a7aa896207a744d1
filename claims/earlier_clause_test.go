package claims_test

import "testing"

// TestEarlierTollInLaterClause checks that a count a source had given
// before, told in a clause after its present toll in the same sentence,
// is marked earlier: a pluperfect report ("وكان ... قد أشار إلى") with
// adverbs of time between كان and قد, or "اكتفى ... بإحصاء"; the same
// clauses with no toll before them, or a pluperfect of another named
// voice, mark nothing.
func TestEarlierTollInLaterClause(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"pluperfect with time adverb",
			"وقال المرصد إن 14 مدنياً قتلوا في القصف، وكان خلال الساعات الأولى قد أشار إلى خمسة قتلى.",
			[]string{"sohr killed civilians 14-14 exact", "sohr killed unknown 5-5 exact earlier"}},
		{"bare pluperfect after the toll",
			"وأفاد الدفاع المدني بمقتل 9 أشخاص، وكان قد أعلن صباحاً عن ثلاثة قتلى.",
			[]string{"white_helmets killed unknown 9-9 exact", "white_helmets killed unknown 3-3 exact earlier"}},
		{"pluperfect with no mark of the same day",
			"وقال المرصد إن 14 مدنياً قتلوا في القصف، وكان قد تحدث عن خمسة قتلى في قصف سابق.",
			[]string{"sohr killed civilians 14-14 exact", "sohr killed unknown 5-5 exact"}},
		{"pluperfect with no toll before",
			"وكان المرصد قد تحدث عن خمسة قتلى في الغارة.",
			[]string{"sohr killed unknown 5-5 exact"}},
		{"made do with a count",
			"وبحسب المرصد، قتل 30 شخصاً في البلدة، علماً أنه اكتفى أمس بإحصاء مقتل تسعة عناصر.",
			[]string{"sohr killed unknown 30-30 exact", "sohr killed fighters 9-9 exact earlier"}},
		{"made do with no toll before",
			"واكتفت الوزارة بالإعلان عن مقتل أربعة جنود في الهجوم.",
			[]string{"outlet killed unknown 4-4 exact"}},
	}
	assertFigureLines(t, x, tests)
}
