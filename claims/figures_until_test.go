package claims_test

import "testing"

// TestCountUntilPastDay checks that a count a source reached "until" a
// named past day, told after its present toll in the same sentence, is
// its earlier toll of the same group, even with long adverbs of time
// between the two; a count bounded by the present ("حتى الآن"), a count of
// other victims with no bound, and a bounded count with no toll before
// mark nothing.
func TestCountUntilPastDay(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"noted count until an evening",
			"وأحصى المرصد مقتل ثمانية من المسلحين منذ بدء الاشتباكات، علماً أنه وثق أربعة حتى مساء الخميس.",
			[]string{"sohr killed fighters 8-8 exact", "sohr killed fighters 4-4 exact earlier"}},
		{"long adverbs before the former count",
			"ووثق المرصد مقتل سبعة من عناصر «الفصيل» منذ اندلاع القتال مساء الأحد الماضي، علماً أنه أحصى أربعة حتى ظهر الخميس، إلى جانب ثلاثة من الشرطة.",
			[]string{"sohr killed fighters 7-7 exact", "sohr killed fighters 4-4 exact earlier"}},
		{"until yesterday",
			"وقال المرصد إن 12 مدنياً قتلوا في القصف، علماً بأنه أحصى تسعة حتى أمس.",
			[]string{"sohr killed civilians 12-12 exact", "sohr killed civilians 9-9 exact earlier"}},
		{"bounded by the present",
			"ووثق المرصد مقتل ثمانية من المسلحين حتى الآن.",
			[]string{"sohr killed fighters 8-8 exact"}},
		{"other victims with no bound",
			"ووثق المرصد مقتل ثمانية من المسلحين، علماً أنه وثق مقتل أربعة مدنيين في قصف آخر.",
			[]string{"sohr killed fighters 8-8 exact", "sohr killed civilians 4-4 exact"}},
		{"bounded count with no toll before",
			"ووثق المرصد مقتل أربعة من المسلحين حتى مساء الخميس.",
			[]string{"sohr killed fighters 4-4 exact"}},
	}
	assertFigureLines(t, x, tests)
}

// TestEarlyReportSuperseded checks that a source's count told in a
// pluperfect report made "in the first days" of the event, or with the
// source's word that it expects the count to rise, is its earlier toll
// when it gives a higher one elsewhere in the article, also when the
// early count has no upper bound ("تجاوز 40"); a plain pluperfect with
// neither mark, or an open count above the later toll, marks nothing.
func TestEarlyReportSuperseded(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"in the first days",
			"وأعلن المرصد اعتقال 90 شخصاً في الحملة على الحي. وكان المرصد قد أفاد خلال الأيام الأولى من العملية بأن عدد المعتقلين بلغ 40.",
			[]string{"sohr captured unknown 90-90 exact", "sohr captured unknown 40-40 exact earlier"}},
		{"open count expected to rise",
			"وأعلن المرصد اعتقال 90 شخصاً في الحملة على الحي. وكان المرصد قد ذكر أن عدد المعتقلين تجاوز 40، متوقعاً ارتفاعه.",
			[]string{"sohr captured unknown 90-90 exact", "sohr captured unknown 40--1 at_least earlier"}},
		{"plain pluperfect",
			"وأعلن المرصد اعتقال 90 شخصاً في الحملة على الحي. وكان المرصد قد ذكر أن عدد المعتقلين بلغ 40.",
			[]string{"sohr captured unknown 90-90 exact", "sohr captured unknown 40-40 exact"}},
		{"open count above the later toll",
			"وأعلن المرصد اعتقال 90 شخصاً في الحملة على الحي. وكان المرصد قد ذكر أن عدد المعتقلين تجاوز 100، متوقعاً ارتفاعه.",
			[]string{"sohr captured unknown 90-90 exact", "sohr captured unknown 100--1 at_least"}},
	}
	assertFigureLines(t, x, tests)
}
