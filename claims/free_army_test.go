package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFreeArmyNoStateActor: "الجيش الحر" and "الجيش السوري الحر" are the
// rebel Free Army, which has no actor value: not the state's army, and,
// named after "نفذها", not the speaker's own forces either. The state's
// army keeps its actor.
func TestFreeArmyNoStateActor(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text  string
		actor string // "" for none; the Free Army, of no actor value, is an unnamed doer
	}{
		{"قال الناطق إن الهجوم على الحاجز نفذه الجيش السوري الحر فجر اليوم في ريف المحافظة.", "unknown"},
		{"أعلنت القيادة الأمريكية أن القيادي قتل في عملية نفذها «الجيش الحر» في ريف المحافظة.", "unknown"},
		{"قال الناطق إن الجيش الحر هاجم الحاجز العسكري فجر اليوم.", "unknown"},
		{"قال الناطق إن الجيش السوري هاجم مواقع المسلحين فجر اليوم.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2016-04-02"})
			for _, c := range cs {
				if c.EventType == claims.EventOther {
					continue
				}
				got := ""
				if c.Actor != nil {
					got = *c.Actor
				}
				if got != tt.actor {
					t.Errorf("%s: actor %q (%v), want %q", tt.text, got, c.Rules, tt.actor)
				}
				return
			}
			t.Errorf("%s: no event claim", tt.text)
		})
	}
}
