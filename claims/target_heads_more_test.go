package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetStrikeForms checks what was hit after the conjugations of the
// verbs of striking beyond the third person singular: a force's own "we
// targeted", the plural and dual, the imperfect, and the verb of pounding.
// Sentences written for the test; the first claim's target and its class.
func TestTargetStrikeForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال الفصيل في بيانه: استهدفنا بالصواريخ ثكنات لقوات النظام على محور الغاب.", "barracks of regime forces", reconcile.TargetMilitary},
		{"وقال التنظيم إن مقاتليه ضربوا مقرات للميليشيات شرق النهر.", "headquarters of militias", reconcile.TargetMilitary},
		{"وأفاد المصدر بأن المدفعية دكت نقاط تمركز المسلحين قرب التلة.", "military posts and militants", reconcile.TargetMilitary},
		{"وذكر الدفاع المدني أن القصف يطال منازل المدنيين في البلدة كل ليلة منذ أسبوع.", "civilian homes", reconcile.TargetCivilian},
		{"وقال ناشطون إن طائرتين استهدفتا سوقاً شعبياً وسط المدينة ظهر الأحد.", "market", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
