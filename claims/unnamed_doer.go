package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// unnamedDoerWords name attackers by what they are said to be, not by a
// party: "إرهابيون", "مجموعة إرهابية مسلحة", "المسلحون", "انتحاري",
// "العصابات الإرهابية", "التكفيريون". As the doer of an attack they make
// the actor "unknown" asserted: the source blames someone it does not
// name. Forms are written out ("=") so that the feminine adjective of
// other nouns ("القوات المسلحة", "منظمة إرهابية", "مسيرة انتحارية")
// never matches alone; the construct "إرهابيو" stays a force noun before
// the party it names (forceNouns). "التنظيم الإرهابي" is left out: the
// singular with the article points back to a party named before.
var unnamedDoerWords = words("unknown",
	// the terrorist(s): singular, dual, plural, with and without the article
	"=إرهابي", "=إرهابيا", "=إرهابيان", "=إرهابيين", "=إرهابيون", "=الإرهابيون", "=الإرهابيين",
	"=إرهابيان انتحاريان", "=إرهابيين انتحاريين",
	// a group, gang, cell or organisation called terrorist or armed
	"=مجموعة =إرهابية", "=مجموعة =إرهابية =مسلحة", "=مجموعة =مسلحة", "=مجموعات =إرهابية", "=مجموعات =مسلحة",
	"=مجموعات =إرهابية =مسلحة", "=المجموعات =الإرهابية", "=المجموعات =المسلحة", "=المجموعات =الإرهابية =المسلحة",
	"=جماعة =إرهابية", "=جماعات =إرهابية", "=جماعة =مسلحة", "=جماعات =مسلحة", "=الجماعات =الإرهابية",
	"=الجماعات =المسلحة", "=الجماعات =الإرهابية =المسلحة", "=عصابة =إرهابية", "=عصابات =إرهابية", "=العصابات =الإرهابية",
	"=عصابات =مسلحة", "=العصابات =المسلحة", "=عصابة =مسلحة", "=خلية =إرهابية", "=خلايا =إرهابية", "=الخلايا =الإرهابية",
	"=تنظيمات =إرهابية", "=التنظيمات =الإرهابية", "=التنظيمات =الإرهابية =المسلحة", "=تنظيمات =إرهابية =مسلحة",
	"=الميليشيات =المسلحة", "=ميليشيات =مسلحة", "=الفصائل =الإرهابية", "=فصائل =إرهابية",
	// outlaws: "مجموعات خارجة عن القانون"، "الخارجون عن القانون"
	"=خارجون =عن =القانون", "=خارجين =عن =القانون", "=الخارجون =عن =القانون", "=الخارجين =عن =القانون",
	"=مجموعة =خارجة =عن =القانون", "=مجموعات =خارجة =عن =القانون", "=المجموعات =الخارجة =عن =القانون",
	"=جماعات =خارجة =عن =القانون", "=عصابات =خارجة =عن =القانون", "=عصابة =خارجة =عن =القانون",
	"=مجموعة =مسلحة =خارجة =عن =القانون", "=مجموعات =مسلحة =خارجة =عن =القانون",
	// groups outside the state's control, as post-2024 official and monitor
	// copy names them: "مجموعات غير منضبطة"، "عناصر منفلتة"، "مجموعات خارجة
	// عن إطار الدولة"
	"=مجموعات =غير =منضبطة", "=مجموعة =غير =منضبطة", "=المجموعات =غير =المنضبطة", "=عناصر =غير =منضبطة",
	"=العناصر =غير =المنضبطة", "=مجموعات =منفلتة", "=مجموعة =منفلتة", "=المجموعات =المنفلتة", "=عناصر =منفلتة",
	"=العناصر =المنفلتة", "=مجموعات =خارجة =عن =إطار =الدولة", "=مجموعات =مسلحة =خارجة =عن =إطار =الدولة",
	"=المجموعات =الخارجة =عن =إطار =الدولة", "=المجموعات =المسلحة =الخارجة =عن =إطار =الدولة",
	// masked or angry young men: "أقدم ملثمون على"، "نفذها شبان غاضبون"
	"=ملثمون", "=ملثمين", "=الملثمون", "=الملثمين", "=شبان =ملثمون", "=شبان =ملثمين", "=شبان =غاضبون",
	"=شبان =غاضبين", "=شبانا =غاضبين",
	// "saboteurs", the Israeli army's word for armed attackers
	"=مخرب", "=مخربون", "=مخربين", "=المخربون", "=المخربين",
	// the gunmen
	"=مسلحون", "=المسلحون", "=مسلحين", "=المسلحين", "=مسلح", "=مسلحا", "=مسلحان", "=مسلحين اثنين",
	// a suicide bomber (the noun; the adjective of a drone is feminine)
	"=انتحاري", "=انتحاريا", "=انتحاريان", "=انتحاريون", "=انتحاريين",
	// the takfiris
	"=التكفيريون", "=التكفيريين", "=تكفيريون", "=تكفيريين",
	// an attack or crime called terrorist: "تفجير إرهابي", "جريمة إرهابية"
	"=إرهابية",
)

// vagueDoer is the value actorAt gives an unnamed doer: the claim's
// actor is then "unknown", but only when no party is named by another
// event word of the claim (see actor).
const vagueDoer = "unknown:vague"

// namedActor reports whether an actor value names a party.
func namedActor(a string) bool { return a != "unknown" && a != vagueDoer }

// unnamedDoerLinks may stand between an unnamed doer and the party it is
// then said to belong to: "مجموعة إرهابية من فلول تنظيم داعش", "انتحاري
// ينتمي إلى داعش", "خلية مرتبطة بالتنظيم".
var unnamedDoerLinks = map[string]bool{
	"من": true, "فلول": true, "بقايا": true, "ينتمي": true, "تنتمي": true, "ينتمون": true, "الى": true,
	"مرتبطه": true, "مرتبط": true, "مرتبطين": true, "تابعه": true, "تابع": true, "تابعين": true, "عناصر": true,
	"يتبعون": true, "تتبع": true, "يتبع": true, "المرتبطه": true, "التابعه": true,
}

// unnamedDoerAt reads an unnamed doer at token k (see unnamedDoerWords).
// When a party is named right before it ("داعش الإرهابي") or after it
// through a link of belonging ("مجموعة إرهابية تابعة لداعش"), that party
// is the actor; otherwise "unknown".
func (x *Extractor) unnamedDoerAt(d *doc, k int) (string, arabic.Match, bool) {
	_, m, ok := x.unnamedDoers.at(d.toks, k)
	if !ok {
		return "", arabic.Match{}, false
	}
	if m.Last == k+1 && !x.doerPlace(d, k) {
		return "", arabic.Match{}, false
	}
	for j := k - 1; j >= 0 && j >= k-4 && m.Last == k+1; j-- {
		// A phrase with its own head noun ("المجموعات الإرهابية
		// المسلحة") is no adjective of the party before it: "حمّلت دمشق
		// المجموعات الإرهابية المسؤولية" names the accuser, then the
		// accused.
		if a, bm, ok := x.actors.at(d.toks, j); ok && bm.Last == k && a != "unknown" {
			return a, m, true // "تنظيم داعش الإرهابي": the adjective of a named party
		}
	}
	for j := m.Last; j < len(d.toks) && j < m.Last+4; j++ {
		t := d.toks[j]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord || paragraphStart(d, j) {
			// "... بتفجيرين إرهابيين" over "حمص - سانا": the party
			// of the doers is named on their line, not in the dateline
			// below it
			break
		}
		if a, bm, ok := x.actors.at(d.toks, j); ok && a != "unknown" && !genericHeads[d.toks[bm.Last-1].Stem] {
			if j == m.Last || unnamedDoerLinks[d.toks[j-1].Stem] {
				m.Last = bm.Last
				return a, m, true
			}
			break
		}
		if !unnamedDoerLinks[t.Stem] {
			break
		}
	}
	return vagueDoer, m, true
}

// doerPlace reports whether a one-word unnamed doer at k stands where a
// doer stands. A suicide bomber ("انتحاري") right after an event word is
// the manner of the attack ("هجوم انتحاري"), not its doer; the adjective
// "إرهابي"/"إرهابية" names the doer only right after an event word
// ("تفجير إرهابي", "جريمة إرهابية") or as the subject right before one,
// not when it qualifies some other noun ("صفحات إرهابية"). Plural nouns
// ("الإرهابيون", "مسلحين") stand anywhere.
func (x *Extractor) doerPlace(d *doc, k int) bool {
	stem := d.toks[k].Stem
	if k > 0 && counted(d.toks[k-1]) && !pluralDeedAfter(d, k) {
		return false // "قتل عشرة مسلحين", "عدد المسلحين": counted, not acting
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if _, tm, ok := x.targets.at(d.toks, j); ok && tm.Last == k {
			return false // "مقرات المسلحين", "أوكار الإرهابيين": whose target
		}
	}
	afterEvent := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if tr, tm, ok := x.triggers.at(d.toks, j); ok && tm.Last >= k && tr.typ != EventOther {
			afterEvent = true
			break
		}
	}
	switch {
	case strings.HasPrefix(stem, "انتحاري"):
		return !afterEvent && !blewSelfAfter(d, k)
	case stem == "ارهابي" || stem == "ارهابيه" || stem == "ارهابيا":
		if afterEvent {
			return true
		}
		_, _, ok := x.triggers.at(d.toks, k+1)
		return k+1 < len(d.toks) && ok
	}
	return true
}

// counted reports whether a token counts the noun after it: a number
// ("عشرة", "12") or a word of quantity ("عدد", "عشرات", "مئات").
func counted(t arabic.Token) bool {
	if t.Kind == arabic.TokNumber {
		return true
	}
	if _, ok := arabic.ParseNumber(t.Norm); ok {
		return true
	}
	switch t.Stem {
	case "عدد", "عشرات", "مئات", "الاف", "بعض", "احد", "جميع":
		return true
	}
	return false
}

// blewSelfAfter reports whether the suicide bomber at k is the subject of
// blowing himself up right after ("انتحاري فجّر نفسه", "انتحارية قد
// فجرت نفسها"): like "هجوم انتحاري", the words tell the manner of the
// bombing, not who sent the bomber.
func blewSelfAfter(d *doc, k int) bool {
	j := k + 1
	if j < len(d.toks) && d.toks[j].Stem == "قد" {
		j++
	}
	if j+1 >= len(d.toks) {
		return false
	}
	v, self := d.toks[j].Stem, d.toks[j+1].Stem
	return (strings.HasPrefix(v, "فجر") || strings.HasPrefix(v, "يفجر") || strings.HasPrefix(v, "تفجر")) &&
		strings.HasPrefix(self, "نفس")
}
