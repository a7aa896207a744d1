package claims

import "github.com/riwaya/riwaya/claims/arabic"

// serviceNouns name an armed service without the state it belongs to:
// "سلاح الجو استهدف", "الطيران الحربي دك", "وحدات المدفعية قصفت". Said
// by a state's army, ministry or medium they are that state's own, as the
// bare "الجيش" is (see bareArmyActs).
var serviceNouns = words("service",
	"سلاح الجو", "القوات الجوية", "الطيران الحربي", "الطيران", "سلاح الطيران", "المقاتلات", "الطائرات الحربية",
	"المدفعية", "سلاح المدفعية", "وحدات المدفعية", "المدفعية الثقيلة", "راجمات الصواريخ",
	"المروحيات", "الحوامات", "الطائرات المروحية",
	"القوات البحرية", "البحرية", "سلاح البحرية",
	"الوحدات العسكرية", "وحدات الجيش", "قطعات الجيش", "القوات المسلحة",
	// the bombers: "القاذفات الاستراتيجية وجهت ضربة"
	"القاذفات", "القاذفات الاستراتيجية", "القاذفات بعيدة المدى",
)

// hostileWords qualify a service as the enemy's or as drones, whoever flies
// them: "الطيران المعادي", "الطائرات المسيرة".
var hostileWords = map[string]bool{"معادي": true, "معاديه": true, "عدو": true, "مسيره": true, "مسير": true}

// stateSides are the parties that field an air force and an artillery of
// a state: only their speakers' bare services are their own (a rebel
// speaker's "الطيران الحربي" is the enemy's).
var stateSides = map[string]bool{"syria_gov": true, "israel": true, "russia": true, "turkey": true, "us": true, "coalition": true}

// bareServiceActs reports whether token k opens a bare service noun
// (serviceNouns) with no party named after it, as the subject of an
// event verb within three words after it, in a claim whose speaker's
// side is a state (side). A service called hostile, or followed by a
// relative clause ("الطائرات التي استعملت": what was used, by whom it does
// not say), is not the speaker's own.
func (x *Extractor) bareServiceActs(d *doc, r region, in func(int) bool, k int, side string) bool {
	if !stateSides[side] {
		return false
	}
	t := d.toks[k]
	if t.Kind != arabic.TokWord || hasClitic(t.Clitics, 'ل') || hasClitic(t.Clitics, 'ب') {
		return false
	}
	_, sm, ok := x.services.at(d.toks, k)
	if !ok || sm.Last > r.hi || !d.toks[sm.Last-1].Article {
		return false // "سلاح جو" is no one's own
	}
	if _, _, ok := x.actorAt(d, k); ok {
		return false // "الطيران الروسي" read whole
	}
	if sm.Last < r.hi {
		if _, _, ok := x.actorAt(d, sm.Last); ok {
			return false // "سلاح الجو الإسرائيلي"
		}
	}
	if p := wordBefore(d, k, r.lo); p >= 0 {
		if carryOutVerbs[d.toks[p].Norm] && in(p) {
			// "شن سلاح الجو أمس سلسلة غارات": the verb that carries out
			// the deed named after its subject.
			return x.deedNounAfter(d, r, in, sm.Last)
		}
		if _, _, ok := x.triggers.at(d.toks, p); ok {
			return false // "قصف ... المدفعية": the object
		}
		if _, _, ok := x.targetHeads.at(d.toks, p); ok {
			return false // "استهدفوا المدفعية"
		}
	}
	for j, limit := sm.Last, sm.Last+3; j < r.hi && j <= limit; j++ {
		if d.toks[j].IsQuote() {
			continue
		}
		if operatingWords[d.toks[j].Stem] {
			limit = j + 5 // "الوحدات العسكرية العاملة بريف المدينة استهدفت"
		}
		if e, ok := asideEnd(d, r, in, j); ok {
			// "سلاح الجو، بالتنسيق مع المدفعية، قصف": a phrase set
			// between commas stands between the service and its verb.
			j, limit = e-1, e+2
			continue
		}
		u := d.toks[j]
		if !in(j) || u.Kind != arabic.TokWord || hostileWords[u.Stem] || relativeWords[u.Norm] || repelAt(d, j) {
			return false // "وحدات الجيش أحبطت هجمات": the service foiled them
		}
		if tr, _, ok := x.deedAt(d, r, in, j); ok && tr.typ != EventOther && !movementType(tr.typ) {
			return true
		}
	}
	return false
}

// carryOutVerbs carry out the deed named as their object, their subject
// between them ("شن الطيران الحربي غارات"، "نفذت القاذفات ضربات").
var carryOutVerbs = map[string]bool{"شن": true, "شنت": true, "نفذ": true, "نفذت": true, "وجه": true, "وجهت": true,
	"وشن": true, "وشنت": true, "ونفذ": true, "ونفذت": true}

// deedNounAfter reports whether a deed word stands within four words
// after token j, past words of time ("أمس السبت سلسلة غارات").
func (x *Extractor) deedNounAfter(d *doc, r region, in func(int) bool, j int) bool {
	for i := j; i < r.hi && i <= j+4 && in(i); i++ {
		if d.toks[i].Kind != arabic.TokWord {
			return false
		}
		if tr, _, ok := x.triggers.at(d.toks, i); ok && tr.typ != EventOther && !movementType(tr.typ) {
			return true
		}
	}
	return false
}
