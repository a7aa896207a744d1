package pipeline_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/reconcile"
)

// occurrenceScenes are reports that assert an event, each the asserting
// side of the occurrence probes below. Written for the test.
var occurrenceScenes = map[string]string{
	"raid":       "أفاد المرصد السوري لحقوق الإنسان بأن طائرات حربية روسية شنت صباح الثلاثاء غارات على بلدة سرمين في ريف إدلب، ما أسفر عن مقتل خمسة مدنيين وإصابة آخرين.",
	"coalition":  "أفادت وكالة سانا الرسمية بأن مقاتلات التحالف الأمريكي استهدفت فجر الثلاثاء نقطة للجيش السوري بالقرب من البوكمال شرقي دير الزور، وقُتل في القصف ثلاثة جنود.",
	"withdrawal": "ذكرت مصادر محلية أن قوات سوريا الديمقراطية انسحبت صباح الثلاثاء من مواقعها في بلدة تل تمر بريف الحسكة، وسلمت حواجزها لقوات الجيش السوري.",
	"shelling":   "قال المرصد السوري لحقوق الإنسان إن المدفعية التركية قصفت يوم الثلاثاء قرية تل أبيض شمالي الرقة، فقُتل طفلان.",
	"israel":     "قال مصدر عسكري لوكالة سانا إن طائرات إسرائيلية شنت فجر الثلاثاء عدواناً جوياً على مواقع قرب مطار دمشق، فقُتل جنديان.",
	"ambush":     "قال المرصد السوري لحقوق الإنسان إن مسلحين من تنظيم داعش هاجموا يوم الثلاثاء حاجزاً للجيش السوري قرب مدينة السخنة شرقي حمص، ما أدى إلى مقتل أربعة جنود.",
	"drone":      "أفادت وكالة سانا بأن قوات سوريا الديمقراطية استهدفت مساء الثلاثاء بطائرة مسيّرة حاجزاً للجيش قرب بلدة مسكنة في ريف حلب الشرقي، ما أدى إلى إصابة جنديين.",
}

// occurrenceProbe is a report about a scene's event and whether, read
// with the scene, it disputes that the event took place.
type occurrenceProbe struct {
	scene, text string
	want        string
}

// occurrenceProbes vary how a source denies that an event happened (verbs
// of denial, words that call a report false, negated deeds, headlines,
// spokesmen) and how it says something else (denies only the doer or the
// harm, does not know, will not comment, condemns). Sentences written
// for the test from the phrasing of Arabic news pages.
//
// The convention of the open sets' gold for the side accused of the deed
// that denies in total that it did any such thing ("قواتنا لم تطلق أي
// قذيفة"، "لم ينفذ مقاتلونا أي عملية"): an occurrence dispute and, where
// the accuser names that side, a perpetrator dispute too ("occ+perp").
// Two readings stay perpetrator only ("perp"): an air force's denial
// that its jets struck (the raid is left to the other air forces over
// the same ground; the gold codes whose jets, not whether), and a side
// that grants the deed while it clears itself (it names another doer,
// denies only a role, counts the toll). See reconcile/accused_total.go.
var occurrenceProbes = []occurrenceProbe{
	// verbs of denial
	{"raid", "نفت وزارة الدفاع الروسية يوم الثلاثاء قيام طائراتها بشن أي غارات على بلدة سرمين في ريف إدلب.", "perp"},
	{"raid", "وزارة الدفاع الروسية تنفي قصف سرمين\nنفت وزارة الدفاع الروسية الأنباء عن غارات لطيرانها على إدلب.", "either"},
	{"raid", "ونفى المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف أن تكون المقاتلات الروسية قد قصفت أي هدف في إدلب يوم الثلاثاء.", "perp"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن الصور المتداولة عن قصف سرمين قديمة والتُقطت قبل أشهر.", "occ"},
	{"raid", "وكذّبت وزارة الدفاع الروسية التقارير عن قصف طيرانها بلدة سرمين، وقالت إنها لا تطابق الواقع.", "either"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن القوات الجوية الروسية لم توجه أي ضربات إلى أهداف في منطقة إدلب يوم الثلاثاء.", "perp"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن الأنباء عن غارات روسية على سرمين عارية تماماً عن الصحة.", "occ"},
	{"raid", "وأكدت وزارة الدفاع الروسية أن الطائرات الروسية لم تقلع في ذلك اليوم ولم تنفذ أي طلعات فوق إدلب.", "either"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن ما نشرته مواقع المعارضة عن غارات على سرمين أكاذيب لا أساس لها.", "occ"},
	{"raid", "ووصفت وزارة الدفاع الروسية جميع التقارير عن قصف سرمين بأنها مفبركة.", "occ"},
	{"raid", "وقالت وزارة الدفاع الروسية في بيانها إن المزاعم عن غارات على إدلب لا تمت للحقيقة بأية صلة.", "occ"},
	{"raid", "واعتبرت وزارة الدفاع الروسية أن الحديث عن غارات روسية على سرمين محض كذب وفبركة إعلامية.", "occ"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن الأنباء عن قصف بلدة سرمين شائعات مغرضة.", "occ"},
	// coalition and spokesmen
	{"coalition", "وقال المتحدث باسم التحالف الدولي لوكالة فرانس برس: لم تكن هناك غارات للتحالف في منطقة البوكمال يوم الثلاثاء.", "perp"},
	{"coalition", "ونفت القيادة المركزية الأمريكية جملة وتفصيلا ما أوردته وسائل الإعلام السورية عن قصف قرب البوكمال.", "occ"},
	// withdrawal
	{"withdrawal", "ونفت قوات سوريا الديمقراطية انسحابها من بلدة تل تمر، مؤكدة أن مقاتليها لا يزالون في مواقعهم.", "occ"},
	{"withdrawal", "وقال المتحدث باسم قوات سوريا الديمقراطية إن قواته لم تنسحب من تل تمر وإن الأنباء عن تسليم الحواجز عارية عن الصحة.", "occ"},
	{"withdrawal", "قسد تنفي الانسحاب من تل تمر\nقالت قوات سوريا الديمقراطية إنه لا صحة للأخبار المتداولة عن انسحاب قواتها من تل تمر.", "occ"},
	{"withdrawal", "وقالت قوات سوريا الديمقراطية في بيانها إن الحديث عن انسحابها من تل تمر شائعات لا أساس لها.", "occ"},
	// shelling
	{"shelling", "وقال مركز مكافحة التضليل التركي إن الادعاءات عن قصف مدفعي تركي على تل أبيض غير صحيحة.", "either"},
	{"shelling", "وأكدت وزارة الدفاع التركية أن قواتها لم تطلق أي قذيفة على تل أبيض يوم الثلاثاء.", "occ+perp"},
	{"shelling", "ونفت وزارة الدفاع التركية أن تكون مدفعيتها قد قصفت تل أبيض، مؤكدة أن القذائف أطلقتها الوحدات الكردية.", "perp"},
	// drone: the accused side denies any operation of its own
	{"drone", "وأكدت قسد أن وحداتها لم تطلق أي طائرة مسيرة باتجاه مواقع الجيش قرب مسكنة.", "occ+perp"},
	{"drone", "وقالت قسد إنه لا علاقة لها بالهجوم على الحاجز قرب مسكنة.", "perp"},
	// israel
	{"israel", "ونفى الجيش الإسرائيلي في بيان أن تكون طائراته قد شنت أي غارة على محيط دمشق فجر الثلاثاء.", "perp"},
	// ambush
	{"ambush", "ونفى مصدر عسكري سوري ما تداولته صفحات معارضة عن هجوم لتنظيم داعش على حاجز قرب السخنة.", "occ"},
	{"ambush", "وقال مصدر عسكري لسانا إنه لا صحة للأنباء عن هجوم على حاجز للجيش في ريف حمص الشرقي.", "occ"},
	{"ambush", "وأكد مصدر عسكري أن الحاجز لم يتعرض لأي هجوم وأن الوضع في السخنة هادئ.", "occ"},
	{"ambush", "وقال مصدر عسكري إنه لم يُسجل أي هجوم على حواجز الجيش في محيط السخنة يوم الثلاثاء.", "occ"},
	{"ambush", "وقال مصدر عسكري إن ما نشرته حسابات التنظيم عن الهجوم على الحاجز فبركة إعلامية.", "occ"},
	// negatives: a part denied, not the event
	{"raid", "ونفت وزارة الدفاع الروسية سقوط قتلى مدنيين في الغارات على سرمين، وقالت إن طائراتها استهدفت مقرات للمسلحين.", "no"},
	{"raid", "وأوضحت وزارة الدفاع الروسية أن طائراتها لم تستهدف أي مدنيين في سرمين، وإن الغارات أصابت مستودع أسلحة للمسلحين.", "no"},
	{"raid", "ونفت وزارة الدفاع الروسية قصف طائراتها لسرمين، مؤكدة أن الطيران السوري هو الذي نفذ الغارات.", "no"},
	{"coalition", "وأقر التحالف الدولي بتنفيذ ضربة قرب البوكمال، لكنه نفى مقتل أي جندي سوري فيها.", "no"},
	// negatives: not knowing, not commenting, condemning
	{"israel", "وامتنع متحدث عسكري إسرائيلي عن التعليق، وقال: لا نعلق على ما تنشره الصحافة الأجنبية.", "no"},
	{"israel", "وحتى مساء الثلاثاء لم يصدر أي رد رسمي إسرائيلي.", "no"},
	{"raid", "وقالت مصادر محلية إنه لا تتوفر معلومات بعد عن حجم الخسائر في سرمين.", "no"},
	{"raid", "وقالت وكالة رويترز إنها لم تتمكن من التحقق من صحة التقارير عن الغارات على سرمين بشكل مستقل.", "no"},
	{"raid", "وأدانت الخارجية الفرنسية الغارات على سرمين وطالبت بوقف استهداف المدنيين.", "no"},
	{"ambush", "وقال مصدر عسكري إن الهجوم على الحاجز لم يسفر عن أي إصابات بين الجنود.", "no"},
	{"withdrawal", "وقالت قوات سوريا الديمقراطية إن الانسحاب من تل تمر جاء بناء على اتفاق، ولم تسجل أي اشتباكات خلاله.", "no"},
	// formerly weak: old footage dated by its year, a vaguer region, a
	// negated imperfect strike verb, the accused side's "مزاعم"
	{"raid", "وأوضحت وزارة الدفاع الروسية أن مقاطع الفيديو عن الغارات على سرمين قديمة وتعود إلى عام 2019.", "occ"},
	{"coalition", "وقال متحدث باسم البنتاغون للصحفيين: لم ننفذ أي ضربات في شرق سوريا الليلة الماضية.", "perp"},
	{"coalition", "وقال المتحدث باسم وزارة الدفاع الأمريكية إن هذه المعلومات خاطئة، وإن التحالف لم يستهدف أي موقع للجيش السوري في دير الزور.", "either"},
	{"shelling", "ونفت وزارة الدفاع التركية مزاعم قصف قرية تل أبيض بالمدفعية.", "either"},
	{"coalition", "التحالف: لا صحة لما تداولته قنوات النظام عن قصف موقع عسكري في دير الزور.", "occ"},
}

// occurrenceWeak are probes the engine still gets wrong, logged by
// TestOccurrenceProbes and never asserted: a charge split off as a claim
// of its own ("اتهامات دمشق له بقصف"), Turkish denials whose content names the Turkish army
// as the doer of what it calls false, and a negated "any military
// operation" that the claims layer does not read as a deed.
var occurrenceWeak = []occurrenceProbe{
	{"drone", "وقالت قسد في بيانها إن مقاتليها لم ينفذوا أي عملية عسكرية في محيط مسكنة يوم الثلاثاء.", "occ+perp"},
	{"coalition", "نفى التحالف الدولي بقيادة واشنطن يوم الثلاثاء اتهامات دمشق له بقصف موقع للجيش السوري قرب البوكمال.", "perp"},
	{"shelling", "وقالت مصادر عسكرية تركية إن الأخبار المتداولة عن قصف الجيش التركي لتل أبيض ادعاءات كاذبة.", "either"},
}

// probeDates gives every probe article the same publication date.
type probeDates struct{}

func (probeDates) Published(string) string { return "2024-03-12" }

// occurrenceFlag extracts the scene and the probe as two articles,
// reconciles them as ingest does, and tells which dispute the events
// hold ("occ", "perp", "occ+perp" or "no"), with a line on the probe's
// claims and the disputes.
func occurrenceFlag(x *claims.Extractor, k reconcile.Knowledge, p occurrenceProbe) (string, string) {
	var cs []claims.Claim
	for _, a := range []claims.Article{
		{ID: "scene", Text: occurrenceScenes[p.scene], Outlet: "wire", Published: "2024-03-12"},
		{ID: "probe", Text: p.text, Outlet: "agency", Published: "2024-03-12"},
	} {
		cs = append(cs, x.Extract(a)...)
	}
	k.Articles = probeDates{}
	occ, perp := false, false
	line := ""
	for _, ev := range reconcile.Reconcile(cs, k) {
		for _, d := range ev.Discrepancies {
			occ = occ || d.Kind == reconcile.KindOccurrence && d.Field == "occurrence"
			perp = perp || d.Kind == reconcile.KindPerpetrator
			line += " <" + d.Kind + ":" + d.Field + ">"
		}
	}
	for _, c := range cs {
		if c.Article == "probe" {
			line += fmt.Sprintf(" [%s %s %s %v]", c.Source.ID, c.Stance, c.EventType, c.Places)
		}
	}
	switch {
	case occ && perp:
		return "occ+perp", line
	case occ:
		return "occ", line
	case perp:
		return "perp", line
	}
	return "no", line
}

// TestOccurrenceProbes ingests every probe with its scene and checks the
// occurrence (or perpetrator) dispute it wants; the known weak probes are
// only logged.
func TestOccurrenceProbes(t *testing.T) {
	_, pl := mustPipeline(t, "probe.db")
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, k := claims.NewExtractor(pl.Registry(), gaz), pl.Knowledge()
	for _, p := range occurrenceProbes {
		if got, line := occurrenceFlag(x, k, p); !probeMatches(got, p.want) {
			t.Errorf("want %s, got %s: %s |%s", p.want, got, p.text, line)
		}
	}
	weak := 0
	for _, p := range occurrenceWeak {
		if got, line := occurrenceFlag(x, k, p); !probeMatches(got, p.want) {
			weak++
			t.Logf("known weak: want %s, got %s: %s |%s", p.want, got, p.text, line)
		}
	}
	t.Logf("occurrence probes: %d asserted, %d of %d known weak still fail", len(occurrenceProbes), weak, len(occurrenceWeak))
}

// probeMatches reports whether what the engine gave fits what a probe
// wants: "occ" an occurrence dispute, "occ+perp" both disputes (the
// accused side's total denial), "perp" a perpetrator dispute and no
// occurrence one (an air force that denies its jets struck, a side that
// denies only its own part), "either" one of them, "no" no occurrence
// dispute.
func probeMatches(got, want string) bool {
	switch want {
	case "occ":
		return strings.HasPrefix(got, "occ")
	case "occ+perp", "perp":
		return got == want
	case "either":
		return got != "no"
	}
	return !strings.HasPrefix(got, "occ")
}
