package reconcile

import (
	"bytes"
	"slices"
	"time"

	"github.com/riwaya/riwaya/claims"
)

// Recall links.
//
// A later article often recalls an earlier event by its week or month
// only ("the car bomb that struck the town's market last February", "the
// raids on the village last week"). Dated only roughly, such a claim is
// weak (see vagueDate) and joins only its own article's events; when its
// article tells nothing else of that event it stays alone, although other
// articles tell the event itself. A recall claim is a weak claim of a
// specific event type dated to a week or a month (see recallRules) that
// finds no anchor in its own article (see attaches). It joins, by one
// edge, the event of another article's strong claim that
//
//   - has exactly its event type,
//   - names the same town or site, or one inside the other (see
//     sameLocality: a governorate is too coarse),
//   - names the same actor, or one of the two names none,
//   - is dated inside the recall claim's week or month,
//
// provided that every such candidate falls on one day or two neighbouring
// days (one incident): a month in which a town was struck twice is no
// guide to which strike a sentence recalls. The candidate joined is the
// earliest, then the first in claim order; so the link depends only on
// the recall claim and the strong claims of other articles, never on how
// those are grouped, which keeps UpdateFrom exact (see ClaimDays and
// Knowledge.BlockKey for what a store must index and load).

// recallRules are the date rules of a claim dated to a week or a month,
// and how that span ends: a week runs six days after its first day, a
// month to its last day.
var recallRules = map[string]func(first time.Time) time.Time{
	"date:last_week":  func(t time.Time) time.Time { return t.AddDate(0, 0, 6) },
	"date:this_week":  func(t time.Time) time.Time { return t.AddDate(0, 0, 6) },
	"date:month":      func(t time.Time) time.Time { return t.AddDate(0, 1, -1) },
	"date:last_month": func(t time.Time) time.Time { return t.AddDate(0, 1, -1) },
	"date:this_month": func(t time.Time) time.Time { return t.AddDate(0, 1, -1) },
	// A claim dated by its article whose words recall an earlier event
	// (see claims.RecallMark): the seven days before publication and the
	// day of publication, for the pluperfect ("وكانت ... قد") as for an
	// answer ("رداً على").
	"date:recalled":       func(t time.Time) time.Time { return t.AddDate(0, 0, 7) },
	"date:recalled_reply": func(t time.Time) time.Time { return t.AddDate(0, 0, 7) },
}

// recalledRules are the recallRules of a claim dated by its article (see
// claims.RecallMark): its candidates must be dated by words of their own
// (see ownDate), since a report dated only by its publication may tell of
// any day before it, and a generic "هجوم" may recall an attack of any
// kind (see recallsGeneric).
var recalledRules = []string{"date:recalled", "date:recalled_reply"}

// recalledByArticle reports whether c is dated by its article's week
// before (see recalledRules).
func recalledByArticle(c *claims.Claim) bool {
	return slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(recalledRules, r) })
}

// recallSpan reports whether c may be a recall claim (eventful, of a
// specific type, dated to a week or month, not a tally) and the last day
// of its span; its date is the first.
func recallSpan(c *claims.Claim) (to int, ok bool) {
	if !eventful(c) || isVagueType(c.EventType) || tally(c.Text) {
		return 0, false
	}
	return roughSpan(c)
}

// tallyWords say that a sentence counts over a stretch of time rather
// than recalling one event: "منذ مطلع الشهر" (since), "خلال الأسبوع
// الماضي" (during), "طيلة/طوال الشهر" (throughout), "على مدار/مدى
// أسبوع" (over). A tally of a month's raids on a town is no one raid.
var tallyWords = []string{"منذ", "خلال", "طيله", "طوال", "مدار", "مدي"}

// tally reports whether a text holds one of tallyWords, alone or after
// the conjunction و or ف.
func tally(text string) bool {
	found := false
	normWords(text, func(w []byte) bool {
		found = isTallyWord(w) ||
			bytes.HasPrefix(w, []byte("و")) && isTallyWord(w[len("و"):]) ||
			bytes.HasPrefix(w, []byte("ف")) && isTallyWord(w[len("ف"):])
		return !found
	})
	return found
}

// isTallyWord reports whether w is one of tallyWords.
func isTallyWord(w []byte) bool {
	for _, t := range tallyWords {
		if string(w) == t {
			return true
		}
	}
	return false
}

// roughSpan reports whether c is dated to a week or a month (see
// recallRules) and the last day of that span; its date is the first.
func roughSpan(c *claims.Claim) (to int, ok bool) {
	if c.Date == nil {
		return 0, false
	}
	first, err := time.Parse(time.DateOnly, *c.Date)
	if err != nil {
		return 0, false
	}
	for _, r := range c.Rules {
		if end, ok := recallRules[r]; ok {
			return int(end(first).Unix() / 86400), true
		}
	}
	return 0, false
}

// ClaimDays is the span of days under which a store must find a stored
// claim's event when new claims arrive (see Loader): the claim's date, or
// for a claim dated to a week or a month the whole week or month, since
// if it recalls an event (see recall.go) a strong claim dated on any of
// its days may become that event. It reads only the claim's Date and
// Rules. Both are empty for an undated claim.
func ClaimDays(c claims.Claim) (from, to string) {
	if c.Date == nil {
		return "", ""
	}
	if end, ok := roughSpan(&c); ok {
		return *c.Date, dayString(end)
	}
	return *c.Date, *c.Date
}

// recallCandidates returns the strong claims of other articles that
// recall claim w (node i) may recall: dated inside its span, of exactly
// its event type, at the same town or site, with the same actor or one
// of the two unnamed. They come in node order.
func (g *grouper) recallCandidates(i int) []int {
	w := &g.nodes[i]
	if !w.recall {
		return nil
	}
	if g.strongOn == nil {
		g.strongOn = map[int][]int{}
		for j := range g.nodes {
			if g.nodes[j].strong {
				g.strongOn[g.nodes[j].day] = append(g.strongOn[g.nodes[j].day], j)
			}
		}
	}
	var out []int
	for d := w.day; d <= w.recallTo; d++ {
		for _, j := range g.strongOn[d] {
			if s := &g.nodes[j]; g.recalls(w, s) {
				out = append(out, j)
			}
		}
	}
	slices.Sort(out)
	return out
}

// recalls is the pairwise condition of a recall link (see recall.go).
// A claim dated by its article (see recalledRules) recalls only a claim
// dated by words of its own.
func (g *grouper) recalls(w, s *node) bool {
	byArticle := recalledByArticle(w.c)
	if byArticle && !ownDate(s.c) {
		return false
	}
	return s.c.Article != w.c.Article && (s.c.EventType == w.c.EventType || byArticle && recallsGeneric(w, s)) &&
		(oneNamed(w, s) || ActorClass(w.actor) == ActorClass(s.actor)) && g.sameLocality(w, s)
}

// recallsGeneric: recall claim w names the attack it recalls only with
// the generic "هجوم" (typed a ground attack by default, rule
// event_type:generic; see genericAttackThere), and s tells an attack of
// any kind, other than an interception: "رداً على الهجوم على القاعدة" is
// the drone or rocket attack on the base that the week before holds, if
// it holds only one (see recallTarget).
func recallsGeneric(w, s *node) bool {
	return w.c.EventType == claims.EventGroundAttack && slices.Contains(w.c.Rules, "event_type:generic") &&
		s.c.EventType != claims.EventInterception && attackType(s.c.EventType)
}

// attackType reports whether an event type is an armed attack of any
// kind: air, artillery, drone or ground.
func attackType(t string) bool {
	switch t {
	case claims.EventAirstrike, claims.EventShelling, claims.EventDroneAttack, claims.EventGroundAttack:
		return true
	}
	return false
}

// recallTarget returns the strong claim whose event recall claim i
// joins, or -1: the earliest of its candidates, then the first in node
// order, when they all fall within two neighbouring days.
func (g *grouper) recallTarget(i int) int {
	cands := g.recallCandidates(i)
	if len(cands) == 0 {
		return -1
	}
	best, lo, hi := cands[0], g.nodes[cands[0]].day, g.nodes[cands[0]].day
	for _, j := range cands[1:] {
		d := g.nodes[j].day
		lo, hi = min(lo, d), max(hi, d)
		if d < g.nodes[best].day {
			best = j
		}
	}
	if hi-lo > 1 {
		return -1
	}
	return best
}
