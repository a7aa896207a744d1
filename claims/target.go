package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// target characterises what was hit, as the source puts it, in a short
// English phrase: the first target words after an attack word or a
// preposition of attack ("على", "ضد", "استهدفت"), joined with a second
// characterisation that follows at once ("مواقع قوات موالية" → "positions
// of pro-government forces").
func (x *Extractor) target(d *doc, r region, in func(int) bool, eventType string) string {
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
	// No preposition of attack: a characterisation in the clause right
	// after an event word ("قصف أوقع ضحايا بين جامعي الكمأة"), for attacks
	// only (a withdrawal "from a base" hits nothing).
	switch eventType {
	case EventAirstrike, EventShelling, EventDroneAttack, EventGroundAttack:
	default:
		return ""
	}
	// The target as the subject of a passive or of تعرّض: "مستودعات أسلحة
	// استُهدفت", "تعرضت القاعدة لهجوم".
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		tg, tm, ok := x.targets.at(d.toks, k)
		if !ok {
			continue
		}
		// "مخازن ذخيرة ومقرات قيادية ... قُصفت": coordinated targets.
		if n := tm.Last; n < r.hi && hasClitic(d.toks[n].Clitics, 'و') {
			if tg2, tm2, ok := x.targets.at(d.toks, n); ok {
				tg, tm = joinTarget(tg, tg2), tm2
			}
		}
		for j := tm.Last; j < r.hi && j < tm.Last+4; j++ {
			if _, _, ok := x.passiveHits.at(d.toks, j); ok {
				return tg
			}
		}
		k = tm.Last - 1
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if _, tm, ok := x.triggers.at(d.toks, k); ok {
			for j := tm.Last; j < r.hi && j < tm.Last+8; j++ {
				u := d.toks[j]
				if !in(j) || u.Kind == arabic.TokPunct && !u.IsQuote() {
					break
				}
				if t, _, ok := x.targets.at(d.toks, j); ok {
					return t
				}
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
