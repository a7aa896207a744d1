package claims

import "github.com/riwaya/riwaya/claims/arabic"

// campaignImperfects are imperfect verbs that tell an ongoing deed or
// state ("تشنّ"، "تواصل"، "تتعرض"، "تشهد"): followed by "منذ" and the start
// of a long period they describe a campaign, not one dated strike.
var campaignImperfects = foldedSet(
	"تنفذ", "ينفذ", "تشن", "يشن", "تواصل", "يواصل", "تتواصل", "يتواصل", "تتعرض", "يتعرض", "تشهد", "يشهد",
	"تقصف", "يقصف", "تستهدف", "يستهدف", "تخوض", "يخوض", "تدور", "يدور", "تتصاعد", "يتصاعد", "تعاني", "يعاني",
	"تشارك", "يشارك", "تقود", "يقود", "تحاصر", "يحاصر", "تفرض", "يفرض", "تتعرضان", "يتعرضون", "تشنان", "يشنون",
	"يواصلون", "ينفذون", "يقصفون", "يستهدفون", "تتكرر", "يتكرر", "تكثف", "يكثف", "تتكثف", "يتكثف", "تصعد",
	"يصعد", "تتوالى", "يتوالى",
)

// sincePeriods are the (folded, bare) nouns after "منذ" that open a long
// period: "منذ مطلع"، "منذ أواخر"، "منذ أشهر"، "منذ بداية"; a month
// ("منذ تشرين الثاني الماضي"، "منذ يناير") or a turning point ("منذ سقوط
// النظام"، "منذ توقيع الاتفاق").
var sincePeriods = foldedSet("نهاية", "مطلع", "أواخر", "أوائل", "منتصف", "أشهر", "شهور", "أسابيع", "أعوام",
	"سنوات", "بداية", "بدء", "انطلاق", "عدة", "سقوط", "انهيار", "توقيع", "إعلان",
	"كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
	"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")

// sincePeriod reports whether the word after "منذ" opens a long period;
// the whole word counts too, where a letter of it reads as a clitic
// ("كانون" is no "ك" + "انون").
func sincePeriod(t arabic.Token) bool {
	return sincePeriods[t.Stem] || sincePeriods[t.Norm]
}

// superlatives of a deed compared with a period ("الأعنف منذ أشهر") speak
// of this one deed, not of a campaign.
var sinceSuperlatives = foldedSet("أعنف", "أكبر", "أشد", "أكثر", "أول", "أولى", "أخطر", "أسوأ", "أوسع", "أدمى")

// campaignWindow is how many words before "منذ" the imperfect verb may
// stand (its subject comes between: "وتشن المقاتلات التابعة للتحالف منذ"،
// "وتشهد البلدات الممتدة بمحاذاة نهر العاصي في سهل الغاب الشمالي منذ").
const campaignWindow = 10

// sinceCampaign reports whether the region tells an ongoing campaign: a
// campaign imperfect, then within a few words "منذ" and a long period
// ("وتشنّ الطائرات منذ مطلع الشهر غارات"، "وتتعرض البلدات منذ أسابيع
// لقصف"). Such a sentence has no one date and joins no single strike.
func (x *Extractor) sinceCampaign(d *doc, r region) bool {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || t.Stem != arabic.Fold("منذ") || k+1 >= r.hi || !sincePeriod(d.toks[k+1]) {
			continue
		}
		if campaignVerbBefore(d.toks, r.lo, k) {
			return true
		}
	}
	return false
}

// campaignVerbBefore reports whether a campaign imperfect stands within
// campaignWindow words before since, in the same clause and with no
// superlative between.
func campaignVerbBefore(toks []arabic.Token, lo, since int) bool {
	n := 0
	for j := since - 1; j >= lo && n < campaignWindow; j-- {
		t := toks[j]
		if t.Kind == arabic.TokPunct {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		n++
		if sinceSuperlatives[t.Stem] {
			return false
		}
		if campaignImperfects[t.Stem] {
			return true
		}
	}
	return false
}

// aimVerbs are the forms of "استهدف" that may take a single person
// as their object.
var aimVerbs = foldedSet("استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف")

// singlePersons are a lone civilian or member named as the object of a
// deed, indefinite and in the accusative ("مواطناً"، "شاباً"، "عنصراً").
var singlePersons = foldedSet("مواطنا", "شابا", "رجلا", "عنصرا", "قياديا", "مختارا", "طفلا", "امرأة", "سيدة",
	"ضابطا", "مدنيا", "شخصا", "طبيبا", "معلما", "مدرسا", "ناشطا", "صحفيا", "إعلاميا")

// personWindow is how many words may stand between the verb and its
// object (its subject and a time: "استهدف مسلحون مجهولون فجر اليوم شاباً").
const personWindow = 4

// targetsOnePerson reports whether the region tells a deed aimed at one
// person with no means named ("الاعتداء الذي استهدف أمس مواطناً"): in
// this war's news such a deed is a shooting or an assassination, a ground
// attack, not an air raid.
func (x *Extractor) targetsOnePerson(d *doc, r region) bool {
	for k := r.lo; k < r.hi; k++ {
		if d.toks[k].Kind != arabic.TokWord || !aimVerbs[d.toks[k].Stem] {
			continue
		}
		n := 0
		for j := k + 1; j < r.hi && n < personWindow; j++ {
			t := d.toks[j]
			if t.Kind == arabic.TokPunct {
				break
			}
			if t.Kind != arabic.TokWord {
				continue
			}
			n++
			if singlePersons[t.Norm] {
				return true
			}
		}
	}
	return false
}
