package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// targetProbe is one sentence of the target-characterisation probe and
// the class the reconciler should read in its first target.
type targetProbe struct{ text, class string }

// targetProbes vary how outlets name what a strike hit (verb, nominal
// sentence, owner, denial), written for the test.
var targetProbes = []targetProbe{
	// military, by verb and object
	{"وقال المرصد إن الطائرات الحربية قصفت مستودعاً للذخيرة تابعاً للميليشيات قرب البادية.", reconcile.TargetMilitary},
	{"وذكرت مصادر أن المسيرة ضربت سيارة عسكرية من نوع بيك آب على طريق القرية.", reconcile.TargetMilitary},
	{"وأفاد المرصد بأن الغارة استهدفت اجتماعاً عسكرياً لقادة الفصيل في البلدة.", reconcile.TargetMilitary},
	{"وقال الجيش إن قواته دكت تجمعات للمسلحين على أطراف المدينة.", reconcile.TargetMilitary},
	{"وأوضح البيان أن الضربات طالت منصات لإطلاق الصواريخ في الريف الجنوبي.", reconcile.TargetMilitary},
	{"وقال المتحدث إن الطائرات أغارت على معسكر تدريب للجماعات المتشددة شمال المدينة.", reconcile.TargetMilitary},
	{"وذكر المصدر أن القصف أصاب نقطة عسكرية للقوات الحكومية قرب الطريق الدولي.", reconcile.TargetMilitary},
	{"وقال المرصد إن الغارة دمرت شاحنات محملة بالذخائر عند المعبر.", reconcile.TargetMilitary},
	{"وأعلن الجيش أنه قصف مقرات قيادة ومخازن سلاح تابعة للحزب جنوب العاصمة.", reconcile.TargetMilitary},
	{"وقالت المصادر إن الضربة استهدفت اللواء المدرع المتمركز قرب البلدة.", reconcile.TargetMilitary},
	{"وقال مصدر عسكري إن المدفعية استهدفت مواقع الإرهابيين في محيط القرية.", reconcile.TargetMilitary},
	{"وأفاد ناشطون بأن الطائرة المسيرة استهدفت دورية لقوات الأمن على مدخل المدينة.", reconcile.TargetMilitary},
	{"وقال المرصد إن الطيران استهدف عناصر من الميليشيا كانوا على دراجات نارية.", reconcile.TargetMilitary},
	{"وقال المرصد إن الغارة طالت مقاتلين من الفصيل في محيط البلدة.", reconcile.TargetMilitary},
	{"وقالت الوزارة إن الطائرات قصفت ورشة لتصنيع العبوات الناسفة في المدينة.", reconcile.TargetMilitary},
	{"وذكرت مصادر أن الضربة أصابت مستودعات صواريخ تعود للحرس الثوري.", reconcile.TargetMilitary},
	{"وقال البيان إن الضربات استهدفت منظومة دفاع جوي قرب المطار.", reconcile.TargetMilitary},
	{"وقال الجيش إنه استهدف مرابض مدفعية للقوات المهاجمة.", reconcile.TargetMilitary},
	{"وأكد المتحدث أن القصف استهدف مخبأ لقياديين في التنظيم.", reconcile.TargetMilitary},
	{"وأفاد المرصد بأن الضربة أصابت رتلاً عسكرياً على الطريق الصحراوي.", reconcile.TargetMilitary},
	{"وقال المصدر إن المسيرة استهدفت آلية عسكرية للفصائل شرق البلدة.", reconcile.TargetMilitary},
	{"وقال الجيش إنه دمّر أنفاقاً يستخدمها المسلحون تحت البلدة.", reconcile.TargetMilitary},
	// military, nominal or owned
	{"وقال المتحدث إن الموقع المستهدف كان يحتوي على أسلحة وذخائر.", reconcile.TargetMilitary},
	{"وزعم الجيش أن المبنى كان يستخدم مقراً لقيادة الفصيل.", reconcile.TargetMilitary},
	{"وقالت المصادر إن المزرعة المستهدفة تعود لحزب الله وتستخدم مستودعاً.", reconcile.TargetMilitary},
	// civilian, by verb and object
	{"وقال الدفاع المدني إن عدة قذائف سقطت على بيوت المدنيين بالقرية.", reconcile.TargetCivilian},
	{"وأفادت الخوذ البيضاء بأن المسيرة استهدفت سيارة مدنية على طريق البلدة.", reconcile.TargetCivilian},
	{"وقال ناشطون إن الطائرات قصفت مخيماً للنازحين قرب الحدود.", reconcile.TargetCivilian},
	{"وذكرت الوكالة أن القصف طال مدرسة ابتدائية في الحي الشمالي.", reconcile.TargetCivilian},
	{"وقال مراسلنا إن الغارة أصابت سوقاً شعبياً مكتظاً وسط المدينة.", reconcile.TargetCivilian},
	{"وقال الأهالي إن القصف استهدف فرناً آلياً في البلدة.", reconcile.TargetCivilian},
	{"وقال المرصد إن المسيرة استهدفت رعاة أغنام في البادية.", reconcile.TargetCivilian},
	{"وذكرت سانا أن العدوان استهدف أراضي زراعية في محيط البلدة.", reconcile.TargetCivilian},
	{"وأفاد الدفاع المدني بأن الغارات طالت مبنى سكنياً من أربعة طوابق.", reconcile.TargetCivilian},
	{"وقالت الوكالة إن القذائف أصابت محلاً تجارياً في السوق.", reconcile.TargetCivilian},
	{"وقال مدير الصحة إن الغارة استهدفت مستشفى ميدانياً في الريف.", reconcile.TargetCivilian},
	{"وقال المصدر إن الضربة دمرت مركزاً لتخزين الحبوب في البلدة.", reconcile.TargetCivilian},
	{"وقالت مصادر محلية إن الطائرات قصفت منزلاً لعائلة نازحة في القرية.", reconcile.TargetCivilian},
	{"وأكد الدفاع المدني أن الغارة استهدفت شقة في مبنى سكني بالحي.", reconcile.TargetCivilian},
	{"وقال ناشطون إن القصف طال تجمعاً للمدنيين قرب الفرن.", reconcile.TargetCivilian},
	{"وقالت المصادر إن المسيرة استهدفت حافلة تقل عمالاً على الطريق.", reconcile.TargetCivilian},
	{"وذكرت الوكالة أن الغارة استهدفت محطة لضخ المياه في الريف.", reconcile.TargetCivilian},
	{"وقال المرصد إن القذائف سقطت على مسجد البلدة وقت الصلاة.", reconcile.TargetCivilian},
	{"وقال الأهالي إن المسيرة استهدفت مزارعين أثناء عملهم في الحقول.", reconcile.TargetCivilian},
	{"وقالت الإدارة الذاتية إن الطائرة التركية استهدفت منشأة نفطية مدنية في الريف.", reconcile.TargetCivilian},
	// a town named as struck, and what a verb of destroying there names
	{"وقال المرصد إن الغارة التي استهدفت قرية الحويجة فجراً دمرت مستودعاً للذخيرة.", reconcile.TargetMilitary},
	{"وأفاد الأهالي بأن القصف الذي استهدف البلدة أمس دمر مدرسة ابتدائية بالكامل.", reconcile.TargetCivilian},
	{"وقال المرصد إن الغارة استهدفت محطة وقود على الطريق الدولي.", reconcile.TargetCivilian},
	{"وقال المصدر إن المسيرة استهدفت مضافة لإحدى العشائر في القرية.", reconcile.TargetCivilian},
	{"وقال الجيش إن ضرباته دمرت مخازن للعتاد والذخيرة شرق النهر.", reconcile.TargetMilitary},
	// civilian, nominal or by denial
	{"وقال شهود إن المكان المستهدف مجرد منزل يسكنه مزارع وعائلته.", reconcile.TargetCivilian},
	{"وأكدت المصادر أن المنطقة المستهدفة سكنية بالكامل وخالية من أي مظاهر مسلحة.", reconcile.TargetCivilian},
	{"وقال الأهالي إن القتلى مدنيون لا ينتمون إلى أي فصيل مسلح.", reconcile.TargetCivilian},
	{"وقالت الوكالة إن المبنى المستهدف مدني ولا علاقة له بأي نشاط عسكري.", reconcile.TargetCivilian},
	{"ونفى الأهالي وجود أي مقرات عسكرية في المنطقة المستهدفة.", reconcile.TargetCivilian},
	{"ونفت الإدارة المحلية تواجد أي مظاهر مسلحة في الحي الذي قصفته الطائرات.", reconcile.TargetCivilian},
	{"وشدد المصدر على أن المبنى المستهدف ليس له أي طابع عسكري.", reconcile.TargetCivilian},
	{"وأوضح الناشط أن المكان المستهدف بعيد عن أي نقاط عسكرية.", reconcile.TargetCivilian},
	{"وقال السكان إن القصف استهدف منطقة بالكامل لا وجود فيها للمسلحين.", reconcile.TargetCivilian},
	// neither: a rule that spares non-combatants, a state's own troops
	// said to be absent
	{"وقال المتحدث إن قواته تتجنب دائماً إيذاء غير المقاتلين.", ""},
	{"وقال الوزير إنه لا وجود لعسكريين من بلاده في المنطقة التي قصفت.", ""},
	// neither: place without character, or the weapon not the target
	{"وقال المرصد إن الطائرات قصفت محيط البلدة دون ورود معلومات عن خسائر.", ""},
	{"وقال الجيش إن الدفاعات الجوية تصدت للصواريخ فوق المدينة.", ""},
}

// targetProbesWeak are probes the engine still gets wrong: a vehicle the
// lexicon does not know, whose road is read as the target. They are
// logged, not asserted.
var targetProbesWeak = []targetProbe{
	{"وأفاد ناشطون بأن المسيرة استهدفت دراجة نارية على الطريق العام.", ""},
}

// TestTargetProbe checks the class the reconciler reads in the first
// target of each probe sentence (targetProbes), and logs the known weak
// ones.
func TestTargetProbe(t *testing.T) {
	x, _ := extractor(t)
	for _, p := range targetProbes {
		if got, cl := probeClass(x, p.text); cl != p.class {
			t.Errorf("%s\ntarget %q class %q, want %q", p.text, got, cl, p.class)
		}
	}
	for _, p := range targetProbesWeak {
		if got, cl := probeClass(x, p.text); cl != p.class {
			t.Logf("known weak: %s\ntarget %q class %q, want %q", p.text, got, cl, p.class)
		}
	}
}

// probeClass is the first target of text and its class ("" for none).
func probeClass(x *claims.Extractor, text string) (string, string) {
	got := firstTarget(x, text)
	if got == "-" {
		return got, ""
	}
	return got, reconcile.TargetClass(got)
}

// TestStruckObject checks that a verb of striking or destroying with a
// word for what was hit makes a strike of a claim with no event word,
// also past a named party or armed service as its subject in verb-first
// order, and that a negated verb, the verbal noun and any other subject
// between the verb and its object do not. The bare "ضرب" is the verb after
// a complementizer that carries its subject ("أنه ضرب") or right after its
// subject.
func TestStruckObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, typ string }{
		{"وقالت الوزارة إنها دمرت اليوم مستودعاً للذخيرة قرب الحدود.", claims.EventAirstrike},
		{"وأكد البيان أن القوات ضربت فجر اليوم مواقع للمسلحين في الريف.", claims.EventAirstrike},
		{"وقال المتحدث إننا دمرنا منصات لإطلاق الصواريخ شرق المدينة.", claims.EventAirstrike},
		{"وقال المتحدث إن القوات لم تدمر أي منازل في البلدة.", claims.EventOther},
		{"ونفت الوزارة ما تناقلته صفحات عن ضرب منشآت خدمية.", claims.EventOther},
		{"وقال الأهالي إن السيول دمرت الجسر الوحيد في القرية.", claims.EventOther},
		// verb-first order: a named party or an armed service of a state
		// as the subject between the verb and its object
		{"دمرت القوات الجوية الروسية فجر اليوم مقراً للمسلحين قرب البلدة.", claims.EventAirstrike},
		{"ودمر الجيش التركي مخزناً للأسلحة شمال المدينة يوم الأحد.", claims.EventAirstrike},
		{"ودمرت السيول الغزيرة الجسر الوحيد في القرية.", claims.EventOther},
		{"ودمرت الحرب الطويلة منازل القرية القديمة.", claims.EventOther},
		// the bare "ضرب" is the verb after a complementizer carrying its
		// subject, or right after its subject; elsewhere the verbal noun
		{"وذكر الجيش أنه ضرب ليل أمس مخازن للعتاد شرق النهر.", claims.EventAirstrike},
		{"وقال المتحدث إن الجيش ضرب مواقع للمسلحين في التلال.", claims.EventAirstrike},
		{"وأعلنت القيادة ضرب مخازن للعتاد شرق النهر.", claims.EventOther},
		{"وقال السكان إنه ضرب مثالاً في الصبر طوال الحصار.", claims.EventOther},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 || cs[0].EventType != tt.typ {
			t.Errorf("%s\nclaims %v, want first of type %s", tt.text, cs, tt.typ)
		}
	}
}
