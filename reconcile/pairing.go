package reconcile

// Day groups and their pairing.
//
// Strong claims are first linked on one day only: the components of the
// same-day relation (see related) are day groups, each on one date. Two
// day groups on neighbouring dates are adjacent when some claim of one is
// related to some claim of the other (a report that resolves "last night"
// to the day before, the announcement in Washington on Tuesday of strikes
// at dawn on Wednesday). A small component of adjacent day groups (at
// most wholeGroups groups over at most three dates: what reports of one
// incident look like) merges whole. Larger ones are not merged wholesale:
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
// groups lie within wholeGroups hops of X. So only events within
// changeHops of X may change, and computing them needs exact bests one hop
// further, hence the day groups up to loadHops loaded (see UpdateFrom).

// dayGroup is one component of the same-day relation.
type dayGroup struct {
	day   int
	first int   // the smallest node index: the group's identity in comparisons
	nodes []int // strong nodes, ascending
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
func (g *grouper) newPairing(same unionFind, cross [][2]int) *pairing {
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
// at most wholeGroups day groups over at most wholeDays+1 dates.
const (
	wholeGroups = 3
	wholeDays   = 2
)

// smallComponents maps every day group of a small component (see
// wholeGroups) to its component's first group, and every other to -1.
func (p *pairing) smallComponents() []int {
	comp := newUnionFind(len(p.groups))
	for x := range p.groups {
		for y := range p.adj[x] {
			comp.union(x, y)
		}
	}
	size := map[int]int{}
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
	}
	out := make([]int, len(p.groups))
	for x := range p.groups {
		r := comp.find(x)
		out[x] = -1
		if size[r] > 1 && size[r] <= wholeGroups && hi[r]-lo[r] <= wholeDays {
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
