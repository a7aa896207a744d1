package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresQuotedToll checks tolls an outlet puts in quotation marks
// after the doers' verb, as it does when it relays a party's own words:
// the quote mark stands between the verb and its count and neither loses
// the count nor lends the verb to a person word before it.
func TestFiguresQuotedToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"straight quotes",
			"وقال المرصد إن المهاجمين قتلوا \"أكثر من 12 جندياً\" عند الحاجز.",
			[]string{"sohr killed unknown 12--1 at_least"}},
		{"guillemets",
			"وذكر المرصد أن المسلحين قتلوا «سبعة مدنيين» في المزارع.",
			[]string{"sohr killed civilians 7-7 exact"}},
		{"a day word between",
			"وقال المرصد إن عناصر التنظيم قتلوا مساء الجمعة «تسعة رعاة» قرب البادية.",
			[]string{"sohr killed civilians 9-9 exact"}},
		{"a person word before the verb is not its count",
			"وقالت منصة إعلامية مقربة من الفصيل إن مقاتليه هاجموا النقطة فجراً وقتلوا «15 عنصراً».",
			[]string{"outlet killed fighters 15-15 exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureLines(x, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nfigures (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
