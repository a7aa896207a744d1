package pipeline_test

import (
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// missLayer says which layer lost a gold discrepancy the engine did not
// flag, so that a development run shows where work is needed:
//
//	source:  a named source has no claim in any event of the gold event's
//	         articles (attribution lost it);
//	split:   the sources are there but no one event holds enough of them
//	         (grouping);
//	field:   one event holds them, but too few carry the value the kind
//	         compares (figures, actor, target, stance: extraction);
//	rule:    the values are there and the reconciler did not judge them a
//	         conflict.
func missLayer(kind string, want map[string]bool, need int, evs []reconcile.Event, overlapping func(reconcile.Event) bool, claimOf map[string]claims.Claim) string {
	seen := map[string]bool{}
	best, bestField := 0, 0
	for _, ev := range evs {
		if !overlapping(ev) {
			continue
		}
		in, withField := map[string]bool{}, map[string]bool{}
		for _, id := range ev.Claims {
			c := claimOf[id]
			for _, s := range claimSources(c) {
				if !want[s] {
					continue
				}
				seen[s], in[s] = true, true
				if carriesField(kind, c) {
					withField[s] = true
				}
			}
		}
		best = max(best, len(in))
		if kind == "occurrence" && !deniedIn(ev, want, claimOf) {
			continue // nobody denies: the denial was not extracted
		}
		bestField = max(bestField, len(withField))
	}
	switch {
	case len(seen) < need:
		var lost []string
		for s := range want {
			if !seen[s] {
				lost = append(lost, s)
			}
		}
		sort.Strings(lost)
		return "source (no claim of " + strings.Join(lost, " ") + ")"
	case best < need:
		return "split"
	case bestField < need:
		return "field"
	}
	return "rule"
}

// claimSources gives the source of a claim and the outlets it came through.
func claimSources(c claims.Claim) []string {
	out := []string{c.Source.ID}
	for _, r := range c.Via {
		out = append(out, r.ID)
	}
	return out
}

// carriesField reports whether a claim holds the value a discrepancy of
// kind compares.
func carriesField(kind string, c claims.Claim) bool {
	switch kind {
	case "casualties", "revision":
		return len(c.Figures) > 0
	case "perpetrator", "gap":
		return c.Actor != nil || c.Stance == claims.StanceDenies
	case "target":
		return c.Target != nil
	case "occurrence":
		// a side that asserts or denies carries its value; missLayer
		// also asks that one of them denies
		return c.Stance == claims.StanceDenies || c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnconfirmed
	}
	return true
}

// deniedIn reports whether one of the wanted sources denies something in
// event ev: without such a claim an occurrence dispute lacks its value.
func deniedIn(ev reconcile.Event, want map[string]bool, claimOf map[string]claims.Claim) bool {
	for _, id := range ev.Claims {
		c := claimOf[id]
		if c.Stance != claims.StanceDenies {
			continue
		}
		for _, s := range claimSources(c) {
			if want[s] {
				return true
			}
		}
	}
	return false
}
