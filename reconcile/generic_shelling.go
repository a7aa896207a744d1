package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// genericShellingThere lets a claim that names its attack only with a
// generic word ("قصف تركي"، "القصف"، "استهداف"; typed an airstrike by
// default, rule event_type:generic) join, across articles, a shelling
// told on the same day in the same town or site by a claim that names the
// same doer: "Turkish bombardment of the town" in one outlet and "Turkish
// artillery shelled the town" in another are one attack, which the
// generic word does not place in the air. Unlike a generic word beside a
// drone (see genericDroneThere), both claims must name the doer, and the
// same one: a bombardment of no named doer may as well be the raid of
// another air force there that day. Both must be dated by words of their
// own. A side blamed for the shelling that blames its enemy for "the
// bombardment" of the town that day (see countersBlame) tells of the same
// deed too, and so does the doer of the shelling denying "the
// bombardment" of the town that day (see deniedOwnDoer).
func (g *grouper) genericShellingThere(gn, s *node) bool {
	if gn.c.Article == s.c.Article || gn.c.EventType != claims.EventAirstrike || s.c.EventType != claims.EventShelling ||
		!slices.Contains(gn.c.Rules, "event_type:generic") || s.class != "fire" ||
		!gn.dated || !s.dated || gn.day != s.day || !ownDate(gn.c) || !ownDate(s.c) || !g.sameLocality(gn, s) {
		return false
	}
	if s.actor != "" && deniedOwnDoer(gn.c) == ActorClass(s.actor) {
		return true
	}
	return gn.actor != "" && s.actor != "" && gn.actor != "unknown" &&
		(ActorClass(gn.actor) == ActorClass(s.actor) || g.countersBlame(gn, s) || g.countersBlame(s, gn))
}

// deniedOwnDoer returns, for a denial that names the doer it denies
// ("نفى قيام الجيش بقصف البلدة": the army denies it bombarded the town),
// that doer's class; "" for any other claim. The doer of a shelling
// denying a bombardment of the same town that day denies that shelling.
func deniedOwnDoer(c *claims.Claim) string {
	if c.Stance != claims.StanceDenies || c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" {
		return ""
	}
	return ActorClass(*c.Actor)
}
