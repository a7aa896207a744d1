package pipeline_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/reconcile"
)

// gapScenes are reports of one event that name (or do not name) its doer,
// the first side of the gap probes below. Written for the test.
var gapScenes = map[string]string{
	"russia":  "أفاد ناشطون بأن طائرات حربية روسية شنت صباح الثلاثاء غارات على سوق بلدة سرمين في ريف إدلب، ما أسفر عن مقتل سبعة مدنيين.",
	"isis":    "أعلن تنظيم داعش عبر وكالة أعماق مسؤوليته عن تفجير سيارة مفخخة يوم الثلاثاء قرب حاجز في مدينة منبج شرقي حلب، قتل فيه خمسة أشخاص.",
	"us":      "قالت القيادة المركزية الأمريكية إن قواتها نفذت يوم الثلاثاء ضربة بطائرة مسيرة قرب مدينة الباب في ريف حلب، قتلت قيادياً في تنظيم حراس الدين.",
	"unnamed": "قال الدفاع المدني إن غارات جوية استهدفت صباح الثلاثاء سوق بلدة سرمين في ريف إدلب، ما أسفر عن مقتل سبعة مدنيين.",
}

// gapProbe is a second report of a scene's event and whether, read with
// the scene, the engine should note a perpetrator gap ("gap") or not
// ("no").
type gapProbe struct {
	scene, text, want string
}

// gapProbes: a source that says it does not know who did it, or offers
// rival guesses, against one that names the doer is a gap; a report that
// is silent about the doer, or names the same doer, is none. Sentences
// written for the test from the phrasing of Arabic news pages.
var gapProbes = []gapProbe{
	{"russia", "وقال المرصد إن طائرات مجهولة قصفت يوم الثلاثاء سوق سرمين في ريف إدلب وقتلت سبعة مدنيين.", "gap"},
	{"russia", "وقال المرصد إن سبعة مدنيين قتلوا يوم الثلاثاء في غارات على سرمين بريف إدلب، ولم يتضح بعد من يقف وراء الغارات.", "gap"},
	{"russia", "وقال المرصد إن سبعة مدنيين قتلوا يوم الثلاثاء بغارات على سرمين، ولم يحسم لمن تعود المقاتلات.", "gap"},
	{"russia", "وقال المرصد إنه لا يعرف إن كانت الطائرات التي قصفت سرمين في ريف إدلب يوم الثلاثاء روسية أم سورية.", "gap"},
	{"russia", "وقالت تنسيقية محلية إن الطائرات التي قصفت سرمين في ريف إدلب يوم الثلاثاء تابعة للنظام أو للتحالف الدولي.", "gap"},
	{"russia", "وقال المرصد إن طائرات حربية شنت يوم الثلاثاء غارات على سرمين في ريف إدلب وقتلت سبعة مدنيين.", "no"},
	{"russia", "وقال المرصد إن طائرات روسية قصفت يوم الثلاثاء سوق سرمين في ريف إدلب.", "no"},
	{"russia", "وقال المرصد إن طائرات يعتقد أنها روسية قصفت يوم الثلاثاء سوق سرمين في ريف إدلب.", "no"},
	{"us", "وقال ناشطون إن طائرة مسيرة يرجح أنها تابعة للقوات الأمريكية استهدفت يوم الثلاثاء سيارة قرب مدينة الباب في ريف حلب.", "no"},
	{"isis", "وقالت الشرطة المحلية في منبج إن التحقيقات جارية لتحديد المسؤولين عن تفجير السيارة المفخخة قرب الحاجز يوم الثلاثاء.", "gap"},
	{"isis", "وقال مصدر طبي في منبج إن خمسة أشخاص قتلوا يوم الثلاثاء في انفجار سيارة مفخخة قرب حاجز في المدينة، وإن الفاعل لا يزال مجهولاً.", "gap"},
	{"isis", "وقال مصدر طبي في منبج إن خمسة أشخاص قتلوا يوم الثلاثاء في انفجار سيارة مفخخة قرب حاجز في المدينة.", "no"},
	{"us", "وقال المرصد إن طائرة مسيرة تابعة للتحالف الدولي استهدفت يوم الثلاثاء سيارة قرب مدينة الباب في ريف حلب.", "no"},
	{"unnamed", "وقال المرصد إن طائرات مجهولة قصفت يوم الثلاثاء سوق سرمين في ريف إدلب وقتلت سبعة مدنيين.", "no"},
	// A drone of unknown identity in another article joins a state's
	// claimed drone strike there that day (see reconcile.sameClass).
	{"us", "وقال الدفاع المدني إن طائرة مسيرة مجهولة الهوية استهدفت يوم الثلاثاء سيارة قرب مدينة الباب في ريف حلب وقتلت شخصاً.", "gap"},
	{"us", "وقال ناشطون إن مسيرة لم تعرف هويتها قصفت يوم الثلاثاء سيارة قرب مدينة الباب في ريف حلب.", "gap"},
	{"isis", "وقال مصدر طبي في منبج إن السيارة التي انفجرت يوم الثلاثاء قرب الحاجز ركنها مجهولون، وقتل فيها خمسة أشخاص.", "gap"},
	{"isis", "وقالت الشرطة في منبج إن خمسة قتلوا يوم الثلاثاء بانفجار سيارة مفخخة قرب الحاجز، ولا يزال منفذو التفجير، الذي وقع وقت الذروة، مجهولين.", "gap"},
}

// gapWeak are probes the engine still gets wrong, only logged.
var gapWeak = []gapProbe{}

// gapFlag extracts the scene and the probe as two articles, reconciles
// them as ingest does, and tells whether an event holds a perpetrator gap,
// with a line on the claims' actors.
func gapFlag(x *claims.Extractor, k reconcile.Knowledge, p gapProbe) (string, string) {
	var cs []claims.Claim
	for _, a := range []claims.Article{
		{ID: "scene", Text: gapScenes[p.scene], Outlet: "wire", Published: "2024-03-12"},
		{ID: "probe", Text: p.text, Outlet: "agency", Published: "2024-03-12"},
	} {
		cs = append(cs, x.Extract(a)...)
	}
	k.Articles = probeDates{}
	got, line := "no", ""
	for _, ev := range reconcile.Reconcile(cs, k) {
		for _, d := range ev.Discrepancies {
			if d.Kind == reconcile.KindGap && d.Field == "actor" {
				got = "gap"
			}
			line += " <" + d.Kind + ":" + d.Field + ">"
		}
	}
	for _, c := range cs {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		line += fmt.Sprintf(" [%s %s %s %s]", c.Article, c.Source.ID, c.Stance, a)
	}
	return got, line
}

// TestGapProbes ingests every gap probe with its scene and checks the
// perpetrator gap it wants.
func TestGapProbes(t *testing.T) {
	_, pl := mustPipeline(t, "gapprobe.db")
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, k := claims.NewExtractor(pl.Registry(), gaz), pl.Knowledge()
	pass := 0
	for _, p := range gapProbes {
		if got, line := gapFlag(x, k, p); got != p.want {
			t.Errorf("want %s, got %s: %s |%s", p.want, got, p.text, line)
		} else {
			pass++
		}
	}
	for _, p := range gapWeak {
		if got, line := gapFlag(x, k, p); got != p.want {
			t.Logf("known weak: want %s, got %s: %s |%s", p.want, got, p.text, line)
		}
	}
	t.Logf("gap probes: %d of %d", pass, len(gapProbes))
}
