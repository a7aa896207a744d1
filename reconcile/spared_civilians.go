package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// targetingStems begin the words of aiming a strike at someone: the verbal
// noun and the verb in the past and the imperfect ("استهداف"، "استهدف"،
// "يستهدف"، "تستهدف"، "نستهدف"), normalised, without a proclitic.
var targetingStems = []string{"استهداف", "استهدف", "يستهدف", "تستهدف", "نستهدف"}

// civilianObjects are the words for civilians as the object of targeting,
// normalised.
var civilianObjects = []string{"المدنيين", "مدنيين", "المدنيون", "المواطنين", "الاهالي"}

// sparedCiviliansPosition characterises what an account says was hit when
// it has no word for the target but denies that the attack was aimed at
// civilians ("الهجوم لم يستهدف المدنيين"، "نفى استهداف المدنيين"), while
// it tells the attack itself in another claim: the attack it owns or
// tells was, in its words, not aimed at civilians, so it stands for a
// military target against a voice that names a civilian one. A denial
// from an account that tells nothing of the attack may deny the attack
// itself and says nothing of its target. Nor does one from a voice that
// clears itself of the attack ("نفت أي صلة لها بالتفجير ... لا تستهدف
// المدنيين"): its words on civilians argue that it did not do it, they do
// not say what someone else struck.
func sparedCiviliansPosition(a *account) (Position, bool) {
	tells := slices.ContainsFunc(a.claims, func(c *claims.Claim) bool { return c.Stance == claims.StanceAsserts })
	if !tells || slices.ContainsFunc(a.claims, selfClearing) {
		return Position{}, false
	}
	for _, c := range a.claims {
		if c.Stance != claims.StanceDenies || len(c.Figures) > 0 || !deniesTargetingCivilians(c.Text) {
			continue
		}
		return Position{Source: a.source, Value: "not aimed at civilians (" + TargetMilitary + ")", Side: TargetMilitary,
			Claims: claimIDs(c)}, true
	}
	return Position{}, false
}

// deniesTargetingCivilians reports whether a text has a word of targeting
// followed at once by civilians as its object.
func deniesTargetingCivilians(text string) bool {
	ws := arabicWords(normalizeWords(text))
	for i := 0; i+1 < len(ws); i++ {
		w := stripClitic(ws[i])
		if !slices.ContainsFunc(targetingStems, func(p string) bool { return strings.HasPrefix(w, p) }) {
			continue
		}
		if slices.Contains(civilianObjects, stripClitic(ws[i+1])) || slices.Contains(civilianObjects, ws[i+1]) {
			return true
		}
	}
	return false
}
