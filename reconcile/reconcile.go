package reconcile

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// RulesVersion names the version of the grouping rules. Events stored by
// other rules are not what Reconcile gives today, and UpdateFrom relies on
// the stored events being exactly that (pairing reads stored partners), so
// a store whose events were made under another version must rebuild them
// from the claims (Reconcile over all claims) before adding new claims.
// Change it whenever a change to the rules can change an event.
const RulesVersion = "2026-11-23.59"

// typePriority breaks ties in the event-type vote: attacks before
// movements, interception last (the attack it confronted names the event).
var typePriority = []string{
	claims.EventAirstrike, claims.EventDroneAttack, claims.EventShelling, claims.EventGroundAttack,
	claims.EventWithdrawal, claims.EventEvacuation, claims.EventDeployment, claims.EventInterception,
}

// consensusType is the majority event type of the claims; interception
// counts only when nothing else is said, and "other" only when no claim
// names a type.
func consensusType(cs []*claims.Claim) string {
	votes := map[string]int{}
	for _, c := range cs {
		if !isVagueType(c.EventType) {
			votes[c.EventType]++
		}
	}
	if len(votes) > 1 {
		delete(votes, claims.EventInterception)
	}
	best, bestN := claims.EventOther, 0
	for _, t := range typePriority {
		if votes[t] > bestN {
			best, bestN = t, votes[t]
		}
	}
	for t, n := range votes { // types outside the priority list
		if !slices.Contains(typePriority, t) && (n > bestN || n == bestN && bestN > 0 && t < best) {
			best, bestN = t, n
		}
	}
	return best
}

// fillConsensusPtr sets the event's Claims, Sources, EventType, Date and
// Places from its claims:
//
//   - EventType: the majority type (see consensusType);
//   - Date: the date most claims give, the earliest on a tie;
//   - Places: every place named in the country most claims name, most
//     specific first (most ancestors), then most often named, then id;
//   - Claims: ids in article then text order; Sources: the innermost
//     source ids (relays excluded), sorted.
func fillConsensusPtr(ev *Event, cs []*claims.Claim, k Knowledge) {
	sorted := slices.Clone(cs)
	slices.SortFunc(sorted, func(a, b *claims.Claim) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start), cmp.Compare(a.ID, b.ID))
	})
	ev.Claims = make([]string, 0, len(sorted))
	ev.Sources = []string{}
	dates := map[string]int{}
	placeVotes := map[string]int{}
	countryVotes := map[string]int{}
	countryOf := map[string]string{}
	depth := map[string]int{}
	var recalledDates []string // dates of claims that recall the event (see recalledRules)
	for _, c := range sorted {
		ev.Claims = append(ev.Claims, c.ID)
		src := c.Source.ID
		if src == "" {
			src = "outlet"
		}
		ev.Sources = append(ev.Sources, src)
		if _, ok := parseDay(c.Date); ok && !recalledByArticle(c) {
			dates[*c.Date]++
		} else if ok {
			recalledDates = append(recalledDates, *c.Date)
		}
		seenCountry := map[string]bool{}
		for _, p := range c.Places {
			placeVotes[p]++
			if _, ok := countryOf[p]; !ok {
				anc := k.ancestors(p)
				depth[p] = len(anc)
				countryOf[p] = p
				if len(anc) > 0 {
					countryOf[p] = anc[len(anc)-1]
				}
			}
			if !seenCountry[countryOf[p]] {
				seenCountry[countryOf[p]] = true
				countryVotes[countryOf[p]]++
			}
		}
	}
	slices.Sort(ev.Sources)
	ev.Sources = slices.Compact(ev.Sources)
	ev.EventType = consensusType(cs)

	if len(dates) == 0 {
		// Only claims dated to the week before their article (see
		// recalledRules): their first day, for want of a better one.
		for _, d := range recalledDates {
			dates[d]++
		}
	}
	ev.Date = nil
	bestN := 0
	for _, d := range slices.Sorted(mapKeys(dates)) {
		if dates[d] > bestN {
			d := d
			ev.Date, bestN = &d, dates[d]
		}
	}

	country, cn := "", 0
	for _, c := range slices.Sorted(mapKeys(countryVotes)) {
		if countryVotes[c] > cn {
			country, cn = c, countryVotes[c]
		}
	}
	ev.Places = []string{}
	for p := range placeVotes {
		if k.Places == nil || countryOf[p] == country {
			ev.Places = append(ev.Places, p)
		}
	}
	slices.SortFunc(ev.Places, func(a, b string) int {
		return cmp.Or(cmp.Compare(depth[b], depth[a]), cmp.Compare(placeVotes[b], placeVotes[a]), cmp.Compare(a, b))
	})
}

// Fill completes an event from its claims: consensus fields (as Group
// sets them), Estimates, Grade and Discrepancies. ID and RespondsTo are
// kept. cs may hold more claims than the event's; only those in ev.Claims
// are used (all of cs when ev.Claims is empty).
func Fill(ev Event, cs []claims.Claim, k Knowledge) Event {
	return fill(ev, membersOf(ev, cs), k)
}

func fill(ev Event, members []*claims.Claim, k Knowledge) Event {
	fillConsensusPtr(&ev, members, k)
	ev.Estimates = estimate(members, k)
	ev.Grade = grade(members, k)
	ev.Discrepancies = compare(members, k)
	if ev.Discrepancies == nil {
		ev.Discrepancies = []Discrepancy{}
	}
	return ev
}

// Disputes counts an event's conflicts (discrepancies that are not notes).
func Disputes(ev Event) int {
	n := 0
	for _, d := range ev.Discrepancies {
		if !d.IsNote() {
			n++
		}
	}
	return n
}

// SortEvents orders events most disputed first (see Disputes), then the
// latest date first (undated last), then by id.
func SortEvents(evs []Event) {
	slices.SortFunc(evs, func(a, b Event) int {
		if c := cmp.Compare(Disputes(b), Disputes(a)); c != 0 {
			return c
		}
		switch {
		case a.Date == nil && b.Date != nil:
			return 1
		case a.Date != nil && b.Date == nil:
			return -1
		case a.Date != nil && b.Date != nil && *a.Date != *b.Date:
			return cmp.Compare(*b.Date, *a.Date)
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// Reconcile groups the claims into events and fills each one (see Group
// and Fill), most disputed first (see SortEvents).
func Reconcile(cs []claims.Claim, k Knowledge) []Event {
	evs, byID := group(cs, k)
	for i := range evs {
		evs[i] = fill(evs[i], eventClaims(evs[i], byID), k)
	}
	SortEvents(evs)
	return evs
}

func eventClaims(ev Event, byID map[string]*claims.Claim) []*claims.Claim {
	out := make([]*claims.Claim, 0, len(ev.Claims))
	for _, id := range ev.Claims {
		if c := byID[id]; c != nil {
			out = append(out, c)
		}
	}
	return out
}

// Loader reads stored events for UpdateFrom. It returns every stored
// event holding a claim dated within the window of one of near's block
// keys at one of its block places (see Knowledge.BlockKey), every event
// whose id is in ids, and every event that responds to one of those (see
// Event.RespondsTo), together with every eventful claim (see Eventful)
// of the articles that the claims of the events it returns come from (not
// only the events' own: how a claim links depends on the other claims of
// its article, such as an aircraft whose owner another sentence names,
// see readMeansByToll, and those may lie in events the blocks do not
// reach, or in none). Claims that are not eventful may be left out: they
// belong to no event, and every reading of an article's claims (anchors,
// deferral, means, drones, responses, echoes) looks only at eventful ones.
// Events and claims already returned by an earlier call of the same
// UpdateFrom may be returned again or left out.
type Loader func(ctx context.Context, near []claims.Claim, ids []string) ([]Event, []claims.Claim, error)

// UpdateFrom adds new claims to stored events without regrouping the whole
// store: it reads through load the stored events the new claims may touch
// and regroups only those. An article's claims must arrive together.
//
// Pairing of day groups (see pairing.go) makes this a few rounds of
// reading: the stored events near the new claims, then those near the day
// groups found, ring after ring out to loadHops from the groups holding
// new claims (rings stop early where no day group is adjacent, which is
// most of the time). Only the events within changeHops can change; they
// are regrouped from exact data, and nothing farther is touched.
//
// put holds every event, fully filled (see Fill), that is new or differs
// from the stored event with its id; remove holds the ids of stored events
// that no longer exist (merged into another event, split, or whose anchor
// changed). Applying put and remove to the store gives exactly what
// Reconcile over all claims gives.
func UpdateFrom(ctx context.Context, load Loader, newClaims []claims.Claim, k Knowledge) (put []Event, remove []string, err error) {
	r := &region{
		events: map[string]*Event{}, known: map[string]bool{}, storedIn: map[string]string{},
		expanded: map[string]bool{}, asked: map[string]bool{}, isNew: map[string]bool{}, eventOf: map[string]string{},
	}
	for _, c := range newClaims {
		r.isNew[c.ID], r.known[c.ID] = true, true
	}
	near, ids := newClaims, []string(nil)
	for round := 1; ; round++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if len(near) > 0 || len(ids) > 0 {
			evs, cs, err := load(ctx, near, ids)
			if err != nil {
				return nil, nil, fmt.Errorf("update: load round %d: %w", round, err)
			}
			r.add(evs, cs)
			for _, c := range near {
				r.expanded[c.ID] = true
			}
		}
		// Every event a loaded event answers must be visible, so that
		// response links are recomputed from claims, never guessed.
		if ids = r.unseenTargets(); len(ids) > 0 {
			near = nil
			continue
		}
		all := make([]claims.Claim, 0, len(r.claims)+len(newClaims))
		all = append(all, r.claims...)
		all = append(all, newClaims...)
		all = canonicalClaims(all)
		// Day groups and their pairing are enough to see what is missing;
		// events are made once nothing is.
		g := newGrouper(k)
		uf := g.linkStrong(all)
		changed, recallNear := r.recalled(g)
		hops := g.pair.hops(changed, loadHops-1)
		if near = append(r.unexpanded(g, hops), recallNear...); len(near) > 0 {
			continue
		}
		evs, byID := g.events(all, uf)
		if ids = r.strayEvents(evs); len(ids) > 0 {
			continue
		}
		put, remove = r.diff(g, evs, byID, hops, k)
		return put, remove, nil
	}
}

// Hops from the day groups holding new claims (see pairing.go): events
// within changeHops may change (a pair changes only if one of its groups'
// bests does, at most one hop from X; a small component that the new
// claims join to a large one changes wholly, and it lies within
// wholeGroups+1 hops, counting its one echo group, see echoGroup); day
// groups within loadHops must be loaded with everything adjacent to them
// (the bests of groups one hop beyond the events that may change must be
// exact, and a best depends on the groups adjacent).
const (
	changeHops = max(wholeGroups+1, 2)
	loadHops   = changeHops + 2
)

// region is the part of the store an update has read.
type region struct {
	events   map[string]*Event
	order    []string // event ids in load order
	claims   []claims.Claim
	known    map[string]bool   // claim ids loaded or new
	storedIn map[string]string // claim id → stored event id, for the claims of loaded events
	eventOf  map[string]string // claim id → stored event id, as the loaded claims tell it (Claim.Event)
	expanded map[string]bool   // claims whose block has been loaded
	asked    map[string]bool   // event ids asked for
	isNew    map[string]bool
}

func (r *region) add(evs []Event, cs []claims.Claim) {
	for i := range evs {
		ev := evs[i]
		if r.events[ev.ID] != nil {
			continue
		}
		r.events[ev.ID] = &ev
		r.order = append(r.order, ev.ID)
		for _, c := range ev.Claims {
			r.storedIn[c] = ev.ID
		}
	}
	for _, c := range cs {
		if !r.known[c.ID] {
			r.known[c.ID] = true
			r.claims = append(r.claims, c)
			if c.Event != nil {
				r.eventOf[c.ID] = *c.Event
			}
		}
	}
}

// unseenTargets lists the ids that loaded events respond to but that are
// neither loaded nor asked for before (a store may have lost one).
func (r *region) unseenTargets() []string {
	var out []string
	for _, id := range r.order {
		for _, t := range r.events[id].RespondsTo {
			if r.events[t] == nil && !r.asked[t] {
				r.asked[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// changed returns the day groups that hold a new claim.
func (r *region) changed(g *grouper) []int {
	var out []int
	for x, gr := range g.pair.groups {
		for _, i := range gr.nodes {
			if r.isNew[g.nodes[i].c.ID] {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// recalled returns the day groups that hold a new claim or may change
// through a recall link (see recall.go), and the recall claims whose
// candidates are not all loaded yet. A recall claim is in play when it is
// new or one of its candidates is: its link may then move from one
// candidate's event to another's, so the day groups of all its candidates
// count as changed. Every recall claim of the region with a candidate, or
// new, has its block loaded (see Knowledge.BlockKey), so that its link is
// computed from all its candidates, as Group computes it; a stored one is
// found through its event's date range, which covers its week or month
// (see ClaimDays). A placeless claim (see placeless.go) is handled alike:
// its block is its country over the days around it, and a stored one is
// found through the country key of its candidates' blocks.
func (r *region) recalled(g *grouper) (changed []int, near []claims.Claim) {
	changed = r.changed(g)
	for i := range g.nodes {
		n := &g.nodes[i]
		if !n.recall && !n.placeless {
			continue
		}
		cands := g.recallCandidates(i)
		if n.placeless {
			cands = g.placelessCandidates(i)
		}
		inPlay := r.isNew[n.c.ID] || slices.ContainsFunc(cands, func(j int) bool { return r.isNew[g.nodes[j].c.ID] })
		if (inPlay || len(cands) > 0) && !r.expanded[n.c.ID] {
			near = append(near, *n.c)
		}
		if !inPlay {
			continue
		}
		for _, j := range cands {
			if x, ok := g.pair.groupOf[j]; ok {
				changed = append(changed, x)
			}
		}
	}
	return changed, near
}

// strayEvents returns the stored events, not loaded yet, of the claims
// read only as their articles' context (see Loader) that the regrouping
// puts beside a loaded or new claim. The rings load them whenever that
// can happen (a strong claim near the new ones has its block loaded, which
// holds its own event; a weak one joins its article's claims, whose event
// is its own); this keeps the store whole should they ever miss one: its
// claim would otherwise sit in two events.
func (r *region) strayEvents(evs []Event) []string {
	var out []string
	for _, ev := range evs {
		var stray []string
		anchored := false
		for _, id := range ev.Claims {
			switch {
			case r.isNew[id] || r.storedIn[id] != "":
				anchored = true
			case r.eventOf[id] != "" && r.events[r.eventOf[id]] == nil && !r.asked[r.eventOf[id]]:
				stray = append(stray, r.eventOf[id])
			}
		}
		if !anchored {
			continue
		}
		for _, e := range stray {
			if !r.asked[e] {
				r.asked[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// unexpanded returns the strong claims of the day groups within
// loadHops-1 hops whose blocks are not loaded yet.
func (r *region) unexpanded(g *grouper, hops []int) []claims.Claim {
	var out []claims.Claim
	for x, gr := range g.pair.groups {
		if hops[x] < 0 {
			continue
		}
		for _, i := range gr.nodes {
			if c := g.nodes[i].c; !r.expanded[c.ID] {
				out = append(out, *c)
			}
		}
	}
	return out
}

// diff compares the regrouped region with the stored events it was read
// from. The events that may have changed are those holding a new claim or
// a day group within changeHops of one; any stored event sharing a claim
// with one of those is replaced too (which, exact as the rings are, adds
// nothing but keeps the store whole if it ever did). Response links are
// recomputed claim by claim (see answers): a link to a claim of a replaced
// event names its new event, any other names the claim's stored event,
// which has not changed. Every other stored event keeps its claims and
// only has its links refreshed when they change.
func (r *region) diff(g *grouper, evs []Event, byID map[string]*claims.Claim, hops []int, k Knowledge) (put []Event, remove []string) {
	eventOf := make(map[string]int, len(byID))
	for i := range evs {
		for _, c := range evs[i].Claims {
			eventOf[c] = i
		}
	}
	chosen := make([]bool, len(evs))
	var queue []int
	choose := func(i int) {
		if !chosen[i] {
			chosen[i] = true
			queue = append(queue, i)
		}
	}
	for id := range r.isNew {
		if i, ok := eventOf[id]; ok {
			choose(i)
		}
	}
	for x, gr := range g.pair.groups {
		if hops[x] >= 0 && hops[x] <= changeHops {
			choose(eventOf[g.nodes[gr.nodes[0]].c.ID])
		}
	}
	replaced := map[string]bool{}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		for _, c := range evs[i].Claims {
			s := r.storedIn[c]
			if s == "" || replaced[s] {
				continue
			}
			replaced[s] = true
			for _, c2 := range r.events[s].Claims {
				if j, ok := eventOf[c2]; ok {
					choose(j)
				}
			}
		}
	}

	links := r.linker(g, evs, eventOf, chosen)
	kept := map[string]bool{}
	for i := range evs {
		if !chosen[i] {
			continue
		}
		ev := &evs[i]
		kept[ev.ID] = true
		ev.RespondsTo = links(ev.Claims, ev.ID)
		*ev = fill(*ev, eventClaims(*ev, byID), k)
		if o := r.events[ev.ID]; o == nil || !sameEvent(*o, *ev) {
			put = append(put, *ev)
		}
	}
	for _, s := range r.order {
		if replaced[s] {
			continue
		}
		o := *r.events[s]
		if l := links(o.Claims, o.ID); !slices.Equal(l, o.RespondsTo) && (len(l) > 0 || len(o.RespondsTo) > 0) {
			o.RespondsTo = l
			put = append(put, o)
		}
	}
	for s := range replaced {
		if !kept[s] {
			remove = append(remove, s)
		}
	}
	slices.Sort(remove)
	return put, remove
}

// linker returns a function giving the response links of an event with the
// given claims and id (see group): the events holding the claims that its
// response claims may answer, by their new id when the event holding them
// is chosen (rewritten), else by their stored one.
func (r *region) linker(g *grouper, evs []Event, eventOf map[string]int, chosen []bool) func(claimIDs []string, self string) []string {
	node := make(map[string]int, len(g.nodes))
	byArticle := map[string][]int{}
	for i := range g.nodes {
		c := g.nodes[i].c
		node[c.ID] = i
		if g.nodes[i].eventful {
			byArticle[c.Article] = append(byArticle[c.Article], i)
		}
	}
	target := func(id string) string {
		if e, ok := eventOf[id]; ok && chosen[e] {
			return evs[e].ID
		}
		if s := r.storedIn[id]; s != "" {
			return s
		}
		if e, ok := eventOf[id]; ok {
			return evs[e].ID
		}
		return ""
	}
	return func(claimIDs []string, self string) []string {
		var out []string
		for _, id := range claimIDs {
			i, ok := node[id]
			if !ok || !g.nodes[i].response {
				continue
			}
			for _, j := range byArticle[g.nodes[i].c.Article] {
				if !answers(&g.nodes[i], &g.nodes[j]) {
					continue
				}
				if t := target(g.nodes[j].c.ID); t != "" && t != self {
					out = append(out, t)
				}
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
}

// sameEvent compares two events, treating nil and empty collections alike.
func sameEvent(a, b Event) bool {
	norm := func(e Event) Event {
		if len(e.RespondsTo) == 0 {
			e.RespondsTo = nil
		}
		if len(e.Discrepancies) == 0 {
			e.Discrepancies = nil
		}
		if len(e.Estimates) == 0 {
			e.Estimates = nil
		}
		if len(e.Places) == 0 {
			e.Places = nil
		}
		return e
	}
	return reflect.DeepEqual(norm(a), norm(b))
}
