package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresRescuers checks that the toll of rescue and medical crews is
// marked a part (subset): the crews are their own group among the harmed,
// not a rival total to a toll of civilians the article gives; the crews' toll
// alone stays a toll. Sentences written for the test.
func TestFiguresRescuers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"members of the civil defence after a civilians toll",
			"قال المرصد إن خمسة مدنيين جرحوا في القصف، كما جُرح اثنان من عناصر الدفاع المدني.",
			[]string{"sohr wounded civilians 5-5 exact", "sohr wounded civilians 2-2 exact subset"}},
		{"volunteers of the Red Crescent beside civilians",
			"وأفادت مصادر محلية بمقتل سبعة مدنيين، وبمقتل ثلاثة من متطوعي الهلال الأحمر خلال نقل الجرحى.",
			[]string{"local_sources killed civilians 7-7 exact", "local_sources killed civilians 3-3 exact subset"}},
		{"the crews' only toll stays the source's account",
			"وأفادت مصادر محلية بمقتل ثلاثة من متطوعي الهلال الأحمر خلال نقل الجرحى.",
			[]string{"local_sources killed civilians 3-3 exact"}},
		{"paramedics named before the number, civilians in another sentence",
			"قال المرصد في حصيلته إن ستة مدنيين لقوا حتفهم في الغارة. وذكر المرصد أن الغارة قتلت مسعفين اثنين قرب المستشفى.",
			[]string{"sohr killed civilians 6-6 exact", "sohr killed civilians 2-2 exact subset"}},
		{"members with a pronoun, their body earlier in the sentence",
			"أصيب عشرة مدنيين في القصف. وقال المرصد إن فرق الإطفاء تعرضت للقصف أثناء عملها فجُرح ثلاثة من عناصرها.",
			[]string{"outlet wounded civilians 10-10 exact", "sohr wounded unknown 3-3 exact subset"}},
		{"members of the medical staff",
			"وأكد مصدر طبي إصابة 15 شخصاً بينهم أربعة من أفراد الطاقم الطبي في المشفى.",
			[]string{"medical_sources wounded unknown 15-15 exact", "medical_sources wounded civilians 4-4 exact subset"}},
		{"soldiers stay a whole toll",
			"قال المرصد إن الهجوم أسفر عن مقتل أربعة من عناصر قوات النظام.",
			[]string{"sohr killed syrian_army 4-4 exact"}},
		{"volunteer fighters are no rescuers",
			"وقال المرصد إن عشرين متطوعاً في الفصائل أصيبوا في المعارك.",
			[]string{"sohr wounded civilians 20-20 exact"}},
		{"civilians near a civil defence centre stay a toll",
			"أفاد المرصد بمقتل ستة مدنيين في قصف قرب مركز للدفاع المدني.",
			[]string{"sohr killed civilians 6-6 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
