package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDummyPronoun: "أنه" before an impersonal clause ("there was no
// attack", "no trace exists") is the dummy of the clause and names no
// doer; before a verb with an agent ("أنه لم يشن") it is the speaker.
func TestDummyPronoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"there was no shelling", "صرح مصدر عسكري بأنه لم يكن هناك أي قصف على الحي الشرقي.", ""},
		{"no trace exists", "صرح مصدر عسكري بأنه لا توجد أي آثار لقصف في الحي الشرقي.", ""},
		{"the speaker did not strike", "صرح مصدر عسكري بأنه لم يشن أي غارة على الحي الشرقي.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			for _, c := range cs {
				got := ""
				if c.Actor != nil {
					got = *c.Actor
				}
				if c.Source.ID == "syrian_army" && c.Stance == claims.StanceDenies && got == tt.actor {
					return
				}
			}
			for _, c := range cs {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				t.Logf("%s %s a=%s %v | %s", c.Source.ID, c.Stance, a, c.Rules, c.Text)
			}
			t.Errorf("no denial of syrian_army with actor %q", tt.actor)
		})
	}
}
