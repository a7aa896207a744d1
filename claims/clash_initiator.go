package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// In an exchange of fire, a clash or an ambush each side tells who started
// it: "مسلحون بادروا بإطلاق النار"، "أقدمت المجموعات على قصف القرى"، "تصدت
// قواتنا لهجوم شنته الفصائل"، "الخلية تعمل بأوامر من الاستخبارات". The
// party that started it, or the party behind the hands that did it, is the
// doer of the deed the account tells; the side that repelled or answered it
// is not.

// initiatorVerbs are the finite forms (folded, without proclitics) of the
// verbs of taking the first step: "بادر" (to be first to) and "أقدم على"
// (to go ahead and do), with their subjects' persons.
var initiatorVerbs = map[string]bool{
	"بادر": true, "بادرت": true, "بادروا": true, "يبادر": true, "تبادر": true, "يبادرون": true,
	"اقدم": true, "اقدمت": true, "اقدموا": true,
}

// clefts stand between a party and the verb of its deed in a cleft ("قسد
// هي من بادرت"، "المسلحون هم الذين أقدموا"): the pronoun, then "من" or a
// relative.
var cleftPronouns = map[string]bool{"هي": true, "هو": true, "هم": true, "هن": true}
var initiatorNegators = map[string]bool{"لم": true, "لا": true, "ما": true, "لن": true}
var cleftRelatives = map[string]bool{"من": true, "الذي": true, "التي": true, "الذين": true}

// initiatorDeedAt reports whether token k is a verb of taking the first
// step followed, within three words, by ب، إلى or على before an event word
// or a verbal noun of firing: "بادر بإطلاق النار"، "بادرت إلى الهجوم"،
// "أقدمت قوات النظام على قصف". It returns the index of the deed word.
func (x *Extractor) initiatorDeedAt(d *doc, r region, in func(int) bool, k int) (int, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || !in(k) || t.Article || !initiatorVerbs[t.Norm] && !initiatorVerbs[strings.TrimPrefix(t.Norm, "و")] {
		return 0, false
	}
	for j, words := k+1, 0; j < r.hi && words < 6; j++ {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() {
			return 0, false
		}
		if u.Kind != arabic.TokWord {
			continue
		}
		words++
		deedWord := func(i int) bool {
			if i >= r.hi {
				return false
			}
			if d.toks[i].Stem == "اطلاق" {
				return true
			}
			_, _, ok := x.triggers.at(d.toks, i)
			return ok
		}
		if hasClitic(u.Clitics, 'ب') && deedWord(j) {
			return j, true
		}
		if u.Norm == "علي" || u.Norm == "الي" {
			if j+1 < r.hi && d.toks[j+1].Norm == "اي" {
				j++ // "لم يبادروا إلى أي قصف"
			}
			if deedWord(j + 1) {
				return j + 1, true
			}
		}
	}
	return 0, false
}

// subjectEndingAt returns the party whose name ends right before token
// end, reading back over a cleft ("هي من"، "هم الذين") and through a
// partitive ("عنصر من الميليشيا"، "مسلحون من التنظيم"): the subject of
// the verb at end.
func (x *Extractor) subjectEndingAt(d *doc, end int, r region, in func(int) bool) (string, bool) {
	for end > r.lo && (d.toks[end-1].IsQuote() || initiatorNegators[d.toks[end-1].Norm]) {
		end-- // "الجنود "لم يبادروا"
	}
	if end-2 >= r.lo && cleftRelatives[d.toks[end-1].Norm] && cleftPronouns[d.toks[end-2].Norm] {
		end -= 2
	}
	for end > r.lo && d.toks[end-1].IsQuote() {
		end--
	}
	for p := max(r.lo, end-5); p < end; p++ {
		if !in(p) {
			continue
		}
		a, m, ok := x.actorAt(d, p)
		if !ok || m.Last != end {
			continue
		}
		if m.Clitics != "" && m.Clitics != "و" && m.Clitics != "ف" && !(m.Clitics == "ل" && p > r.lo && affiliationWords[d.toks[p-1].Stem]) {
			return "", false
		}
		return a, true
	}
	return "", false
}

// affiliationWords (stems) tie unnamed men to the party after them with
// ل: "مجموعات تابعة للحكومة"، "مسلحون موالون للنظام".
var affiliationWords = map[string]bool{
	"تابعه": true, "تابع": true, "تابعين": true, "تابعون": true, "مواليه": true, "موالين": true,
	"موالون": true, "موال": true, "مرتبطه": true, "مرتبطين": true,
}

// initiatorDoer returns the party that took the first step in the claim:
// the subject of "بادر/أقدم" before it ("أن مسلحاً من الكتيبة بادر
// بالقصف") or after it ("أقدمت قوات النظام على قصف"). A blamed
// party no one names is returned as vagueDoer.
func (x *Extractor) initiatorDoer(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		deed, ok := x.initiatorDeedAt(d, r, in, k)
		if !ok {
			continue
		}
		if a, ok := x.subjectEndingAt(d, k, r, in); ok {
			return a, true
		}
		if a, m, ok := x.actorAt(d, k+1); ok && m.Last <= deed {
			return a, true
		}
	}
	return "", false
}

// repelVerbs are the forms (folded, without proclitics) of "تصدّى ل"
// (to confront, to repel) and "تصدي" (its verbal noun): the side that
// repelled is not the doer of what it repelled.
var repelVerbs = map[string]bool{
	"تصدت": true, "تصدي": true, "تصدوا": true, "يتصدي": true, "تتصدي": true, "يتصدون": true,
	"التصدي": true, "احبطت": true, "احبط": true, "احبطوا": true,
	// "صدّ" (to drive back) and "أفشل" (to foil, to thwart), verbs and
	// verbal nouns: "قواته صدت الهجوم"، "تمكنوا من صد الهجوم"، "أفشل الجيش
	// محاولات الاقتحام".
	"صد": true, "صدت": true, "صدوا": true, "يصد": true, "تصد": true, "يصدون": true,
	"افشلت": true, "افشل": true, "افشلوا": true, "يفشل": true, "تفشل": true, "افشال": true,
}

// repelAt reports whether token k is a verb of repelling or foiling.
func repelAt(d *doc, k int) bool {
	t := d.toks[k]
	return t.Kind == arabic.TokWord && (repelVerbs[t.Norm] || repelVerbs[strings.TrimPrefix(t.Norm, "و")])
}

// repelledAttacker returns the party named as what was repelled, within
// eight words after a verb of repelling: "تصدت لمجموعات من التنظيم"،
// "تصدت لعدوان إسرائيلي"، "تصدت قواتنا لمحاولة تسلل نفذتها فصائل ...".
// The speaker's own side is skipped: "قواتنا" stands beside the verb as
// its subject.
func (x *Extractor) repelledAttacker(d *doc, f frame, r region, in func(int) bool) (string, bool) {
	own := x.actorOfSource(f.src.id)
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !repelAt(d, k) {
			continue
		}
		object := false // past the start of what was repelled
		for j, words := k+1, 0; j < r.hi && words < 9; j++ {
			u := d.toks[j]
			if u.Kind == arabic.TokPunct && !u.IsQuote() {
				break
			}
			if u.Kind != arabic.TokWord || !in(j) {
				continue
			}
			words++
			if attemptWords[u.Stem] && !x.assaultAfter(d, j+1, r.hi) {
				break // "محاولة فرار لعناصر التنظيم": no assault foiled
			}
			if !object {
				// "تصدت الدفاعات لعدوان ..."، "أحبطت القوات محاولة ...":
				// the object opens with ل, or with the attempt or attack
				// foiled; a party before it is the side that repelled.
				object = hasClitic(u.Clitics, 'ل') || attemptWords[u.Stem]
				if !object || !hasClitic(u.Clitics, 'ل') {
					continue
				}
			}
			a, m, ok := x.actorAt(d, j)
			if !ok {
				continue
			}
			if !namedActor(a) || own != "" && sameParty(a, own) || ownSuffix(d.toks[m.Last-1]) {
				j = m.Last - 1
				continue
			}
			return a, true
		}
	}
	return "", false
}

// attemptWords (stems) name an attempt foiled: "محاولة تسلل"، "محاولات".
var attemptWords = map[string]bool{"محاوله": true, "محاولات": true}

// assaultWords (stems) are the advances an attempt foiled may be of, past
// the event words: "محاولة تسلل"، "محاولات تقدم". An attempt to flee
// ("محاولة فرار") is none.
var assaultWords = map[string]bool{"تسلل": true, "تقدم": true, "اقتحام": true, "توغل": true}

// assaultAfter reports whether the word at j names an assault or an
// advance.
func (x *Extractor) assaultAfter(d *doc, j, hi int) bool {
	if j >= hi {
		return false
	}
	if assaultWords[d.toks[j].Stem] {
		return true
	}
	t, _, ok := x.triggers.at(d.toks, j)
	return ok && t.typ != EventOther
}

// repelledBy reports whether the speaker's forces at k are the side that
// repelled: a verb of repelling stands right before or right after them
// ("تصدت قواتنا"، "قواتنا تصدت").
func repelledBy(d *doc, r region, k, last int) bool {
	return k > r.lo && repelAt(d, k-1) || last < r.hi && repelAt(d, last) || repelAfterPlace(d, r, last)
}

// placeOpeners open a phrase of where forces are that may stand between
// them and their verb: "قواتها في سوريا تصدت"، "قواتنا المتمركزة في
// القاعدة تصدت".
var placeOpeners = map[string]bool{
	"في": true, "داخل": true, "هناك": true, "المنتشره": true, "المتمركزه": true, "الموجوده": true, "العامله": true,
}

// repelPlaceReach is how many words a phrase of place may run before the
// verb of repelling.
const repelPlaceReach = 4

// repelAfterPlace reports whether a verb of repelling follows, within a
// few words, a phrase of place that opens at last (see placeOpeners).
func repelAfterPlace(d *doc, r region, last int) bool {
	if last >= r.hi || d.toks[last].Kind != arabic.TokWord || !placeOpeners[d.toks[last].Norm] {
		return false
	}
	for j := last + 1; j < r.hi && j <= last+repelPlaceReach; j++ {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if repelAt(d, j) {
			return true
		}
	}
	return false
}

// orderNouns (stems, article aside) name the orders or direction a party
// gives the hands that act: "بأوامر من"، "أوامرها من"، "بإيعاز من"،
// "بتوجيه من"، "بتوجيهات من".
var orderNouns = map[string]bool{
	"اوامر": true, "امر": true, "ايعاز": true, "توجيه": true, "توجيهات": true, "تعليمات": true,
}

// runVerbs are the forms of "أدار" with an object pronoun: the party that
// runs the weapon or the cell ("مدفعية يديرها ضباط روس"، "خلية تديرها
// الاستخبارات").
var runVerbs = map[string]bool{
	"يديرها": true, "تديرها": true, "يديره": true, "تديره": true, "يديرهم": true, "تديرهم": true,
}

// runHands (stems) are the weapons and bands a party runs, before "يديرها"
// ("مدفعية يديرها"، "خلية تديرها"): a prison or a headquarters it runs
// ("سجن تديره") is its own ground, not the hands of a deed.
var runHands = map[string]bool{
	"مدفعيه": true, "مدافع": true, "راجمات": true, "راجمه": true, "منصات": true, "منصه": true,
	"خليه": true, "خلايا": true, "مجموعه": true, "مجموعات": true, "عصابه": true, "عصابات": true,
	"شبكه": true, "طائرات": true, "طائره": true, "مسيره": true, "مسيرات": true, "ميليشيا": true,
	"ميليشيات": true, "فصائل": true, "فصيل": true,
}

// principalWords stand between an order noun and the party behind it and
// name its men: "من ضباط في جهاز المخابرات"، "من عناصر".
var principalWords = map[string]bool{
	"ضباط": true, "عناصر": true, "قاده": true, "مسؤولين": true, "استخبارات": true, "مخابرات": true,
	"جهاز": true, "اجهزه": true,
}

// principalBehind returns the party behind the hands that did the deed:
// the one whose orders they follow ("تتلقى أوامرها من المخابرات
// التركية"، "بأوامر من قيادة الحرس") or who runs them ("يديرها ضباط روس").
func (x *Extractor) principalBehind(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord {
			continue
		}
		from := -1
		switch {
		case runVerbs[t.Norm] && k > r.lo && runHands[d.toks[k-1].Stem]:
			from = k + 1
		case orderNouns[strings.TrimPrefix(t.Stem, "ال")] || orderNouns[strings.TrimSuffix(t.Stem, "ها")]:
			for j := k + 1; j < r.hi && j <= k+4; j++ {
				if d.toks[j].Norm == "من" {
					from = j + 1
					break
				}
			}
		}
		if from < 0 || from >= r.hi {
			continue
		}
		if a, ok := x.principalAt(d, from, r, in); ok {
			return a, true
		}
	}
	return "", false
}

// principalAt reads the party at j, past words for its men and "في":
// "ضباط في المخابرات التركية" is Turkey, "ضباط روس" Russia.
func (x *Extractor) principalAt(d *doc, j int, r region, in func(int) bool) (string, bool) {
	for i := j; i < r.hi && i <= j+3; i++ {
		if !in(i) {
			return "", false
		}
		if a, _, ok := x.actorAt(d, i); ok && namedActor(a) {
			return a, true
		}
		u := d.toks[i]
		if a, ok := nisbaPlurals[u.Stem]; ok && i > j {
			// "ضباط روس": the nisba of the men who run it
			return a, true
		}
		if !principalWords[u.Stem] && u.Norm != "في" && !principalWords[strings.TrimPrefix(u.Stem, "ال")] {
			return "", false
		}
	}
	return "", false
}

// clashDoer is the doer an account of a clash names by how it began: the
// party behind the hands that acted, the party that took the first step,
// or the party whose attack the speaker's side repelled.
func (x *Extractor) clashDoer(d *doc, f frame, r region, in func(int) bool) (string, string, bool) {
	if a, ok := x.principalBehind(d, r, in); ok {
		return a, "principal", true
	}
	if a, ok := x.initiatorDoer(d, r, in); ok {
		if namedActor(a) {
			return a, "initiator", true
		}
		if f.stance != StanceDenies {
			return "unknown", "unnamed_doer", true
		}
	}
	if a, ok := x.repelledAttacker(d, f, r, in); ok && f.stance != StanceDenies && !x.deniedFirstStep(d, r, in) {
		return a, "repelled_attacker", true
	}
	return "", "", false
}

// towardWords are the prepositions of the direction fire took ("أطلقوا
// النار باتجاه قواتنا"، "نحو"، "صوب"، "تجاه"): the first-person word after
// one is what was fired at.
func towardWord(t arabic.Token) bool {
	switch t.Norm {
	case "نحو", "صوب", "تجاه", "باتجاه", "بإتجاه", "اتجاه":
		return true
	}
	return t.Stem == "اتجاه" && hasClitic(t.Clitics, 'ب')
}

// pluralDeedAfter reports whether a plural attack verb follows the noun at
// k as its subject's verb: "عدة مسلحين أطلقوا النار"، "خمسة مخربين
// هاجموا": counted men who acted, not counted dead.
func pluralDeedAfter(d *doc, k int) bool {
	j := k + 1
	if j >= len(d.toks) || d.toks[j].Kind != arabic.TokWord {
		return false
	}
	n := strings.TrimPrefix(d.toks[j].Norm, "و")
	return strings.HasSuffix(n, "وا") && (finiteDeedVerbs[n] || initiatorVerbs[n])
}

// deniedFirstStep reports whether the claim denies that a side took the
// first step ("لم يبادروا إلى أي قصف"): it speaks for the side that
// repelled, and what it repelled is no deed it asserts.
func (x *Extractor) deniedFirstStep(d *doc, r region, in func(int) bool) bool {
	for k := r.lo + 1; k < r.hi; k++ {
		if _, ok := x.initiatorDeedAt(d, r, in, k); ok && initiatorNegators[d.toks[k-1].Norm] {
			return true
		}
	}
	return false
}

// namedDeedOpens reports whether token k is a finite attack verb whose
// named doer stands before it ("أن قسد هاجمت") or right after it
// ("هاجمت قسد"): a claim that opens with one side's deed and goes on to
// the other side's answer ("ثم ردّ الجنود على مصدر الرصاص")
// tells the deed, not a response.
func (x *Extractor) namedDeedOpens(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if t.Clitics != "" || !finiteDeedVerbs[t.Norm] {
		return false
	}
	if _, ok := x.subjectBeforeVerb(d, k, r, in); ok {
		return true
	}
	if k+1 < r.hi && in(k+1) {
		if a, m, ok := x.actorAt(d, k+1); ok && namedActor(a) && m.Clitics == "" {
			return true
		}
	}
	return false
}
