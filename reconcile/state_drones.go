package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Drones of a state's strike.
//
// A drone attack whose doer is not named ("مسيّرة رمت قنبلة قرب القرية",
// "طائرة مسيرة لم تعرف هويتها") falls in the fire class (see
// typeClass): across articles it must not chain a state's air strike to a
// militia's drone attack (a drone said to be of unknown identity is the
// exception, see sameClass). But an article that tells a strike from the air
// by a state with an air force (see flies) — "the command said its forces
// carried out a strike", "a Turkish strike on the village" — and, beside
// it, a drone with no owner on the same day where that strike fell, tells
// the drone as the strike's means: the states that strike from the air
// in Syria strike mostly with drones, and the local witnesses who see the
// drone seldom know whose it is. Such a drone takes the air class, so
// that the witnesses' account of the strike (its victim, its toll) stays
// with the state's account of it, in its own article and in others.
//
// The reading holds only when nothing in the article makes the drone
// someone else's: no attack of the fire class there by a named doer that
// cannot fly (a militia's drones or rockets), no interception (drones
// shot down are hostile ones), and the state's strike not a response
// (the attack it answered may be the drone). It depends only on the
// claim's own article, which UpdateFrom always loads whole, so
// `reconcile --all` equals incremental ingest.

// readStateDrones gives the air class to the unnamed drones of each
// article that tell a flying state's strike (see above). Nodes must be
// sorted by article.
func (g *grouper) readStateDrones() {
	for lo := 0; lo < len(g.nodes); {
		hi := articleEnd(g.nodes, lo)
		if !g.othersDrones(lo, hi) && !namedStateDrone(g.nodes[lo:hi]) {
			var air []int
			for i := lo; i < hi; i++ {
				if g.stateDrone(i, lo, hi) {
					air = append(air, i)
				}
			}
			// Re-class after the whole article is read, so that one
			// re-classed drone never decides another's reading.
			for _, i := range air {
				g.nodes[i].class = "air"
			}
		}
		lo = hi
	}
}

// othersDrones reports whether the article (nodes lo to hi) tells an
// attack of the fire class by a named doer with no air force, or an
// interception: then its unnamed drones may be that doer's.
func (g *grouper) othersDrones(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if b.c.EventType == claims.EventInterception {
			return true
		}
		if b.actor != "" && !flies(b.actor) && (b.class == "fire" || b.c.EventType == claims.EventDroneAttack) {
			return true
		}
	}
	return false
}

// namedStateDrone reports whether the article names a flying state's
// drone: its unnamed drones then join that drone in the article already
// (see sameClass), and keep their class to link to other articles'
// unnamed drones.
func namedStateDrone(ns []node) bool {
	for i := range ns {
		if ns[i].c.EventType == claims.EventDroneAttack && flies(ns[i].actor) {
			return true
		}
	}
	return false
}

// stateDrone reports whether node i, a drone attack with no named doer
// (nor one told as gunmen or terrorists, rule actor:unnamed_doer),
// stands beside a flying state's strike of its article (nodes lo to hi)
// within a day, in a compatible place, that answers nothing.
func (g *grouper) stateDrone(i, lo, hi int) bool {
	a := &g.nodes[i]
	if a.c.EventType != claims.EventDroneAttack || a.class != "fire" || a.actor != "" || !a.dated ||
		slices.Contains(a.c.Rules, "actor:unnamed_doer") {
		return false
	}
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if j == i || b.response || b.class != "air" || !flies(b.actor) || !b.dated ||
			b.c.EventType == claims.EventInterception || a.day-b.day > 1 || b.day-a.day > 1 ||
			len(b.places) == 0 || !g.placesCompatible(a, b, false) {
			continue
		}
		return true
	}
	return false
}
