package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresPairsAndDuals checks people counted by a dual, a pair or a
// singular joined to a dual, each in a sentence written for the test.
func TestFiguresPairsAndDuals(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a dual outcome noun and a singular of another outcome",
			"وأسفرت القذيفة عن سقوط شهيدين وجريح في سوق البلدة.",
			[]string{"outlet killed unknown 2-2 exact", "outlet wounded unknown 1-1 exact"}},
		{"a dual and an accusative singular joined to it",
			"وقال الدفاع المدني إن الغارة خلفت قتيلين وجريحاً قرب الجسر.",
			[]string{"white_helmets killed unknown 2-2 exact", "white_helmets wounded unknown 1-1 exact"}},
		{"a number with the paired nouns is still one combined toll",
			"وسقط 14 قتيلاً وجريحاً في انفجار السيارة.",
			[]string{"outlet killed_or_wounded unknown 14-14 exact"}},
		{"a feminine dual in تين counts two",
			"وأكد مدير التربية أن بين الضحايا معلمتين من المدرسة.",
			[]string{"local_sources killed civilians 2-2 exact subset"}},
		{"a police dual counts two",
			"وأصيب شرطيان في إطلاق النار على الحاجز.",
			[]string{"outlet wounded unknown 2-2 exact"}},
		{"a man and his wife are two",
			"وقضى رجل وامرأته جراء سقوط القذيفة على منزلهما.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"a young man and his mother are two",
			"ولقي شاب وأمه حتفهما في القصف على القرية.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"an infant among the dead",
			"وأحصى المرصد مقتل خمسة مدنيين بينهم رضيع.",
			[]string{"sohr killed civilians 5-5 exact", "sohr killed civilians 1-1 exact subset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
