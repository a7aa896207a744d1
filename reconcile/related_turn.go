package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// A related context that tells another deed.
//
// Reports string several incidents in one article behind openers that say
// only that what follows is related: "وفي سياق متصل" (in a related
// context), "وفي السياق" (and "ذاته"، "نفسه"), "على صعيد متصل", "على نحو
// متصل", "في هذا الصدد", "إلى ذلك", "في غضون ذلك".
// Read in real reports, such an opener is followed by one of two things:
// more about the incident already told (a statement, a denial, a raised
// toll, a condemnation), or a deed of its own: a shell that fell on
// another quarter, a drone that hit a car on a road out of town, a strike
// on the next district. The opener alone does not tell them apart (see
// turn.go); what the paragraph names does. When a claim behind such an
// opener, after a deed its article has told as a strong claim (dated,
// placed, typed: see makeNode), names, of its own, a place below the
// governorate that nothing
// told before it in its article names, contains, lies in or lies near
// (within NearbyKm), the article has moved to another scene: the claim is
// a turn (see opensWithTurn), and the places that set it apart are the only
// ones through which it may link to another article's claims (see
// apartElsewhere). A place it shares with the first incident (the town a
// road leads from) cannot tell which of the two incidents another
// report speaks of.

// relatedCues are the normalised openers (see normalizeWords) of a
// paragraph in a related context, without the conjunction و.
var relatedCues = [][]string{
	{"في", "سياق", "متصل"}, {"في", "السياق"}, {"في", "هذا", "السياق"}, {"في", "ذات", "السياق"},
	{"في", "نفس", "السياق"}, {"في", "سياق", "ذي", "صله"}, {"علي", "صعيد", "متصل"}, {"علي", "نحو", "متصل"},
	{"في", "هذا", "الصدد"}, {"الي", "ذلك"}, {"في", "غضون", "ذلك"},
}

// opensRelated reports whether a text opens with a relatedCue, also
// behind the conjunction.
func opensRelated(text string) bool {
	h := leadOf(text)
	return h.opensWith(relatedCues)
}

// markRelatedTurns finds the claims that open with a related context and
// name a scene of their own (see the comment above), marks them as turns
// and records the places that set them apart (node.apart).
func (g *grouper) markRelatedTurns() {
	byArticle := map[string][]int{}
	for i := range g.nodes {
		byArticle[g.nodes[i].c.Article] = append(byArticle[g.nodes[i].c.Article], i)
	}
	for i := range g.nodes {
		n := &g.nodes[i]
		if n.turn || !n.eventful || len(n.places) == 0 || borrowedPlaces(n.c) || !opensRelated(n.c.Text) ||
			!tellsOwnDeed(n.c) {
			continue
		}
		if !slices.ContainsFunc(byArticle[n.c.Article], func(j int) bool {
			return g.nodes[j].strong && g.nodes[j].c.Start < n.c.Start
		}) {
			continue // no deed told before it to turn from
		}
		var apart []string
		for x, p := range n.places {
			if n.depth[x] < 2 {
				continue
			}
			if !slices.ContainsFunc(byArticle[n.c.Article], func(j int) bool {
				return g.nodes[j].c.Start < n.c.Start && g.namesScene(&g.nodes[j], p, n.anc[x])
			}) {
				apart = append(apart, p)
			}
		}
		if len(apart) > 0 {
			n.turn, n.apart = true, apart
		}
	}
}

// tellsOwnDeed: a claim asserts a deed, not a denial or doubt of one, nor
// a toll that rose ("رفعت المنظمة حصيلة القصف"): a denial or an update
// behind a related opener speaks of the incident already told, wherever
// it places it.
func tellsOwnDeed(c *claims.Claim) bool {
	return c.Stance == claims.StanceAsserts && !speaksOfRise(c.Text)
}

// namesScene: node m names place p (whose ancestors are anc), a place
// that holds it or lies in it, or a place within NearbyKm of it.
func (g *grouper) namesScene(m *node, p string, anc []string) bool {
	for y, q := range m.places {
		if q == p || slices.Contains(anc, q) || slices.Contains(m.anc[y], p) || g.k.nearby(p, q, NearbyKm) {
			return true
		}
	}
	return false
}

// apartElsewhere: a is a related turn (see markRelatedTurns) and b, of
// another article, names none of the places that set a apart, nor a place
// that holds one or lies in one.
func apartElsewhere(a, b *node) bool {
	if len(a.apart) == 0 || a.c.Article == b.c.Article {
		return false
	}
	for _, p := range a.apart {
		for j, q := range b.places {
			if q == p || slices.Contains(b.anc[j], p) {
				return false
			}
		}
	}
	return true
}
