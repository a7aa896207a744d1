package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOthersTakeFoundGroup: "N آخرين" after a count whose group is found
// from the speaker's side (a state's military source speaking of its
// martyred soldiers) are more of the same men; a count with no others
// word keeps its own group. Sentences written for the test.
func TestOthersTakeFoundGroup(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"others after the army's martyrs",
			"وذكر مصدر عسكري للوكالة أن القذائف تسببت باستشهاد جنديين وجرح ثلاثة آخرين عند الحاجز.",
			"syrian_army"},
		{"no others word",
			"وذكر مصدر عسكري للوكالة أن القذائف تسببت باستشهاد جنديين وجرح ثلاثة أطفال في الحي.",
			"civilians"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2021-05-02"})
			got := "-"
			for _, c := range cs {
				for _, f := range c.Figures {
					if f.Outcome == "wounded" {
						got = f.Group
					}
				}
			}
			if got != tt.want {
				t.Errorf("wounded group %s, want %s", got, tt.want)
			}
		})
	}
}
