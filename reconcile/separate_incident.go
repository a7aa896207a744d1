package reconcile

// Another incident, said outright.
//
// Of the turns (see turn.go), those that name the incident itself as
// another one, "وفي حادث منفصل" (in a separate incident), "في حادثة
// أخرى", "في هجوم منفصل", "في تطور منفصل", say more than "من جهة أخرى":
// the writer tells the reader that what follows is not the incident told
// before. turnedFrom keeps such a claim from linking to the claims before
// it in its article; but two claims of another article, one like each,
// could still chain the two incidents into one event (an IED on a patrol
// "in a separate incident, in the same village that evening" beside the
// assassination told before it, both placed at the village on that day).
// So, while strong claims are linked, no link joins two components where
// one would hold such a claim and the other a strong claim told before it
// in its article: the article's own word that they are two incidents
// outweighs a chain through other reports.

// separateIncidentCues are the turnCues that name the incident as another
// one (normalised, without the conjunction و).
var separateIncidentCues = [][]string{
	{"في", "حادث", "منفصل"}, {"في", "حادثه", "منفصله"}, {"في", "حادث", "اخر"}, {"في", "حادثه", "اخري"},
	{"في", "هجوم", "منفصل"}, {"في", "هجوم", "اخر"}, {"في", "تطور", "منفصل"},
}

// opensWithSeparateIncident reports whether a claim's text opens with a
// separateIncidentCue, also behind the conjunction ("وفي حادثة منفصلة").
func opensWithSeparateIncident(text string) bool {
	h := leadOf(text)
	return h.opensWith(separateIncidentCues) || h.sameSceneDeed()
}

// incidentBarrier keeps the members of the components of a unionFind, to
// refuse a union that would put a separate-incident claim (node.separate)
// in one component with a claim told before it in its article.
type incidentBarrier struct {
	members map[int][]int // root -> node indices, for components with more than one node
	any     bool          // some node opens with a separate-incident cue
}

// newIncidentBarrier prepares the barrier for nodes.
func newIncidentBarrier(nodes []node) *incidentBarrier {
	b := &incidentBarrier{members: map[int][]int{}}
	for i := range nodes {
		if nodes[i].separate {
			b.any = true
			break
		}
	}
	return b
}

// of returns the members of the component whose root is r.
func (b *incidentBarrier) of(r int) []int {
	if m, ok := b.members[r]; ok {
		return m
	}
	return []int{r}
}

// blocks reports whether joining the components of i and j would put a
// separate-incident claim with a claim told before it in its article.
func (b *incidentBarrier) blocks(nodes []node, uf unionFind, i, j int) bool {
	if !b.any {
		return false
	}
	x, y := b.of(uf.find(i)), b.of(uf.find(j))
	return toldApartAcross(nodes, x, y) || toldApartAcross(nodes, y, x)
}

// toldApartAcross: some node of xs opens with a separate-incident cue and
// some node of ys is of its article and told before it.
func toldApartAcross(nodes []node, xs, ys []int) bool {
	for _, s := range xs {
		if !nodes[s].separate {
			continue
		}
		for _, o := range ys {
			if nodes[o].c.Article == nodes[s].c.Article && nodes[o].c.Start < nodes[s].c.Start {
				return true
			}
		}
	}
	return false
}

// union joins the components of i and j in uf and keeps their members.
func (b *incidentBarrier) union(uf unionFind, i, j int) {
	ri, rj := uf.find(i), uf.find(j)
	if ri == rj {
		return
	}
	if !b.any {
		uf.union(i, j)
		return
	}
	m := append(append([]int(nil), b.of(ri)...), b.of(rj)...)
	delete(b.members, ri)
	delete(b.members, rj)
	uf.union(i, j)
	b.members[uf.find(i)] = m
}
