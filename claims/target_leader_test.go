package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetLeader checks that the leader or commander whom a raid or a
// strike is said to have killed is what it went after, that a nominal
// sentence on who the dead were characterises the target, and that a
// part of a toll, an adjective of the dead or a prince's title does not.
// Sentences written for the test; the first target and its class.
func TestTargetLeader(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		// a killing word and the leader it took
		{"وذكرت القيادة الأميركية أن جنودها قتلوا قيادياً كبيراً في التنظيم خلال إنزال جوي شرق البلاد.", "militant commander", reconcile.TargetMilitary},
		{"وأعلن البنتاغون مقتل زعيم التنظيم في ضربة نفذتها طائرة مسيرة.", "top commander of militants", reconcile.TargetMilitary},
		{"وقالت مصادر أمنية إن الغارة أدت إلى مصرع أحد متزعمي الخلية في المدينة.", "militant commander and militant cell", reconcile.TargetMilitary},
		{"وأعلنت الاستخبارات القضاء على قيادية في الحزب قرب الحدود.", "militant commander", reconcile.TargetMilitary},
		{"وذكر البيان أن الضربة قتلت اثنين من قياديي داعش في ريف المحافظة.", "militant commander", reconcile.TargetMilitary},
		// a leader, an emir or an official named by his group after an attack word
		{"وقال مسؤول أميركي إن العملية استهدفت زعيم داعش في البلدة.", "top commander of ISIS militants", reconcile.TargetMilitary},
		{"وأفاد المرصد بأن المسيرة استهدفت أميراً في التنظيم على دراجة نارية.", "militant commander", reconcile.TargetMilitary},
		{"وقالت الوزارة إن الضربة طالت مسؤولاً بارزاً في التنظيم جنوب المدينة.", "militant commander", reconcile.TargetMilitary},
		// who the dead were, as a nominal sentence
		{"وقال المتحدث إن القتيل قيادي في التنظيم كان يخطط لهجمات.", "militant commander of militants", reconcile.TargetMilitary},
		{"وقال المرصد إن القتيل عنصر في «حزب الله» منذ سنوات.", "fighters of an armed group", reconcile.TargetMilitary},
		{"وقال أحد جيران العائلة إن الضحايا شبان مدنيون يعملون في الزراعة.", "civilians", reconcile.TargetCivilian},
		{"وذكرت الاستخبارات أن بين المستهدفين قيادياً بارزاً من الحزب.", "militant commander", reconcile.TargetMilitary},
		// not a target: a part of the toll, an adjective of the dead, a
		// commander after no killing word, a prince
		{"وأفاد المرصد بأن بين القتلى عنصراً من «حزب الله» اللبناني.", "-", ""},
		{"وعبرت المنظمة عن قلقها من تزايد أعداد الضحايا المدنيين في البلاد.", "-", ""},
		{"وقال أمير قطر إن بلاده تدعم الحل السياسي.", "-", ""},
		{"وقال الجيش إن قائد الفرقة زار الجبهة أمس.", "-", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := firstTarget(x, tt.text)
			if got != tt.want {
				t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
			}
			if cl := reconcile.TargetClass(got); got != "-" && cl != tt.class {
				t.Errorf("%s\nclass of %q: %q, want %q", tt.text, got, cl, tt.class)
			}
		})
	}
}

// TestTargetInnocentAndKnownPast checks the citizens a source calls
// innocent or safe as what an attack hit, and a statement that nothing
// armed was known of the people hit as a civilian characterisation.
// Sentences written for the test.
func TestTargetInnocentAndKnownPast(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقالت الوكالة الرسمية إن القذائف طالت مواطنين أبرياء في الحي الشرقي.", "innocent civilians", reconcile.TargetCivilian},
		{"وقال المحافظ إن التفجير استهدف الأهالي الآمنين قرب السوق.", "innocent civilians", reconcile.TargetCivilian},
		{"وقالت مصادر محلية إنه لم يُعرف عن أفراد العائلة أي نشاط مسلح.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال أقارب الشاب إنه ليس لديه أي خلفية عسكرية.", "civilian, unarmed", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
