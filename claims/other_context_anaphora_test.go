package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDefiniteWordAfterUntypedHeadline checks that a definite generic
// event word ("الهجوم", "المجزرة") after a headline of tolls with no event
// word keeps its own type: a context of kind "other" gives it nothing to
// refer back to; a word that defaults to an air raid ("الاعتداء") stays of
// the context's kind.
func TestDefiniteWordAfterUntypedHeadline(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, lead, want string }{
		{"القرية بعد أسبوع: 40 ضحية و200 مفقود\n\nوثقت الشبكة مقتل 40 شخصا خلال الهجوم الذي شنه المسلحون على القرية فجر الجمعة الماضي.",
			"وثقت", claims.EventGroundAttack},
		{"حصيلة جديدة: 12 قتيلا في البلدة\n\nوأحصى الناشطون 12 قتيلا سقطوا في الهجوم على البلدة صباح الثلاثاء.",
			"وأحصى", claims.EventGroundAttack},
		// A word that defaults to an air raid takes no guess there.
		{"حصيلة جديدة: 12 قتيلا في البلدة\n\nوأحصى الناشطون 12 قتيلا سقطوا في الاعتداء على البلدة صباح الثلاثاء.",
			"وأحصى", claims.EventOther},
		// A typed context still lends its type.
		{"غارات جوية على البلدة تقتل 12 مدنيا\n\nوأحصى الناشطون 12 قتيلا سقطوا في الهجوم على البلدة صباح الثلاثاء.",
			"وأحصى", claims.EventAirstrike},
	}
	for _, tt := range tests {
		t.Run(tt.lead, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				if strings.HasPrefix(c.Text, tt.lead) {
					got = append(got, c.EventType)
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%s\n  got %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}
