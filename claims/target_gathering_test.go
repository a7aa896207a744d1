package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetGathering checks gatherings and massings of people as what
// was hit, read by who gathered: an owner after ل or من, a construct, an
// adjective, or an armed group named by its kind. Sentences written for
// the test; the first claim's target and its class.
func TestTargetGathering(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال الجيش إن الطيران دمر حشوداً عسكرية للفصائل على محاور القتال.", "military buildup of armed factions", reconcile.TargetMilitary},
		{"وقالت الوكالة إن الجيش استهدف تحركات وتجمعات للمجموعات الإرهابية في الريف.", "gathering of terrorist groups", reconcile.TargetMilitary},
		{"وقال الدفاع المدني إن الطائرة ألقت قنبلة على حشد من الأهالي أمام المخبز.", "gathering of local residents", reconcile.TargetCivilian},
		{"وقال الجيش إن المدفعية قصفت تجمعاً من المسلحين قرب التلة.", "gathering of militants", reconcile.TargetMilitary},
		{"وذكر الناطق أن المسيرات ضربت تجمعاً للجماعات المسلحة غرب النهر.", "gathering of armed groups", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
