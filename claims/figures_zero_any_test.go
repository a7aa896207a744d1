package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresZeroAnySingular checks a negation with "أي" before a singular
// casualty noun ("لم تسفر الغارة عن سقوط أي قتيل") and "لم يُقتل أي/أحد": a zero
// figure, never a count of one. Sentences written for the test.
func TestFiguresZeroAnySingular(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"no dead with a person noun after",
			"وقال الجيش إن الضربات لم تسفر عن وقوع أي قتيل مدني.",
			[]string{"outlet killed civilians 0-0 exact"}},
		{"no wounded",
			"وأوضحت الوزارة أن القصف مر دون تسجيل أي جريح.",
			[]string{"outlet wounded unknown 0-0 exact"}},
		{"passive killing negated with any",
			"وأكدت الوزارة بأنه لم يقتل أي مدني.",
			[]string{"outlet killed civilians 0-0 exact"}},
		{"nobody died",
			"وأكدت القيادة أنه لم يمت أحد من السكان.",
			[]string{"outlet killed civilians 0-0 exact"}},
		// the verb's subject between it and its preposition
		{"subject before the preposition",
			"وقالت أنقرة إن القصف استهدف مواقع للمسلحين ولم يسفر القصف عن سقوط ضحايا مدنيين.",
			[]string{"turkey_government killed_or_wounded civilians 0-0 exact"}},
		{"two-word subject before the preposition",
			"ولم تسفر الغارة الجوية عن خسائر بشرية بحسب المصدر.",
			[]string{"outlet killed_or_wounded unknown 0-0 exact"}},
		{"a subject with no preposition after it is no zero",
			"ولم يسفر الاجتماع الطويل عن اتفاق، وقتل ثلاثة مدنيين في القصف.",
			[]string{"outlet killed civilians 3-3 exact"}},
		{"an affirmed single dead still counts",
			"وأسفر القصف عن سقوط قتيل مدني.",
			[]string{"outlet killed civilians 1-1 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
