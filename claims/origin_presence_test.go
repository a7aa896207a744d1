package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOriginPresence: ground the fire came from, described by the forces
// posted there ("نقاط تتمركز فيها"، "مواقع ينتشر فيها"), names them as the
// doer; the same clause on the ground that was hit names who was hit, not
// who fired. Sentences written for the test.
func TestOriginPresence(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"source of the shells, posted there", "وبحسب الأهالي فإن مصدر القذائف مواقع يتمركز فيها جيش النظام شمال المدينة.", "syria_gov"},
		{"launched from, spread there", "وقال ناشطون إن الصواريخ أطلقت من مواقع تنتشر فيها الميليشيات الإيرانية قرب البوكمال.", "iran_backed"},
		{"launched from, entrenched there", "وذكرت مصادر محلية أن القذائف انطلقت من نقاط يتحصن فيها تنظيم داعش في البادية.", "isis"},
		{"the base hit, not the doer", "وأفاد ناشطون بسقوط قذائف على قاعدة تتمركز فيها القوات الأمريكية في حقل العمر.", "-"},
		{"the posts struck, not the doer", "وقال المرصد إن مسيرة استهدفت نقاطاً تنتشر فيها القوات التركية قرب منبج.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-12-15"}) {
				if c.Actor != nil {
					got = *c.Actor
					break
				}
			}
			if got != tt.want {
				t.Errorf("actor = %s, want %s", got, tt.want)
			}
		})
	}
}
