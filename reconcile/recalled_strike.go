package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Recalled bare strikes.
//
// An article on one incident often recalls an older one by its date and
// a bare word of bombardment: "this brings back the shelling of the
// quarter on the third of last month" ("قصف الحي في الثالث من الشهر
// الماضي"). The bare «قصف» says nothing of aircraft or guns (the extractor
// types it an air strike by default, rule event_type:generic), and the
// recalling article has no account of its own of how the old attack came:
// it names it only to point at it. Such a claim is the attack the
// articles of that day tell, whichever means they give it.
//
// recalledBareStrike reports whether claim r is such a recall of the
// event of claim s of another article: r is typed only generically, dated
// by an explicit date of a past month (rule date:explicit_past, see
// claims/arabic), names no doer, and names the same town or site as s
// (see sameLocality) on the same day; s is a bombardment (see
// bombardment), not an interception. The other conditions of related
// still hold.
func (g *grouper) recalledBareStrike(r, s *node) bool {
	if r.c.Article == s.c.Article || r.actor != "" || !bombardment(r.c.EventType) || !bombardment(s.c.EventType) ||
		!slices.Contains(r.c.Rules, "event_type:generic") || !slices.Contains(r.c.Rules, "date:explicit_past") ||
		s.c.EventType == claims.EventInterception || !r.dated || !s.dated || r.day != s.day {
		return false
	}
	return g.sameLocality(r, s)
}
