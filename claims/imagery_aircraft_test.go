package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAircraftImageryIsNoDeed checks that aircraft named as the makers of
// images ("صور الطائرات المسيرة") neither type the claim a drone attack
// nor lend it a doer: a denial that a place was struck, backed by drone
// footage of one side, stays a denial of any strike by anyone; drones
// that strike still type and name.
func TestAircraftImageryIsNoDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, typ, actor string
	}{
		{"denial backed by footage",
			"وأكد المتحدث أن القرية لم تتعرض لأي قصف، وأن صور الطائرات المسيرة الروسية لا تظهر فيها أي دمار.",
			claims.EventAirstrike, ""},
		{"footage alone",
			"ونشر الجيش لقطات طائرة مسيرة تركية تظهر الطريق خالياً.",
			"", ""},
		{"drones that strike",
			"وقصفت الطائرات المسيرة الروسية القرية.",
			claims.EventDroneAttack, "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if tt.typ == "" {
				for _, c := range cs {
					if c.EventType == claims.EventDroneAttack {
						t.Errorf("%s: typed a drone attack", tt.text)
					}
				}
				return
			}
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := cs[0]
			a := ""
			if c.Actor != nil {
				a = *c.Actor
			}
			if c.EventType != tt.typ || a != tt.actor {
				t.Errorf("%s: got %s by %q, want %s by %q", tt.text, c.EventType, a, tt.typ, tt.actor)
			}
		})
	}
}
