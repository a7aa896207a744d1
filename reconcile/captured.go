package reconcile

import "github.com/riwaya/riwaya/claims"

// splitTotalsFor is splitTotals for the figures of outcome o, except that
// counts of people detained are all totals: whom a raid took is named by
// each side in its own words ("28 suspects of the cells" for the force
// that made the arrests, "more than 40 young men" for the people of the
// town), and those words are a framing of the same detainees, not a
// breakdown of them, so "28 suspects arrested" and "more than 40
// detained" are rival counts of one group.
func splitTotalsFor(o string, rs []figRef) (totals, groups []figRef) {
	if o == claims.OutcomeCaptured {
		return rs, nil
	}
	return splitTotals(rs)
}
