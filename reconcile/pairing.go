package reconcile

import "slices"

// Day groups and their pairing.
//
// Strong claims are first linked on one day only: the components of the
// same-day relation (see related) are day groups, each on one date. Two
// day groups on neighbouring dates are adjacent when some claim of one is
// related to some claim of the other (a report that resolves "last night"
// to the day before, the announcement in Washington on Tuesday of strikes
// at dawn on Wednesday). A small component of adjacent day groups (at
// most wholeGroups groups over at most three dates: what reports of one
// incident look like, beside at most one headline group that only echoes
// its body's event, see echoGroup) merges whole. Larger ones are not merged wholesale:
// at a busy site every day has its strike, and merging every adjacent pair
// chained months of separate raids into one "event". Instead each day
// group picks its best adjacent group (see better), and two groups that
// pick each other merge; any other group stays alone. An event therefore
// spans at most three consecutive dates however busy its site: monitors
// count one event per incident and day.
//
// Pairing is local, which keeps UpdateFrom exact and cheap. A group's best
// depends only on the groups adjacent to it, so new claims change the
// best of the groups they join (X) and of the groups adjacent to those
// only, one hop from X; a group of a large component pairs by its own best
// and its best's, so its event may change only within two hops of X. New
// claims can also join small components into a large one, all of whose
// groups lie within wholeGroups+1 hops of X (a small component may hold
// one echo group beside its wholeGroups, see echoGroup; whether a group
// is an echo depends on the groups adjacent to it). So only events within
// changeHops of X may change, and computing them needs exact bests one hop
// further, hence the day groups up to loadHops loaded (see UpdateFrom).

// dayGroup is one component of the same-day relation.
type dayGroup struct {
	day   int
	first int   // the smallest node index: the group's identity in comparisons
	nodes []int // strong nodes, ascending
	echo  bool  // see echoGroup
}

// adjacency scores how strongly two adjacent day groups are tied.
type adjacency struct {
	articles int // articles with strong claims in both groups
}

// pairing holds the day groups of a set of strong claims, their
// adjacencies and each group's best adjacent group.
type pairing struct {
	groups  []dayGroup
	groupOf map[int]int         // strong node index → group index
	adj     []map[int]adjacency // group → adjacent group → tie
	best    []int               // group → best adjacent group, -1 if none
	join    []int               // group → group it merges with, -1 if none
}

// better reports whether group x, tied to its owner by t, beats group y,
// tied by u: more articles that tell both days as one story, then the
// larger group (more reports of it), then the group that comes first in
// claim order.
func (p *pairing) better(x int, t adjacency, y int, u adjacency) bool {
	if t.articles != u.articles {
		return t.articles > u.articles
	}
	if nx, ny := len(p.groups[x].nodes), len(p.groups[y].nodes); nx != ny {
		return nx > ny
	}
	return p.groups[x].first < p.groups[y].first
}

// newPairing builds the day groups from the same-day union-find over the
// nodes and the adjacent pairs of day groups (each given once, by a node
// of each: claims of neighbouring dates that are related), and finds every
// group's best.
func (g *grouper) newPairing(same unionFind, cross [][2]int, placed map[[2]int]bool) *pairing {
	p := &pairing{groupOf: map[int]int{}}
	byRoot := map[int]int{}
	for i := range g.nodes {
		if !g.nodes[i].strong {
			continue
		}
		r := same.find(i)
		x, ok := byRoot[r]
		if !ok {
			x = len(p.groups)
			byRoot[r] = x
			p.groups = append(p.groups, dayGroup{day: g.nodes[i].day, first: i})
		}
		p.groups[x].nodes = append(p.groups[x].nodes, i)
		p.groupOf[i] = x
	}
	p.adj = make([]map[int]adjacency, len(p.groups))
	for _, e := range cross {
		x, y := p.groupOf[e[0]], p.groupOf[e[1]]
		if !placed[e] && g.twoScenes(p.groups[x].nodes, p.groups[y].nodes) {
			continue
		}
		for _, d := range [][2]int{{x, y}, {y, x}} {
			if p.adj[d[0]] == nil {
				p.adj[d[0]] = map[int]adjacency{}
			}
			p.adj[d[0]][d[1]] = adjacency{}
		}
	}
	// Articles telling both days: count the articles with strong claims in
	// both groups of each adjacent pair.
	for x := range p.groups {
		if len(p.adj[x]) == 0 {
			continue
		}
		mine := map[string]bool{}
		for _, i := range p.groups[x].nodes {
			mine[g.nodes[i].c.Article] = true
		}
		for y, t := range p.adj[x] {
			seen := map[string]bool{}
			for _, j := range p.groups[y].nodes {
				a := g.nodes[j].c.Article
				if mine[a] && !seen[a] {
					seen[a] = true
					t.articles++
				}
			}
			p.adj[x][y] = t
		}
	}
	for x := range p.groups {
		p.groups[x].echo = g.echoGroup(p, x)
	}
	p.best = make([]int, len(p.groups))
	for x := range p.groups {
		p.best[x] = -1
		for y := range p.adj[x] { // better is a total order: any visiting order gives one best
			if b := p.best[x]; b < 0 || p.better(y, p.adj[x][y], b, p.adj[x][b]) {
				p.best[x] = y
			}
		}
	}
	p.join = make([]int, len(p.groups))
	whole := p.smallComponents()
	for x := range p.groups {
		p.join[x] = -1
		if r := whole[x]; r >= 0 {
			p.join[x] = r
			continue
		}
		y := p.best[x]
		switch {
		case y < 0:
		case p.best[y] == x: // a core
			p.join[x] = y
		}
	}
	return p
}

// Limits of a small component of adjacent day groups, which merges whole:
// at most wholeGroups day groups over at most wholeDays+1 dates, and
// beside them at most one echo group (see echoGroup).
const (
	wholeGroups = 3
	wholeDays   = 2
)

// echoGroup reports whether day group x only repeats, on the day its
// articles were published, an event those articles date to the day
// before: every claim of it is dated by publication alone (rule
// date:published) and stands above its article's body (a headline or
// lead with no day of its own, "dozens of civilians killed in raids on
// the village" over a body of raids at dawn yesterday), and an adjacent
// group of the day before holds strong claims of every one of its
// articles, all told after them. Such a group is no report of an
// incident of its own day; counted as one, it made a component of the
// headline, its body's event and another outlet's report of that event a
// day earlier too large to merge whole as soon as another event of the
// governorate stood beside them: the incident split over two events
// whose tolls were never compared. A claim dated by publication below a
// claim with a day of its own ("in response to repeated drone attacks on
// the villages" after the strikes of yesterday) tells something else
// than its body's event and is no echo.
func (g *grouper) echoGroup(p *pairing, x int) bool {
	lead := map[string]int{} // article → end of its last claim in x
	for _, i := range p.groups[x].nodes {
		c := g.nodes[i].c
		if !slices.Contains(c.Rules, "date:published") || !g.leads(i) {
			return false
		}
		lead[c.Article] = max(lead[c.Article], c.End)
	}
	for y := range p.adj[x] {
		if p.groups[y].day == p.groups[x].day-1 && g.bodyBelow(p.groups[y].nodes, lead) {
			return true
		}
	}
	return false
}

// leads reports whether no strong claim dated by words of its own comes
// before node i in its article (nodes are sorted by article and
// position): the claim is the article's headline or lead.
func (g *grouper) leads(i int) bool {
	for j := i - 1; j >= 0 && g.nodes[j].c.Article == g.nodes[i].c.Article; j-- {
		if g.nodes[j].strong && ownDate(g.nodes[j].c) {
			return false
		}
	}
	return true
}

// bodyBelow reports whether nodes hold a claim of every article of lead
// and none that starts before the end of its article's lead claims.
func (g *grouper) bodyBelow(nodes []int, lead map[string]int) bool {
	have := map[string]bool{}
	for _, j := range nodes {
		c := g.nodes[j].c
		end, ok := lead[c.Article]
		if !ok {
			continue
		}
		if c.Start < end {
			return false
		}
		have[c.Article] = true
	}
	return len(have) == len(lead)
}

// smallComponents maps every day group of a small component (see
// wholeGroups) to its component's first group, and every other to -1.
func (p *pairing) smallComponents() []int {
	comp := newUnionFind(len(p.groups))
	for x := range p.groups {
		for y := range p.adj[x] {
			comp.union(x, y)
		}
	}
	size, echoes := map[int]int{}, map[int]int{}
	lo, hi := map[int]int{}, map[int]int{}
	for x, gr := range p.groups {
		r := comp.find(x)
		if size[r] == 0 || gr.day < lo[r] {
			lo[r] = gr.day
		}
		if size[r] == 0 || gr.day > hi[r] {
			hi[r] = gr.day
		}
		size[r]++
		if gr.echo {
			echoes[r]++
		}
	}
	out := make([]int, len(p.groups))
	for x := range p.groups {
		r := comp.find(x)
		out[x] = -1
		if size[r] > 1 && size[r]-min(echoes[r], 1) <= wholeGroups && hi[r]-lo[r] <= wholeDays {
			out[x] = r
		}
	}
	return out
}

// hops returns every group's distance from the groups in from (-1 when
// unreachable) in the adjacency graph, up to limit.
func (p *pairing) hops(from []int, limit int) []int {
	d := make([]int, len(p.groups))
	for i := range d {
		d[i] = -1
	}
	queue := make([]int, 0, len(from))
	for _, x := range from {
		if d[x] < 0 {
			d[x] = 0
			queue = append(queue, x)
		}
	}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		if d[x] == limit {
			continue
		}
		for y := range p.adj[x] {
			if d[y] < 0 {
				d[y] = d[x] + 1
				queue = append(queue, y)
			}
		}
	}
	return d
}

// twoScenes reports whether two day groups tell two incidents: one
// article tells in the pluperfect ("وكانت مروحية قد قصفت ...") an incident
// at a town or site on the day of one group, and none of its claims in
// that group shares a locality or a toll with one of its claims naming a
// town or site in the other. The pluperfect sets the incident before the
// one the article tells (see related): a claim placed only at the
// governorate ("ويتعرض ريف إدلب لحملة جوية منذ أيام"), related to both,
// does not bridge them (the caller keeps adjacencies tied by two claims
// that name towns or sites). The test reads only the two groups' own
// claims, as pairing must (see UpdateFrom).
func (g *grouper) twoScenes(xs, ys []int) bool {
	return g.toldBefore(xs, ys) || g.toldBefore(ys, xs)
}

// toldBefore: a claim of xs in the pluperfect names a town or site, and
// its article's claims in ys that name towns or sites name other places
// and give no toll alike (see twoScenes).
func (g *grouper) toldBefore(xs, ys []int) bool {
	for _, i := range xs {
		a := &g.nodes[i]
		if !g.localized(a) || !pluperfectOpening(a.c.Text) {
			continue
		}
		apart := false
		for _, j := range ys {
			b := &g.nodes[j]
			if b.c.Article != a.c.Article || !g.localized(b) {
				continue
			}
			if g.sameLocality(a, b) || sameToll(a, b) {
				apart = false
				break
			}
			apart = true
		}
		if apart {
			return true
		}
	}
	return false
}

// pluperfectOpening reports whether a claim opens with the pluperfect:
// "كان/كانت" among its first two words and "قد" within three words after
// it ("وكانت المروحيات قد استهدفت", "وكان الطيران قد قصف").
func pluperfectOpening(text string) bool {
	ws := arabicWords(normalizeWords(text))
	for i := 0; i < len(ws) && i < 2; i++ {
		switch ws[i] {
		case "كان", "وكان", "كانت", "وكانت":
		default:
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j] == "قد" {
				return true
			}
		}
	}
	return false
}
