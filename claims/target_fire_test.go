package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetFireAndForces checks the military words armies use for what
// they hit (sources of fire, stationing posts, patrols, security branches,
// the General Staff), the armed bodies named as owners after ل or in a
// construct, and the people a bus or a convoy belonged to. Sentences
// written for the test; the first claim's target and its class.
func TestTargetFireAndForces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال مصدر ميداني إن المدفعية استهدفت مصادر إطلاق القذائف على أطراف البلدة.", "sources of fire", reconcile.TargetMilitary},
		{"وقال الجيش إن راجماته قصفت نقاط تمركز المسلحين شرق الطريق.", "military posts and militants", reconcile.TargetMilitary},
		{"وقال الناشطون إن عبوة ناسفة استهدفت دورية أمنية عند مدخل القرية.", "security patrol", reconcile.TargetMilitary},
		{"وأفاد المرصد بأن سيارة مفخخة انفجرت قرب فرع للمخابرات وسط المدينة.", "intelligence branch", reconcile.TargetMilitary},
		{"وقالت الوكالة إن قذيفتين سقطتا على مبنى هيئة الأركان صباحاً.", "General Staff headquarters", reconcile.TargetMilitary},
		{"وقالت الفصائل إنها قصفت تجمعات لجيش النظام على تلة قريبة.", "gathering of regime forces", reconcile.TargetMilitary},
		{"وقال المصدر إن الطائرات دمرت مقرات جبهة النصرة في الجبل.", "headquarters of Nusra militants", reconcile.TargetMilitary},
		{"وقالت الوزارة إن الغارة طالت مبنى لهيئة تحرير الشام في الريف.", "building of HTS militants", reconcile.TargetMilitary},
		{"وذكر المرصد أن القصف استهدف نقطة للجيش التركي غرب المدينة.", "post of Turkish army forces", reconcile.TargetMilitary},
		{"وقال التحالف إن ضرباته موجهة ضد مقاتلي التنظيم وحدهم.", "fighters", reconcile.TargetMilitary},
		{"وقال التلفزيون إن سلاح الجو قصف تجمعات إرهابيي الفصيل في البساتين.", "gathering and militants", reconcile.TargetMilitary},
		{"وقال المرصد إن القذائف استهدفت حافلات المهجرين عند نقطة التجمع.", "buses of displaced people", reconcile.TargetCivilian},
		{"وقالت المنظمة إن السيارة المفخخة استهدفت قافلة أهالي البلدتين المحاصرتين.", "convoy of local residents", reconcile.TargetCivilian},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}

// TestTargetPeriodicNotPatrol checks that "دورياً" (periodically) is not
// read as a patrol.
func TestTargetPeriodicNotPatrol(t *testing.T) {
	x, _ := extractor(t)
	got := firstTarget(x, "وقال المرصد إن الطائرات تقصف دورياً أطراف البلدة.")
	if got == "patrol" {
		t.Errorf("periodically read as a patrol")
	}
}

// TestTargetMostlyVictims checks what most of the victims were as the
// characterisation, when the clause names only the bomb or nothing hit.
// Sentences written for the test.
func TestTargetMostlyVictims(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وأفاد المرصد بمقتل 35 شخصاً في انفجار سيارة مفخخة، غالبيتهم من المدنيين.", "victims mostly civilians"},
		{"وقال المرصد إن صاروخاً أصاب مبنى في الحي وقتل 15 شخصاً معظمهم من النازحين.", "victims mostly displaced people"},
		// right after the event word the people are read as what was hit
		{"وقالت مديرية الصحة إن التفجير أوقع 22 قتيلاً معظمهم من المارة.", "passers-by"},
	}
	checkFirstTargets(t, x, tests)
}

// TestTargetMassacreVictims checks the victims of a massacre told with
// the verbs of slaughter and execution, passive or as verbal nouns, and
// that the active verb's subject (the killers) is not read as the target.
// Sentences written for the test.
func TestTargetMassacreVictims(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال ناشطون إن أسراً كاملة ذبحت في المزارع المحيطة بالقرية.", "families"},
		{"وأفاد المرصد بانتشال جثث مدنيين أعدموا في الأقبية.", "civilians"},
		{"ووصفت المنظمة ما جرى بأنه قتل جماعي لمدنيين عزل.", "civilians"},
		{"وقال الناشطون إن العناصر نفذوا إعدامات ميدانية بحق عائلات نازحة.", "families"},
		// active: the killers come first, their victims after the verb
		{"وقال المصدر إن المسلحين أعدموا عدداً من الرهائن قبل انسحابهم.", "-"},
	}
	checkFirstTargets(t, x, tests)
}

// TestBombBesideForces checks that a bomb that went off beside a patrol or
// a vehicle of an armed force was aimed at it. Sentences written for the
// test.
func TestBombBesideForces(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال المرصد إن عبوة ناسفة انفجرت قرب دورية لقوات النظام عند المفرق.", "patrol of regime forces"},
		{"وذكر الضابط أن عبوة لاصقة انفجرت إلى جانب شاحنة لعناصر الجمارك.", "truck of fighters"},
	}
	checkFirstTargets(t, x, tests)
}

// TestTargetAgentGenitive checks that the armed people in the bare
// genitive of a deed noun ("مجزرة مرتزقة التنظيم") are its doers, not
// what it hit, while the object of a verb of striking still is. Sentences
// written for the test.
func TestTargetAgentGenitive(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"حصيلة مجزرة مرتزقة التنظيم في البلدة ترتفع إلى 50 شهيداً", "-"},
		{"وقالت الوكالة إن اعتداء المسلحين أوقع عشرة جرحى في السوق.", "market"},
		{"وقال المرصد إن القصف استهدف المسلحين في البلدة.", "militants"},
	}
	checkFirstTargets(t, x, tests)
}

// TestTargetAnsweredDoers checks that a response to armed people's deeds
// is read as striking them. Sentence written for the test.
func TestTargetAnsweredDoers(t *testing.T) {
	x, _ := extractor(t)
	if got := firstTarget(x, "الرقة: وحدات الجيش ترد على هجمات مسلحي الفصيل على القرى"); got != "militants" {
		t.Errorf("target %q, want %q", got, "militants")
	}
}

// TestTargetPavementNotQuay checks that a city pavement is not read as a
// port quay, while a quay of a port still is. Sentences written for the
// test.
func TestTargetPavementNotQuay(t *testing.T) {
	x, _ := extractor(t)
	if got := firstTarget(x, "وقال شاهد إن القذيفة سقطت على الرصيف أمام المخبز."); got != "bakery" {
		t.Errorf("pavement: target %q, want %q", got, "bakery")
	}
	if got := firstTarget(x, "وقالت الوكالة إن الصواريخ أصابت رصيف الميناء صباحاً."); got != "port quay" {
		t.Errorf("quay: target %q, want %q", got, "port quay")
	}
}

// TestTargetUsedOrGatheredIn checks a place characterised by who uses it
// (يستعمل, as يستخدم) or who gathered or met in it. Sentences written for
// the test.
func TestTargetUsedOrGatheredIn(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقال البيان إن الطائرات ضربت مستودعاً يستعمله حزب الله قرب الحدود.", "depot of Hezbollah"},
		{"وقال الجيش إن المسيرة قصفت منزلاً اجتمع فيه المسلحون ليلاً.", "home of militants"},
		{"وقالت المصادر إن القذيفة أصابت مبنى تجمع فيه النازحون هرباً من القصف.", "building of displaced people"},
	}
	checkFirstTargets(t, x, tests)
}

// TestTargetMeetingOfCommanders checks a meeting of commanders as a
// military target, and that a bare meeting (a diplomatic one) is none.
// Sentences written for the test.
func TestTargetMeetingOfCommanders(t *testing.T) {
	x, _ := extractor(t)
	if got := firstTarget(x, "وقال مصدر إن المسيرة استهدفت اجتماعاً لقياديين في الفصيل غرب البلدة."); got != "meeting of commanders" {
		t.Errorf("target %q, want %q", got, "meeting of commanders")
	}
	if got := firstTarget(x, "وقال السفير على هامش اجتماع المجلس إن الغارات مستمرة."); got != "-" {
		t.Errorf("bare meeting: target %q, want none", got)
	}
}
