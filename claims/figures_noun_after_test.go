package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresWordAfterNoun checks what the word right after a casualty or
// person noun does to a count, in sentences written for the test: "آخر"
// before a person noun is "the last" of a kind and counts nobody; a
// casualty noun after "أو" under a negated "أي" is none too; an outcome
// noun after the counted people gives them their outcome.
func TestFiguresWordAfterNoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the last of a kind counts nobody",
			"وتعهد الجيش بملاحقة الخلايا إلى أن يتم تحييد آخر إرهابي في الريف.",
			nil},
		{"the last soldier counts nobody",
			"وتعهد القائد بالدفاع عن الموقع حتى مقتل آخر جندي فيه.",
			nil},
		{"one more wounded after a toll still counts",
			"وقال المرصد إن المواجهة انتهت بمقتل جندي وإصابة آخر من رفاقه.",
			[]string{"sohr killed unknown 1-1 exact", "sohr wounded unknown 1-1 exact"}},
		{"a wounded joined by or under a negated any is none",
			"وأكد أهالي القرية أن الغارة لم تخلف أي قتيل أو جريح بين السكان.",
			[]string{"local_sources killed unknown 0-0 exact"}},
		{"a wounded joined by nor under a negated any is none",
			"وقال المصدر إنه لم يسقط أي شهيد ولا جريح بين الأهالي.",
			[]string{"outlet killed unknown 0-0 exact"}},
		{"the missing after a toll take their own outcome",
			"وأعلن الجيش خسائره في المعارك: 9 قتلى و40 جريحاً، إضافة إلى 12 جندياً مفقوداً.",
			[]string{"outlet killed unknown 9-9 exact", "outlet wounded unknown 40-40 exact", "outlet missing unknown 12-12 exact"}},
		{"the dead named after the counted civilians",
			"وقال المرصد إن الاشتباك أسفر عن سقوط خمسة مدنيين قتلى.",
			[]string{"sohr killed civilians 5-5 exact"}},
		{"killed and wounded after the counted fighters",
			"وقال المرصد إن الكمين أوقع سبعة مسلحين قتلى وجرحى.",
			[]string{"sohr killed_or_wounded fighters 7-7 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
