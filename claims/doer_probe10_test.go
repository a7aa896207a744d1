package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// doerProbes10 are doers named in the constructions of this round, in
// sentences and short reports written for the test: plural and dual verbs
// after a named subject, a bare "التنظيم"، "الحزب"، "الهيئة" read from the
// report, and a doer still sought. want is "source actor" of the report's
// last claim ("-" when it has none).
var doerProbes10 = []doerProbe{
	// plural verbs after a named subject, with a coordinated tail
	{"وذكر المرصد أن الجيش التركي وحلفاءه قصفوا قرى في ريف الشهباء.", "sohr turkey"},
	{"وقالت مصادر محلية إن الجيش التركي وحلفاؤه قصفوا بلدة في ريف تل تمر.", "local_sources turkey"},
	{"وأفادت مصادر محلية بأن الاحتلال التركي والفصائل الموالية له استهدفوا بالمدفعية قرى في ريف منبج.", "local_sources turkey"},
	{"وقال المرصد إن القوات التركية وفصائلها قصفوا بقذائف الهاون أطراف قرية في ريف عين عيسى.", "sohr turkey"},
	{"وقالت وزارة الدفاع التركية إن إرهابيي حزب العمال الكردستاني استهدفوا قاعدة للجيش التركي.", "turkey_mod sdf"},
	{"وقال المرصد إن عناصر حزب الله استهدفوا بالصواريخ بلدة في ريف القصير.", "sohr iran_backed"},
	{"وقالت قسد في بيان إن الجيش التركي ومرتزقته قصفوا ليلاً قرى شمال منبج.", "sdf turkey"},
	{"وأفاد المرصد بأن عناصر من قوات النظام استهدفوا بالرشاشات سيارة مدنية قرب سراقب.", "sohr syria_gov"},
	{"وقالت مصادر محلية إن مسلحين مجهولين استهدفوا حاجزاً أمنياً قرب مدينة جاسم.", "local_sources unknown"},
	{"وأفاد المرصد بأن قوات النظام والمجموعات الموالية لها يقصفون منذ الصباح قرى جبل الزاوية.", "sohr syria_gov"},
	{"وقال ناشطون إن قوات النظام وحزب الله استهدفا بالرشاشات أطراف بلدة مضايا.", "local_sources syria_gov"},
	// a bare head read from the report
	{"أعلن تنظيم داعش مسؤوليته عن هجوم في البادية. وقال المرصد إن مسلحي التنظيم هاجموا رعاة أغنام في بادية السخنة.", "sohr isis"},
	{"أعلنت الدفاع التركية تحييد خمسة مسلحين ينتمون إلى تنظيم بي كا كا شمال العراق. وأضافت أن إرهابيي التنظيم استهدفوا قاعدة للجيش التركي.", "turkey_mod sdf"},
	{"اتهمت الداخلية التركية في بيان تنظيم \"بي كا كا\" بتدبير التفجير في إعزاز. وأكدت الوزارة أن التنظيم الانفصالي يقف خلف الهجوم على السوق.", "turkey_interior sdf"},
	{"وكان حزب الله قد نعى ثلاثة من عناصره. وقال المرصد إن عناصر الحزب قصفوا بلدة في ريف القصير.", "sohr iran_backed"},
	{"وتنتشر حركة النجباء في البوكمال. وقال ناشطون إن عناصر الحركة قصفوا قرية قرب الميادين.", "local_sources iran_backed"},
	{"وكانت ولاية هطاي قد اتهمت تنظيم \"بي كي كي\" بالقصف السابق. وقالت الولاية إن التنظيم فجّر سيارة مفخخة في عفرين.", "hatay_governor sdf"},
	// the same head, but the party is spoken of, not the doer of the deed
	{"أعلن تنظيم داعش مسؤوليته عن هجوم في البادية. وقال المرصد إن قدرة التنظيم على شن هجمات تراجعت.", "sohr -"},
	{"أعلن تنظيم داعش مسؤوليته عن هجوم في البادية. وقال المرصد إن ثلاثة رعاة قتلوا بلغم من مخلفات التنظيم.", "sohr -"},
	{"وقال المرصد إن عناصر التنظيم هاجموا حاجزاً في البادية.", "sohr -"},
	// a plural verb whose subject is not named right before it
	{"وقال المرصد إن المسلحين الذين قصفوا البلدة فروا باتجاه البادية.", "sohr -"},
	{"وقال المرصد إن المدنيين استهدفوا أثناء عودتهم إلى القرية.", "sohr -"},
	// who did it is still sought, and no one claimed it
	{"وقال مصدر أمني إن الأجهزة المختصة تحقق في هوية منفذي التفجير.", "informed_sources unknown"},
	{"وقال المرصد إن التحقيقات جارية لمعرفة من يقف خلف التفجير في إعزاز.", "sohr unknown"},
	{"وذكرت الوزارة أن فرقها الأمنية بدأت تحقيقاً لتحديد الجهة المسؤولة عن الهجوم على الحاجز.", "outlet unknown"},
	{"وقالت مصادر محلية إن دراجة مفخخة انفجرت وسط الباب ظهراً، ويجري البحث عن المتورطين في التفجير.", "local_sources unknown"},
	{"انفجرت سيارة مفخخة قرب دوار في الباب، بحسب المرصد. ولم يعلن أحد حتى الآن مسؤوليته.", "outlet unknown"},
	{"انفجرت سيارة مفخخة في سوق إعزاز، بحسب المرصد. فلم يعلن أحد بعد مسؤوليته عن العملية.", "outlet unknown"},
	{"وقال المرصد إن انفجاراً هز مدينة الباب. ولم تُعرف الجهة المنفذة.", "outlet unknown"},
	// an inquiry into the circumstances says nothing of the doer
	{"وقالت مصادر محلية إن غارة أمريكية استهدفت سيارة في ريف إدلب، ويجري التحقيق لمعرفة ملابسات الحادث.", "local_sources us"},
	{"وقالت مصادر محلية إن انفجاراً هز مستودعاً في ريف إدلب، ويجري التحقيق لمعرفة ملابسات الحادث.", "local_sources -"},
	// a dual of a verb of striking after two aircraft
	{"وقال المرصد إن مقاتلتين روسيتين قصفتا أطراف بلدة كفرنبل.", "sohr russia"},
	// an inquiry after a named doer leaves the doer named
	{"وقال المرصد إن عناصر من داعش فجروا عبوة ناسفة بدورية، وتحقق قسد في هوية المنفذين.", "sohr isis"},
}

// doerProbes10Weak still fail; TestDoerProbe10 logs them only.
var doerProbes10Weak = []doerProbe{
	// a bare head after a member noun, whose party the report names
	// only by its short name
	{"وينشط داعش في البادية. وقال المرصد إن عناصر التنظيم هاجموا حاجزاً في السخنة.", "sohr isis"},
	// a dual of a counted band, of a party after "من"
	{"وقال المرصد إن مجموعتين من الفصائل الموالية لتركيا هاجمتا قرية في ريف عفرين.", "sohr turkey"},
	// the doer sought in a sentence of its own
	{"انفجرت سيارة مفخخة قرب دوار في الباب، بحسب المرصد. وتحقق الأجهزة الأمنية في هوية المنفذين.", "outlet unknown"},
}

// TestDoerProbe10 asserts doerProbes10 and logs doerProbes10Weak.
func TestDoerProbe10(t *testing.T) {
	x, _ := extractor(t)
	pass := checkProbes(t, doerProbes10, doerProbes10Weak, func(text string) string { return lastPerpLine(x, text) })
	t.Logf("%d of %d pass", pass, len(doerProbes10))
}

// lastPerpLine is "source actor" of the last claim of text, "-" for a
// claim with no actor.
func lastPerpLine(x *claims.Extractor, text string) string {
	cs := x.Extract(claims.Article{ID: "p", Text: text, Published: "2022-05-01"})
	if len(cs) == 0 {
		return "none"
	}
	c := cs[len(cs)-1]
	if c.Actor == nil {
		return c.Source.ID + " -"
	}
	return c.Source.ID + " " + *c.Actor
}
