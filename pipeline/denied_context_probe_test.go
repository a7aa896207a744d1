package pipeline_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
)

// deniedContextProbes are denials that follow, in their own article, a
// report of another incident (another town, another day, another doer):
// the denial must join the event it denies, taken from the deed, the
// accused doer or the site it names, not from the claim just before it.
// The scenes are those of the occurrence probes. Written for the test
// from the phrasing of Arabic news pages (coalition and Pentagon denials
// of strikes on Syrian army posts, Turkish denials of shelling, Syrian
// military sources denying attacks, Russian denials of raids on Idlib).
var deniedContextProbes = []occurrenceProbe{
	// the claim before is another incident, with its own place and day
	{"coalition", "وفي ريف إدلب قالت مصادر محلية إن طائرات روسية قصفت يوم الاثنين بلدة معرة النعمان. ومن جهته نفى التحالف الدولي اتهامات دمشق له بقصف مواقع للجيش السوري.", "either"},
	{"raid", "وقال ناشطون إن قوات النظام قصفت بالمدفعية الاثنين قرية في ريف حماة. بدورها قالت الدفاع الروسية إن طائراتها لم تشن غارات على سرمين.", "either"},
	{"israel", "وأفادت سانا بأن قذائف أطلقها مسلحون سقطت الاثنين على حي في درعا. ونفى الجيش الإسرائيلي أن تكون طائراته قد شنت غارة في محيط دمشق.", "either"},
	// the denied deed names the type; the denial has no place of its own
	{"coalition", "وقال المتحدث باسم وزارة الدفاع الأمريكية إن هذه المعلومات خاطئة، وإن التحالف لم يستهدف أي موقع للجيش السوري في دير الزور.", "either"},
	{"coalition", "وأكد التحالف أنه غير مسؤول عن الضربات التي استهدفت موقع الجيش السوري في دير الزور.", "either"},
	// vague regions contain the town of the report
	{"coalition", "وقال متحدث باسم البنتاغون للصحفيين: لم ننفذ أي ضربات في شرق سوريا الليلة الماضية.", "either"},
	{"raid", "ونفت وزارة الدفاع الروسية تنفيذ أي غارات جوية في شمال غرب سوريا يوم الثلاثاء.", "either"},
	{"ambush", "ونفى مصدر عسكري تعرض أي حاجز للجيش لهجوم في ريف حمص يوم الثلاثاء.", "either"},
	// a colon headline speaks for the party before the colon
	{"shelling", "أنقرة: لا صحة للأنباء عن قصف مدفعي تركي على تل أبيض", "either"},
	// the accused side calls the report claims
	{"shelling", "ونفت وزارة الدفاع التركية مزاعم قصف قرية تل أبيض بالمدفعية.", "either"},
	{"raid", "ورفضت وزارة الدفاع الروسية ادعاءات قصف طائراتها بلدة سرمين، وقالت إنها لا أساس لها.", "either"},
	// old footage: the year is the footage's, not the denial's
	{"raid", "وأوضحت وزارة الدفاع الروسية أن مقاطع الفيديو عن الغارات على سرمين قديمة وتعود إلى عام 2019.", "occ"},
	// negatives: the denial is of another incident than the scene's
	{"coalition", "ونفى التحالف الدولي تنفيذ أي غارة على مدينة الرقة يوم الأحد الماضي.", "no"},
	{"raid", "ونفت وزارة الدفاع الروسية قصف مدينة درعا في الجنوب السوري يوم الثلاثاء.", "no"},
	{"shelling", "ونفت وزارة الدفاع التركية قصف مدينة عفرين في ريف حلب.", "no"},
	{"coalition", "وأقر التحالف الدولي بتنفيذ ضربة قرب البوكمال، لكنه قال إنها استهدفت مسلحين من داعش لا الجيش السوري.", "no"},
	{"ambush", "وقال مصدر عسكري إن الحاجز تعرض لهجوم صدّه الجنود، ولم يسفر عن أي خسائر.", "no"},
	// a party after the deed word is the deed's, no medium spoken to; a
	// doer's denial with no place is placed in the article's country; a
	// colon headline hands its denial to the report it names
	{"coalition", "وذكر المرصد أن قذائف سقطت الأحد على حي في مدينة حلب. ونفى متحدث باسم التحالف الدولي تنفيذ أي غارة على مواقع للقوات الحكومية.", "either"},
	{"raid", "وقال ناشطون إن قوات النظام قصفت بالمدفعية الاثنين قرية في ريف حماة. ونفت وزارة الدفاع الروسية الأنباء عن غارات لطيرانها، ووصفتها بأنها مفبركة.", "either"},
	{"shelling", "وقالت مصادر كردية إن طائرة مسيرة تركية استهدفت الأحد سيارة في القامشلي. ونفت وزارة الدفاع التركية أن تكون مدفعيتها قد قصفت أي قرية مأهولة.", "either"},
	{"coalition", "ونفى التحالف الدولي شن غارات على مواقع للجيش السوري في شرق سوريا يوم الثلاثاء.", "either"},
	{"coalition", "التحالف: لا صحة لما تداولته قنوات النظام عن قصف موقع عسكري في دير الزور.", "either"},
}

// deniedContextWeak are denials the engine still fails to join to their
// event, logged by TestDeniedContextProbes and never asserted: a denial
// with no place of its own after another incident, a vaguer region than
// the report ("الشمال السوري", "البادية"), a colon headline, a charge
// split off as a claim of its own ("اتهامات دمشق له بقصف"), and old
// pictures denied beside the event.
var deniedContextWeak = []occurrenceProbe{
	{"coalition", "وذكر المرصد أن قذائف سقطت الأحد على حي في مدينة حلب. وفي رد على ذلك قال متحدث عسكري للتحالف إن طائرات التحالف لم تستهدف أي موقع للجيش السوري.", "either"},
	{"coalition", "نفى التحالف الدولي بقيادة واشنطن يوم الثلاثاء اتهامات دمشق له بقصف موقع للجيش السوري قرب البوكمال.", "either"},
	{"coalition", "ورد التحالف الدولي بأن الاتهامات السورية باطلة، وأكد أن طائراته لم تضرب أي هدف للجيش السوري قرب البوكمال.", "either"},
	{"shelling", "ونفت وزارة الدفاع التركية قصف قرى في الشمال السوري يوم الثلاثاء، ووصفت الأنباء بأنها ملفقة.", "either"},
	{"ambush", "ونفى مصدر عسكري تعرض أي حاجز للجيش لهجوم في البادية السورية يوم الثلاثاء.", "either"},
	{"raid", "موسكو: الأنباء عن غارات روسية على سرمين كاذبة", "either"},
	{"shelling", "وقالت مصادر عسكرية تركية إن الأخبار المتداولة عن قصف الجيش التركي لتل أبيض ادعاءات كاذبة.", "either"},
	{"israel", "ونفى مصدر عسكري سوري وقوع غارة إسرائيلية قرب مطار دمشق، وقال إن الصور المتداولة تعود إلى عام 2018.", "occ"},
}

// TestDeniedContextProbes ingests every denial with its scene and checks
// the dispute it wants; the known weak probes are only logged.
func TestDeniedContextProbes(t *testing.T) {
	_, pl := mustPipeline(t, "probe.db")
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, k := claims.NewExtractor(pl.Registry(), gaz), pl.Knowledge()
	for _, p := range deniedContextProbes {
		if got, line := occurrenceFlag(x, k, p); !probeMatches(got, p.want) {
			t.Errorf("want %s, got %s: %s |%s", p.want, got, p.text, line)
		}
	}
	weak := 0
	for _, p := range deniedContextWeak {
		if got, line := occurrenceFlag(x, k, p); !probeMatches(got, p.want) {
			weak++
			t.Logf("known weak: want %s, got %s: %s |%s", p.want, got, p.text, line)
		}
	}
	t.Logf("denied context probes: %d asserted, %d of %d known weak still fail", len(deniedContextProbes), weak, len(deniedContextWeak))
}
