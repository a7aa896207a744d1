package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresRiseHeadAcrossCommas checks a toll whose head ("عدد شهداء",
// "حصيلة ضحايا") stands before inserted time phrases between commas, with
// the verb of rising before or after them, and "عدد كبير من" as an open
// vague count. Sentences written for the test.
func TestFiguresRiseHeadAcrossCommas(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"indefinite head, a time phrase between commas, verb after",
			"وقال مسؤول محلي إن عدد شهداء القصف الذي طال الحي الغربي، فجر اليوم، ارتفع إلى 11.",
			[]string{"local_sources killed unknown 11-11 exact"}},
		{"indefinite head with the verb before and two commas",
			"ارتفعت حصيلة ضحايا الغارة على السوق الشعبي في البلدة، صباح السبت، إلى 9 مدنيين، بينهم 4 أطفال، إضافة إلى 20 جريحاً.",
			[]string{"outlet killed civilians 9-9 exact", "outlet killed civilians 4-4 exact subset", "outlet wounded unknown 20-20 exact"}},
		{"indefinite head without commas",
			"وارتفع عدد قتلى الانفجار الذي وقع قرب المخبز إلى سبعة.",
			[]string{"outlet killed unknown 7-7 exact"}},
		{"wounded head in the indefinite construct",
			"وقالت المصادر إن عدد جرحى الاشتباكات في المدينة، مساء الجمعة، ارتفع إلى 15.",
			[]string{"outlet wounded unknown 15-15 exact"}},
		{"a rise of something that is no toll stays out",
			"وارتفع سعر الخبز في المدينة، صباح اليوم، إلى 500 ليرة.",
			nil},
		{"many, without a number",
			"وقال المصدر إن الغارات أسفرت عن مصرع عدد كبير من المسلحين.",
			[]string{"outlet killed fighters 2--1 vague"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
