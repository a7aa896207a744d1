package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Placeless links.
//
// Many reports place an event at no more than its country: "a US strike in
// Syria", "Turkish shelling on areas of northern Syria", a ministry's toll
// that names no town. Naming no place below a country, such a claim is weak
// (see makeNode) and joins only its own article's events, so an article
// that tells the event only this way stays apart from the articles that
// place it. A placeless claim is a weak claim of a specific event type,
// dated to the day, whose places are all countries, and which says
// something that can tell one event from another: a named doer (or, in a
// denial, the doer denied), an exact toll or a target. When it finds no anchor in its own article (see
// attaches) it joins, by one edge, the event of another article's strong
// claim s that
//
//   - has exactly its event type and lies in one of its countries,
//   - is dated at most one day from it, and not after it when it is
//     dated only by its article's publication (see placelessAfter),
//   - does not name a doer of another class than the one it names,
//   - shares with it strong evidence, either through s itself or through a
//     weak claim of s's article anchored to s: the same named doer, the
//     same exact toll (see sameToll), or the same target of more than one
//     word,
//
// provided that these candidates are all related to each other (see
// related): one incident. Two strikes by the same doer on one day in two
// towns leave a "strikes in Syria" sentence where it stands. The candidate
// joined is the earliest, then the first in claim order, so the link
// depends only on the claims, never on how they are grouped, which keeps
// UpdateFrom exact; a store finds a placeless claim's candidates under the
// key of its country and type (see TypeKeys, Knowledge.BlockKey) and a
// placeless claim's event under the country key of the strong claims that
// may become its candidates (see CountryKey).

// placelessClaim reports whether n is a placeless claim (see placeless.go).
// Its strong, recall and incident flags must be set.
func placelessClaim(n *node) bool {
	return !n.strong && !n.recall && !n.incident && n.dated && !n.specific && len(n.places) > 0 && placelessShape(n.c)
}

// placelessShape is what a placeless claim says, whatever its places: an
// event of a specific type, dated to the day, not a response, with a named
// doer, an exact toll or a named target.
func placelessShape(c *claims.Claim) bool {
	if !eventful(c) || isVagueType(c.EventType) || vagueDate(c) || isResponse(c) {
		return false
	}
	return placelessDoer(c) != "" || slices.ContainsFunc(c.Figures, sharedTollFigure) || namedTarget(c) != ""
}

// placelessDoer is the doer a placeless claim names (see namedActor), or,
// for a denial, the doer it denies: "Moscow denied that its aircraft
// struck a market in Syria yesterday" is about the Russian raid of that day
// as surely as an account of it, though it asserts no doer; the link joins
// the denial to its event, where it disputes the raid.
func placelessDoer(c *claims.Claim) string {
	if a := namedActor(c); a != "" {
		return a
	}
	if c.Stance == claims.StanceDenies && c.Actor != nil && *c.Actor != "" && *c.Actor != "unknown" {
		return *c.Actor
	}
	return ""
}

// namedTarget is the claim's target when it has more than one word (a
// named site rather than "a position"), normalised; "" otherwise.
func namedTarget(c *claims.Claim) string {
	if c.Target == nil {
		return ""
	}
	t := strings.Join(strings.Fields(strings.ToLower(*c.Target)), " ")
	if !strings.Contains(t, " ") || victimsOnly(t) {
		return ""
	}
	return t
}

// CountryKey is the blocking place under which a store lists an event that
// holds a claim naming only countries (see placeless.go): the country's id
// behind "@". A strong claim's block (see Knowledge.BlockKey) holds the key
// of its country, so that the placeless claims it may answer are found.
func CountryKey(country string) string { return "@" + country }

// CountryKeys returns the country keys of a claim's places (see CountryKey)
// when every one of them is a country (has no ancestors), else nil.
func CountryKeys(places []string, ancestors func(string) []string) []string {
	if len(places) == 0 || ancestors == nil {
		return nil
	}
	var out []string
	for _, p := range places {
		if len(ancestors(p)) > 0 {
			return nil
		}
		out = append(out, CountryKey(p))
	}
	return out
}

// TypeKeys returns the blocking keys under which a store lists the event
// of a claim with the given places and event type, so that a placeless
// claim of that type finds it (see placeless.go): "#", the country of each
// place (the place itself when it has no ancestors), "/" and the type.
// None for a vague type.
func TypeKeys(places []string, eventType string, ancestors func(string) []string) []string {
	if isVagueType(eventType) || ancestors == nil {
		return nil
	}
	var out []string
	for _, p := range places {
		country := p
		if anc := ancestors(p); len(anc) > 0 {
			country = anc[len(anc)-1]
		}
		if k := typeKey(country, eventType); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

func typeKey(country, eventType string) string { return "#" + country + "/" + eventType }

// placelessCandidates returns the strong claims of other articles that
// placeless claim i may join (see placeless.go), in node order.
func (g *grouper) placelessCandidates(i int) []int {
	w := &g.nodes[i]
	if !w.placeless {
		return nil
	}
	g.indexStrong()
	var out []int
	for d := w.day - 1; d <= w.day+placelessAfter(w.c); d++ {
		for _, country := range w.places {
			for _, j := range g.strongBy[placeKey{d, w.c.EventType, country}] {
				if !slices.Contains(out, j) && g.placelessMatch(w, j) {
					out = append(out, j)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// placeKey is a day, an event type and a country: how placeless claims
// look up their candidates (see indexStrong).
type placeKey struct {
	day          int
	typ, country string
}

// placelessAfter is how many days after a placeless claim's date its
// candidates may be: one, or none for a claim dated only by its
// article's publication, which tells of that day or the day before, never
// of a later one.
func placelessAfter(c *claims.Claim) int {
	if slices.Contains(c.Rules, "date:published") {
		return 0
	}
	return 1
}

// indexStrong lists the strong nodes by day, type and country (strongBy)
// and the weak claims anchored to each strong one (anchoredTo), once.
func (g *grouper) indexStrong() {
	if g.strongBy != nil {
		return
	}
	g.strongBy = map[placeKey][]int{}
	for j := range g.nodes {
		s := &g.nodes[j]
		if !s.strong {
			continue
		}
		for x, c := range s.country {
			if !slices.Contains(s.country[:x], c) {
				k := placeKey{s.day, s.c.EventType, c}
				g.strongBy[k] = append(g.strongBy[k], j)
			}
		}
	}
	g.anchoredTo = map[int][]int{}
	for i, a := range g.localAnchors() {
		if a >= 0 {
			g.anchoredTo[a] = append(g.anchoredTo[a], i)
		}
	}
}

// placelessMatch is the pairwise condition of a placeless link between
// placeless claim w and strong claim j (see placeless.go).
func (g *grouper) placelessMatch(w *node, j int) bool {
	s := &g.nodes[j]
	if s.c.Article == w.c.Article || s.incident || s.c.EventType != w.c.EventType ||
		!slices.ContainsFunc(s.country, func(c string) bool { return slices.Contains(w.places, c) }) {
		return false
	}
	if d := placelessDoer(w.c); d != "" && s.actor != "" && ActorClass(d) != ActorClass(s.actor) {
		return false
	}
	if placelessEvidence(w, s) {
		return true
	}
	for _, x := range g.anchoredTo[j] {
		if placelessEvidence(w, &g.nodes[x]) {
			return true
		}
	}
	return false
}

// placelessEvidence: x says something of w's event that tells it apart:
// the same named doer (or denied doer, see placelessDoer), the same exact toll or the same named target.
func placelessEvidence(w, x *node) bool {
	if d := placelessDoer(w.c); d != "" && x.actor != "" && ActorClass(d) == ActorClass(x.actor) {
		return true
	}
	if sameToll(w, x) {
		return true
	}
	t := namedTarget(w.c)
	return t != "" && t == namedTarget(x.c)
}

// placelessTarget returns the strong claim whose event placeless claim i
// joins, or -1: the earliest of its candidates, then the first in node
// order, when they are all related to each other.
func (g *grouper) placelessTarget(i int) int {
	cands := g.placelessCandidates(i)
	if len(cands) == 0 {
		return -1
	}
	best := cands[0]
	for x, a := range cands {
		for _, b := range cands[x+1:] {
			if !g.related(&g.nodes[a], &g.nodes[b]) {
				return -1
			}
		}
		if g.nodes[a].day < g.nodes[best].day {
			best = a
		}
	}
	return best
}
