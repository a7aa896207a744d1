package claims_test

import (
	"testing"
)

// TestEarlierTollReportedAfter checks that a count after "بعدما أشار إلى"
// or "بعد أن أعلن عن", said of a source that just gave a toll in the same
// sentence, is the toll the source gave before; a clause that gives no
// toll before, or a report verb with no "after" cue, marks nothing.
func TestEarlierTollReportedAfter(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"بعدما أشار إلى",
			"وقال المرصد إن 31 مسلحاً قتلوا في القصف على البلدة، بعدما أشار صباحاً إلى ثمانية قتلى.",
			[]string{"sohr killed fighters 31-31 exact", "sohr killed unknown 8-8 exact earlier"}},
		{"بعد أن أعلن عن",
			"وأفاد الدفاع المدني بمقتل 12 شخصاً في الغارة، بعد أن أعلن صباح اليوم عن خمسة قتلى.",
			[]string{"white_helmets killed unknown 12-12 exact", "white_helmets killed unknown 5-5 exact earlier"},
		},
		{"no toll before the cue",
			"وقال المرصد إنه بعدما أعلن الجيش بدء الهجوم قتل 7 مدنيين.",
			[]string{"sohr killed civilians 7-7 exact"}},
		{"a report verb without the after cue",
			"وقال المرصد إن 20 عنصراً قتلوا، وأشار إلى ستة جرحى.",
			[]string{"sohr killed fighters 20-20 exact", "sohr wounded unknown 6-6 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestMixedGroupIsTotal checks that civilians and combatants counted in one
// figure ("المدنيين والعسكريين") make a total of no one group, while a
// count of one group, or a second count with its own number, keeps its
// group.
func TestMixedGroupIsTotal(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"civilians and soldiers",
			"وقالت وزارة الدفاع السورية إن القذائف تسببت بمقتل عدد من المدنيين والعسكريين.",
			[]string{"syria_mod killed unknown 2-9 vague"}},
		{"fighters and civilians",
			"وأفاد المرصد بمقتل 14 من المسلحين والمدنيين في الاشتباكات.",
			[]string{"sohr killed unknown 14-14 exact"}},
		{"civilians only",
			"وأفاد المرصد بمقتل 14 من المدنيين في الغارات.",
			[]string{"sohr killed civilians 14-14 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestEarlierTollForms checks more ways of giving a toll as the first or
// former one: "بعدما كان قد أحصى", "في حصيلة أولية" after the toll, the
// first toll as the subject of "كانت", and a toll joined by "و" to an
// earlier one.
func TestEarlierTollForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"بعدما كان قد",
			"ورفع المرصد عدد القتلى إلى 20، بعدما كان قد وثّق ليلة أمس 12 قتيلاً.",
			[]string{"sohr killed unknown 20-20 exact", "sohr killed unknown 12-12 exact earlier"}},
		{"في حصيلة أولية after the toll",
			"وكان الدفاع المدني قد أعلن عن 7 قتلى في حصيلة أولية.",
			[]string{"white_helmets killed unknown 7-7 exact earlier"}},
		{"the first toll as subject",
			"وكانت الحصيلة الأولى التي نقلها ناشطون في المنطقة تشير إلى 4 قتلى.",
			[]string{"local_sources killed unknown 4-4 exact earlier"}},
		{"joined toll of the same first report",
			"وكان المرصد قد ذكر في حصيلة أولية مقتل 6 عناصر وإصابة 12 آخرين.",
			[]string{"sohr killed fighters 6-6 exact earlier", "sohr wounded fighters 12-12 exact earlier"}},
		{"a toll after a comma is a new one",
			"وقال المرصد إن الحصيلة بلغت 15 قتيلاً بعد أن كانت 9، وأصيب 40 آخرون.",
			[]string{"sohr killed unknown 15-15 exact", "sohr killed unknown 9-9 exact earlier", "sohr wounded unknown 40-40 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestEarlierTollAtADistance checks that a toll is the one given before
// when a time phrase stands between it and "قبل أن ترتفع", or between
// "كان ... قد" (after a rise) and the count; a comma or another count in
// between, or no rise and no mark of a first report, marks nothing.
func TestEarlierTollAtADistance(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"revised after a time phrase",
			"وقال الدفاع المدني إن الحصيلة بلغت 6 قتلى في الساعات الأولى بعد القصف، قبل أن ترتفع مع وفاة جرحى.",
			[]string{"white_helmets killed unknown 6-6 exact earlier"}},
		{"pluperfect with adverbs after a rise",
			"وذكر المرصد أن حصيلة القتلى ارتفعت إلى 27، وكان قد أحصى في اللحظات الأولى عقب القصف مقتل 11 شخصاً.",
			[]string{"sohr killed unknown 27-27 exact", "sohr killed unknown 11-11 exact earlier"}},
		// Without a rise, the pluperfect report of "the first moments"
		// still tells the toll given first (see TestEarlierTollInLaterClause).
		{"no rise before the pluperfect of the first moments",
			"وذكر المرصد أن 27 قتلوا في القصف، وكان قد أحصى في اللحظات الأولى عقب القصف مقتل 11 شخصاً.",
			[]string{"sohr killed unknown 27-27 exact", "sohr killed unknown 11-11 exact earlier"}},
		{"no rise and no first-report mark",
			"وذكر المرصد أن 27 قتلوا في القصف، وكان قد أحصى عقب قصف الشهر الماضي مقتل 11 شخصاً.",
			[]string{"sohr killed unknown 27-27 exact", "sohr killed unknown 11-11 exact"}},
	}
	assertFigureLines(t, x, tests)
}
