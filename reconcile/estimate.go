package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Estimates returns, per outcome, the low / best / high estimate across
// the event's independent accounts, in the manner of UCDP:
//
//   - each account contributes one figure per outcome: its current toll
//     (not an earlier one, nor one a later article of the account calls
//     earlier, not a subset, not from a denial or professed ignorance; the
//     latest article's, else the highest); figures for
//     distinct victim groups are summed, and an all-groups ("unknown")
//     figure is used instead of the sum when it is larger;
//   - vague figures ("dozens") count only when no account gives a number;
//   - low is the lowest of the accounts' low bounds: the most
//     conservative credible figure (as ACLED codes);
//   - high is the highest of their high bounds, and nil (unbounded) when
//     any account gives an open-ended figure ("more than 100");
//   - best is the median of the accounts' point values (a figure's low
//     when open-ended, else the midpoint of its range), the lower median
//     for an even count, kept within [low, high];
//   - sources are the contributing source ids, sorted.
//
// cs may hold more claims than the event's; only those in ev.Claims count.
func Estimates(ev Event, cs []claims.Claim) map[string]Estimate {
	return estimate(membersOf(ev, cs), Knowledge{})
}

type bounds struct {
	low  int
	high *int
}

func (b bounds) point() int {
	if b.high == nil {
		return b.low
	}
	return (b.low + *b.high) / 2
}

func estimate(cs []*claims.Claim, k Knowledge) map[string]Estimate {
	accs := accountsOf(cs, k)
	out := map[string]Estimate{}
	for _, o := range outcomesOf(accs) {
		type contrib struct {
			source string
			b      bounds
		}
		var precise, vague []contrib
		for _, a := range accs {
			cur := currentOf(a, o, k)
			var exact []figRef
			for _, r := range cur {
				if r.f.Qualifier != claims.QualVague {
					exact = append(exact, r)
				}
			}
			if b, ok := combine(exact); ok {
				precise = append(precise, contrib{a.source, b})
			} else if b, ok := combine(cur); ok {
				vague = append(vague, contrib{a.source, b})
			}
		}
		use := precise
		if len(use) == 0 {
			use = vague
		}
		if len(use) == 0 {
			continue
		}
		e := Estimate{Low: use[0].b.low}
		open := false
		var points []int
		for _, c := range use {
			e.Low = min(e.Low, c.b.low)
			if c.b.high == nil {
				open = true
			} else if e.High == nil || *c.b.high > *e.High {
				h := *c.b.high
				e.High = &h
			}
			points = append(points, c.b.point())
			e.Sources = append(e.Sources, c.source)
		}
		if open {
			e.High = nil
		}
		slices.Sort(points)
		e.Best = max(points[(len(points)-1)/2], e.Low)
		if e.High != nil {
			e.Best = min(e.Best, *e.High)
		}
		slices.Sort(e.Sources)
		e.Sources = slices.Compact(e.Sources)
		out[o] = e
	}
	return out
}

// combine folds one account's figures for an outcome (one per group) into
// one range: the sum of the specific groups, or the all-groups figure when
// that is larger.
func combine(refs []figRef) (bounds, bool) {
	if len(refs) == 0 {
		return bounds{}, false
	}
	var all *bounds
	sum := bounds{high: new(int)}
	nSpecific := 0
	for _, r := range refs {
		b := bounds{low: r.f.Low, high: r.f.High}
		if r.f.Group == "unknown" || r.f.Group == "" {
			all = &b
			continue
		}
		nSpecific++
		sum.low += b.low
		if sum.high != nil && b.high != nil {
			*sum.high += *b.high
		} else {
			sum.high = nil
		}
	}
	switch {
	case nSpecific == 0:
		return *all, true
	case all == nil || sum.low > all.low:
		return sum, true
	}
	return *all, true
}

// Grade returns the event's grade, in the manner of Airwars, by this
// precedence:
//
//  1. confirmed: a belligerent accepts responsibility: some claim asserts
//     an actor that its own source speaks for (SourceInfo.ActorOf equal to
//     the claim's actor, "us" and "coalition" being equivalent), as when
//     CENTCOM announces US strikes. Interception claims (where the actor
//     is the defender) do not confirm anything.
//  2. contested: two accounts assert competing perpetrators (actor
//     classes with nothing in common, asserted, not merely reported as
//     unconfirmed); one source naming two actors is no contest.
//  3. fair: two or more independent voices (accounts, with each
//     government's sources folded into one voice, and a source heard only
//     through an outlet that itself speaks of the event folded into that
//     outlet: SANA and the "local sources" SANA quotes are one voice).
//  4. weak: one voice.
//
// Confirmation outranks contest: an admission settles responsibility even
// when others blamed someone else, whose claims still show as perpetrator
// discrepancies.
func Grade(ev Event, cs []claims.Claim, k Knowledge) string {
	return grade(membersOf(ev, cs), k)
}

func grade(cs []*claims.Claim, k Knowledge) string {
	for _, c := range cs {
		if c.Actor == nil || c.EventType == claims.EventInterception || c.Stance != claims.StanceAsserts {
			continue
		}
		act := *c.Actor
		if act == "" || act == "unknown" {
			continue
		}
		if own := k.actorOf(c.Source.ID); own != "" && ActorClass(own) == ActorClass(act) {
			return GradeConfirmed
		}
	}
	accs := accountsOf(cs, k)
	// Contested: two accounts firmly assert perpetrators with nothing in
	// common (one source naming two actors is not a contest).
	var firm []map[string][]*claims.Claim
	for _, a := range accs {
		m := map[string][]*claims.Claim{}
		for cl, list := range standOf(a, k).asserted {
			for _, c := range list {
				if c.Stance == claims.StanceAsserts {
					m[cl] = append(m[cl], c)
				}
			}
		}
		if len(m) > 0 {
			firm = append(firm, m)
		}
	}
	for i := range firm {
		for j := i + 1; j < len(firm); j++ {
			if disjointKeys(firm[i], firm[j]) {
				return GradeContested
			}
		}
	}
	voices := map[string]bool{}
	byKey := map[string]*account{}
	for _, a := range accs {
		byKey[a.key] = a
	}
	for _, a := range accs {
		// Heard only through an outlet that also speaks of the event
		// (SANA quoting "local sources"): that outlet's voice.
		if r := onlyRelay(a); r != "" && byKey[r] != nil {
			a = byKey[r]
		}
		voices[voiceOf(a, k)] = true
	}
	if len(voices) >= 2 {
		return GradeFair
	}
	return GradeWeak
}

// onlyRelay returns the nearest relay through which every claim of the
// account reached the article, "" when some claim came directly or
// through different relays.
func onlyRelay(a *account) string {
	r := ""
	for _, c := range a.claims {
		if len(c.Via) == 0 {
			return ""
		}
		switch {
		case r == "":
			r = c.Via[0].ID
		case r != c.Via[0].ID:
			return ""
		}
	}
	return r
}
