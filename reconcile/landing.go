package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// An airborne landing told as a raid from the air.
//
// A raid by special forces dropped from helicopters on a house in a town
// is told by local outlets as a landing («إنزال جوي», «عملية إنزال»,
// «أنزلت المروحيات جنوداً»: typed a ground attack) and by the army that
// carried it out, and the agencies relaying it, as a strike or a raid
// («غارة بطائرة هليكوبتر», «ضربة», «قتلت قواتها»: typed an airstrike).
// The two fall in two type classes (see typeClass), so one night's raid
// splits into the landing and the "strike" although both tell the same
// dead in the same town on the same day.
//
// landingThere lets the landing join a strike from the air of another
// article when everything else identifies one operation: the same day,
// both dated to it, one town or site (see sameLocality), and a doer that
// flies (see flies) named alike by both or by at most one of them. The
// other conditions of related (actors, responses, deferred claims) still
// hold. An interception is never a landing's strike, and within an
// article a landing and a strike stay what their words say: an article
// that tells, that day at that place, both a ground attack and a strike
// from the air has told them apart, and a landing of another article is
// its ground attack, not its strike (see groundBeside).

// landingStems begin the normalised words of a landing: the noun in its
// forms (إنزال، الإنزال، إنزالاً، إنزالات) and the verb of dropping troops
// (أنزلت، أنزلوا). Hamza is folded by normalizeWords, and a leading
// conjunction or preposition is cut by clitics.
var landingStems = []string{"انزال", "الانزال", "انزلت", "انزلوا", "انزل"}

// namesLanding reports whether a text tells of an airborne landing (see
// landingStems).
func namesLanding(text string) bool {
	if !strings.ContainsRune(text, 'ز') {
		return false // every stem has it, and normalizeWords makes it of no other letter
	}
	var cf cliticForms // the forms of one word at a time (see clitics)
	for w := range strings.FieldsFuncSeq(normalizeWords(text), notLetter) {
		for _, x := range clitics(w, &cf) {
			if slices.ContainsFunc(landingStems, func(p string) bool { return strings.HasPrefix(x, p) }) {
				return true
			}
		}
	}
	return false
}

// landingThere: claim ln tells of an airborne landing (a ground attack
// naming it, see namesLanding; read once per claim into node.landing) and another article's claim s tells of a
// strike from the air on the same day at the same town or site, by the
// same flying doer or with at most one of them naming a doer (see
// above).
func (g *grouper) landingThere(ln, s *node) bool {
	if !ln.landing || ln.c.Article == s.c.Article || s.class != "air" ||
		s.c.EventType == claims.EventInterception || !ln.dated || !s.dated || ln.day != s.day ||
		!g.sameLocality(ln, s) || g.groundBeside(s) {
		return false
	}
	switch {
	case ln.actor == "" && s.actor == "":
		return true
	case ln.actor == "":
		return flies(s.actor)
	case s.actor == "":
		return flies(ln.actor)
	}
	return flies(ln.actor) && ActorClass(ln.actor) == ActorClass(s.actor)
}

// groundBeside reports whether the article of claim s also tells a ground
// attack on the same day at the same town or site.
func (g *grouper) groundBeside(s *node) bool {
	for i := range g.nodes {
		n := &g.nodes[i]
		if n.c.Article == s.c.Article && n != s && n.c.EventType == claims.EventGroundAttack && n.dated &&
			n.day == s.day && g.sameLocality(n, s) {
			return true
		}
	}
	return false
}
