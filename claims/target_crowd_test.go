package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetCrowd checks the people a shooting is said to have been aimed
// at: protesters, a demonstration, mourners, the residents of a place and
// unarmed people on one side; the "suspects" an army says it fired on and
// an armed cell on the other. Sentences written for the test; the first
// claim's target and its class.
func TestTargetCrowd(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال ناشطون إن عناصر الحاجز أطلقوا النار على المتظاهرين في ساحة البلدة.", "protesters", reconcile.TargetCivilian},
		{"وذكر شاهد أن الحراس أطلقوا الرصاص الحي على المحتجين أمام المبنى.", "protesters", reconcile.TargetCivilian},
		{"وقال المرصد إن الحرس فتحوا النار على مظاهرة سلمية وسط المدينة.", "demonstration", reconcile.TargetCivilian},
		{"وذكرت الوكالة أن دورية الجنود رمت الرصاص الحي عشوائياً على أهال عزل في الحقول.", "unarmed residents", reconcile.TargetCivilian},
		{"وقال شيخ العشيرة إن الحرس صوبوا بنادقهم ثم فتحوا النار على شبابنا العزل.", "unarmed civilians", reconcile.TargetCivilian},
		{"وقال ناشطون إن الأمن أطلق النار على المشيعين بعد الدفن.", "mourners", reconcile.TargetCivilian},
		{"وقال الجيش إن قواته أطلقت النار نحو مشتبه بهم اقتربوا من السياج.", "suspects", reconcile.TargetMilitary},
		{"وأضاف الناطق أن الجنود أطلقوا النار على عدد من المشتبه بهم قرب الحدود.", "suspects", reconcile.TargetMilitary},
		{"وقال المصدر إن الغارة استهدفت خلية إرهابية كانت تعد لهجوم.", "militant cell", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
