package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// answerDeed is the trigger an answering verb stands for when it tells of
// fire returned (see answeredFireAt): as weak as the bare "نفّذ", so that
// any word of the means decides the claim's type ("ردّت بقصف جوي"), and
// guns, the most common answer, are the type of a bare one.
var answerDeed = trigger{EventShelling, -2}

// answeredWhat are the nouns (stems, article aside) of what a party
// answers with fire: the fire itself ("ردت على النيران"، "على إطلاق
// النار"، "على مصدر القذائف"), an attack ("على الهجوم"، "على الاعتداء"،
// "على الخروقات"), or the sources of either ("على مصادر النيران").
var answeredWhat = map[string]bool{
	"مصادر": true, "مصدر": true, "نيران": true, "نار": true, "اطلاق": true, "قصف": true, "قذائف": true,
	"قذيفه": true, "رمايات": true, "هجوم": true, "هجمات": true, "اعتداء": true, "اعتداءات": true,
	"خروقات": true, "خرق": true, "تحرشات": true, "استهداف": true,
}

// answerVerbForms are the finite forms of "ردّ" (answered) whose subject
// is the answering party: "ردت القوات"، "الجنود ردوا"، "والجيش يرد"،
// "لترد القوات". The verbal noun "ردا على" names what was answered, and
// the bare noun "الرد" no subject at all.
var answerVerbForms = map[string]bool{
	"رد": true, "ردت": true, "ردوا": true, "يرد": true, "ترد": true, "يردون": true, "تردان": true, "يردان": true,
}

// answeredFireAt reports whether token k is a finite answering verb that
// tells of fire returned: within four words after it (its subject, an
// adverb of time), "بالمثل", an event word with ب ("ردت بقصف مدفعي"), or
// على before a noun of fire or attack ("ردّت في الحال على مصدر القذائف"،
// "ردوا على نيران أصابت دوريتهم"). "ردّ على الاتهامات" is a reply in
// words, no fire.
func (x *Extractor) answeredFireAt(d *doc, k, hi int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Article || !answerVerbForms[t.Stem] && !answerVerbForms[strings.TrimPrefix(t.Norm, "و")] {
		// "وردّ الجيش" reads as one word, as "وردت أنباء" (reported)
		// does: what follows tells them apart.
		return false
	}
	for j, words := k+1, 0; j < hi && words < 5; j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() {
			return false
		}
		if u.Kind != arabic.TokWord {
			continue
		}
		words++
		if u.Norm == "بالمثل" {
			return true
		}
		if hasClitic(u.Clitics, 'ب') {
			_, _, ok := x.triggers.at(d.toks, j)
			return ok
		}
		if u.Norm == "علي" {
			return j+1 < hi && answeredWhat[strings.TrimPrefix(d.toks[j+1].Stem, "ال")]
		}
	}
	return false
}

// deedAt is an event word at k, an answering verb that tells of fire
// returned (answerDeed), a verb of dropping a munition (dropDeed), or a
// verb of striking or destroying (struckDeed): all name their subject as
// a doer.
func (x *Extractor) deedAt(d *doc, r region, in func(int) bool, k int) (trigger, arabic.Match, bool) {
	if t, m, ok := x.triggers.at(d.toks, k); ok {
		return t, m, ok
	}
	if x.answeredFireAt(d, k, r.hi) {
		return answerDeed, arabic.Match{First: k, Last: k + 1}, true
	}
	if droppedMunitionAt(d, r, in, k) {
		return dropDeed, arabic.Match{First: k, Last: k + 1}, true
	}
	if x.struckDeedAt(d, r, in, k) {
		return struckDeed, arabic.Match{First: k, Last: k + 1}, true
	}
	if x.firedAt(d, r, in, k) {
		return fireDeed, arabic.Match{First: k, Last: k + 1}, true
	}
	if x.openedFireAt(d, r, in, k) {
		return openedFireDeed, arabic.Match{First: k, Last: k + 1}, true
	}
	if m, ok := x.campaignAt(d, r, in, k); ok {
		return campaignDeed, m, true
	}
	return trigger{}, arabic.Match{}, false
}

// operatingWords (stems) tie a unit to where it serves, before the verb
// whose subject it is: "الوحدات العاملة بريف حلب"، "القوات
// المنتشرة على خطوط التماس"، "المتمركزة في"، "المرابطة على". The place
// they introduce stands between the unit and its verb.
var operatingWords = map[string]bool{
	"عامله": true, "عاملين": true, "عامل": true, "منتشره": true, "منتشرين": true, "متمركزه": true,
	"متمركزين": true, "مرابطه": true, "مرابطين": true, "متواجده": true, "موجوده": true,
}
