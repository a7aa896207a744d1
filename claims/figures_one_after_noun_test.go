package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresOneAfterItsNoun: "واحد" after a person noun counts one,
// whether a word of means follows it, a conjunction opens another toll,
// or the clause ends on it; "واحدة" after a thing counts nothing.
// Sentences written for the test.
func TestFiguresOneAfterItsNoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"قتل مدني واحد بقصف مدفعي على البلدة مساء الأحد.", []string{"outlet killed civilians 1-1 exact"}},
		{"قتل مدني واحد وأصيب أربعة آخرون بقصف مدفعي على البلدة مساء الأحد.",
			[]string{"outlet killed civilians 1-1 exact", "outlet wounded civilians 4-4 exact"}},
		{"وأسفر القصف المدفعي على البلدة مساء الأحد عن مقتل مدني واحد.", []string{"outlet killed civilians 1-1 exact"}},
		{"وأدى الهجوم على الحاجز إلى إصابة جندي واحد.", []string{"outlet wounded unknown 1-1 exact"}},
		{"ونجت عائلة واحدة من القصف على البلدة.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.text, diff)
		}
	}
}
