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
}

// zeroNouns are what nobody suffered, with the outcome each names.
var zeroNouns = map[string]string{
	"اصابات": OutcomeWounded, "جرحي": OutcomeWounded, "مصابين": OutcomeWounded, "قتلي": OutcomeKilled,
	"ضحايا": OutcomeKilledOrWounded, "خسائر": OutcomeKilledOrWounded, "اذي": OutcomeKilledOrWounded,
}

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
	if !zeroNegators[t.Stem] && !zeroNegators[t.Norm] && !zeroNegators[strings.TrimPrefix(t.Norm, "و")] {
		return "", 0, false // "ولم" keeps its و in the stem
	}
	j := k + 1
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
	if verbs == 0 && t.Norm != "لا" && t.Norm != "دون" && t.Norm != "بدون" {
		return "", 0, false // "لم" alone before a noun is no such statement
	}
	if verbs > 0 && j < r.hi && zeroPlaceWords[d.toks[j].Norm] {
		j++ // "ولم يسقط فيها قتلى"، "لم تقع جراءه إصابات"
	}
	if j < r.hi && d.toks[j].Norm == "اي" {
		j++
		if o, ok := zeroSingulars[d.toks[j].Stem]; ok && j < r.hi && !d.toks[j].Article {
			return o, j + 1, true // "لم تسفر الغارة عن سقوط أي قتيل"
		}
	}
	return zeroNounAt(d, j, r, suffered)
}

// negatedAny reports whether "أي" stands right before token k (or before
// the casualty noun before it) with a negator at most five words before it: "لم تسفر الغارة عن سقوط أي قتيل"
// counts nobody.
func negatedAny(d *doc, k int, r region) bool {
	if k-2 >= r.lo && d.toks[k-2].Norm == "اي" && zeroSingulars[d.toks[k-1].Stem] != "" {
		k-- // "أي قتيل مدني": the person after the casualty noun
	}
	if k-1 < r.lo || d.toks[k-1].Norm != "اي" {
		return false
	}
	for j := k - 2; j >= r.lo && j >= k-7; j-- {
		t := d.toks[j]
		if zeroNegators[t.Stem] || zeroNegators[t.Norm] || zeroNegators[strings.TrimPrefix(t.Norm, "و")] {
			return true
		}
	}
	return false
}

// zeroSingulars are singular nouns of a casualty that "أي" after a
// negation makes none at all (folded stems): "لم تسفر الغارة عن سقوط أي قتيل"،
// "دون وقوع أي ضحية"، "لم تسجل أي إصابة".
var zeroSingulars = map[string]string{
	"قتيل": OutcomeKilled, "جريح": OutcomeWounded, "مصاب": OutcomeWounded, "اصابه": OutcomeWounded,
	"ضحيه": OutcomeKilledOrWounded,
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
		st := d.toks[j].Stem
		suffered = st == "تتكبد" || st == "يتكبد" || st == "تكبد"
		j++
		verbs++
		if j < r.hi && (d.toks[j].Norm == "عن" || d.toks[j].Norm == "الي") {
			j++
		}
	}
	return j, verbs, suffered
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
	losses := d.toks[j].Stem == "خسائر"
	j++
	human := j < r.hi && d.toks[j].Norm == "بشريه"
	if losses && !human && !suffered {
		return "", 0, false // "دون خسائر" may be material
	}
	if o != OutcomeKilledOrWounded && j+1 < r.hi && (d.toks[j].Norm == "او" || d.toks[j].Norm == "و") {
		if o2, ok := zeroNouns[d.toks[j+1].Stem]; ok && o2 != o {
			o, j = OutcomeKilledOrWounded, j+2 // "قتلى أو جرحى"
		}
	}
	if j < r.hi && d.toks[j].Norm == "بشريه" {
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
