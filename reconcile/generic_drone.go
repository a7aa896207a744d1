package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// A generic attack word beside a drone.
//
// The words "اعتداء"، "استهداف"، "القصف" say that a place was attacked and
// nothing of how; the extractor types such a claim an airstrike by default
// (rule event_type:generic). Another outlet tells the same deed by its
// means, a drone ("هجوم بطائرة مسيّرة"), and a drone whose owner it does
// not name falls in the fire class (see typeClass), so the two accounts of
// one attack on a tanker, a depot or a house could never meet.
//
// genericDroneThere lets such a generic claim join, across articles, a
// drone attack told on the same day in the same town or site (see
// sameLocality). The generic claim must be dated by words of its own (a
// day borrowed from its context is its article's guess), and the doers
// must not tell two deeds: the generic claim names none, or the drone names
// none, an unknown one, or one of the generic claim's class. A generic
// word on another day, in another town, or naming a doer other than the
// drone's stays apart. So does a generic word told after a drone attack
// of its own article (see markDroneArticles): had the word meant that
// drone, it would have taken the drone's type from its context; left
// generic after it, it is another deed of the article ("the shelling
// that followed it" after a drone attack). A drone named after the
// generic word ("it is believed a drone carried it out") names its means.
func (g *grouper) genericDroneThere(gn, s *node) bool {
	if gn.c.Article == s.c.Article || gn.droneFrom >= 0 && gn.droneFrom < gn.c.Start || gn.c.EventType != claims.EventAirstrike ||
		s.c.EventType != claims.EventDroneAttack || !slices.Contains(gn.c.Rules, "event_type:generic") ||
		!gn.dated || !s.dated || gn.day != s.day || !ownDate(gn.c) || !g.sameLocality(gn, s) {
		return false
	}
	if gn.actor == "" || s.actor == "" || s.actor == "unknown" {
		return true
	}
	return ActorClass(gn.actor) == ActorClass(s.actor)
}

// markDroneArticles sets droneFrom on every node: the start of the first
// drone attack claim of its article, -1 when it has none (see
// genericDroneThere). Nodes must be sorted by article; the mark depends
// only on each article's own claims.
func markDroneArticles(ns []node) {
	for lo := 0; lo < len(ns); {
		hi := articleEnd(ns, lo)
		from := -1
		for i := lo; i < hi; i++ {
			if ns[i].c.EventType == claims.EventDroneAttack && (from < 0 || ns[i].c.Start < from) {
				from = ns[i].c.Start
			}
		}
		for i := lo; i < hi; i++ {
			ns[i].droneFrom = from
		}
		lo = hi
	}
}
