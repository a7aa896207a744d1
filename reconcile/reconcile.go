package reconcile

import (
	"cmp"
	"reflect"
	"slices"

	"github.com/riwaya/riwaya/claims"
)

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
	for _, c := range sorted {
		ev.Claims = append(ev.Claims, c.ID)
		src := c.Source.ID
		if src == "" {
			src = "outlet"
		}
		ev.Sources = append(ev.Sources, src)
		if _, ok := parseDay(c.Date); ok {
			dates[*c.Date]++
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

// Update adds new claims to stored events without regrouping the whole
// store. candidates are the stored events that the new claims may touch,
// and candidateClaims all of their claims. The store finds them with
// Knowledge.BlockKey: every event holding a claim dated within a new
// claim's [from, to] whose own block places intersect the new claim's,
// plus every event whose RespondsTo names one of those (so that a link to
// an event whose id changes is refreshed). An article's claims must arrive
// together.
//
// put holds every event, fully filled (see Fill), that is new or differs
// from the candidate with its id; remove holds the ids of candidates that
// no longer exist (merged into another event, whose id is the merged
// event's anchor's). Applying put and remove to the store gives exactly
// what Reconcile over all claims gives, because events are connected
// components of a pairwise relation that BlockKey covers (see Group).
func Update(candidates []Event, candidateClaims []claims.Claim, newClaims []claims.Claim, k Knowledge) (put []Event, remove []string) {
	all := make([]claims.Claim, 0, len(candidateClaims)+len(newClaims))
	all = append(all, candidateClaims...)
	all = append(all, newClaims...)
	evs, byID := group(all, k)

	old := make(map[string]*Event, len(candidates))
	oldOfClaim := map[string]string{}
	for i := range candidates {
		old[candidates[i].ID] = &candidates[i]
		for _, c := range candidates[i].Claims {
			oldOfClaim[c] = candidates[i].ID
		}
	}
	kept := map[string]bool{}
	for i := range evs {
		ev := &evs[i]
		kept[ev.ID] = true
		// Links to events outside the candidates cannot have changed: keep
		// them from the candidates this event absorbed.
		for _, c := range ev.Claims {
			o := old[oldOfClaim[c]]
			if o == nil {
				continue
			}
			for _, r := range o.RespondsTo {
				if _, visible := old[r]; !visible && r != ev.ID {
					ev.RespondsTo = append(ev.RespondsTo, r)
				}
			}
		}
		slices.Sort(ev.RespondsTo)
		ev.RespondsTo = slices.Compact(ev.RespondsTo)
		*ev = fill(*ev, eventClaims(*ev, byID), k)
		if o := old[ev.ID]; o == nil || !sameEvent(*o, *ev) {
			put = append(put, *ev)
		}
	}
	for _, c := range candidates {
		if !kept[c.ID] {
			remove = append(remove, c.ID)
		}
	}
	slices.Sort(remove)
	remove = slices.Compact(remove)
	return put, remove
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
