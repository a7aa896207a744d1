package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// What a denial denies decides whether it is an occurrence denial. A
// denial denies the deed when its object is the deed or the report of it
// ("لم يحدث أي قصف", "رواية مفبركة عن غارة"). A denial whose object is
// someone's tie to a party, the size of a count or a side's share in the
// planning grants the deed and disputes who was hit, how many, or who
// took part. The functions here read those objects.

// affiliationHeads are the nouns of a person's tie or membership, without
// pronoun suffix, normalised: "انتماؤه لداعش", "عضويته في التنظيم",
// "ارتباطهم بالفصائل".
var affiliationHeads = []string{"انتماء", "انتماؤ", "انتمائ", "انتساب", "ارتباط", "عضويه", "عضويت", "صله", "صلت", "علاقه", "علاقت"}

// isAffiliationWord: w (normalised, one word) is an affiliation noun,
// bare, definite, with a proclitic و/ب/ل or a pronoun suffix.
func isAffiliationWord(w string) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, x := range clitics(w, &cf) {
		x = strings.TrimPrefix(x, "ال")
		for _, h := range affiliationHeads {
			if rest, ok := strings.CutPrefix(x, h); ok && len([]rune(rest)) <= 2 {
				return true
			}
		}
	}
	return false
}

// isTollWord: w (normalised, one word) starts with a word of loss
// ("مقتله", "الضحايا", "إصابات").
func isTollWord(w string) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, x := range clitics(w, &cf) {
		x = strings.TrimPrefix(x, "ال")
		for _, t := range tollWords {
			if !strings.Contains(t, " ") && strings.HasPrefix(x, t) {
				return true
			}
		}
	}
	return false
}

// deniesAffiliationFirst reports whether a denial that carries a toll
// denies the dead's tie to a party before it names the loss: "نفت أسرته
// انتماءه لأي تنظيم بعد مقتله في الغارة". The death is told as given;
// what is denied is who the dead man was, a target matter, not the toll.
func deniesAffiliationFirst(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	for _, w := range arabicWords(normalizeWords(c.Text)) {
		if isTollWord(w) {
			return false
		}
		if isAffiliationWord(w) {
			return true
		}
	}
	return false
}

// exaggerationWords call a count or a claim overstated ("مبالغ فيها",
// "أرقام مضخّمة", "تهويل"), normalised. Overstating presupposes the thing
// overstated: the denial disputes its size, never that it happened.
var exaggerationWords = []string{"مبالغ", "مبالغا", "مبالغه", "مبالغات", "بمبالغه", "مضخم", "مضخمه", "مضخمين",
	"تضخيم", "تضخيما", "بتضخيم", "تهويل", "تهويلا", "بتهويل"}

// callsExaggerated reports whether a denial calls what others said
// overstated rather than false (see exaggerationWords).
func callsExaggerated(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	return slices.ContainsFunc(arabicWords(normalizeWords(c.Text)), func(w string) bool {
		return slices.Contains(exaggerationWords, strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ال"))
	})
}

// deniesOwnShare reports whether a denial that mentions chemical or
// toxic agents denies a party's tie to the deed ("نفى أي صلة للمعارضة
// بالهجوم الكيميائي") rather than that the agents were used: it disputes
// who did it.
func deniesOwnShare(c *claims.Claim) bool {
	return deniesInvolvement(c) || deniesLink(c)
}

// namesDeniedDeed reports whether some denial names the deed it denies by
// a word of its own ("لم تطلق قواتنا أي قذيفة", "نفى وقوع غارة"), not by a
// generic word or one pointing back ("نفى تعرض الناقلة لهجوم", "نفى
// استهداف المخفر", "نفى ذلك"). Only a denial of a named kind of deed is
// opposed just by the accounts that tell of that kind; a denial of "an
// attack" is opposed by every account of the attack, whatever means it
// names (mortar fire, a drone, a raid).
func namesDeniedDeed(ev []*claims.Claim) bool {
	return slices.ContainsFunc(ev, func(c *claims.Claim) bool {
		return !isVagueType(c.EventType) && typedByOwnWord(c)
	})
}

// genericDenialMeets reports whether an account's deed of type t asserts
// what a denial of type typ denies when no denial names its deed by a word
// of its own (see namesDeniedDeed): "استهداف المخفر" is typed a raid by
// default, yet it denies the mortar fire the accuser told of. Movements
// are no attack, and stay apart.
func genericDenialMeets(named bool, t, typ string) bool {
	return !named && !isMovement(t) && !isMovement(typ)
}

// reportDemonstratives point back at what was just told ("هذه"، "تلك"،
// "هذا"، "ذلك"), and reportNouns name reports and claims (normalised):
// "عدّ تلك الأخبار كاذبة"، "معتبراً هذه المزاعم أكاذيب".
var (
	reportDemonstratives = []string{"هذه", "تلك", "هذا", "ذلك"}
	reportNouns          = []string{"الانباء", "الاخبار", "التقارير", "المزاعم", "الادعاءات", "الروايه", "الروايات",
		"المعلومات", "الاتهامات", "الاشاعات", "الشائعات"}
)

// backRefGap is the most bytes between a denial and the claim that
// continues it (a comma and a space, a quote mark).
const backRefGap = 12

// pointsBackAtReports reports whether text names its object by a
// demonstrative and a noun of reports: the reports it calls false are
// those the sentence before denied.
func pointsBackAtReports(text string) bool {
	ws := arabicWords(normalizeWords(text))
	for i := 0; i+1 < len(ws); i++ {
		if slices.Contains(reportDemonstratives, ws[i]) && slices.Contains(reportNouns, ws[i+1]) {
			return true
		}
	}
	return false
}

// captureHeads are verbal nouns of taking people, normalised: a denial
// whose object is one of them ("نفت المصادر اعتقال أي قيادي خلال
// الإنزال"، "نفى القبض على عناصر له") disputes who was taken, an outcome
// of the raid, not the raid. "أسر" is one only before "أي" (it is also
// "families").
var captureHeads = []string{"اعتقال", "القبض", "اختطاف"}

// happeningHeads before the capture noun make the denial one of the deed
// itself: "نفى حصول أي اعتقال"، "نفت وقوع عملية اختطاف".
var happeningHeads = []string{"حصول", "وقوع", "حدوث", "عمليه", "عمليات", "حمله", "مداهمه", "مداهمات"}

// deniesCapture reports whether denial c denies a capture, its first word
// of taking people not preceded by a word of happening or of the raid.
func deniesCapture(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	if c.Stance != claims.StanceDenies {
		return false
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		forms := clitics(w, &cf)
		if slices.ContainsFunc(forms, func(x string) bool { return slices.Contains(happeningHeads, strings.TrimPrefix(x, "ال")) }) {
			return false
		}
		capture := slices.ContainsFunc(forms, func(x string) bool { return slices.Contains(captureHeads, x) }) ||
			slices.Contains(forms, "اسر") && i+1 < len(ws) && ws[i+1] == "اي"
		if capture {
			return true
		}
	}
	return false
}

// continuedDenial is the denial of account a that claim c continues when
// c names its object by pointing back at reports (see
// pointsBackAtReports): the account's denial in the same article that ends
// right before c starts. "نفى ما نشرته مواقع عن أسر جنود له، وعدّ تلك
// الأخبار كاذبة": the reports called false are those of the capture, and
// what the second clause denies is what the first denied.
func continuedDenial(c *claims.Claim, a *account) *claims.Claim {
	if c.Stance != claims.StanceDenies || !pointsBackAtReports(c.Text) {
		return nil
	}
	var prev *claims.Claim
	for _, b := range a.claims {
		if b == c || b.Stance != claims.StanceDenies || b.Article != c.Article || b.End > c.Start || c.Start-b.End > backRefGap {
			continue
		}
		if prev == nil || b.End > prev.End {
			prev = b
		}
	}
	return prev
}

// continuesLossDenial reports whether denial c, which names no figure,
// continues a denial whose first object is a loss (see continuedDenial,
// deniesTollFirst): it denies the loss too, not the deed. A loss named
// further on ("نفى ما قيل عن تعرّض قافلة الجرحى لإطلاق نار") is not what
// the first denial denies, and its continuation denies what it denies.
func continuesLossDenial(c *claims.Claim, a *account) bool {
	p := continuedDenial(c, a)
	return len(c.Figures) == 0 && p != nil && deniesTollFirst(p)
}

// carryOutNouns are the verbal nouns of carrying a deed out, folded:
// "تنفيذ"، "ارتكاب".
var carryOutNouns = []string{"تنفيذ", "ارتكاب"}

// deedObjects are the nouns of a deed, folded and without the article,
// that follow the doer with ل in the frame "تنفيذ X للعملية".
var deedObjects = []string{"عمليه", "هجوم", "غاره", "غارات", "ضربه", "ضربات", "قصف", "تفجير", "مجزره", "اعتداء"}

// reportNamesDoer reports whether claim c tells of a deed by the frame of
// its carrying out, a doer and the deed with ل ("عن تنفيذ فصيل معارض
// للعملية"، "ارتكاب القوات للمجزرة"): what such a report says, and a
// denial of it denies, is who did the deed.
func reportNamesDoer(c *claims.Claim) bool {
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ب")
		w = strings.TrimPrefix(w, "ال")
		if !slices.Contains(carryOutNouns, w) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+6; j++ {
			if x, ok := strings.CutPrefix(ws[j], "لل"); ok && slices.Contains(deedObjects, x) {
				return true
			}
		}
	}
	return false
}
