package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

type doerProbe = struct{ text, want string }

var doerProbes = []doerProbe{
	// active verbs, doer as subject
	{"وقال المرصد السوري إن الطائرات الحربية الروسية شنت غارات على بلدة كفرنبل.", "sohr russia"},
	{"وأفاد ناشطون بأن المقاتلات الروسية نفذت سلسلة غارات على أطراف معرة النعمان.", "local_sources russia"},
	{"وقال المرصد إن المدفعية التركية قصفت قرية عون الدادات شمالي منبج.", "sohr turkey"},
	{"قصفت القوات التركية والفصائل الموالية لها قرية الصيادة بقذائف الهاون، بحسب مصادر محلية.", "local_sources turkey"},
	{"وذكرت سانا أن المجموعات الإرهابية استهدفت بالقذائف الصاروخية حي الحمدانية في حلب.", "sana unknown"},
	{"وقال المرصد إن طائرة مسيرة تركية استهدفت سيارة قرب القامشلي.", "sohr turkey"},
	{"وأكد المرصد أن الطيران الحربي التابع للنظام ألقى براميل متفجرة على داريا.", "sohr syria_gov"},
	{"وأفادت مصادر محلية بأن ميليشيات إيرانية أطلقت صواريخ على قاعدة حقل العمر.", "local_sources iran_backed"},
	{"وأعلنت القيادة المركزية الأمريكية أن طائراتها شنت غارة على هدف في ريف إدلب.", "centcom us"},
	{"وذكر المرصد أن خلايا التنظيم فجرت عبوة ناسفة بسيارة عسكرية في ريف دير الزور الشرقي.", "sohr isis"},
	{"وقال ناشطون إن فصائل الجيش الوطني قصفت قرى قرب تل تمر.", "local_sources turkey"},
	{"وأفاد المرصد بأن قوات النظام استهدفت بالمدفعية الثقيلة أطراف بلدة سرمين.", "sohr syria_gov"},
	{"وقال المرصد إن الاحتلال الإسرائيلي شن غارات على مواقع جنوب دمشق.", "sohr israel"},
	{"وذكرت مصادر محلية أن عناصر من داعش اغتالوا مختار القرية بإطلاق النار عليه.", "local_sources isis"},
	{"وقال المرصد إن مسلحين مجهولين اغتالوا قيادياً سابقاً في المعارضة بريف درعا.", "sohr unknown"},
	// passive, agent by من قبل / على يد / بواسطة
	{"وأفاد المرصد بأن البلدة قصفت من قبل القوات التركية صباح اليوم.", "sohr turkey"},
	{"وقال ناشطون إن الشاب قتل على يد عناصر من قوات النظام عند حاجز في المدينة.", "local_sources syria_gov"},
	{"وذكر المرصد أن الغارة نفذت بواسطة طائرات التحالف الدولي.", "sohr coalition"},
	// nominal doer nisba
	{"وقال المرصد إن قصفاً مدفعياً تركياً استهدف قرية في ريف عين عيسى.", "sohr turkey"},
	{"وأفادت مصادر محلية بأن غارة روسية استهدفت سوقاً شعبياً في أريحا.", "local_sources russia"},
	{"وقال المرصد إن غارات إسرائيلية طالت مواقع قرب مطار دمشق.", "sohr israel"},
	{"وذكرت مصادر أهلية أن قصفاً صاروخياً لقوات النظام طال أحياء في مدينة إدلب.", "local_sources syria_gov"},
	// accusation frames
	{"واتهمت أنقرة وحدات حماية الشعب بتدبير التفجير في تل أبيض.", "turkey_government sdf"},
	{"وحمّلت الإدارة الذاتية الدولة التركية مسؤولية القصف على القرية.", "aanes turkey"},
	{"وحملت الخارجية السورية التحالف الأمريكي المسؤولية عن المجزرة في ريف الحسكة.", "syria_mfa coalition"},
	{"ووجهت قوات سوريا الديمقراطية أصابع الاتهام إلى الاستخبارات التركية في تفجير السيارة.", "sdf turkey"},
	{"واتهم ناشطون قوات النظام بالوقوف وراء التفجير الذي هز المدينة.", "local_sources syria_gov"},
	{"ونسبت وسائل إعلام النظام الهجوم إلى تنظيم داعش.", "syria_state_media isis"},
	// claims of responsibility
	{"وأعلن تنظيم داعش مسؤوليته عن الهجوم على الحاجز في ريف الحسكة.", "isis isis"},
	{"وتبنى تنظيم الدولة الإسلامية تفجير السيارة المفخخة في بيان نشرته أعماق.", "isis isis"},
	// A group the actor values do not name claims in "unknown" (ownDeedActor).
	{"وأعلنت هيئة تحرير الشام تبنيها للهجوم على مواقع قوات النظام.", "hts unknown"},
	{"وأعلنت وزارة الدفاع الروسية أن طائراتها دمرت مقرات للمسلحين في ريف إدلب.", "russia_mod russia"},
	{"وأعلن الجيش الإسرائيلي أنه أغار على أهداف تابعة لحزب الله قرب القصير.", "idf israel"},
	// denials of responsibility
	{"ونفت قسد في بيان أي علاقة لها بالتفجير في مدينة عفرين.", "sdf sdf"},
	{"ونفى الجيش الوطني السوري أي صلة له بالقصف على المخيم.", "sna turkey"},
	{"وتبرأت هيئة تحرير الشام من الهجوم على الكنيسة.", "hts unknown"},
	{"ونفت موسكو أن يكون طيرانها قد استهدف المستشفى.", "russia_government russia"},
	// unknown doers
	{"وقال المرصد إن انفجاراً لعبوة ناسفة زرعها مجهولون هز مدينة الباب.", "sohr unknown"},
	{"وذكرت مصادر محلية أن طائرة مسيرة مجهولة الهوية استهدفت سيارة في ريف درعا الغربي.", "local_sources unknown"},
	{"وقال المرصد إن قذائف لم يعرف مصدرها سقطت على أحياء المدينة.", "sohr unknown"},
	{"ولم تتبنَّ أي جماعة التفجير حتى الآن، وفق المرصد.", "sohr unknown"},
	{"وأفاد ناشطون بأن مسلحين مجهولي الهوية أطلقوا النار على سيارة مدنية قرب جاسم.", "local_sources unknown"},
	{"وقال المرصد إن الجهة المنفذة للهجوم لا تزال مجهولة.", "sohr unknown"},
	{"وذكرت مصادر محلية أن غارات جوية مجهولة استهدفت مواقع للميليشيات في البوكمال.", "local_sources unknown"},
	{"ولم يتبن أحد الهجوم على الدورية، وفق المرصد.", "sohr unknown"},
	// harder phrasing: spellings without hamza, named formations, clitics
	{"وقال المرصد ان سلاح الجو الاسرائيلي قصف مستودعات قرب مطار حماة.", "sohr israel"},
	{"وافادت مصادر محلية بان الطيران الحربي الروسي استهدف محطة مياه في ريف ادلب.", "local_sources russia"},
	{"وقال المرصد إن مقاتلين من لواء فاطميون هاجموا نقطة للفصائل في ريف حلب الجنوبي.", "sohr iran_backed"},
	{"وذكرت مصادر محلية أن قوة من الحرس الثوري قصفت بلدة في ريف البوكمال.", "local_sources iran_backed"},
	{"وقال مصدر محلي إن قوات الأسايش اعتقلت ثلاثة شبان في القامشلي وأطلقت النار على متظاهرين.", "local_sources sdf"},
	{"وأفاد المرصد بأن مجلس منبج العسكري قصف مواقع للفصائل شمال المدينة.", "sohr sdf"},
	{"وقالت مصادر محلية إن الفصائل المدعومة تركياً قصفت قرية في ريف عين عيسى.", "local_sources turkey"},
	{"وأفاد المرصد بأن الفصائل الموالية لأنقرة هاجمت مواقع قسد قرب تل تمر.", "sohr turkey"},
	{"وقال المرصد إن الجيش التركي استهدف بالمدفعية قرية قرب الدرباسية.", "sohr turkey"},
	{"وقال ناشطون إن الشرطة العسكرية الروسية أطلقت النار على محتجين في درعا.", "local_sources russia"},
	{"وأفاد المرصد بأن مروحيات النظام ألقت براميل متفجرة على ريف حماة الشمالي.", "sohr syria_gov"},
	{"وقال المرصد إن طائرات الاحتلال شنت غارات على ريف القنيطرة.", "sohr israel"},
	{"وذكرت مصادر أن جنود الخلافة هاجموا حاجزاً لقسد في ريف الحسكة.", "informed_sources isis"},
	{"وقال المرصد إن ميليشيا حزب الله اللبناني قصفت بلدة مضايا.", "sohr iran_backed"},
	{"وأفاد المرصد بأن طائرات أمريكية شنت غارات على مواقع للميليشيات في البوكمال.", "sohr us"},
	{"وقالت مصادر محلية إن قوات الفرقة الرابعة اقتحمت بلدة في ريف درعا.", "local_sources syria_gov"},
	{"وقال المرصد إن الطيران المسير التركي استهدف سيارة لقسد في ريف القامشلي.", "sohr turkey"},
	{"وأفاد المرصد بأن كتائب حزب الله العراقي قصفت قاعدة التنف.", "sohr iran_backed"},
	// more unknown doers
	{"وقال المرصد إن مسيرة مجهولة استهدفت سيارة قيادي في ريف إدلب.", "sohr unknown"},
	{"وذكرت مصادر محلية أن طيراناً مجهولاً قصف مواقع للميليشيات قرب البوكمال.", "local_sources unknown"},
	{"وقال المرصد إن الانفجار لم تعرف أسبابه ولم تتبنه أي جهة.", "sohr unknown"},
	{"وأفاد المرصد بأن أحداً لم يعلن مسؤوليته عن التفجير حتى اللحظة.", "sohr unknown"},
	{"وقال المرصد إن مجهولين أطلقوا النار على عنصر في الأمن العام بريف حمص.", "sohr unknown"},
	{"وقالت مصادر محلية إن هوية المهاجمين لم تعرف بعد.", "local_sources unknown"},
	{"وأفاد المرصد بأن صواريخ مجهولة المصدر سقطت على قاعدة حميميم.", "sohr unknown"},
	// more accusation and denial frames
	{"وحمل المرصد السوري قوات النظام مسؤولية المجزرة.", "sohr syria_gov"},
	{"واتهمت قسد في بيان الفصائل الموالية لتركيا بقصف قرية في ريف تل تمر.", "sdf turkey"},
	{"ونفى المتحدث باسم قسد مسؤولية قواته عن القصف على مدينة الباب.", "sdf sdf"},
	{"وقال الجيش الإسرائيلي إنه لا علاقة له بالغارة على دير الزور.", "idf israel"},
	// the registry's own names of armed formations
	{"وقال ناشطون إن فرقة الحمزة قصفت قرية في ريف عفرين.", "local_sources turkey"},
	{"وأفاد المرصد بأن كتائب سيد الشهداء أطلقت صواريخ على حقل كونيكو.", "sohr iran_backed"},
	{"وقال المرصد إن قوى الأمن الداخلي داهمت منازل في حي غويران.", "sohr sdf"},
	// a party's own militias joined to it, and a second party joined to it
	{"وقال المرصد إن قوات النظام وميليشياته قصفت قرى في جبل الزاوية.", "sohr syria_gov"},
	{"وأفاد ناشطون بأن قوات النظام والمليشيات الموالية لها استهدفت بلدة كنصفرة.", "local_sources syria_gov"},
	{"وقال المرصد إن الميليشيات الإيرانية قصفت بلدة في ريف حلب الجنوبي.", "sohr iran_backed"},
	// members named with the oblique construct plural, among the dead
	{"وقال المرصد إن اثنين من مقاتلي الأسايش قتلا في هجوم على حاجز.", "sohr -"},
	{"وقال المرصد إن سبعة من مسلحي تنظيم \"الدولة الإسلامية\" قتلوا بغارات نفذتها طائرات التحالف.", "sohr coalition"},
	// no one claimed it, and a named party that did not claim it
	{"وقال المرصد إنه لم يعلن أحد مسؤوليته عن تفجير العبوة.", "sohr unknown"},
	{"وقال المرصد إن صاروخاً لم يحدد مصدره سقط على أطراف البلدة.", "sohr unknown"},
	{"ولم يعلن الجيش الإسرائيلي مسؤوليته عن الضربة قرب دمشق، بحسب المرصد.", "idf -"},
	// who launched the weapon, in a relative clause; the name a party goes by
	{"وقال المرصد إن طائرة مسيرة انتحارية أطلقتها قوات النظام سقطت على منزل في ريف إدلب.", "sohr syria_gov"},
	{"وأفادت مصادر محلية بأن قذائف أطلقها مسلحو حزب العمال الكردستاني سقطت على بلدة حدودية.", "local_sources sdf"},
	{"وقال المرصد إن ما يعرف بالجيش الوطني قصف قرى في ريف منبج.", "sohr turkey"},
	{"وقال ناشطون إن ما يسمى بالدفاع الوطني هاجم حياً في المدينة.", "local_sources syria_gov"},
	// more: the nisba after a hedge, the source of fire, the Syrian adjective
	{"وأفاد المرصد بأن مقاتلات يُرجح أنها روسية شنت غارات على بلدة في ريف إدلب.", "sohr russia"},
	{"وأكدت مصادر محلية أن القصف مصدره مواقع قوات النظام في المنطقة.", "local_sources syria_gov"},
	{"وقال المرصد إن مسيرة يعتقد أنها تركية استهدفت سيارة في القامشلي.", "sohr turkey"},
	{"وأشار ناشطون بأصابع الاتهام إلى الفرقة الرابعة في عملية الاغتيال.", "local_sources syria_gov"},
	// a doer still sought; plural verbs after a named subject
	{"وقال مصدر أمني إن الأجهزة المختصة تحقق في هوية منفذي التفجير.", "informed_sources unknown"},
	{"وذكر المرصد أن الجيش التركي وحلفاءه قصفوا قرى في ريف الشهباء.", "sohr turkey"},
	{"وقالت وزارة الدفاع التركية إن إرهابيي حزب العمال الكردستاني استهدفوا قاعدة للجيش التركي.", "turkey_mod sdf"},
	// negative: a doer that is the target, not the striker
	{"وقال المرصد إن غارات استهدفت مواقع لقوات النظام في ريف حماة.", "sohr -"},
	{"وأفادت مصادر محلية بأن قصفاً طال مقراً لفصائل الجيش الوطني في عفرين.", "local_sources -"},
	{"وقال المرصد إن انفجاراً استهدف حاجزاً لقوات سوريا الديمقراطية في ريف دير الزور.", "sohr -"},
	{"وذكر المرصد أن عنصرين من قوات النظام قتلا بانفجار لغم في البادية.", "sohr -"},
}

// doerProbesWeak still fail; TestDoerProbe logs them only.
// The bare "التنظيم" of a one-sentence report names no party: the report
// must name it first (see doerProbes10).
var doerProbesWeak = []doerProbe{
	{"وقال المرصد إن مسلحي التنظيم هاجموا رعاة أغنام في بادية السخنة.", "sohr isis"},
}

// TestDoerProbe: who did it, in many phrasings of the Syrian-war genre —
// the doer as the subject of verbs of attack in active and passive, named
// by nisba, formation or the registry's names, accused, claiming, denying,
// and unknown — and parties that are the target, not the doer. Sentences
// written for the test; want is "source actor" of the first claim with an
// actor, or "source -" when none has one.
func TestDoerProbe(t *testing.T) {
	x, _ := extractor(t)
	checkProbes(t, doerProbes, doerProbesWeak, func(text string) string { return perpLine(x, text) })
}

// checkProbes asserts that got gives each asserted probe its want, logs
// the known weak probes that still differ, and counts the asserted ones
// that hold.
func checkProbes(t *testing.T, asserted, weak []struct{ text, want string }, got func(string) string) int {
	t.Helper()
	pass := 0
	for _, p := range asserted {
		if g := got(p.text); g != p.want {
			t.Errorf("%s\n got %q, want %q", p.text, g, p.want)
		} else {
			pass++
		}
	}
	for _, p := range weak {
		if g := got(p.text); g != p.want {
			t.Logf("known weak: %s: got %q, want %q", p.text, g, p.want)
		}
	}
	return pass
}

// checkPerpLines checks perpLine of each text against its want.
func checkPerpLines(t *testing.T, x *claims.Extractor, tests []struct{ text, want string }) {
	t.Helper()
	for _, tc := range tests {
		if got := perpLine(x, tc.text); got != tc.want {
			t.Errorf("%s\n got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// perpLine is "source actor" of the first claim of text that names a doer.
func perpLine(x *claims.Extractor, text string) string {
	cs := x.Extract(claims.Article{ID: "p", Text: text, Published: "2022-05-01"})
	for _, c := range cs {
		if c.Actor != nil {
			return c.Source.ID + " " + *c.Actor
		}
	}
	if len(cs) == 0 {
		return "none"
	}
	return cs[0].Source.ID + " -"
}

// TestFollowedByDeed: a deed introduced by "followed by" ("تبعها"،
// "تلاها"، "أعقبها") is a later event with its own doer, cut into a claim
// of its own: its doer is not the earlier deed's. Sentences written for
// the test; each line is "source actor" of a claim, in order.
func TestFollowedByDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال المرصد إن عشرين جندياً قتلوا في الغارات، التي تبعها هجوم لمسلحي داعش على المواقع نفسها.",
			[]string{"sohr -", "sohr isis"}},
		{"وقال المرصد إن طائرات التحالف قصفت البلدة، وتلاها قصف مدفعي لقوات النظام.",
			[]string{"sohr coalition", "sohr syria_gov"}},
		{"وقالت مصادر محلية إن انفجاراً هز السوق أعقبه قصف مدفعي تركي على أطراف البلدة.",
			[]string{"local_sources -", "local_sources turkey"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return c.Source.ID + " " + a
	})
}
