package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetQualified checks the characterisations built from a noun and
// what qualifies it (an adjective, the content it holds, who it carries)
// and the class the reconciler reads in them, on sentences written for
// the test: the first claim's target and its class.
func TestTargetQualified(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, want, class string
	}{
		// Relational adjectives after the noun, any gender, number or
		// tanween, definite with definite.
		{"وقال المصدر إن الغارات دمرت أبنية سكنية في الحي الشرقي.", "residential buildings", reconcile.TargetCivilian},
		{"وأفاد الدفاع المدني بأن القذائف سقطت على مبنى سكنيّ قرب الساحة.", "residential building", reconcile.TargetCivilian},
		{"وقالت الوزارة إن الصواريخ أصابت منشآت صناعية على أطراف المدينة.", "industrial facilities", reconcile.TargetCivilian},
		{"وذكر المرصد أن الطائرات قصفت مقراً أمنياً للفصيل في البلدة.", "security headquarters", reconcile.TargetMilitary},
		{"وقالت الوكالة إن المسيرة استهدفت الكلية الحربية خلال حفل التخرج.", "military college", reconcile.TargetMilitary},
		{"وقال الجيش إن طائراته أغارت على «بنى تحتية عسكرية» قرب العاصمة.", "military infrastructure", reconcile.TargetMilitary},
		{"وقال ناشطون إن القصف طال مجمعاً مدرسياً في القرية.", "school complex", reconcile.TargetCivilian},
		{"وقال المتحدث إن الغارة أصابت مستودعات إيرانية قرب المطار.", "Iranian depot", reconcile.TargetMilitary},
		{"وأضاف أن القصف استهدف الميناء التجاري في المدينة.", "commercial port", reconcile.TargetCivilian},
		// A definite adjective after a definite genitive is the
		// genitive's, not the head's.
		{"وقال المصدر إن القذائف سقطت على قاعدة التحالف الدولي شرق النهر.", "base", reconcile.TargetMilitary},
		// What containers, depots and trucks hold decides their class.
		{"وأفاد المرصد بأن الغارة دمرت حاويات تضم أسلحة وذخائر قرب الرصيف.", "containers holding weapons and ammunition", reconcile.TargetMilitary},
		{"وقال مدير المرفأ إن الغارة أحرقت حاويات تحتوي على مواد غذائية وملابس.", "containers holding food", reconcile.TargetCivilian},
		{"وذكر سائقون أن المسيرة أصابت شاحنة محملة بالخضار عند مدخل القرية.", "truck holding vegetables", reconcile.TargetCivilian},
		{"وذكر مصدر عسكري أن العدوان استهدف ساحة الحاويات في الميناء.", "container yard", reconcile.TargetCivilian},
		// Runways and crowds named by who they are.
		{"وأوضح المصدر أن الضربة ألحقت أضراراً بمدرج المطار.", "runway", reconcile.TargetCivilian},
		{"وقال شاهد إن القذيفة أصابت شارعاً يكتظ بالزوار قرب المقام.", "pilgrims", reconcile.TargetCivilian},
		{"وأفاد مراسلنا بأن القذيفة سقطت بين المارة في السوق.", "passers-by", reconcile.TargetCivilian},
		// A bus names no side until something qualifies it: who it
		// carried (also in a relative clause) or an adjective.
		{"وأوضح المصدر أن مسلحين نصبوا كميناً استهدف الحافلة التي كانت تقل عمالاً قرب حقل النفط.", "bus carrying civilian workers", reconcile.TargetCivilian},
		{"وقال المرصد إن الكمين استهدف حافلة عسكرية على الطريق الصحراوي.", "military bus", reconcile.TargetMilitary},
		{"وقالت الشرطة إن الانفجار وقع قرب حافلة ركاب في المدينة.", "passenger bus", reconcile.TargetCivilian},
		// Owners after تابع/تتبع لـ.
		{"وقال ناشطون إن الغارات طالت مواقع تتبع للميليشيات قرب الحدود.", "positions of militias", reconcile.TargetMilitary},
		// Military command and units.
		{"وأوضح المتحدث أن الغارات أصابت غرفة عمليات ومرابض مدفعية للفصائل.", "operations room and artillery positions", reconcile.TargetMilitary},
		{"وقال مصدر إن الصواريخ أصابت كتيبة دفاع جوي جنوب العاصمة.", "air defence battalion", reconcile.TargetMilitary},
		// "جامعة" is a university, not a mosque (جامع).
		{"وقال الطلاب إن القذائف سقطت داخل الجامعة صباحاً.", "university", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
