package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// zeroVerbs are the verbs and verbal nouns that a negation puts before the
// casualties nobody suffered: "لم يسفر عن", "من دون أن تقع", "عدم وقوع",
// "لم توقع", "لم تتكبد".
var zeroVerbs = map[string]bool{
	"يسفر": true, "تسفر": true, "اسفر": true, "اسفرت": true, "يقع": true, "تقع": true, "وقوع": true, "سقوط": true,
	"يسقط": true, "تسقط": true, "تسجل": true, "يسجل": true, "تسجيل": true, "يوقع": true, "توقع": true, "ايقاع": true,
	"تتكبد": true, "يتكبد": true, "تكبد": true, "يخلف": true, "تخلف": true, "يؤد": true, "تؤد": true, "تحدث": true, "يحدث": true,
	// "لم تلحق الغارة أي أذى بالسكان": inflicting harm.
	"تلحق": true, "يلحق": true, "الحاق": true,
	// "لم تتسبب المسيرات بأي إصابات"، "دون أن يتسبب في ضحايا": causing.
	"تتسبب": true, "يتسبب": true, "التسبب": true, "تسبب": true,
	// the dual: "لم يسفرا عن إصابات"، "لم توقعا أي ضحايا".
	"يسفرا": true, "تسفرا": true, "يوقعا": true, "توقعا": true, "يتسببا": true, "تتسببا": true,
	// suffering: "لم تتعرض القوة لأي إصابات".
	"تتعرض": true, "يتعرض": true,
	// being there: "لا توجد أي إصابات"، "بعدم وجود إصابات".
	"توجد": true, "يوجد": true, "وجود": true,
}

// sufferVerbs are the zero verbs whose subject is the one harmed, after
// which bare "خسائر" counts people: "لم تتكبد أي خسائر"، "لم تتعرض لأي
// خسائر".
var sufferVerbs = map[string]bool{"تتكبد": true, "يتكبد": true, "تكبد": true, "تتعرض": true, "يتعرض": true}

// zeroVerbLinks are the prepositions that join a zero verb to what
// nobody suffered: "يسفر عن"، "يؤد إلى"، "يتسبب في"، and a detached "بـ".
var zeroVerbLinks = map[string]bool{"عن": true, "الي": true, "في": true, "ب": true, "ل": true}

// zeroFillers are the adverbs of time that may stand between a zero verb
// and its preposition: "لم تسفر حينها عن إصابات"، "لم يسفر بعد عن ضحايا".
var zeroFillers = map[string]bool{"حينها": true, "بعد": true, "حينه": true}

// zeroNouns are what nobody suffered, with the outcome each names.
var zeroNouns = map[string]string{
	"اصابات": OutcomeWounded, "جرحي": OutcomeWounded, "مصابين": OutcomeWounded, "قتلي": OutcomeKilled,
	"ضحايا": OutcomeKilledOrWounded, "خسائر": OutcomeKilledOrWounded, "اذي": OutcomeKilledOrWounded,
	"وفيات": OutcomeKilled, "شهداء": OutcomeKilled,
	// damage, only human: "لم يسفر عن ضرر بشري"، "أي أضرار بشرية".
	"اضرار": OutcomeKilledOrWounded, "ضرر": OutcomeKilledOrWounded,
}

// humanWords after a noun of loss or damage make it one of people:
// "خسائر بشرية"، "ضرر بشري"، "خسائر في الأرواح".
var humanWords = map[string]bool{"بشريه": true, "بشري": true}

// zeroNegators open a statement that nobody was hurt.
var zeroNegators = map[string]bool{"لم": true, "لا": true, "دون": true, "بدون": true, "عدم": true, "بعدم": true}

// zeroPhraseAt reads a statement that nobody was hurt starting at token
// k, built from its parts rather than listed whole: a negation ("لم"،
// "من دون أن"، "عدم"), a verb of occurring ("يسفر عن"، "تقع"، "وقوع"،
// "تتكبد"), "أي", and what nobody suffered ("إصابات"، "قتلى أو جرحى"،
// "خسائر بشرية"), or "لم يصب أحد". It returns the outcome and the token
// after the phrase.
func (x *Extractor) zeroPhraseAt(d *doc, k int, r region) (string, int, bool) {
	t := d.toks[k]
	if o, last, ok := x.noneOfPeopleAt(d, k, r); ok {
		return o, last, true
	}
	if !zeroNegators[t.Stem] && !zeroNegators[t.Norm] && !zeroNegators[strings.TrimPrefix(t.Norm, "و")] && !withoutAt(d, k, r) {
		return "", 0, false // "ولم" keeps its و in the stem
	}
	j := k + 1
	if o, ok := noSingleOneHurt(d, k, r); ok {
		return o, k + 3, true // "ولا مدني أصيب"
	}
	if e, ok := noSignOf(d, j, r); ok {
		j = e // "لا توجد مؤشرات على سقوط ضحايا": no sign that anyone was hurt
		j, verbs, _ := skipZeroVerbs(d, j, r)
		if verbs == 0 {
			return "", 0, false
		}
		if j < r.hi && d.toks[j].Norm == "اي" {
			j++
		}
		return zeroNounAt(d, j, r, false)
	}
	if j < r.hi && d.toks[j].Norm == "ان" {
		j++ // "دون أن تقع"
	}
	if j+1 < r.hi && nobodyHurt(d.toks[j], d.toks[j+1]) {
		return OutcomeWounded, j + 2, true // "لم يصب أحد"
	}
	if j+1 < r.hi && nobodyKilled(d.toks[j], d.toks[j+1]) {
		return OutcomeKilled, j + 2, true // "لم يُقتل أي مدني"
	}
	j, verbs, suffered := skipZeroVerbs(d, j, r)
	if verbs == 0 && t.Norm != "لا" && t.Norm != "دون" && t.Norm != "بدون" && t.Norm != "غير" {
		return "", 0, false // "لم" alone before a noun is no such statement
	}
	if verbs > 0 && j < r.hi && zeroPlaceWords[d.toks[j].Norm] {
		j++ // "ولم يسقط فيها قتلى"، "لم تقع جراءه إصابات"
	}
	if j < r.hi && (d.toks[j].Norm == "اي" || verbs > 0 && anyAt(d.toks[j])) {
		j++
		if o, ok := zeroSingulars[d.toks[j].Stem]; ok && j < r.hi && !d.toks[j].Article {
			return o, j + 1, true // "لم تسفر الغارة عن سقوط أي قتيل"
		}
	}
	return zeroNounAt(d, j, r, suffered)
}

// noSingleVerbs are the perfect passives of being hit after "لا" and a
// singular noun (folded stems): "ولا مدني قُتل"، "فلا أحد أصيب".
var noSingleVerbs = map[string]string{
	"اصيب": OutcomeWounded, "جرح": OutcomeWounded, "قتل": OutcomeKilled, "استشهد": OutcomeKilled, "مات": OutcomeKilled,
}

// noSingleOneHurt reads the emphatic denial "لا" + a bare singular person
// + a passive of being hit at k: "لا مدرسة أصيبت ولا تلميذ جُرح" (not one
// pupil was hurt) counts nobody, where the singular noun would otherwise
// count one.
func noSingleOneHurt(d *doc, k int, r region) (string, bool) {
	neg := strings.TrimPrefix(strings.TrimPrefix(d.toks[k].Norm, "و"), "ف")
	if neg != "لا" || k+2 >= r.hi {
		return "", false
	}
	n, v := d.toks[k+1], d.toks[k+2]
	if n.Kind != arabic.TokWord || n.Article || v.Kind != arabic.TokWord || v.Clitics != "" {
		return "", false
	}
	if g, ok := groupWords[n.Stem]; !ok && n.Norm != "احد" || ok && g == "" {
		return "", false
	}
	o, ok := noSingleVerbs[v.Stem]
	return o, ok
}

// negatedAny reports whether "أي" stands right before token k (or before
// the casualty noun before it) with a negator at most five words before it: "لم تسفر الغارة عن سقوط أي قتيل"
// counts nobody.
func negatedAny(d *doc, k int, r region) bool {
	if k-3 >= r.lo && orJoin(d.toks[k-1]) && zeroSingulars[d.toks[k-2].Stem] != "" && zeroSingulars[d.toks[k].Stem] != "" {
		// "لم تخلف الغارة أي قتيل أو جريح": the casualty noun after "أو" is
		// under the same "أي" as the one before it.
		return negatedAny(d, k-2, r)
	}
	if k-2 >= r.lo && d.toks[k-2].Norm == "اي" && zeroSingulars[d.toks[k-1].Stem] != "" {
		k-- // "أي قتيل مدني": the person after the casualty noun
	}
	if k-1 < r.lo || d.toks[k-1].Norm != "اي" {
		return false
	}
	for j := k - 2; j >= r.lo && j >= k-7; j-- {
		t := d.toks[j]
		if zeroNegators[t.Stem] || zeroNegators[t.Norm] || zeroNegators[strings.TrimPrefix(t.Norm, "و")] || harmDenialVerb(t) {
			return true
		}
	}
	return false
}

// harmDenialVerbs are the verbs of denial (folded, without و or ف) that,
// like a negation, make the "أي" of the people after them none at all:
// "نفى الجيش أن يكون أي مدني قد قُتل"، "أنكرت الوزارة مقتل أي مدني".
var harmDenialVerbs = map[string]bool{
	"نفي": true, "نفت": true, "نفوا": true, "ينفي": true, "تنفي": true, "ينفون": true, "نفيا": true,
	"انكر": true, "انكرت": true, "انكروا": true, "ينكر": true, "تنكر": true,
}

// harmDenialVerb reports whether t is one of harmDenialVerbs.
func harmDenialVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	n := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ف")
	return harmDenialVerbs[n]
}

// orJoin reports whether t is "أو" or "ولا", which join two casualty
// nouns under one negated "أي".
func orJoin(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && (t.Norm == "او" || t.Norm == "ولا")
}

// zeroSingulars are singular nouns of a casualty that "أي" after a
// negation makes none at all (folded stems): "لم تسفر الغارة عن سقوط أي قتيل"،
// "دون وقوع أي ضحية"، "لم تسجل أي إصابة".
var zeroSingulars = map[string]string{
	"قتيل": OutcomeKilled, "جريح": OutcomeWounded, "مصاب": OutcomeWounded, "اصابه": OutcomeWounded,
	"ضحيه": OutcomeKilledOrWounded, "وفاه": OutcomeKilled, "شهيد": OutcomeKilled,
}

// anyAt reports whether token t is "أي", bare or after the preposition
// that the verb before it takes: "بأي"، "لأي" ("لم تتسبب بأي إصابات"،
// "لم تتعرض لأي أذى").
func anyAt(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && !t.Article && (t.Norm == "اي" || t.Norm == "باي" || t.Norm == "لاي")
}

// withoutAt reports whether token k opens "من غير أن": "غير" after "من"
// and before "أن" negates like "دون".
func withoutAt(d *doc, k int, r region) bool {
	return d.toks[k].Norm == "غير" && k > r.lo && d.toks[k-1].Norm == "من" && k+1 < r.hi && d.toks[k+1].Norm == "ان"
}

// zeroPlaceWords are a preposition with the pronoun of the event that may
// stand between the verb of occurring and what nobody suffered: "لم يسقط
// فيها قتلى"، "لم تقع جراءه إصابات". Folded.
var zeroPlaceWords = map[string]bool{
	"فيها": true, "فيه": true, "منها": true, "منه": true, "خلالها": true, "خلاله": true,
	"جراءها": true, "جراءه": true, "جراءهما": true, "بسببها": true, "بسببه": true, "اثرها": true, "اثره": true,
	"بها": true, "به": true,
}

// nobodyHurt reports whether two tokens say "nobody was hurt": "يصب أحد",
// "يُصاب أي".
func nobodyHurt(v, n arabic.Token) bool {
	return (v.Stem == "يصب" || v.Stem == "يصاب" || v.Stem == "تصب") && (n.Norm == "احد" || n.Norm == "اي")
}

// killedVerbs are the imperfect forms of being killed or dying that
// follow "لم" (folded stems): "لم يُقتل"، "لم تُقتل"، "لم يمت"، "لم يستشهد".
var killedVerbs = map[string]bool{"يقتل": true, "تقتل": true, "يمت": true, "تمت": true, "يستشهد": true, "تستشهد": true}

// nobodyKilled reports whether two tokens after "لم" say "nobody was
// killed": "يُقتل أحد"، "يُقتل أي مدني".
func nobodyKilled(v, n arabic.Token) bool {
	return killedVerbs[v.Stem] && v.Clitics == "" && (n.Norm == "احد" || n.Norm == "اي")
}

// skipZeroVerbs skips up to two verbs of occurring from token j, with "عن"
// or "إلى" after them ("يسفر عن سقوط"), and reports how many it skipped
// and whether the last one was "تكبد" (suffered).
func skipZeroVerbs(d *doc, j int, r region) (int, int, bool) {
	verbs, suffered := 0, false
	for j < r.hi && verbs < 2 && zeroVerbs[d.toks[j].Stem] {
		suffered = sufferVerbs[d.toks[j].Stem]
		j++
		verbs++
		if j < r.hi && zeroFillers[d.toks[j].Norm] && j+1 < r.hi && zeroVerbLinks[d.toks[j+1].Norm] {
			j++ // "لم تسفر حينها عن"
		}
		if e, ok := zeroSubjectThenLink(d, j, r); ok {
			j = e // "لم يسفر القصف عن"
		}
		if j < r.hi && zeroVerbLinks[d.toks[j].Norm] {
			j++
		}
	}
	return j, verbs, suffered
}

// zeroSubjectThenLink reads, at token j after a zero verb, the verb's
// subject standing before its preposition in verb-subject order: one or
// two definite words with no proclitic ("لم يسفر القصف عن"، "لم تسفر
// الغارة الجوية عن"، "لم يؤد الانفجار إلى"). It returns the token of the
// preposition; without one right after, there is no such subject.
func zeroSubjectThenLink(d *doc, j int, r region) (int, bool) {
	for k := j; k < r.hi && k < j+2; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" {
			return 0, false
		}
		if k+1 < r.hi && zeroVerbLinks[d.toks[k+1].Norm] && d.toks[k+1].Clitics == "" {
			return k + 1, true
		}
	}
	return 0, false
}

// zeroNounAt reads what nobody suffered at token j: "إصابات", "قتلى أو
// جرحى", "خسائر بشرية" (bare "خسائر" only after "تكبد"), with "بشرية"
// after it.
func zeroNounAt(d *doc, j int, r region, suffered bool) (string, int, bool) {
	if j >= r.hi || d.toks[j].Kind != arabic.TokWord || d.toks[j].Article {
		return "", 0, false
	}
	o, ok := zeroNouns[d.toks[j].Stem]
	if !ok {
		return "", 0, false
	}
	stem := d.toks[j].Stem
	losses, damage := stem == "خسائر", stem == "اضرار" || stem == "ضرر"
	j++
	human := j < r.hi && humanWords[d.toks[j].Norm]
	if !human && j+1 < r.hi && d.toks[j].Norm == "في" && d.toks[j+1].Norm == "الارواح" {
		human = true // "خسائر في الأرواح"
		j++
	}
	if losses && !human && !suffered || damage && !human {
		return "", 0, false // "دون خسائر" may be material
	}
	if o != OutcomeKilledOrWounded && j+1 < r.hi && (d.toks[j].Norm == "او" || d.toks[j].Norm == "و") {
		if o2, ok := zeroNouns[d.toks[j+1].Stem]; ok && o2 != o {
			o, j = OutcomeKilledOrWounded, j+2 // "قتلى أو جرحى"
		}
	}
	if j < r.hi && (humanWords[d.toks[j].Norm] || d.toks[j].Norm == "الارواح") {
		j++
	}
	return o, j, true
}

// existVerbs say that something exists or is at hand: "لا توجد"، "لا تتوفر".
var existVerbs = map[string]bool{
	"توجد": true, "يوجد": true, "تتوفر": true, "يتوفر": true, "تتوافر": true, "يتوافر": true,
}

// signNouns are evidence that something happened: "مؤشرات"، "دلائل".
// "معلومات" counts only with a verb of pointing after it ("معلومات تشير
// إلى"); bare "لا معلومات عن" says the source does not know.
var signNouns = map[string]bool{
	"مؤشرات": true, "مؤشر": true, "دلائل": true, "ادله": true, "دليل": true, "اشارات": true, "معلومات": true,
}

// signFillers are the adverbs of time that may stand in "لا تتوفر حاليا
// أي مؤشرات على" or "لا معلومات لدينا حتى الآن عن".
var signFillers = map[string]bool{
	"في": true, "هذا": true, "الوقت": true, "حتي": true, "الان": true, "حاليا": true, "اللحظه": true, "لدينا": true,
	"لديها": true, "لديه": true, "اي": true,
}

// noSignOf reads, from token j after a negation, "(توجد) (لدينا) (أي)
// مؤشرات (حتى الآن) على" or "معلومات تشير إلى": the source has no sign of
// what follows. It returns the token after "على"/"إلى".
func noSignOf(d *doc, j int, r region) (int, bool) {
	at := func(k int, ws ...string) bool {
		if k >= r.hi {
			return false
		}
		for _, w := range ws {
			if d.toks[k].Norm == w {
				return true
			}
		}
		return false
	}
	skip := func(k int) int {
		for n := 0; n < 4 && k < r.hi && signFillers[d.toks[k].Norm]; n++ {
			k++
		}
		return k
	}
	if j < r.hi && existVerbs[d.toks[j].Norm] {
		j++
	}
	j = skip(j)
	if j >= r.hi || !signNouns[d.toks[j].Norm] {
		return 0, false
	}
	info := d.toks[j].Norm == "معلومات"
	j = skip(j + 1)
	if at(j, "تشير", "يشير", "تدل", "يدل") {
		j++
	} else if info {
		return 0, false
	}
	if !at(j, "علي", "الي") {
		return 0, false
	}
	return j + 1, true
}

// noneOfWords open "not one of them": "أحداً"، "أياً" before "من".
var noneOfWords = map[string]bool{"احدا": true, "احد": true, "ايا": true, "اي": true}

// noneOfGap is how many words may name the people between "أحداً من"
// and the negated verb: "أن أحداً من الجنود الأمريكيين لم يُصب".
const noneOfGap = 5

// noneOfPeopleAt reads, at token k, "أحداً (أياً) من <people> لم يُصب
// (بأذى)" or "... لم يُقتل": nobody of the people named was hurt or
// killed, the subject told before the negated verb. It returns the
// outcome and the token after the phrase.
func (x *Extractor) noneOfPeopleAt(d *doc, k int, r region) (string, int, bool) {
	t := d.toks[k]
	if !noneOfWords[t.Norm] || k+2 >= r.hi || d.toks[k+1].Norm != "من" {
		return "", 0, false
	}
	for j := k + 2; j < r.hi-1 && j <= k+2+noneOfGap; j++ {
		w := d.toks[j]
		if w.Kind != arabic.TokWord {
			return "", 0, false
		}
		if w.Stem != "لم" && w.Norm != "لم" {
			continue
		}
		v := d.toks[j+1]
		o := ""
		switch {
		case v.Stem == "يصب" || v.Stem == "يصاب" || v.Stem == "تصب":
			o = OutcomeWounded
		case killedVerbs[v.Stem] && v.Clitics == "":
			o = OutcomeKilled
		default:
			return "", 0, false
		}
		last := j + 2
		if last < r.hi && (d.toks[last].Stem == "اذي" || d.toks[last].Norm == "باذي") {
			last++ // "لم يُصب بأذى"
		} else if last < r.hi && objectAfter(d.toks[last]) {
			return "", 0, false // "أياً من القذائف لم يُصب هدفاً": the shells hit nothing
		}
		return o, last, true
	}
	return "", 0, false
}

// noneOfGroup gives the victim group of "أحداً من <people> لم يُصب"
// read at token k up to last: the people named between "من" and the
// negation ("أحداً من الجنود الأمريكيين" are US forces); unknown for any
// other zero phrase.
func (x *Extractor) noneOfGroup(d *doc, k, last int, r region, in func(int) bool) string {
	if !noneOfWords[d.toks[k].Norm] || k+2 >= last || d.toks[k+1].Norm != "من" {
		return "unknown"
	}
	inner := r
	inner.hi = k + 2
	for inner.hi < last && d.toks[inner.hi].Stem != "لم" && d.toks[inner.hi].Norm != "لم" {
		inner.hi++
	}
	return x.group(d, k+2, inner, in)
}

// objectAfter reports whether token t, right after "لم يصب", is the
// verb's object, so that the verb is the active "hit" ("لم يصب موقعاً")
// rather than the passive "was hurt": a bare word without a
// preposition before it ("بجروح"، "في الهجوم" tell how or where).
func objectAfter(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return false
	}
	switch t.Norm {
	case "في", "خلال", "جراء", "اثناء", "من", "علي", "الي", "حتي", "حين":
		return false
	}
	return true
}
