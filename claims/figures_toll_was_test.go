package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresTollWas checks that a toll told as the subject of a past
// "كان" ("علماً أن الحصيلة ... كانت N"، "وأن عدد الجرحى كان N") is an
// earlier toll, and that a toll in the present stays current. Sentences
// written for the test.
func TestFiguresTollWas(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the toll with an adverb of time, then كانت",
			"وقالت مديرية الصحة إن القتلى باتوا سبعة، علماً أن الحصيلة ظهر أمس كانت خمسة قتلى.",
			[]string{"syria_health killed unknown 7-7 exact", "syria_health killed unknown 5-5 exact earlier"}},
		{"the number of the wounded, كان قد بلغ",
			"وأعلن الدفاع المدني إصابة 30 شخصاً، علماً بأن عدد المصابين كان قد بلغ 22.",
			[]string{"white_helmets wounded unknown 30-30 exact", "white_helmets wounded unknown 22-22 exact earlier"}},
		{"a toll with a possessive pronoun",
			"وأحصى المرصد 12 قتيلاً، وذكر أن حصيلته صباحاً كانت تسعة قتلى.",
			[]string{"sohr killed unknown 12-12 exact", "sohr killed unknown 9-9 exact earlier"}},
		{"a present toll stays current",
			"وقالت مديرية الصحة إن الحصيلة تبلغ حتى الآن سبعة قتلى.",
			[]string{"syria_health killed unknown 7-7 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
