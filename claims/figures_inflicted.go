package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Bare plurals inflicted: the object of "أوقع" (to inflict) or the
// martyrs' verb is a toll with no number ("أوقع قتلى في صفوفهم"، "موقعة
// في صفوفهم قتلى"، "ارتقاء شهداء"): a vague figure of at least two. A
// pair ("أوقع قتلى وجرحى") is coded now as two tolls, now as one combined
// toll, and is left alone; a multitude after the noun ("قتلى بالعشرات")
// is a number and counts by itself.

// inflictVerbs are the forms of "أوقع" and of the martyrs' rise that take
// a bare toll as their object (folded stems). The masculine participle
// "موقع" and its accusative read as "site" and are left out.
var inflictVerbs = map[string]bool{
	"اوقع": true, "اوقعت": true, "اوقعا": true, "اوقعوا": true, "يوقع": true, "توقع": true, "يوقعون": true,
	"موقعه": true, "موقعين": true, "ايقاع": true,
	"ارتقاء": true, "ارتقي": true, "ارتقت": true,
}

// inflictedNouns are the bare outcome plurals an inflicting verb takes.
// "ضحايا" is left out: it names the killed and the wounded alike.
var inflictedNouns = map[string]string{
	"قتلي": OutcomeKilled, "شهداء": OutcomeKilled, "جرحي": OutcomeWounded, "مصابين": OutcomeWounded,
	"اصابات": OutcomeWounded,
}

// inflictedFigures finds bare outcome plurals after an inflicting verb.
func (x *Extractor) inflictedFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !inflictVerbs[t.Stem] || t.Article || bareNegated(d, k, r) {
			continue
		}
		j, ok := x.inflictedObject(d, k, r)
		if !ok {
			continue
		}
		n := d.toks[j]
		if covers(have, n.Start) || j+1 < r.hi && (x.isNumberWord(d, j+1) || d.toks[j+1].Kind == arabic.TokNumber || pairedOutcome(d.toks[j+1])) {
			continue
		}
		f := bareVague(inflictedNouns[n.Stem], x.group(d, j+1, r, in), n.Start, n.End)
		if f.Group == "others" {
			f.Group = "unknown"
		}
		out = append(out, figCand{Figure: f, first: j, last: j + 1})
	}
	return out
}

// inflictedObject finds the bare outcome plural that is the object of the
// verb at k, past its subject ("أوقع القصف قتلى") or "في صفوف ..." /
// "بين ..." ("موقعة في صفوفهم قتلى"), within four words and no number.
func (x *Extractor) inflictedObject(d *doc, k int, r region) (int, bool) {
	for j := k + 1; j < r.hi && j <= k+4; j++ {
		n := d.toks[j]
		if n.Kind != arabic.TokWord || x.isNumberWord(d, j) || n.Stem == "اي" {
			return 0, false
		}
		if _, ok := inflictedNouns[n.Stem]; ok && !n.Article {
			return j, true
		}
	}
	return 0, false
}

// pairedOutcome reports whether t joins a second outcome plural to the
// first: "قتلى وجرحى".
func pairedOutcome(t arabic.Token) bool {
	_, ok := inflictedNouns[t.Stem]
	return ok && hasClitic(t.Clitics, 'و') && !t.Article
}

// victimHeads are verbal nouns of an outcome that take bare plural people
// as their genitive: "مقتل مدنيين"، "استشهاد أطفال"، "إصابة عناصر من ..."
// (folded stems).
var victimHeads = map[string]string{
	"مقتل": OutcomeKilled, "استشهاد": OutcomeKilled, "اغتيال": OutcomeKilled, "مصرع": OutcomeKilled,
	"اصابه": OutcomeWounded,
}

// victimPlurals are plural people a victim head takes with no number,
// beyond barePluralPeople (folded stems).
var victimPlurals = map[string]string{
	"اشخاص": "unknown", "افراد": "unknown", "مواطنين": "civilians", "مسلحين": "fighters", "ارهابيين": "fighters",
}

// bareVictimsFigures finds a victim head that is the result of a result
// verb, followed by bare plural people with no number: "أسفرت الغارة عن
// مقتل مدنيين" is a vague toll of at least two. A head without a result
// verb ("تشير التقارير إلى مقتل مدنيين"، "ما تروجه عن مقتل جنود") reports
// another's claim and is left alone; so is a number after the people
// ("مقتل عسكريين روسيين اثنين": it counts them itself), a named group
// ("مقتل أفراد الطاقم"), and a negated, feared or generic head ("لا معلومات
// تشير إلى ..."، "مخاوف من إصابة مدنيين"، "كل الأنباء عن ...").
func (x *Extractor) bareVictimsFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k+1 < r.hi; k++ {
		t, n := d.toks[k], d.toks[k+1]
		o, ok := victimHeads[t.Stem]
		if !ok || t.Article || !in(k) || !in(k+1) || n.Kind != arabic.TokWord || n.Article || n.Clitics != "" {
			continue
		}
		if !resultBefore(d, k, r) {
			continue
		}
		g, ok := barePluralPeople[n.Stem]
		if !ok {
			g, ok = victimPlurals[n.Stem]
		}
		if !ok || covers(have, n.Start) || covers(have, t.Start) || bareNegated(d, k, r) || negatedAny(d, k, r) || negatedClause(d, k, r) || warnedBefore(d, k, r) ||
			x.numberSoonAfter(d, k+2, r) || construct(d, k+2, r) {
			continue
		}
		f := bareVague(o, g, t.Start, n.End)
		if g2 := x.group(d, k+1, r, in); g2 != "unknown" && g2 != "others" && g2 != "" {
			f.Group = g2
		}
		out = append(out, figCand{Figure: f, first: k, last: k + 2})
	}
	return out
}

// warnedBefore reports whether the head at k is what a warning or a fear
// is about ("حذّر من إصابة جنود"، "تحذير أممي من مقتل أطفال"، "خشية من
// مقتل مدنيين"), what is to be avoided ("لتجنب مقتل مدنيين"), or what
// "all" reports say in general ("كل الأخبار عن مقتل أطفال").
func warnedBefore(d *doc, k int, r region) bool {
	if k-1 >= r.lo {
		switch d.toks[k-1].Stem {
		case "منع", "تجنب", "تفادي":
			return true
		}
	}
	for j := k - 1; j >= r.lo && j >= k-4; j-- {
		switch t := d.toks[j]; {
		case t.Kind != arabic.TokWord:
			return false
		case t.Stem == "كل":
			return true
		case warnWords[t.Stem] && j+2 <= k && hasFrom(d, j+1, k):
			return true
		}
	}
	return false
}

// warnWords are nouns and verbs of warning and fear (folded stems).
var warnWords = map[string]bool{"تحذير": true, "حذر": true, "حذرت": true, "يحذر": true, "تحذر": true, "خشيه": true,
	"خوف": true, "مخاوف": true, "قلق": true, "مخاطر": true, "خطر": true}

// hasFrom reports whether "من" stands among the tokens [from, to).
func hasFrom(d *doc, from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].Norm == "من" {
			return true
		}
	}
	return false
}

// construct reports whether the word at k is a definite genitive that makes
// the people before it definite ("مقتل أفراد الطاقم"): they are named,
// not counted.
func construct(d *doc, k int, r region) bool {
	return k < r.hi && d.toks[k].Kind == arabic.TokWord && d.toks[k].Article && d.toks[k].Clitics == ""
}

// numberSoonAfter reports whether a number stands within the two words
// from k: the people are counted after their adjective.
func (x *Extractor) numberSoonAfter(d *doc, k int, r region) bool {
	for j := k; j < r.hi && j < k+2; j++ {
		if d.toks[j].Kind == arabic.TokNumber || x.isNumberWord(d, j) {
			return true
		}
		if d.toks[j].Kind == arabic.TokPunct {
			return false
		}
	}
	return false
}

// clauseNegators deny what their clause reports (folded).
var clauseNegators = map[string]bool{"لا": true, "ولا": true, "لم": true, "ولم": true, "لن": true, "ليس": true, "ليست": true,
	"عدم": true, "نفي": true, "نفت": true, "ينفي": true, "تنفي": true}

// negatedClause reports whether a negator stands in the clause before k,
// within twelve words and no punctuation: "لا يملك أي معلومات تشير إلى
// مقتل مدنيين".
func negatedClause(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-12; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if clauseNegators[t.Norm] {
			return true
		}
	}
	return false
}

// resultVerbs give the head after them as the result of the attack:
// "أسفر عن"، "أدى إلى"، "تسبب بـ" (folded stems, with the particle they
// take).
var resultVerbs = map[string]string{
	"اسفر": "عن", "اسفرت": "عن", "يسفر": "عن", "تسفر": "عن", "مسفره": "عن", "مسفرا": "عن", "اسفرا": "عن",
	"ادي": "الي", "ادت": "الي", "يودي": "الي", "تودي": "الي", "موديه": "الي", "موديا": "الي", "اديا": "الي",
	"تسبب": "ب", "تسببت": "ب", "يتسبب": "ب", "تتسبب": "ب", "متسببا": "ب", "متسببه": "ب",
}

// resultBefore reports whether the head at k is the result of a result
// verb, right before its particle or past the verb's subject: "أسفرت
// الغارة عن مقتل"، "ما أدى إلى إصابة"، "تسبب الهجوم بمقتل".
func resultBefore(d *doc, k int, r region) bool {
	particle, v := "ب", k-1
	if !strings.HasSuffix(d.toks[k].Clitics, "ب") {
		if k-1 < r.lo || d.toks[k-1].Norm != "عن" && d.toks[k-1].Norm != "الي" {
			return false
		}
		particle, v = d.toks[k-1].Norm, k-2
	}
	for j := v; j >= r.lo && j >= v-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if p, ok := resultVerbs[t.Stem]; ok {
			return p == particle
		}
	}
	return false
}

// leftBehindVerbs are forms of "خلّف" and "أسفر" (to leave behind, to
// result in) that take a toll as their object (folded stems).
var leftBehindVerbs = map[string]bool{
	"خلف": true, "خلفت": true, "يخلف": true, "تخلف": true, "خلفا": true, "خلفوا": true,
	"مخلفه": true, "مخلفا": true,
}

// inflictsToll reports whether t is a verb whose object is the toll it
// causes ("أوقعت عشرة جرحى", "خلّف خمسة جرحى"): the outcome is the
// object noun's, not the verb's.
func inflictsToll(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && (inflictVerbs[t.Stem] || leftBehindVerbs[t.Stem])
}
