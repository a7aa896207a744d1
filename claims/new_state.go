package claims

import (
	"time"

	"github.com/riwaya/riwaya/claims/arabic"
)

// assadFell is the day the Assad government fell (8 December 2024): the
// new state's forces bear their names from then on.
var assadFell = time.Date(2024, time.December, 8, 0, 0, 0, 0, time.UTC)

// newStateActors name the forces of the Syrian state after the fall of the
// Assad government (December 2024) and the insurgents against it, as the
// reports of 2025 call them. The state's security and army are its doers:
// the General Security and its directorate, the Military Operations
// Administration of the takeover, the Interior's and Defence's forces and
// units ("نفذت إدارة الأمن العام حملة تمشيط"، "وحدات وزارة الدفاع قصفت").
// The remnants of the fallen government, called by what they were
// ("خلية تابعة للنظام البائد"، "بقايا النظام السابق"), are an unnamed doer,
// like "فلول النظام" (see actorWords): they are no party that acts now,
// and the bare "النظام" inside their name must not make them the state.
// Where the General Security is what was hit ("حاجز للأمن العام"، "دورية
// للأمن العام") the target rules read it, not the doer rules: the genitive
// lam before the name keeps it out of the doer's place.
var newStateActors = map[string]string{
	// the General Security and the Interior's forces
	"الأمن العام": "syria_gov", "قوات الأمن العام": "syria_gov", "قوى الأمن العام": "syria_gov",
	"إدارة الأمن العام": "syria_gov", "جهاز الأمن العام": "syria_gov", "عناصر الأمن العام": "syria_gov",
	"قوات إدارة الأمن العام": "syria_gov", "الأمن العام السوري": "syria_gov",
	"قوات وزارة الداخلية": "syria_gov", "عناصر وزارة الداخلية": "syria_gov", "قوات الداخلية": "syria_gov",
	"الأمن الداخلي السوري": "syria_gov", "قوات الأمن السورية": "syria_gov", "قوى الأمن السورية": "syria_gov",
	"القوات الأمنية السورية": "syria_gov", "الأجهزة الأمنية الجديدة": "syria_gov",
	"القوات التابعة للإدارة الجديدة": "syria_gov", "قوات الإدارة الجديدة": "syria_gov", "قوات الحكومة الانتقالية": "syria_gov", "قوات الحكومة السورية": "syria_gov",
	// the takeover's command and the new army's formations
	"إدارة العمليات العسكرية": "syria_gov", "قوات إدارة العمليات العسكرية": "syria_gov",
	"إدارة العمليات": "syria_gov", "إدارتا العمليات العسكرية والأمن العام": "syria_gov",
	"وحدات وزارة الدفاع": "syria_gov", "وحدات من وزارة الدفاع": "syria_gov", "القوات التابعة لوزارة الدفاع": "syria_gov",
	"فصائل وزارة الدفاع": "syria_gov", "الفصائل الحكومية": "syria_gov", "فصائل حكومية": "syria_gov",
	"فصائل الحكومة السورية": "syria_gov", "فصائل حكومة دمشق": "syria_gov", "الفصائل التابعة للحكومة السورية": "syria_gov", "الجيش السوري الجديد": "syria_gov", "الجيش العربي السوري الجديد": "syria_gov",
	// the remnants of the fallen government: an unnamed doer
	"النظام البائد": vagueDoer, "النظام السابق": vagueDoer, "النظام المخلوع": vagueDoer, "النظام البائد المجرم": vagueDoer,
	"بقايا النظام": vagueDoer, "بقايا النظام السابق": vagueDoer, "بقايا النظام البائد": vagueDoer,
	"بقايا النظام المخلوع": vagueDoer, "فلول النظام المجرم": vagueDoer, "فلول النظام الساقط": vagueDoer,
	"النظام الساقط": vagueDoer, "فلول نظام الأسد البائد": vagueDoer, "فلول الأسد البائد": vagueDoer,
	"الحكم السابق": vagueDoer, "فلول الحكم السابق": vagueDoer,
	// "الفلول" alone, as 2025 copy shortens "فلول النظام" once named
	"الفلول":       vagueDoer,
	"موالون للأسد": vagueDoer, "موالين للأسد": vagueDoer, "موالون للرئيس المخلوع": vagueDoer,
	"موالين للرئيس المخلوع": vagueDoer, "موالون للنظام السابق": vagueDoer, "موالين للنظام السابق": vagueDoer,
	"موالون للنظام البائد": vagueDoer, "موالين للنظام البائد": vagueDoer,
}

// ownedForceAt reports whether a party joined by the genitive lam stands
// at k, right after a force noun that follows an event word (ending at
// verbEnd) whose doer stands before it: "خلية ... استهدفت دورية للأمن
// العام". The force is what was hit and the party owns it.
func (x *Extractor) ownedForceAt(d *doc, k, end, verbEnd int, in func(int) bool) bool {
	if k >= end || !in(k) || !x.subjectBefore(d, verbEnd) {
		return false
	}
	_, m, ok := x.actorAt(d, k)
	return ok && hasClitic(m.Clitics, 'ل')
}

// subjectBefore reports whether a doer, named or not, stands in the few
// words before the event word ending at verbEnd, with no punctuation
// between: then the force after the verb is its object ("خلية ...
// استهدفت دورية للأمن العام"), while with no subject before it the force
// is the subject ("أطلقت دورية للجندرما النار").
func (x *Extractor) subjectBefore(d *doc, verbEnd int) bool {
	for i := verbEnd - 2; i >= 0 && i >= verbEnd-8; i-- {
		t := d.toks[i]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if _, _, ok := x.actorAt(d, i); ok {
			return true
		}
	}
	return false
}

// stateInternalSecurity gives the party of an SDF actor matched at m. The
// name "(قوى) الأمن الداخلي" is borne both by the SDF's Asayish and, since
// 2025, by the Syrian Interior's forces ("قوى الأمن الداخلي المنتشرة في
// ريف حمص"): it is the SDF's only when the article names the SDF, the
// Asayish or the Autonomous Administration somewhere, else the state's.
func stateInternalSecurity(d *doc, m arabic.Match) string {
	if g, fm, ok := forceBodies.at(d.toks, m.First); !ok || g != internalSecurity || fm.Last != m.Last {
		return "sdf"
	}
	if !d.published.IsZero() && d.published.Before(assadFell) {
		return "sdf" // before the new state named its forces so
	}
	for _, t := range d.toks {
		if sdfNameStems[t.Stem] {
			return "sdf"
		}
	}
	return "syria_gov"
}

// partitiveConjunct reports whether the party at j, joined by "و", is the
// second of two forces whose members were counted ("أصيب ثلاثة من أفراد
// وزارة الدفاع والأمن العام"، "جرحى من الجيش والأمن الداخلي"): the first
// conjunct, ending right before j, stands after a partitive. It returns
// where the first conjunct starts.
func (x *Extractor) partitiveConjunct(d *doc, j int, r region) (int, bool) {
	if !hasClitic(d.toks[j].Clitics, 'و') {
		return 0, false
	}
	for i := j - 1; i >= r.lo && i >= j-4; i-- {
		_, fm, fok := forceBodies.at(d.toks, i)
		_, am, aok := x.actors.at(d.toks, i)
		if fok && fm.Last == j || aok && am.Last == j {
			return i, x.partitiveBefore(d, i, r)
		}
	}
	return 0, false
}

// newStateTargets are the security posts the insurgencies of 2025 strike,
// as the reports name them: checkpoints, security posts and detachments
// of the General Security and the police ("هاجموا حواجز الأمن العام"،
// "استهدفوا نقطة أمنية"، "مفرزة للأمن الداخلي").
var newStateTargets = map[string]string{
	"حواجز": "checkpoints", "الحواجز": "checkpoints", "حاجزين": "checkpoints", "حاجزان": "checkpoints",
	"حاجز أمني": "security checkpoint", "حاجزا أمنيا": "security checkpoint", "حواجز أمنية": "security checkpoints",
	"الحواجز الأمنية": "security checkpoints", "نقطة أمنية": "security post", "نقاط أمنية": "security posts",
	"النقاط الأمنية": "security posts", "مفرزة": "security detachment", "مفرزة أمنية": "security detachment",
	"مفارز": "security detachments", "المفارز الأمنية": "security detachments",
}

// demonstrativeHeads are the plural force nouns (folded stems) that a
// demonstrative points back with: "هذه الفصائل"، "تلك القوات"، "هذه
// المجموعات".
var demonstrativeHeads = foldedSet("فصائل", "قوات", "مجموعات", "ميليشيات", "مليشيات", "جماعات", "عصابات", "خلايا")

// pointingBack are demonstratives (folded) that point a plural noun back
// at what the article named before.
var pointingBack = foldedSet("هذه", "تلك", "هؤلاء", "اولئك")

// demonstrativeForceAt reads a plural force noun after a demonstrative,
// next to an event word, as the party the article last named with the
// same noun ("فصائل تابعة لوزارة الدفاع"، "فصائل حكومة دمشق"): before the
// verb ("هذه الفصائل هاجمت حاجزاً", k at the noun) or right after it
// ("بعدما قصفت تلك الفصائل قرية", k at the demonstrative). With no such
// party it reads nothing.
func (x *Extractor) demonstrativeForceAt(d *doc, k int) (string, arabic.Match, bool) {
	head, m := -1, arabic.Match{}
	switch {
	case k >= 1 && k+1 < len(d.toks) && pointingBack[d.toks[k-1].Norm] && x.triggerAt(d, k+1):
		head, m = k, arabic.Match{First: k, Last: k + 1}
	case k >= 1 && k+1 < len(d.toks) && pointingBack[d.toks[k].Norm] && x.triggerAt(d, k-1):
		head, m = k+1, arabic.Match{First: k, Last: k + 2}
	default:
		return "", arabic.Match{}, false
	}
	t := d.toks[head]
	if t.Kind != arabic.TokWord || !t.Article || !demonstrativeHeads[t.Stem] {
		return "", arabic.Match{}, false
	}
	for j := head - 2; j >= 0; j-- {
		if a, ok := x.namedWithHead(d, j, t.Stem); ok {
			return a, m, true
		}
	}
	return "", arabic.Match{}, false
}

// triggerAt reports whether an event word starts at or ends at k.
func (x *Extractor) triggerAt(d *doc, k int) bool {
	if _, _, ok := x.triggers.at(d.toks, k); ok {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if _, m, ok := x.triggers.at(d.toks, j); ok && m.Last == k+1 {
			return true
		}
	}
	return false
}
