package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Constructions that call a report false, beyond the fixed phrases of
// denialNouns: an intensifier inside "عارٍ عن الصحة", a report noun with a
// predicate of falsehood some words after it, and a report characterised
// "بأنه" as claims or lies.

// devoidWords are the folded forms of "devoid (of truth)": عارٍ، عارية.
var devoidWords = foldedSet("عار", "عارية", "عاريا", "عارا", "عاريان", "عاريتان")

// intensifiers may stand inside a phrase of falsehood: "عارية تماماً عن
// الصحة"، "لا أساس لها إطلاقاً"، "كاذبة جملة وتفصيلاً".
var intensifiers = foldedSet("تماما", "كليا", "كلية", "بالكامل", "إطلاقا", "اطلاقا", "جملة", "وتفصيلا", "أصلا", "اصلا", "بتاتا")

// truthWords are the folded forms of "the truth" after عن or من.
var truthWords = foldedSet("الصحة", "الحقيقة")

// devoidOfTruth reports whether token k opens "عارٍ (تماماً) عن (من)
// الصحة", with up to two intensifiers before the preposition.
func devoidOfTruth(d *doc, k int, r region) bool {
	if !devoidWords[d.toks[k].Stem] {
		return false
	}
	j := k + 1
	for n := 0; n < 2 && j < r.hi && intensifiers[d.toks[j].Norm]; n++ {
		j++
	}
	if j+1 >= r.hi || d.toks[j].Norm != "عن" && d.toks[j].Norm != "من" {
		return false
	}
	return truthWords[d.toks[j+1].Norm]
}

// judgedReports are the folded stems of a report or a charge whose truth a
// speaker may judge: "الأنباء"، "التقارير"، "المزاعم"، "الرواية"، "الحديث".
var judgedReports = foldedSet("أنباء", "انباء", "تقارير", "أخبار", "اخبار", "مزاعم", "ادعاءات", "اتهامات", "رواية", "روايات",
	"حديث", "معلومات", "خبر", "ادعاء", "اتهام", "مقاطع", "صور")

// falsePredicates are the folded adjectives that call a report false
// when one stands before them in the clause: "كاذبة"، "باطلة"، "زائفة"،
// "مضللة". Bare, without a report before them, they may be an
// attacker's pretext ("ذرائع كاذبة") and deny nothing.
var falsePredicates = foldedSet("كاذبة", "كاذب", "كاذبان", "باطلة", "باطل", "زائفة", "زائف", "مضللة", "مضلل", "واهية")

// chargeNouns call a report claims or lies when "بأنه" puts them on it:
// "وصف الاتهامات بأنها مزاعم"، "اعتبر ما نشر بأنه أوهام".
var chargeNouns = foldedSet("مزاعم", "ادعاءات", "أكاذيب", "اكاذيب", "تضليل", "افتراءات", "أوهام", "اوهام", "دعاية", "إشاعات", "اشاعات", "تلفيق")

// thatItWords are the folded "بأنه"، "بأنها"، "بأنهم"، "أنها".
var thatItWords = foldedSet("بأنه", "بأنها", "بأنهم", "بانه", "بانها", "بانهم")

// reportGap is how many words a report noun may stand before the
// predicate that calls it false: "الأنباء عن قصف المدرسة في البلدة كاذبة".
const reportGap = 8

// reportCalledFalse reports whether token k calls a report of a deed
// false: a predicate of falsehood with a report noun at most reportGap
// words before it in the same clause and a word of the deed between
// them, or a charge noun right after "بأنه" with the deed before it. A
// bare "الاتهامات باطلة" judges no deed the claim tells.
func (x *Extractor) reportCalledFalse(d *doc, k int, r region) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord {
		return false
	}
	if chargeNouns[t.Stem] && k-1 >= r.lo && thatItWords[d.toks[k-1].Norm] {
		return x.deedBetween(d, r.lo, k)
	}
	// the folded surface, not the stem: "كاذبة" would lose its كاف as
	// a proclitic
	if !falsePredicates[strings.TrimPrefix(t.Norm, "و")] || t.Article {
		return false // "الرواية الكاذبة" is a report named, not judged
	}
	for j := k - 1; j >= r.lo && j >= k-reportGap; j-- {
		w := d.toks[j]
		if w.Kind == arabic.TokPunct && !w.IsQuote() {
			return false
		}
		if judgedReports[w.Stem] {
			return x.deedBetween(d, j+1, k)
		}
	}
	return false
}

// mishapHeads are the folded stems of a mishap that may cause a blast
// or a fire on their own ("تماس"، "ماس" كهربائي), and those that need a
// word after them ("خطأ فني"، "عطل تقني"، "سوء التخزين"), with it.
var (
	mishapHeads     = foldedSet("تماس", "ماس")
	mishapFaults    = foldedSet("خطأ", "خطا", "عطل", "خلل")
	mishapFaultKind = foldedSet("فني", "تقني", "كهربائي")
	mishapMisuse    = foldedSet("تخزين", "خزن", "التخزين", "الخزن", "تخزينها", "تخزينه")
)

// mishapAt reports whether token j names a mishap: a short circuit, a
// technical fault, or bad storage ("سوء تخزين الذخائر").
func mishapAt(d *doc, j int, r region) bool {
	t := d.toks[j]
	if mishapHeads[t.Stem] {
		return true
	}
	if j+1 >= r.hi {
		return false
	}
	next := d.toks[j+1]
	switch {
	case mishapFaults[t.Stem]:
		return mishapFaultKind[next.Stem]
	case t.Stem == "سوء":
		return mishapMisuse[next.Norm] || mishapMisuse[next.Stem]
	}
	return false
}

// deedBetween reports whether tokens [lo, hi) hold an event word.
func (x *Extractor) deedBetween(d *doc, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if _, _, ok := x.triggers.at(d.toks, j); ok {
			return true
		}
	}
	return false
}
