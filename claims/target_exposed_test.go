package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetExposedSubject checks that what underwent an attack, named
// right after a past تعرّض that opens the clause, is what was hit, with
// its owner or whom it carried; and that a negated verb, a repeated attack
// and a hit named after the attack word do not make it so.
func TestTargetExposedSubject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"مساء أمس تعرضت دورية للأمن العام لكمين نصبه مجهولون قرب الجسر.", "patrol of General Security forces", reconcile.TargetMilitary},
		{"وتعرض حاجز للجيش مساء الأحد لهجوم بالقذائف قرب مدخل القرية.", "checkpoint of army forces", reconcile.TargetMilitary},
		{"تعرضت حافلة تقل عناصر من الجيش لهجوم بعبوة ناسفة في البادية.", "bus carrying fighters", reconcile.TargetMilitary},
		// a repeated attack: the place is a scene of past strikes
		{"وتعرضت مواقع في المنطقة لضربات متكررة خلال الشهر الماضي.", "-", ""},
		// the verbal noun after a word of time: an earlier ordeal, the
		// cause of the story's strike, which the later words name
		{"قصفت الطائرات يوم الخميس في ريف المدينة مستودعات ذخيرة، بعد تعرض قاعدة عسكرية قريبة لهجوم.", "ammunition depot", reconcile.TargetMilitary},
		// a later hit says more of what was struck
		{"تعرض مطار المدينة لعدوان صاروخي ألحق أضراراً بمدرج المطار.", "runway", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		assertTargetClass(t, x, tt.text, tt.want, tt.class)
	}
}

// TestTargetPassiveCarried checks that whom a vehicle carried, told after
// it as the subject of a passive, says what it was.
func TestTargetPassiveCarried(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال إن حافلة تقل مسافرين استهدفت بعبوة ناسفة على طريق البادية.", "bus carrying civilian passengers", reconcile.TargetCivilian},
		{"وأضاف أن حافلة تقل جنوداً استهدفت بصاروخ موجه صباح اليوم.", "bus carrying military personnel", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		assertTargetClass(t, x, tt.text, tt.want, tt.class)
	}
}

// TestTargetForcesOwner checks that forces of a name the lexicon lacks,
// after ل, make what they held military, while popular and local forces
// keep the class their speakers give them.
func TestTargetForcesOwner(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال المصدر إن طائرة مسيرة قصفت نقطة لقوات البيشمركة قرب الحدود.", "post of forces", reconcile.TargetMilitary},
		{"وأضاف أن المدفعية استهدفت موقعاً لقوات التحالف شرق النهر.", "position of forces", reconcile.TargetMilitary},
		{"وقال الأهالي إن الطائرات قصفت مواقع لقوات شعبية تقاتل التنظيم.", "positions of popular forces", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		assertTargetClass(t, x, tt.text, tt.want, tt.class)
	}
}
