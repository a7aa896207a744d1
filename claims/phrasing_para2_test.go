package claims_test

import "testing"

// TestParaphraseTolls2: tolls told in constructions found by rewriting a
// development set in other words (para2) and seen in real news pages: the
// verb of taking life far before "بحياة"، "فقد/فقدان ... حياتهم/لحياته"، a
// short aside between a verb of harm and the one person it names, "ومنهم"
// before a subset, and a participle "طالباً عدم ..." that is no student.
// Sentences written for the test.
func TestParaphraseTolls2(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"life verb past a relative clause", "أودت القذائف التي أطلقتها المدفعية صباح الأحد بحياة خمسة مزارعين في السهل.",
			[]string{"outlet killed civilians 5-5 exact"}},
		{"lost their lives", "فقد سبعة عمال من بلدة واحدة حياتهم في انفجار المستودع.",
			[]string{"outlet killed civilians 7-7 exact"}},
		{"lost lives, verbal noun", "تسبب القصف في فقدان راعٍ لحياته قرب الوادي.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"lost homes is no toll", "فقد أربعة فلاحين منازلهم في الفيضان.",
			nil},
		{"lost, not of life, stays missing", "أبلغت الأسرة عن فقدان شاب منذ أسبوع.",
			[]string{"outlet missing civilians 1-1 exact"}},
		{"aside: preposition and pronoun", "وانفجرت عبوة ناسفة قُتل فيها جندي على الطريق.",
			[]string{"outlet killed unknown 1-1 exact"}},
		{"aside: preposition and noun", "وأصيب خلال المداهمة شرطي من دورية المنطقة.",
			[]string{"outlet wounded unknown 1-1 exact"}},
		{"aside: adverb", "وتوفي لاحقاً طفل متأثراً بجراحه.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"defined person after an aside is told of, not counted", "وقُتل فيها القائد الميداني المعروف.",
			nil},
		{"of them before a subset", "نقلت فرق الإسعاف المصابين، ومنهم أربع نساء، إلى المشفى.",
			[]string{"outlet wounded civilians 4-4 exact subset"}},
		{"requesting participle", "وقال ضابط في الشرطة لإذاعة محلية، طالباً عدم ذكر اسمه، إن ثمانية عناصر لقوا مصرعهم.",
			[]string{"syria_interior killed fighters 8-8 exact"}},
	})
}
