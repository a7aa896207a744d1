package claims_test

import "testing"

// TestNamedTollAndCountOfThem: a count of names followed by a word for the
// dead or for people is a toll ("وثّقت أسماء سبعة قتلى"), while names
// counted "of them" stay no toll; "their count" (عددهم، عددهن) with a
// verb of reaching, rising or exceeding gives the count of those the
// sentence told before. Sentences written for the test.
func TestNamedTollAndCountOfThem(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"names of the dead",
			"ووثقت الشبكة السورية لحقوق الإنسان أسماء سبعة قتلى سقطوا في الهجوم على الحاجز.",
			[]string{"snhr killed unknown 7-7 exact"}},
		{"names of victims, digits",
			"ونشر الناشطون أسماء 12 ضحية قضوا في القصف على السوق.",
			[]string{"local_sources killed unknown 12-12 exact"}},
		{"names of persons killed",
			"ونشر المكتب أسماء 30 شخصاً قتلوا في المجزرة.",
			[]string{"outlet killed unknown 30-30 exact"}},
		{"names of some of them stay no toll",
			"وقتل 40 شخصاً في المجزرة، وتمكن الأهالي من التعرف على أسماء 25 منهم.",
			[]string{"outlet killed unknown 40-40 exact"}},
		{"their count rose, in a second voice",
			"قتل خمسة عناصر في الكمين، وقال المرصد السوري إن عددهم ارتفع إلى تسعة.",
			[]string{"outlet killed fighters 5-5 exact", "sohr killed unknown 9-9 exact"}},
		{"their count came to, after a contrast",
			"قتل خمسة عناصر في الكمين، في حين ذكر المرصد السوري أن عددهم وصل إلى ثمانية.",
			[]string{"outlet killed fighters 5-5 exact", "sohr killed unknown 8-8 exact"}},
		{"the wounded, their count exceeded",
			"أصيب 15 مدنياً في القصف على الحي، بينما قال الدفاع المدني إن عددهم تجاوز العشرين.",
			[]string{"outlet wounded civilians 15-15 exact", "white_helmets wounded unknown 20--1 at_least"}},
	})
}
