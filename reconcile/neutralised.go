package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// neutralisedAgainstCivilians reports whether account com counts only
// combatants "neutralised" (killed or wounded together: "تحييد 6
// إرهابيين"، "حيّدت قواتنا عناصر من التنظيم") and account civ counts only
// civilians killed or wounded, both naming no bare total: the one side
// says the strike hit fighters, the other that it hit civilians. The two
// counts are of different outcomes, so the per-outcome comparison never
// meets them; they still dispute who the victims were, unless they tell
// of different doers (the attack's civilian dead against the fighters
// its answer "neutralised"), or one toll is apart (see victimsApart).
// Only asserted tolls count, and not a headline's echo of a toll its body
// credits to another voice (see headlineEcho): the dispute is between
// the voices that own the tolls.
func neutralisedAgainstCivilians(civ, com map[string][]figRef, accs []*account) bool {
	var civs, coms []figRef
	for o, rs := range civ {
		if o == claims.OutcomeCaptured {
			continue
		}
		for _, r := range rs {
			if o != claims.OutcomeKilled && o != claims.OutcomeWounded || r.f.Group != "civilians" || r.f.Low == 0 {
				return false
			}
			if r.c.Stance != claims.StanceAsserts || headlineEcho(r, accs) {
				continue
			}
			civs = append(civs, r)
		}
	}
	for o, rs := range com {
		for _, r := range rs {
			if o == claims.OutcomeCaptured {
				continue
			}
			if o != claims.OutcomeKilledOrWounded || r.f.Group == "civilians" || isUnknownGroup(r.f.Group) || r.f.Low == 0 {
				return false
			}
			if slices.Contains(r.c.Rules, claims.RuleAttackersKilled) {
				return false
			}
			if r.c.Stance != claims.StanceAsserts || tallyInArticle(r, accs) {
				// a tally of many days or areas names no victim of
				// this happening (see spanTally)
				continue
			}
			coms = append(coms, r)
		}
	}
	if len(civs) == 0 || len(coms) == 0 || victimsApart(civs, coms) || sameDeadCounted(civs, coms) {
		return false
	}
	return !doersDiffer(civs, coms)
}

// sameDeadCounted reports whether a count of combatants neutralised and a
// count of civilians killed are the same exact number ("neutralised a
// commander" against "one civilian killed"): both voices count the same
// dead and differ only on who they were, which is what was hit (the
// target dispute), not how many were hurt.
func sameDeadCounted(civs, coms []figRef) bool {
	exactSum := func(rs []figRef, outcome string) (int, bool) {
		n := 0
		for _, r := range rs {
			if outcome != "" && r.f.Outcome != outcome {
				continue
			}
			if r.f.High == nil || *r.f.High != r.f.Low || r.f.Subset || r.f.Earlier {
				return 0, false
			}
			n += r.f.Low
		}
		return n, n > 0
	}
	killed, ok := exactSum(civs, claims.OutcomeKilled)
	if !ok {
		return false
	}
	neutralised, ok := exactSum(coms, "")
	return ok && killed == neutralised
}

// doersDiffer reports whether the claims carrying two sets of figures
// name doers and no doer is common to both.
func doersDiffer(a, b []figRef) bool {
	da, db := doersOf(a), doersOf(b)
	if len(da) == 0 || len(db) == 0 {
		return false
	}
	for _, x := range da {
		if slices.Contains(db, x) {
			return false
		}
	}
	return true
}

// doersOf lists the named doers of the claims carrying the figures.
func doersOf(rs []figRef) []string {
	var out []string
	for _, r := range rs {
		if r.c.Actor == nil {
			continue
		}
		if a := *r.c.Actor; a != "" && a != "unknown" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// neutralisedOutcomes are the outcomes of a clash between a count of
// civilians and one of combatants neutralised (see
// neutralisedAgainstCivilians): the combined outcome and those of the
// civilian toll.
func neutralisedOutcomes(civ map[string][]figRef) []string {
	out := []string{claims.OutcomeKilledOrWounded}
	for _, o := range []string{claims.OutcomeKilled, claims.OutcomeWounded} {
		if len(civ[o]) > 0 {
			out = append(out, o)
		}
	}
	return out
}

// headlineEcho reports whether a figure stands in the first claim of its
// article and another voice gives the same count for the same outcome in
// that article ("غارات تقتل 23 مدنياً" over a body that credits the 23 to
// a monitor): the headline repeats the body's toll.
func headlineEcho(r figRef, accs []*account) bool {
	if r.c.Start != 0 {
		return false
	}
	for _, a := range accs {
		for _, c := range a.claims {
			if c.Article != r.c.Article || c.Source.ID == r.c.Source.ID {
				continue
			}
			for _, f := range c.Figures {
				if f.Outcome == r.f.Outcome && f.Low == r.f.Low {
					return true
				}
			}
		}
	}
	return false
}
