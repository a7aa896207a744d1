package reconcile

import "github.com/riwaya/riwaya/claims"

// combinedAgainstParts reports whether one account's toll of the killed
// and wounded together ("سقط 12 بين قتيل وجريح") cannot be squared with
// another account's separate counts of the killed and of the wounded for
// the same victims: below the killed alone or the wounded alone, or
// apart from their sum when both are given. Only a firm combined toll
// counts (exact, about or at least) for a sum: "dozens of dead and
// wounded" is too loose to dispute a sum, only a part above it (see
// vagueCombinedBelowPart). Both accounts must count one victim group (all
// totals, or all civilians), and the other account gives no combined toll
// of its own (those are compared by casualtyConflicts).
func combinedAgainstParts(a, b map[string][]figRef, k Knowledge) bool {
	if len(a[claims.OutcomeKilledOrWounded]) != 1 || len(b[claims.OutcomeKilledOrWounded]) > 0 {
		return false
	}
	x := a[claims.OutcomeKilledOrWounded][0]
	if x.f.Qualifier == claims.QualVague {
		return vagueCombinedBelowPart(x, b, k)
	}
	if x.f.Low == 0 {
		return false
	}
	lo, hi, given, open := 0, 0, 0, false
	for _, o := range []string{claims.OutcomeKilled, claims.OutcomeWounded} {
		if len(b[o]) == 0 {
			continue
		}
		given++
		for _, r := range b[o] {
			if r.f.Group != x.f.Group || r.f.Qualifier == claims.QualVague {
				return false
			}
			lo += r.f.Low
			if r.f.High == nil {
				open = true
			} else {
				hi += *r.f.High
			}
		}
	}
	switch {
	case given == 0:
		return false
	case x.hi() < lo:
		return true // fewer killed and wounded than the parts count
	case given == 2 && !open && x.f.Low > hi:
		return true // more than the killed and the wounded together
	}
	return false
}
