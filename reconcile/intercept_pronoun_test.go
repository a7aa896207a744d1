package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestInterceptedByPronoun: an interception told with the object pronoun
// for what was fired ("أسقطتهما"، "اعترضتها الدفاعات") takes the
// intercepted side against a claim of direct hits; the same pronoun on a
// claim not read as an interception takes no side.
func TestInterceptedByPronoun(t *testing.T) {
	hit := mk(claims.Claim{ID: "c1", Source: src("local_sources"), EventType: claims.EventDroneAttack,
		Text: "وقالت الفصائل إن طائرتيها المسيرتين حققتا إصابات مباشرة في المطار"})
	tests := []struct {
		name, text, typ string
		want            bool
	}{
		{"dual pronoun on an interception", "لكن الجيش قال إن دفاعاته أسقطتهما فوق البادية", claims.EventInterception, true},
		{"feminine pronoun on an interception", "وأكد المتحدث أن القوات اعترضتها قبل دقائق", claims.EventInterception, true},
		{"the pronoun on another kind of claim", "وقال المتحدث إن القوات اعترضتها قبل دقائق", claims.EventGroundAttack, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(hit, mk(claims.Claim{ID: "c2", Source: src("pentagon"), EventType: tt.typ, Text: tt.text}))
			got := false
			for _, l := range onlyKind(compareLines(t, cs), KindOccurrence) {
				if len(l) > 14 && l[:14] == "occurrence hit" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("hit dispute %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
