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
		if !slices.Contains(confineWords, strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")) {
			continue
		}
		if confinedPhraseMilitary(ws[i+1 : min(len(ws), i+1+confineReach)]) {
			return true
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
	if len(c.Figures) > 0 || deniedTargetClass(c) != TargetCivilian {
		return false
	}
	if confinedToMilitary(c.Text) {
		return true
	}
	return slices.ContainsFunc(a.claims, func(b *claims.Claim) bool {
		return b != c && b.Stance != claims.StanceDenies && confinedToMilitary(b.Text)
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
