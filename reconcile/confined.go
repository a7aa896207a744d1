package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// confineWords are the words by which a speaker says what its strikes
// were confined to: the perfect of "اقتصر" and "انحصر" ("اقتصرت الضربات
// على مقرات المسلحين"، "انحصر القصف في مرابض الهاون"), their verbal
// nouns ("مع اقتصار الغارات على ...") and the adverb "حصراً" ("استهدفت
// حصراً مواقع التنظيم"). The imperfect states a rule of conduct, not
// this strike (see habitualLimit), and is not listed. Forms are
// normalised (see normalizeWords).
var confineWords = []string{"اقتصر", "اقتصرت", "انحصر", "انحصرت", "اقتصار", "انحصار", "حصرا"}

// confineReach is how many words after a confining word may name what the
// strikes were confined to.
const confineReach = 7

// confinedToMilitary reports whether text says the strikes were confined
// to a military target: a confining word followed, within a few words, by
// words that class as military ("انحصرت في تجمعات الفصائل"). Damage
// confined to material losses ("اقتصرت الأضرار على الماديات") names no
// target and does not count.
func confinedToMilitary(text string) bool {
	ws := arabicWords(normalizeWords(text))
	for i, w := range ws {
		if !slices.Contains(confineWords, strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")) &&
			!(exceptAfterNegation(ws, i) && slices.Contains(pastNegators, exceptNegator(ws, i))) {
			continue
		}
		if confinedPhraseMilitary(ws[i+1 : min(len(ws), i+1+confineReach)]) {
			return true
		}
	}
	return false
}

// Exception after negation confines as "اقتصر" does: "لم تطل الغارات
// سوى مواقع المسلحين"، "ما استهدف القصف إلا نقاط التنظيم". A negated
// perfect ("لم" with the jussive, "ما" with the perfect) tells this strike;
// a negated imperfect ("لا تستهدف عملياتنا إلا الإرهابيين") and "فقط"
// ("غاراتنا تضرب المسلحين فقط") state what the speaker's strikes
// keep to, which is no strike of this event by itself (see
// restrictedToMilitary).

// exceptWords are the particles of exception, normalised (سوى، إلا).
var exceptWords = []string{"سوي", "الا"}

// pastNegators negate a verb of the past; restrictNegators are all the
// negators before a verb that an exception may close.
var (
	pastNegators     = []string{"لم", "ما"}
	restrictNegators = []string{"لم", "ما", "لا", "لن"}
)

// exceptReach is how many words before a particle of exception its
// negator may stand: the verb and its subject in between ("لم تطل
// الغارات التركية سوى ...").
const exceptReach = 4

// exceptNegator is the negator that the particle of exception at i
// closes, or "" when there is none within exceptReach words before it.
func exceptNegator(ws []string, i int) string {
	for j := i - 1; j >= max(0, i-exceptReach); j-- {
		w := strings.TrimPrefix(strings.TrimPrefix(ws[j], "و"), "ف")
		if slices.Contains(restrictNegators, w) {
			return w
		}
	}
	return ""
}

// exceptAfterNegation reports whether ws[i] is a particle of exception
// that closes a negation: not "إلا أن" (however), which opens a clause.
func exceptAfterNegation(ws []string, i int) bool {
	w := strings.TrimPrefix(strings.TrimPrefix(ws[i], "و"), "ف")
	if !slices.Contains(exceptWords, w) || w == "الا" && i+1 < len(ws) && strings.HasPrefix(ws[i+1], "ان") {
		return false
	}
	return exceptNegator(ws, i) != ""
}

// onlyReach is how many words before or after "فقط" may name what the
// strikes keep to.
const onlyReach = 3

// restrictedToMilitary reports whether text says that the speaker's
// strikes hit, or keep to, military targets only: the confinement of
// confinedToMilitary, an exception after any negation, or "فقط" beside
// a military phrase ("تستهدف الإرهابيين فقط"، "استهدفت فقط مواقع").
func restrictedToMilitary(text string) bool {
	if confinedToMilitary(text) {
		return true
	}
	ws := arabicWords(normalizeWords(text))
	for i, w := range ws {
		switch {
		case exceptAfterNegation(ws, i):
			if confinedPhraseMilitary(ws[i+1 : min(len(ws), i+1+confineReach)]) {
				return true
			}
		case strings.TrimPrefix(w, "و") == "فقط":
			before := slices.Clone(ws[max(0, i-onlyReach):i])
			slices.Reverse(before)
			if confinedPhraseMilitary(before) || confinedPhraseMilitary(ws[i+1:min(len(ws), i+1+onlyReach)]) {
				return true
			}
		}
	}
	return false
}

// confinedPhraseMilitary: the words after a confining word begin with a
// military target: the first word that classes at all decides, so that a
// phrase saying where the target was not ("أوكار الإرهابيين خارج
// الأحياء") is read by its head.
func confinedPhraseMilitary(ws []string) bool {
	for _, w := range ws {
		switch {
		case TargetClass(w) == TargetCivilian:
			return false
		case TargetClass(w) == TargetMilitary || armedStem(w):
			return true
		}
	}
	return false
}

// armedStems are Arabic stems (normalised) of the armed and their places
// that a statement of what strikes were confined to names: gunmen,
// terrorists, factions, groups, posts, hideouts, gun emplacements,
// fortifications, artillery and rocket launchers.
var armedStems = []string{"مسلح", "ارهاب", "تنظيم", "فصائل", "فصيل", "مجموعات", "نقاط", "نقطه", "مرابض", "مربض",
	"اوكار", "وكر", "تحصين", "مدفعي", "منصات", "تمركز", "ثكن", "حواجز", "حاجز", "دشم", "خنادق"}

// armedStem reports whether a word, less its proclitics and article, opens
// with one of armedStems.
func armedStem(w string) bool {
	for _, p := range []string{"وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف", ""} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, st := range armedStems {
			if strings.HasPrefix(rest, st) {
				return true
			}
		}
	}
	return false
}

// deniesCivilianConfined: a denial that a civilian target was hit, made by
// a speaker that says, in the denial or in another of its claims on the
// event, that the strikes were confined to military targets ("نفى قصف الأحياء،
// مشدداً على أن الغارات انحصرت في نقاط الفصائل"). The speaker does not
// say the strike did not happen, nor that its side did not strike: it
// says what was hit, a target dispute, which the target rule reads. A
// denial of civilians hit beside a plain claim of military targets hit
// ("استهدف القصف أوكار الإرهابيين، ونفى استهداف الأحياء") still denies
// that the homes were hit (see civilianDenial).
func deniesCivilianConfined(c *claims.Claim, a *account) bool {
	if len(c.Figures) > 0 {
		return false
	}
	if confinedToMilitary(c.Text) || restrictedToMilitary(c.Text) && assertsMilitaryTarget(a) {
		// "قالت إن طائراتها تضرب مواقع المسلحين فقط، وإن ما قيل عن قصف
		// مدرسة كذب": in the sentence that says what the
		// strikes hit, what is called false is another target, whichever
		// the claim took as its own
		return true
	}
	if deniedTargetClass(c) != TargetCivilian {
		return false
	}
	if slices.ContainsFunc(a.claims, func(b *claims.Claim) bool {
		return b != c && b.Stance != claims.StanceDenies && confinedToMilitary(b.Text)
	}) {
		return true
	}
	// "عملياتنا لا تستهدف إلا الإرهابيين، وما يقال عن قصف الأفران كذب"
	// from a voice that tells of its strikes on military targets: what
	// its strikes keep to says what this one hit.
	return assertsMilitaryTarget(a) && slices.ContainsFunc(a.claims, func(b *claims.Claim) bool {
		return (b == c || b.Stance != claims.StanceDenies) && restrictedToMilitary(b.Text)
	})
}

// deniedTargetClass is the class of what a denial says was not hit: its
// target, or when the claim names none, the words of its text ("القوات
// ما قصفت أي بيت في القرية").
func deniedTargetClass(c *claims.Claim) string {
	if c.Target != nil {
		return TargetClass(*c.Target)
	}
	return TargetClass(c.Text)
}

// sideConfinesStrikes: some voice of the side says what its strikes were
// confined to ("اقتصر القصف على تحصينات الفصائل"), which owns that its
// side struck: its blame of unnamed attackers (see vagueClearings) is of
// another deed, the attack its strikes answered, and clears no one.
func sideConfinesStrikes(accs []*account, k Knowledge, aff string) bool {
	return slices.ContainsFunc(accs, func(b *account) bool {
		return k.affiliation(b.source) == aff && slices.ContainsFunc(b.claims, func(c *claims.Claim) bool {
			return confinedToMilitary(c.Text)
		})
	})
}
