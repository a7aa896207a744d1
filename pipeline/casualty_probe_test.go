package pipeline_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// casualtyScenes give a toll for an event, each in the manner of one kind
// of outlet. Written for the test.
var casualtyScenes = map[string]disputeScene{
	"sarmin":   {"Syrian Observatory for Human Rights", "وثق المرصد السوري مقتل 7 مدنيين، منهم طفلان، وجرح 12 بغارات نفذتها طائرات روسية صباح الثلاثاء على بلدة سرمين في ريف إدلب."},
	"sukhnah":  {"SANA", "قال مصدر عسكري لسانا إن خمسة جنود ارتقوا شهداء يوم الثلاثاء في هجوم شنه إرهابيو داعش على نقطة للجيش العربي السوري قرب مدينة السخنة في البادية."},
	"afrin":    {"Hawar News Agency", "قصف جيش الاحتلال التركي يوم الثلاثاء قرية في ريف عفرين بالمدفعية، فاستشهد أربعة مدنيين وجرح ستة."},
	"qamishli": {"North Press", "قتل مقاتلان من قوات سوريا الديمقراطية ظهر الثلاثاء بضربة من طائرة مسيرة تركية على سيارتهما في محيط القامشلي."},
	"bukamal":  {"Al Mayadeen", "قالت مصادر محلية للميادين إن غارات أمريكية استهدفت يوم الثلاثاء مواقع قرب مدينة البوكمال، وقتل فيها ستة مقاتلين من الفصائل العراقية."},
}

// casualtyProbes vary how a second source gives its toll: other numbers,
// floors and ranges beyond the scene's, a zero, a dual (a conflict); the
// same number in words or a dual, a floor or "about" that fits, a subset
// after "بينهم", a toll raised by the scene's own source, another group of
// victims, bare plurals, killed and wounded lumped (no conflict). Written
// for the test from the phrasing of Arabic news pages.
var casualtyProbes = []disputeProbe{
	// tolls that do not fit
	{"sarmin", "Syria TV", "ذكر الدفاع المدني أن الغارات الروسية على بلدة سرمين شرقي إدلب صباح الثلاثاء قتلت مدنيَّين اثنين وجرحت آخرين.", "flag", "two killed against seven"},
	{"sarmin", "Orient News", "قتل 20 مدنياً على الأقل صباح الثلاثاء بغارات لطائرات روسية على بلدة سرمين في ريف إدلب، بحسب ناشطين.", "flag", "a floor of twenty above seven"},
	{"sarmin", "Enab Baladi", "قتل ما بين 15 و20 مدنياً صباح الثلاثاء في الغارات الروسية على بلدة سرمين بريف إدلب، وفق مصادر محلية.", "flag", "a range wholly above seven"},
	{"sarmin", "Baladi News", "أدت الغارات الروسية على بلدة سرمين صباح الثلاثاء إلى مقتل أكثر من خمسة عشر مدنياً، بحسب مصادر محلية.", "flag", "more than fifteen against seven"},
	{"sarmin", "RT Arabic", "قال مصدر في المعارضة لوكالة نوفوستي إن الغارات على سرمين في ريف إدلب يوم الثلاثاء لم يسقط فيها أي قتيل.", "flag", "none killed against seven"},
	{"sukhnah", "Syrian Observatory for Human Rights", "قال المرصد السوري إن 14 من جنود النظام لقوا حتفهم يوم الثلاثاء بهجوم لخلايا داعش على موقع قرب السخنة شرقي حمص.", "flag", "fourteen soldiers against five"},
	{"sukhnah", "Syria TV", "قالت مصادر محلية إن الهجوم على النقطة قرب السخنة يوم الثلاثاء لم يسفر الهجوم عن خسائر بشرية بين الجنود.", "flag", "no losses among the soldiers against five killed"},
	{"afrin", "Anadolu Agency", "قصفت القوات التركية يوم الثلاثاء مواقع في ريف عفرين، ولم يسفر القصف عن سقوط ضحايا مدنيين، بحسب مصادر أمنية تركية.", "flag", "no civilian victims against four"},
	{"afrin", "North Press", "قتل عشرة مدنيين يوم الثلاثاء بقصف مدفعي تركي على قرية في ريف عفرين، بحسب مصادر طبية.", "flag", "ten civilians against four"},
	{"qamishli", "Hawar News Agency", "استشهد خمسة مقاتلين من قوات سوريا الديمقراطية ظهر الثلاثاء بقصف مسيرة تركية استهدف سيارتهم قرب القامشلي.", "flag", "five fighters against two"},
	{"qamishli", "Anadolu Agency", "أعلنت الدفاع التركية تحييد ثمانية إرهابيين بضربة جوية قرب القامشلي يوم الثلاثاء.", "no", "eight neutralised may be killed or wounded: two killed fit"},
	{"bukamal", "CNN Arabic", "قال مسؤول عسكري أمريكي إن الضربات قرب البوكمال يوم الثلاثاء قتلت نحو عشرين مسلحاً مدعوماً من إيران.", "flag", "about twenty fighters against six"},
	{"bukamal", "SANA", "شنت طائرات أمريكية يوم الثلاثاء عدواناً جوياً على مواقع قرب مدينة البوكمال، ولم يسفر العدوان عن خسائر بشرية.", "flag", "no human losses against six"},

	// tolls that fit: no flag
	{"sarmin", "Syria TV", "قتل سبعة مدنيين صباح الثلاثاء بغارات روسية على بلدة سرمين في ريف إدلب، بحسب الدفاع المدني.", "no", "the same toll in words"},
	{"sarmin", "Orient News", "قتل خمسة مدنيين على الأقل صباح الثلاثاء بغارات روسية على بلدة سرمين في ريف إدلب.", "no", "a floor of five below seven"},
	{"sarmin", "Enab Baladi", "قتل نحو سبعة مدنيين صباح الثلاثاء في الغارات الروسية على بلدة سرمين بريف إدلب.", "no", "about seven"},
	{"sarmin", "Enab Baladi", "قال الدفاع المدني إن طفلين قتلا صباح الثلاثاء بالغارات الروسية على بلدة سرمين في ريف إدلب.", "no", "the two children are the scene's subset"},
	{"sarmin", "Asharq Al-Awsat", "أفاد المرصد السوري بأن عدد قتلى الغارات الروسية على بلدة سرمين صباح الثلاثاء ارتفعت إلى 9 قتلى مدنيين إثر وفاة جريحين متأثرين بجراحهما.", "no", "the scene's own source raised its toll: a revision"},
	{"sarmin", "Orient News", "سقط قتلى وجرحى مدنيون صباح الثلاثاء بغارات روسية على بلدة سرمين في ريف إدلب.", "no", "bare plurals with no number"},
	{"sarmin", "Enab Baladi", "قتل سبعة مدنيين وأصيب أكثر من عشرة صباح الثلاثاء بغارات روسية على بلدة سرمين شرقي إدلب.", "no", "seven killed, more than ten wounded fit seven and twelve"},
	{"sarmin", "Syria TV", "سقط 19 مدنياً بين قتيل وجريح صباح الثلاثاء بغارات روسية على بلدة سرمين شرقي إدلب.", "no", "killed and wounded lumped, nineteen is seven and twelve"},
	{"sukhnah", "Syrian Observatory for Human Rights", "قال المرصد السوري إن خمسة من جنود النظام لقوا حتفهم يوم الثلاثاء بهجوم لخلايا داعش قرب السخنة، بينما قتل ثلاثة من المهاجمين.", "no", "the same five, and attackers killed apart"},
	{"sukhnah", "Syria TV", "قتل 5 عناصر من قوات النظام يوم الثلاثاء بهجوم لتنظيم داعش على موقع عسكري قرب السخنة شرقي حمص.", "no", "the same toll in digits"},
	{"sukhnah", "Al Arabiya", "قال مصدر عسكري إن الهجوم على النقطة قرب السخنة يوم الثلاثاء لم يصب فيه أحد من المدنيين.", "no", "no civilians hurt: another group than the soldiers"},
	{"afrin", "North Press", "قتل أربعة مدنيين وجرح ستة يوم الثلاثاء بقصف مدفعي تركي على قرية في ريف عفرين.", "no", "the same tolls"},
	{"sarmin", "Enab Baladi", "قتل ثلاثة أطفال وأربع نساء صباح الثلاثاء بغارات روسية على بلدة سرمين في ريف إدلب، بحسب الدفاع المدني.", "no", "three children and four women make the scene's seven"},
	{"afrin", "North Press", "استشهد رجلان وامرأتان يوم الثلاثاء بقصف مدفعي تركي على قرية في ريف عفرين.", "no", "two men and two women make the scene's four"},
	{"afrin", "Syrian Observatory for Human Rights", "قتل مواطنان اثنان وطفلان يوم الثلاثاء جراء قصف مدفعي تركي على قرية في ريف عفرين.", "no", "two and two make the scene's four"},
	{"qamishli", "Hawar News Agency", "استشهد مقاتلان من قوات سوريا الديمقراطية ظهر الثلاثاء بقصف مسيرة تركية استهدف سيارتهما قرب القامشلي.", "no", "a dual, the same two"},
	{"qamishli", "Anadolu Agency", "أعلنت الدفاع التركية تحييد إرهابيَين اثنين بضربة جوية قرب القامشلي يوم الثلاثاء.", "no", "two fighters neutralised, the same two"},
	{"bukamal", "Syrian Observatory for Human Rights", "قال المرصد السوري إن ستة على الأقل من عناصر الميليشيات العراقية قتلوا يوم الثلاثاء في الغارات الأمريكية قرب البوكمال.", "no", "a floor equal to the scene's six"},
	{"bukamal", "Al Mayadeen", "قالت مصادر محلية إن حصيلة الغارات الأمريكية قرب البوكمال يوم الثلاثاء ارتفعت إلى ستة قتلى بعد أن كانت أربعة.", "no", "the later toll equals the scene's, the earlier is a revision"},
}

// casualtyWeak are casualty probes the engine still gets wrong (known
// failures): logged by TestCasualtyProbes, never asserted one by one,
// with a floor on how many may fail.
var casualtyWeak = []disputeProbe{
	// Bare "جنود" count soldiers of no named army (group unknown): two
	// of the regime's soldiers may then be a part of the five.
	{"sukhnah", "Syria TV", "قتل جنديان من قوات النظام يوم الثلاثاء بهجوم لتنظيم داعش على نقطة عسكرية قرب السخنة في بادية حمص.", "flag", "a dual (two) against five"},
	// Civilians only against fighters only is read as a dispute over who
	// died (see reconcile.victimsDisputed), made for the attacker's
	// "terrorists killed" against the monitor's civilians; a third
	// source's count of one faction's losses is other dead.
	{"sarmin", "Syria TV", "قتل ثلاثة من مقاتلي هيئة تحرير الشام صباح الثلاثاء في الغارات الروسية على بلدة سرمين بريف إدلب.", "no", "fighters killed, another group than the civilians"},
}

// TestCasualtyProbes reads every casualty probe with its scene and checks
// the casualty discrepancy it wants.
func TestCasualtyProbes(t *testing.T) {
	runDisputeProbes(t, "casualty", reconcile.KindCasualties, casualtyScenes, casualtyProbes, casualtyWeak, 2)
}
