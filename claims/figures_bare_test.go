package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresBareParts checks parts of a toll given with no number, each
// in a sentence written for the test.
func TestFiguresBareParts(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"others wounded after a toll",
			"وأدى انفجار العبوة إلى مقتل أربعة مدنيين وإصابة آخرين بجروح متفاوتة.",
			[]string{"outlet killed civilians 4-4 exact", "outlet wounded civilians 2--1 vague"}},
		{"others wounded with no toll before stay out",
			"وقال الطبيب إن المشفى استقبل الجرحى وجرح آخرين لم يصلوا بعد.",
			nil},
		{"plural people named part of a counted toll, each conjunct",
			"وقال المرصد إن 17 شخصاً قتلوا في الغارة بينهم نساء وأطفال.",
			[]string{"sohr killed unknown 17-17 exact", "sohr killed civilians 2--1 vague subset", "sohr killed civilians 2--1 vague subset"}},
		{"the old named part of a toll",
			"وقالت مصادر محلية إن القذائف قتلت تسعة أشخاص بينهم مسنون.",
			[]string{"local_sources killed unknown 9-9 exact", "local_sources killed civilians 2--1 vague subset"}},
		{"elders beside children, each conjunct",
			"وقال المرصد إن الغارة قتلت 23 شخصاً بينهم شيوخ وأطفال.",
			[]string{"sohr killed unknown 23-23 exact", "sohr killed civilians 2--1 vague subset", "sohr killed civilians 2--1 vague subset"}},
		{"a plural noun with its adjective is one part",
			"وأعلنت الوزارة مقتل عشرة أشخاص بينهم موظفون محليون في القنصلية.",
			[]string{"outlet killed unknown 10-10 exact", "outlet killed unknown 2--1 vague subset"}},
		{"part of dozens",
			"وقال الجيش إن الضربات قتلت عشرات المسلحين بينهم قياديون بارزون.",
			[]string{"outlet killed fighters 20-99 vague", "outlet killed fighters 2--1 vague subset"}},
		{"part of a small vague toll adds nothing",
			"وقالت الوزارة إن القصف أدى إلى مقتل عدد من المدنيين بينهم أطفال.",
			[]string{"outlet killed civilians 2-9 vague"}},
		{"a denied part stays out",
			"وقال المرصد إن القصف أدى إلى مقتل ستة أشخاص، ولم يكن بينهم عسكريون.",
			[]string{"sohr killed unknown 6-6 exact"}},
		{"a bare outcome plural alone is not coded",
			"وقال مصدر محلي إن الغارة خلفت قتلى وجرحى في الحي.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
