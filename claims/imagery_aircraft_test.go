package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAircraftImageryIsNoDeed checks that aircraft named as the makers of
// images ("صور الطائرات المسيرة"، "لقطات طائرة مسيرة") neither type a
// claim a drone attack nor lend it a doer: a denial that a place was
// struck, backed by one side's drone footage, stays a denial of any strike
// by anyone; drones that strike still type and name.
func TestAircraftImageryIsNoDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		denial     bool   // some claim denies that any strike happened
		typ, actor string // of the first claim, when typ is not ""
	}{
		{"denial backed by footage",
			"وأكد المتحدث أن البلدة لم تتعرض لأي قصف، وأن لقطات الطائرات المسيرة الروسية تكشف سلامة بيوتها.",
			true, "", ""},
		{"footage in a clause of its own",
			"وأكد المتحدث أن البلدة لم تتعرض لأي قصف، مضيفاً أن صور الطائرات المسيرة الروسية تكشف سلامة بيوتها.",
			true, "", ""},
		{"footage alone",
			"ونشر الجيش لقطات طائرة مسيرة تركية تظهر الطريق خالياً.",
			false, "", ""},
		{"drones that strike",
			"وقصفت الطائرات المسيرة الروسية القرية.",
			false, claims.EventDroneAttack, "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			if tt.typ != "" {
				a := ""
				if cs[0].Actor != nil {
					a = *cs[0].Actor
				}
				if cs[0].EventType != tt.typ || a != tt.actor {
					t.Errorf("%s: got %s by %q, want %s by %q", tt.text, cs[0].EventType, a, tt.typ, tt.actor)
				}
				return
			}
			denied := false
			for _, c := range cs {
				a := ""
				if c.Actor != nil {
					a = *c.Actor
				}
				if c.EventType == claims.EventDroneAttack || a != "" {
					t.Errorf("%s: claim %q typed %s by %q", tt.text, c.Text, c.EventType, a)
				}
				if c.Stance == claims.StanceDenies && slices.Contains(c.Rules, claims.RuleAnyEventDenied) {
					denied = true
				}
			}
			if denied != tt.denial {
				t.Errorf("%s: denial of any strike %v, want %v", tt.text, denied, tt.denial)
			}
		})
	}
}
