package reconcile

import "github.com/riwaya/riwaya/claims"

// vagueCombinedBelowPart reports whether a loose toll of the killed and
// wounded together ("عشرات القتلى والجرحى", "عدد من الشهداء والجرحى")
// cannot hold a firm count of the killed alone or of the wounded alone
// that another account gives: the part's lower bound stands above the
// loose toll's upper bound ("dozens of dead and wounded" against "more
// than 100 killed"). A part inside or below the loose toll never
// disputes it ("dozens of dead and wounded" against "7 killed"): how the
// rest splits is unknown. A loose total (no victim group) holds the
// parts of every group; a loose toll of one group, that group's parts.
// Loose parts and counts of enemies the other voice's own side says it
// killed (see enemyKillCount) are left out.
func vagueCombinedBelowPart(x figRef, b map[string][]figRef, k Knowledge) bool {
	if x.f.Qualifier != claims.QualVague || x.f.High == nil {
		return false
	}
	for _, o := range []string{claims.OutcomeKilled, claims.OutcomeWounded} {
		for _, r := range b[o] {
			if r.f.Qualifier == claims.QualVague || enemyKillCount(r, k) {
				continue
			}
			if !isUnknownGroup(x.f.Group) && r.f.Group != x.f.Group {
				continue
			}
			if r.f.Low > *x.f.High {
				return true
			}
		}
	}
	return false
}

// enemyKillCount reports whether r counts enemy fighters that the
// speaker's own side says it killed ("قضت وحداتنا على عشرات
// الإرهابيين", "تحييد 20 مسلحاً"): a fighters' figure in a claim whose
// doer is the speaker's side. Such a count is the speaker's version of
// whom the strike hit, not a part of another voice's tally of the
// strike's dead; the two dispute who died (see victimsDisputed), not how
// many.
func enemyKillCount(r figRef, k Knowledge) bool {
	if r.f.Group != "fighters" || r.c.Actor == nil || *r.c.Actor == "" {
		return false
	}
	side := k.actorOf(r.c.Source.ID)
	return side != "" && side == *r.c.Actor
}

// onlyEnemyKills reports whether every figure counts enemies the
// speaker's own side says it killed (see enemyKillCount).
func onlyEnemyKills(rs []figRef, k Knowledge) bool {
	for _, r := range rs {
		if !enemyKillCount(r, k) {
			return false
		}
	}
	return len(rs) > 0
}
