package claims_test

import (
	"testing"
)

// TestTollAnnouncerAfterToll checks that the body named after a toll as
// the one that gave it ("في حصيلة محدثة نشرها ..."، "وفق حصيلة أولية
// لـ...") is the toll's source, with an adjective between the toll noun and
// its announcer or without, and that a toll noun followed by no body
// leaves the sentence to the outlet. Sentences written for the test.
func TestTollAnnouncerAfterToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"adjective then verb with the toll's pronoun",
			"قتل تسعة مدنيين بينهم امرأتان بقصف صاروخي على السوق، في حصيلة محدثة نشرها الدفاع المدني مساء.",
			[]string{"white_helmets killed civilians 9-9 exact", "white_helmets killed civilians 2-2 exact subset"}},
		{"a first toll by a feminine body",
			"وأصيب 14 شخصاً بجروح في انفجار العبوة، وفق حصيلة أولية أعلنتها مديرية الصحة في المحافظة.",
			[]string{"syria_health wounded unknown 14-14 exact"}},
		{"a statistics noun and a monitor",
			"ولقي خمسة عناصر حتفهم في الاشتباكات، في إحصائية جديدة وثقها المرصد السوري.",
			[]string{"sohr killed fighters 5-5 exact"}},
		{"toll noun, adjective and the body after lam",
			"وارتفع عدد القتلى إلى 11 شخصاً، بحسب حصيلة غير نهائية للمرصد السوري لحقوق الإنسان.",
			[]string{"sohr killed unknown 11-11 exact"}},
		{"no announcer after the toll noun",
			"وقتل ستة أشخاص في الغارة، في حصيلة جديدة لضحايا التصعيد في المنطقة.",
			[]string{"outlet killed unknown 6-6 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestPluperfectTollSuperseded checks that a toll a source had given
// earlier the same day, told in the pluperfect ("وكان ... قد أفاد صباحاً"،
// "..., قبل أن ..."), is marked earlier when the same source gives a
// higher toll in the article, before it or after; a pluperfect of another
// day, or one with no higher toll by its source, stays a toll of its own.
func TestPluperfectTollSuperseded(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"higher toll first, pluperfect of the morning after",
			"وأحصى المرصد السوري 40 مدنياً لقوا حتفهم بالانفجار. وكان المرصد قد أحصى صباحاً مقتل 18 شخصاً.",
			[]string{"sohr killed civilians 40-40 exact", "sohr killed unknown 18-18 exact earlier"}},
		{"pluperfect followed by another report",
			"وكانت مديرية الصحة قد أعلنت مقتل سبعة أشخاص، قبل أن تعود وتتحدث عن مزيد من الضحايا. وقالت مديرية الصحة إن عدد القتلى بلغ 12.",
			[]string{"syria_health killed unknown 7-7 exact earlier", "syria_health killed unknown 12-12 exact"}},
		{"pluperfect of another day",
			"وأحصى المرصد السوري 40 مدنياً لقوا حتفهم بالانفجار. وكان المرصد قد أحصى صباح الأربعاء مقتل 18 شخصاً في قصف آخر.",
			[]string{"sohr killed civilians 40-40 exact", "sohr killed unknown 18-18 exact"}},
		{"no higher toll by the same source",
			"قال ناشطون إن 40 مدنياً لقوا حتفهم بالانفجار. وكان المرصد قد أحصى صباحاً مقتل 18 شخصاً.",
			[]string{"local_sources killed civilians 40-40 exact", "sohr killed unknown 18-18 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestTollNounAsSubject checks that a toll noun standing as the subject
// of a speech verb, with the body it belongs to after لـ ("وأفادت حصيلة
// للإعلام الرسمي"، "وذكرت حصيلة غير نهائية لوزارة الصحة السورية"), makes
// that body the source. Sentences written for the test.
func TestTollNounAsSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"state media's toll",
			"وأفادت حصيلة للإعلام الرسمي بمقتل 23 شخصاً في التفجير.",
			[]string{"syria_state_media killed unknown 23-23 exact"}},
		{"a ministry's toll with adjectives",
			"وذكرت حصيلة غير نهائية لوزارة الصحة السورية أن 31 شخصاً لقوا حتفهم.",
			[]string{"syria_health killed unknown 31-31 exact"}},
		{"a toll of victims is no body",
			"وأفادت حصيلة لضحايا القصف بمقتل 23 شخصاً.",
			[]string{"outlet killed unknown 23-23 exact"}},
	}
	assertFigureLines(t, x, tests)
}
