package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// categoryTargets are the characterisations that name a whole category of
// people or places ("المدنيين"، "المستشفيات"، "المنشآت الطبية"، "أهداف
// مدنية") rather than what one strike hit.
var categoryTargets = map[string]bool{
	"civilians": true, "hospitals": true, "hospital": true, "medical facilities": true, "civilian targets": true,
	"civilian objects": true, "schools": true, "residential areas": true, "civilians and hospitals": true, "hospitals and civilians": true,
}

// normWords are the words of a rule about targets, not of a report of one
// strike: what must stop or be avoided ("وقف استهداف المدنيين"، "لتجنب
// إصابة المدنيين"، "تقليل المخاطر على المدنيين"), what it amounts to
// ("مرفوض"، "غير مقبول"، "لا يمكن القبول به"، "غير قانوني"، "يرقى إلى
// جريمة حرب"، "يتعارض مع القانون"), whoever does it or why ("أياً كانت
// هويتهم"، "تحت أي ذريعة"), a habit or a policy ("تكرار"، "لا يتورع عن"،
// "الاستهداف الممنهج"). Folded stems.
var normWords = foldedSet(
	"وقف", "توقف", "تتوقف", "يتوقف", "تجنب", "تجنيب", "تفادي", "تقليل",
	"مرفوض", "مرفوضا", "مرفوضة", "مقبول", "مقبولة", "قانوني", "قانونية",
	"يرقى", "ترقى", "يتعارض", "تتعارض", "يخالف", "تخالف", "أيا", "تكرار", "يتورع", "تتورع",
	"إيقاف", "ذريعة", "القبول", "ممنهج", "الممنهج",
	// with a proclitic the tokenizer leaves on: "لوقف استهداف المدارس"
	"لوقف", "بوقف", "لإيقاف", "بإيقاف",
	// a warning or a repeated grievance: "حذرت مراراً من استهداف
	// المدنيين"، "استمرار اعتداءاتها على المدنيين"
	"مرارا", "حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذرة", "تحذير", "استمرار",
)

// categoryNouns are the plural nouns (folded stems) behind
// categoryTargets.
var categoryNouns = foldedSet("مدنيين", "مدنيون", "مستشفيات", "مشافي", "منشآت", "أهداف", "مدارس", "أعيان", "مناطق", "أحياء")

// genericTarget reports whether the characterisation t names a category
// ("المدنيين"، "المستشفيات") next to a word that states a rule about
// targeting rather than reports a strike: "قصف المدنيين مرفوض مهما كان
// مصدره"، "طالبت بوقف استهداف المدنيين"، "ضرب المدنيين عمداً قد يرقى
// إلى جرائم حرب". Such a clause says nothing of what this
// event hit; nor does a grievance answered ("رداً على استهداف المدنيين").
// The rule word must stand within a few words of the noun: a
// demand to stop attacks later in a sentence that calls this strike a
// crime against civilians leaves the civilians this strike's.
func genericTarget(d *doc, r region, in func(int) bool, t string) bool {
	if !categoryTargets[t] {
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !categoryNouns[d.toks[k].Stem] {
			continue
		}
		for j := max(r.lo, k-3); j < r.hi && j <= k+5; j++ {
			if j != k && in(j) && (normWords[d.toks[j].Stem] || normWords[d.toks[j].Norm]) {
				return true
			}
		}
		// "رداً على استهداف المدنيين": the category hit in the deed
		// answered, named as a grievance
		if j := k - 3; j >= r.lo && in(j) && responseStem(d.toks[j].Stem) && d.toks[j+1].Norm == "علي" {
			return true
		}
	}
	return false
}

// habitualTargets reports whether the claim tells of a campaign or a habit
// rather than of the story's strike (a background statement, see
// background.go), so that what it names as hit is no characterisation of
// the event: "وتتعرض البلدات منذ أسابيع لقصف يستهدف الأسواق".
func (x *Extractor) habitualTargets(d *doc, r region, in func(int) bool) bool {
	if x.backgroundStatement(d, r, in) || x.habitualDeed(d, r, in) {
		return true
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		if habitWords[d.toks[k].Stem] || pastYears(d, r, k) || usedTo(d, r, k) {
			return true
		}
	}
	return false
}

// habitWords tell of a habit or of earlier strikes brought back to mind,
// not of the strike of the story: "اعتاد الطيران على شن غارات"، "تنفذ
// الطائرات بين فترة وأخرى ضربات"، "زعموا في مناسبات سابقة"، "يعيد إلى
// الأذهان". Folded stems.
var habitWords = foldedSet("مناسبات", "أذهان")

// usedTo reports whether the word at k is a verb of habit governing a
// deed of attack within three words: "اعتاد على شن اعتداءات"، "اعتادت
// قصف القرى"; a habit of making claims ("مزاعم اعتادت ترويجها") is not.
func usedTo(d *doc, r region, k int) bool {
	switch d.toks[k].Stem {
	case "اعتاد", "اعتادت", "يعتاد", "تعتاد", "اعتادوا":
	default:
		return false
	}
	for j := k + 1; j < r.hi && j <= k+3; j++ {
		switch d.toks[j].Stem {
		case "شن", "قصف", "استهداف", "تنفيذ", "ضرب", "الاعتداء", "اعتداء":
			return true
		}
	}
	return false
}

// pastYears reports whether the word at k opens a span of past years,
// months or weeks: "خلال الأعوام الماضية"، "خلال السنوات الأخيرة"، "خلال
// العامين الماضيين"، "على مدار سنوات"، "على مدى أسابيع"، "خلال الأسبوعين الماضيين".
func pastYears(d *doc, r region, k int) bool {
	s := d.toks[k].Stem
	if k+1 >= r.hi {
		return false
	}
	switch s {
	case "خلال", "مدار":
	case "طوال", "طيله", "مدي":
		// "طوال الأشهر السابقة"، "على مدى أسابيع": a stretch of time,
		// whatever its length
		if d.toks[k+1].Stem == "اسابيع" {
			return true
		}
	default:
		return sinceSpanHabit(d, r, k)
	}
	switch d.toks[k+1].Stem {
	case "اعوام", "سنوات", "عامين", "سنتين", "اشهر", "شهور", "سنين":
		return true
	case "اسابيع", "اسبوعين":
		// weeks make a campaign "على مدى أسابيع" or "خلال الأسابيع
		// الماضية"; "ثاني هجوم خلال أسابيع" counts attacks, each its own
		// incident with its own target.
		return d.toks[k].Stem != "خلال" || k+2 < r.hi && pastWords[d.toks[k+2].Norm]
	}
	return false
}

// pastWords are the adjectives that make a span one just gone by
// (normalised): "الماضية"، "الماضيين"، "الأخيرة".
var pastWords = map[string]bool{"الماضيه": true, "الماضيين": true, "الاخيره": true, "الاخيرين": true, "الفائته": true}

// sinceSpanHabit reports whether "منذ" at k opens a span of days, weeks or
// more after a past progressive ("كانت الطائرات تقصف منذ أيام قرى ..."):
// what was being done over the span, not the story's strike.
func sinceSpanHabit(d *doc, r region, k int) bool {
	if d.toks[k].Stem != "منذ" || k+1 >= r.hi {
		return false
	}
	switch d.toks[k+1].Stem {
	case "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-5; j-- {
		switch d.toks[j].Stem {
		case "كان", "كانت", "كانوا":
			if n := d.toks[j+1]; n.Kind == arabic.TokWord && len([]rune(n.Stem)) >= 4 &&
				(strings.HasPrefix(n.Stem, "ي") || strings.HasPrefix(n.Stem, "ت")) {
				return true
			}
			if j+2 < r.hi && j+2 < k {
				// "كانت الطائرات الروسية تقصف": the subject between
				for i := j + 1; i < k; i++ {
					if n := d.toks[i]; len([]rune(n.Stem)) >= 4 && strings.HasPrefix(n.Stem, "ت") && !n.Article {
						return true
					}
				}
			}
		}
	}
	return false
}
