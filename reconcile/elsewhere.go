package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// definiteTollNouns name the toll already being told ("the toll", "the
// number of the dead"): a claim that says one of them and borrows its
// place from the sentences before speaks of the event's own toll, not of
// another village's.
var definiteTollNouns = []string{
	"الحصيلة", "حصيلة القتلى", "حصيلة الضحايا", "عدد القتلى", "عدد الضحايا",
	"عدد الجرحى", "عدد المصابين", "عدد الإصابات",
}

// borrowedPlace reports whether a claim took its place from the context
// rather than naming one.
func borrowedPlace(c *claims.Claim) bool {
	return slices.Contains(c.Rules, "places:context") || slices.Contains(c.Rules, "places:town_anaphora")
}

// settlementOf is the claim's most specific place when that place is a
// town or a village; "" otherwise (regions, cities told as such,
// governorates and unknown places never count).
func settlementOf(c *claims.Claim, k Knowledge) string {
	s, ok := k.Places.(SettlementKinds)
	if !ok || len(c.Places) == 0 || !s.Settlement(c.Places[0]) {
		return ""
	}
	return c.Places[0]
}

// mainSettlement is the settlement the event's claims name most often
// (ties go to the one named first in reading order); "" when none names
// a settlement.
func mainSettlement(accs []*account, k Knowledge) string {
	var all []*claims.Claim
	for _, a := range accs {
		all = append(all, a.claims...)
	}
	slices.SortStableFunc(all, claimOrder(k))
	count := map[string]int{}
	best := ""
	for _, c := range all {
		p := settlementOf(c, k)
		if p == "" {
			continue
		}
		count[p]++
		if best == "" || count[p] > count[best] {
			best = p
		}
	}
	return best
}

// toldElsewhere reports whether a claim tells its toll for another
// settlement than main: both are towns or villages, neither lies inside
// the other, and the claim does not borrow its place from context while
// naming the toll with a definite noun ("الحصيلة"، "عدد القتلى").
func toldElsewhere(c *claims.Claim, main string, k Knowledge) bool {
	if main == "" {
		return false
	}
	p := settlementOf(c, k)
	if p == "" || p == main || k.Places.Within(p, main) || k.Places.Within(main, p) {
		return false
	}
	if borrowedPlace(c) && slices.ContainsFunc(definiteTollNouns, func(n string) bool { return strings.Contains(c.Text, n) }) {
		return false
	}
	return true
}

// atMainSettlement leaves out of an account's figures those of a claim
// told for another settlement than main when the same article of the
// account gives a toll of one of that claim's outcomes that is not told
// elsewhere ("eleven killed in the town ... and in the neighbouring
// village a civilian killed"): the article itself tells the two villages'
// tolls apart, and the other village's is not the account's toll of this
// event.
func atMainSettlement(a *account, refs []figRef, main string, k Knowledge) []figRef {
	if main == "" {
		return refs
	}
	return slices.DeleteFunc(slices.Clone(refs), func(r figRef) bool { return otherVillageToll(a, r.c, main, k) })
}

// otherVillageToll: claim c of account a tells a toll for another
// settlement than main, and the same article of the account tells a toll
// of one of c's outcomes for the event's own place (see atMainSettlement).
func otherVillageToll(a *account, c *claims.Claim, main string, k Knowledge) bool {
	if !toldElsewhere(c, main, k) {
		return false
	}
	return slices.ContainsFunc(a.claims, func(h *claims.Claim) bool {
		if h == c || h.Article != c.Article || h.Stance != c.Stance || toldElsewhere(h, main, k) {
			return false
		}
		return slices.ContainsFunc(h.Figures, func(f claims.Figure) bool {
			return f.Low > 0 && slices.ContainsFunc(c.Figures, func(g claims.Figure) bool { return g.Outcome == f.Outcome })
		})
	})
}

// villagesApart reports whether tolls x and y of two accounts of the
// event are told for two different towns or villages and so are no dispute
// over one toll: each claim's place is a settlement outside the other's
// (see toldElsewhere, which also keeps a context-borrowed place said with
// "the toll"), no claim of the event names the two places together, and
// one of the two articles itself tells a toll of the same outcome in
// another village than its own figure's ("five killed in the first
// village ... two in the second"), so its writer kept the villages'
// tolls apart.
func villagesApart(x, y figRef, accs []*account, k Knowledge) bool {
	px, py := settlementOf(x.c, k), settlementOf(y.c, k)
	if !toldElsewhere(x.c, py, k) || !toldElsewhere(y.c, px, k) {
		return false
	}
	for _, a := range accs {
		if slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
			return slices.Contains(c.Places, px) && slices.Contains(c.Places, py)
		}) {
			return false
		}
	}
	return articleTollElsewhere(x, px, accs, k) || articleTollElsewhere(y, py, accs, k)
}

// articleTollElsewhere: the article of r tells, in another claim, a toll
// of r's outcome for a settlement other than p (see toldElsewhere).
func articleTollElsewhere(r figRef, p string, accs []*account, k Knowledge) bool {
	for _, a := range accs {
		for _, h := range a.claims {
			if h == r.c || h.Article != r.c.Article || !toldElsewhere(h, p, k) {
				continue
			}
			if slices.ContainsFunc(h.Figures, func(f claims.Figure) bool { return f.Low > 0 && f.Outcome == r.f.Outcome }) {
				return true
			}
		}
	}
	return false
}
