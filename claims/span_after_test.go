package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpanBeforeEarlierEvent: "بعد قرابة شهر من اغتيال ..." names an
// earlier event past a span of time; its toll is not the claim's own.
// Sentences written for the test.
func TestSpanBeforeEarlierEvent(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"وهذه الضربة هي الثالثة على المدينة هذا العام، وجاءت بعد قرابة شهرين من مقتل قياديين اثنين بغارة على حي مجاور.",
		"وهذا القصف هو الأعنف منذ أسابيع، ويأتي بعد ثلاثة أيام من مقتل خمسة جنود بهجوم على حاجز قريب.",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2020-03-01"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if len(cs[0].Figures) > 0 {
				t.Errorf("first claim %q carries the earlier event's toll %v", cs[0].Text, cs[0].Figures)
			}
		})
	}
}
