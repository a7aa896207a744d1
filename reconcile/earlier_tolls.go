package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Earlier tolls told in a partitive or in another group.
//
// "The toll rose to 45 after it had documented 20 of them in the first
// hours": the partitive ("منهم") marks the earlier 20 a subset, but a
// toll the source gave before, in a sentence that says its toll changed,
// is its earlier toll of the same dead, not a part of the later one.

// earlierTolls are an account's earlier tolls for one outcome (see
// accountFigures), with those marked a subset in a claim that speaks of a
// revision.
func earlierTolls(a *account, outcome string) []figRef {
	out := accountFigures(a, outcome, true)
	for _, c := range a.claims {
		if !speaks(c) || !speaksOfRevision(c.Text) {
			continue
		}
		for _, f := range c.Figures {
			if f.Outcome == outcome && f.Subset && f.Earlier {
				out = append(out, figRef{f, c})
			}
		}
	}
	return out
}

// successiveGroups reports whether an earlier toll x and a later one y,
// for different victim groups, may be one count raised: a lower toll of
// one group ("116 civilians executed") raised, in words that say the
// source raised its own toll, to a toll that names no group ("the monitor
// raised its toll to 128 dead"). A toll that merely rose ("the dead of
// the shelling rose to four") may count other dead than a toll of
// fighters told before.
func successiveGroups(x, y figRef) bool {
	return x.f.Group != y.f.Group && isUnknownGroup(y.f.Group) && x.f.Low < y.f.Low && raisesOwnToll(y.c.Text)
}

// ownTollWords are a source's own count with its pronoun (normalised):
// "حصيلته"، "حصيلتها"، "توثيقه"، "احصائيته".
var ownTollWords = []string{"حصيلته", "حصيلتها", "توثيقه", "توثيقها", "احصائيته", "احصائيتها"}

// raisesOwnToll reports whether a text says that a source raised its own
// toll ("رفع المرصد حصيلته"، "ارتفعت حصيلتها").
func raisesOwnToll(text string) bool {
	s := normalizeWords(text)
	if !slices.ContainsFunc(ownTollWords, func(w string) bool { return strings.Contains(s, w) }) {
		return false
	}
	return strings.Contains(s, "ارتفع") || hasVerbOf(s, raiseVerbs)
}

// stoppedAtWords say where a count stood before ("توقف توثيقه عند 270"،
// "كانت الحصيلة قد توقفت عند"، "وقف العدد عند"): a toll so told is an
// earlier one, even where no other sentence says the toll rose.
var stoppedAtWords = []string{"توقف عند", "توقفت عند", "وقف عند", "وقفت عند",
	"توقف توثيقه عند", "توقفت حصيلته عند", "توقفت الحصيله عند", "توقف العدد عند"}

// tellsStoppedAt reports whether a claim's text says a count stopped at
// its toll (see stoppedAtWords).
func tellsStoppedAt(c *claims.Claim) bool {
	s := normalizeWords(c.Text)
	return slices.ContainsFunc(stoppedAtWords, func(w string) bool { return strings.Contains(s, w) })
}
