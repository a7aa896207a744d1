package reconcile

import "github.com/riwaya/riwaya/claims"

// Targets by doer.
//
// An event often holds an exchange of fire: one side shells, the other
// answers, and a voice tells what each side's fire struck ("our artillery
// aimed at the infiltrating gunmen; the enemy's shells fell on open
// farmland"). Such a voice's words for what was hit are of both classes
// only because they describe two doers' fire. What the voice says the
// event's leading doer struck is its account of the target, as ofDeed
// keeps what the event's own deed struck.

// eventDoer returns the doer most of the event's accounts name (by actor
// class, each account counted once per actor), or "" when none leads.
func eventDoer(accs []*account) string {
	n := map[string]int{}
	for _, a := range accs {
		seen := map[string]bool{}
		for _, c := range a.claims {
			if d := ActorClass(namedActor(c)); d != "" && !seen[d] {
				seen[d] = true
				n[d]++
			}
		}
	}
	best, top, tie := "", 0, false
	for d, k := range n {
		switch {
		case k > top:
			best, top, tie = d, k, false
		case k == top:
			tie = true
		}
	}
	if tie || top < 2 {
		return ""
	}
	return best
}

// ofDoer narrows one voice's characterisations of what was hit, when they
// are of both classes, to those of claims that tell the event's deed and
// name its doer, else to those that name its doer, whichever first are of
// one class. Otherwise all stand.
func ofDoer(cs []*claims.Claim, deed, doer string) []*claims.Claim {
	if doer == "" || classOf(cs) != TargetMixed {
		return cs
	}
	var own, ofIt []*claims.Claim
	for _, c := range cs {
		if ActorClass(namedActor(c)) != doer {
			continue
		}
		own = append(own, c)
		if c.EventType == deed {
			ofIt = append(ofIt, c)
		}
	}
	for _, n := range [][]*claims.Claim{ofIt, own} {
		if cl := classOf(n); cl == TargetMilitary || cl == TargetCivilian {
			return n
		}
	}
	return cs
}
