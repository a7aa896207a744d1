package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBareCountHead checks that the bare "العدد" (the count) before or
// after a verb of exceeding, rising or reaching counts the toll the claim
// names elsewhere ("بعدما كان قد أعلن مقتل ..."), and that with no outcome
// word in the claim the bare count stays no figure.
func TestBareCountHead(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []int // killed counts, in order
	}{
		{"the count exceeded, after an earlier toll",
			"وذكرت الشبكة أن العدد تجاوز 90، بعد أن كانت قد وثقت صباحاً مقتل 60 مدنياً.",
			[]int{90, 60}},
		{"the count reached, the dead named after it",
			"وقال ناشطون إن العدد بلغ 25 قتيلاً من المدنيين والمقاتلين بعد انتشال جثث الضحايا.",
			[]int{25}},
		{"rose to, verb first",
			"وأوضح المصدر أنه بعد وفاة جرحى متأثرين بإصاباتهم ارتفع العدد إلى 18 قتيلاً.",
			[]int{18}},
		{"no outcome word in the claim",
			"وقال المصدر إن العدد ارتفع إلى 40 خلال الأسبوع.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2016-02-01"}) {
				for _, f := range c.Figures {
					if f.Outcome == claims.OutcomeKilled && !f.Subset {
						got = append(got, f.Low)
					}
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("killed = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("killed = %v, want %v", got, tt.want)
				}
			}
		})
	}
}
