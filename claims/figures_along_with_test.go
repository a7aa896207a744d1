package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFiguresAlongWith checks "إلى جانب" (along with) before a count: it
// adds people to the toll before, with the same outcome, as "فضلاً عن"
// does; beside a count of things it adds no one. Sentences written for
// the test.
func TestFiguresAlongWith(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		counts []int // the lows of the killed, in order
	}{
		{"ووثقت الشبكة مقتل أربعة من الحرس، إلى جانب عنصرين من الشرطة.", []int{4, 2}},
		{"ووثقت الشبكة مقتل أربعة من الحرس، فضلاً عن عنصرين من الشرطة.", []int{4, 2}},
		{"وسقطت قذيفتان إلى جانب ثلاثة منازل في الحي.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []int
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-07-04"}) {
				for _, f := range c.Figures {
					if f.Outcome == claims.OutcomeKilled {
						got = append(got, f.Low)
					}
				}
			}
			if len(got) != len(tt.counts) {
				t.Fatalf("killed %v, want %v", got, tt.counts)
			}
			for i := range got {
				if got[i] != tt.counts[i] {
					t.Errorf("killed %v, want %v", got, tt.counts)
				}
			}
		})
	}
}
