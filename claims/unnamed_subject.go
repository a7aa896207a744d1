package claims

import "github.com/riwaya/riwaya/claims/arabic"

// An unnamed doer ("المجموعات الإرهابية"، "مسلحون"، "عصابات خارجة عن
// القانون") is read as the subject of an attack verb only right before it
// (actorBefore), so that a counted or hit group ("قتل عشرة مسلحين في
// القصف") is never taken for the doer. Official and agency copy often puts
// where the doers are between subject and verb: "المجموعات الإرهابية
// المنتشرة في الحي استهدفت ..."، "إرهابيون متحصنون في البساتين أطلقوا
// قذائف ..."، "التنظيمات الإرهابية في الوادي أقدمت على تفجير ...", and
// quotes the word of blame: "«إرهابيين» أطلقوا". unnamedSubjectBefore reads
// that subject when the clause opens at it.

// positionParticiples say where armed men are placed: "المتحصنة"،
// "المنتشرين"، "المتمركزة"، "الموجودة"، "المتواجدين"، and the imperfect
// "ينتشرون". They take a place through a preposition after them.
var positionParticiples = foldedSet(
	"المتحصنه", "المتحصنين", "المتحصنون", "متحصنه", "متحصنين", "متحصنون",
	"المنتشره", "المنتشرين", "المنتشرون", "منتشره", "منتشرين", "منتشرون",
	"المتمركزه", "المتمركزين", "المتمركزون", "متمركزه", "متمركزين", "متمركزون",
	"الموجوده", "الموجودين", "الموجودون", "موجوده", "موجودين", "موجودون",
	"المتواجده", "المتواجدين", "المتواجدون", "متواجده", "متواجدين", "متواجدون",
	"المتمترسه", "المتمترسين", "متمترسه", "متمترسين",
	"المتسلله", "المتسللين", "متسلله", "متسللين",
	"المسيطره", "المسيطرين", "المرابطه", "المرابطين", "الناشطه", "الناشطين",
	"المتخفيه", "المتخفين", "المختبئه", "المختبئين", "مختبئين", "مختبئه",
	// the imperfect of the same verbs: "إرهابيون ينتشرون في الريف"
	"ينتشرون", "تنتشر", "يتحصنون", "تتحصن", "يتمركزون", "تتمركز", "يتواجدون", "تتواجد", "يتمترسون", "تتمترس",
	"يتخفون", "يختبئون")

// locativeWords open the phrase of place itself: "في الحي"، "داخل
// المدينة"، "قرب الطريق".
var locativeWords = foldedSet("في", "داخل", "قرب", "بالقرب", "عند", "على", "ضمن", "حول", "شمال", "جنوب", "شرق",
	"غرب", "شمالي", "جنوبي", "شرقي", "غربي", "بين", "خارج")

// undertakingVerbs take the deed as their complement: "أقدمت على
// تفجير"، "قاموا بإطلاق"، "عمدت إلى قصف".
var undertakingVerbs = foldedSet("اقدم", "اقدمت", "اقدموا", "قام", "قامت", "قاموا", "عمد", "عمدت", "عمدوا")

// pastDeedVerbs add to finiteDeedVerbs the perfect forms that agree with a
// plural or feminine subject only, so that no noun of the same letters is
// read as a verb: "فجروا"، "اعتدت"، "قتلوا".
var pastDeedVerbs = foldedSet("فجرت", "فجروا", "اعتدت", "اعتدوا", "قتلوا", "اغتالت", "اغتالوا", "خطفوا",
	"اختطفت", "اختطفوا", "قصفت", "قصفوا", "هاجموا", "زرعت", "زرعوا")

// maxLocativeGap bounds the words between the unnamed subject and its verb.
const maxLocativeGap = 6

// unnamedSubjectBefore returns the doer read by unnamedDoerAt (vagueDoer,
// or the party the unnamed doer is tied to) when it opens a clause and
// stands before the attack verb at k (or before the verb of undertaking
// whose complement the deed at k is), separated only by quotation marks or
// by where the doers are.
func (x *Extractor) unnamedSubjectBefore(d *doc, k int, r region, in func(int) bool) (string, bool) {
	v, ok := x.subjectVerbAt(d, k, r)
	if !ok {
		return "", false
	}
	for p := v - 1; p >= r.lo && p >= v-maxLocativeGap-4; p-- {
		if !in(p) || d.toks[p].Kind == arabic.TokPunct && !d.toks[p].IsQuote() {
			return "", false
		}
		a, m, ok := x.unnamedDoerAt(d, p)
		if !ok || m.Last > v || m.Clitics != "" && m.Clitics != "و" && m.Clitics != "ف" {
			continue
		}
		if m.Last == v || !clauseOpensAt(d, p, r) || !x.locativeGap(d, m.Last, v) {
			// right before the verb, actorBefore judges it ("إن المسلحين
			// قصفوا" may point back to the article's gunmen)
			return "", false
		}
		return a, true
	}
	return "", false
}

// subjectVerbAt returns the finite verb whose subject is sought for the
// deed at k: k itself when it is a perfect attack verb, or such a verb or
// a verb of undertaking up to three words before it ("أطلقت قذائف"،
// "أقدمت على تفجير").
func (x *Extractor) subjectVerbAt(d *doc, k int, r region) (int, bool) {
	finite := func(t arabic.Token) bool {
		return t.Kind == arabic.TokWord && (t.Clitics == "" || t.Clitics == "و" || t.Clitics == "ف") &&
			(finiteDeedVerbs[t.Norm] || pastDeedVerbs[t.Norm] || pastDeedVerbs[t.Stem])
	}
	if finite(d.toks[k]) {
		return k, true
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return 0, false
		}
		if t.Clitics == "" && undertakingVerbs[t.Norm] || finite(t) {
			return j, true
		}
	}
	return 0, false
}

// locativeGap reports whether the tokens from lo up to v are only
// quotation marks, or a phrase of place: a participle of position or a
// locative word first, then at most maxLocativeGap words, none of them an
// event word or a new clause.
func (x *Extractor) locativeGap(d *doc, lo, v int) bool {
	words := 0
	for j := lo; j < v; j++ {
		t := d.toks[j]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord || t.Clitics == "و" || t.Clitics == "ف" {
			return false
		}
		if words == 0 && !positionParticiples[t.Norm] && !locativeWords[t.Norm] {
			return false
		}
		if _, _, ok := x.triggers.at(d.toks, j); ok {
			return false
		}
		words++
	}
	return words <= maxLocativeGap
}
