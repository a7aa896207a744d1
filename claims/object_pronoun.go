package claims

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// strikeVerbStems are the folded finite verbs of striking among the
// target heads (see targetHeads) whose object an attached pronoun may
// carry: استهدف in the perfect and the imperfect, طال (reached) and أصاب
// (hit). The verbal noun استهداف is not one of them: its attached pronoun
// is the doer ("استهدافها مواقع": its targeting of positions).
var strikeVerbStems = []string{"استهدفت", "استهدف", "يستهدف", "تستهدف", "طالت", "طال", "اصابت", "اصاب"}

// objectPronounVerb reports whether a token is a finite verb of striking
// with its object attached as a pronoun ("استهدفتهما"، "طالها"، "أصابته"):
// what was hit is the pronoun, told before, and the noun that follows is
// the verb's subject, who or what struck ("بعدما استهدفتهما الحواجز":
// the checkpoints fired on the two cars, they were not hit). A word
// written with ة is a noun ("إصابة"), never a verb with ه.
func objectPronounVerb(t arabic.Token) bool {
	if strings.Contains(t.Text, "ة") {
		return false
	}
	base, ok := cutPronoun(t.Stem)
	return ok && slices.Contains(strikeVerbStems, arabic.Fold(base))
}
