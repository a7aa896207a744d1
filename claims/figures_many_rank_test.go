package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresManyRankAddition checks, on sentences written for the test,
// counts the first rounds missed: "many" in the accusative and the plural
// ("عدداً كبيراً من"، "أعداد كبيرة من"), the people of a partitive after a
// verb that inflicts the toll ("أوقع عدداً من الجرحى"), officers named by
// rank, and one more person joined to a toll by "إضافة إلى" — a part of a
// part when the toll before is one.
func TestFiguresManyRankAddition(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"many in the accusative",
			"وقال المرصد إن القصف أوقع عدداً كبيراً من الجرحى في البلدة.",
			[]string{"sohr wounded unknown 2--1 vague"}},
		{"many in the plural, with a verb of killing",
			"وقال الجيش إن ضرباته قضت في الريف الشرقي على أعداد كبيرة من المقاتلين.",
			[]string{"outlet killed fighters 2--1 vague"}},
		{"many of them, killed and wounded",
			"وقال الجيش إن الرد أدى إلى مقتل وإصابة أعداد كبيرة منهم.",
			[]string{"outlet killed_or_wounded unknown 2--1 vague"}},
		{"many of a thing is no toll",
			"وقال المرصد إن أعداد كبيرة من النازحين وصلت إلى الحدود.",
			nil},
		{"the partitive after a verb that inflicts names the outcome",
			"وقال المرصد إن القصف أوقع عدداً من الجرحى.",
			[]string{"sohr wounded unknown 2-9 vague"}},
		{"a general by rank",
			"وأعلنت الوزارة مقتل جنرال في قصف على المدينة.",
			[]string{"outlet killed unknown 1-1 exact"}},
		{"a colonel by rank",
			"وقال المرصد إن الغارة أدت إلى إصابة عقيد في الجيش.",
			[]string{"sohr wounded unknown 1-1 exact"}},
		{"two women doctors",
			"وقال المرصد إن القصف على المشفى أدى إلى مقتل طبيبتين.",
			[]string{"sohr killed civilians 2-2 exact"}},
		{"responsible is no person",
			"ونفى الوزير أن تكون القوات مسؤولة عن القصف.",
			nil},
		{"two fighter jets are no people",
			"وقال المرصد إن مقاتلتين نفذتا الغارة على البلدة.",
			nil},
		{"one more person added to a toll",
			"وقال المرصد إن الانفجار أسفر عن مقتل ثلاثة جنود، إضافة إلى مدني.",
			[]string{"sohr killed unknown 3-3 exact", "sohr killed civilians 1-1 exact"}},
		{"one more person added to a part is of the part",
			"وذكر مراسلنا أن من بين القتلى طفلين يسكنان قرب السوق القديم في المدينة، إضافة إلى معلمة من البلدة.",
			[]string{"outlet killed civilians 2-2 exact subset", "outlet killed civilians 1-1 exact subset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
