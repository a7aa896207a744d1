package claims

import "strings"

// target characterises what was hit, as the source puts it, in a short
// English phrase: the first target words after an attack word or a
// preposition of attack ("على", "ضد", "استهدفت"), joined with a second
// characterisation that follows at once ("مواقع قوات موالية" → "positions
// of pro-government forces").
func (x *Extractor) target(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, hm, ok := x.targetHeads.at(d.toks, k)
		if !ok {
			continue
		}
		for j := hm.Last; j < r.hi && j < hm.Last+6; j++ {
			if !in(j) {
				break
			}
			if t, m, ok := x.targets.at(d.toks, j); ok {
				if t2, _, ok := x.targets.at(d.toks, m.Last); ok && in(m.Last) && t2 != t {
					return joinTarget(t, t2)
				}
				if m.Last+1 < r.hi {
					if t2, _, ok := x.targets.at(d.toks, m.Last+1); ok && in(m.Last+1) && isForces(t2) {
						return joinTarget(t, t2)
					}
				}
				return t
			}
		}
	}
	return ""
}

func isForces(t string) bool {
	return strings.Contains(t, "forces") || strings.Contains(t, "residents")
}

func joinTarget(a, b string) string {
	if isForces(b) {
		return a + " of " + b
	}
	return a + " and " + b
}
