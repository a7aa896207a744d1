package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresFormerTollSubject checks a former toll told with "وكانت
// حصيلة ..." as the subject, with adverbs of time of any length between it
// and the count ("عند الظهيرة"، "في ساعات الصباح الأولى"): the count is an
// earlier toll. Sentences written for the test.
func TestFiguresFormerTollSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a time phrase with a preposition",
			"وكانت حصيلة المرصد في الصباح تقف عند 9 مدنيين.",
			[]string{"sohr killed civilians 9-9 exact earlier"}},
		{"a longer time phrase",
			"وكانت حصيلة الدفاع المدني في ساعات الصباح الأولى تشير إلى 14 قتيلاً.",
			[]string{"white_helmets killed unknown 14-14 exact earlier"}},
		{"a time phrase and a following later toll",
			"وكانت الحصيلة عند الظهيرة تقف عند 6 قتلى، ثم ارتفعت مساءً إلى 11 قتيلاً.",
			[]string{"outlet killed unknown 6-6 exact earlier", "outlet killed unknown 11-11 exact"}},
		{"a present toll without كان stays current",
			"وتقف حصيلة المرصد في الصباح عند 9 مدنيين.",
			[]string{"sohr killed civilians 9-9 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
