package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Borrowed days.
//
// A claim that states no day of its own takes one from around it: the
// day of the sentence before (date:context) or the article's publication
// (date:published). The day is a guess about which event the claim speaks
// of, and when the article's own dated sentences tell their event on
// another day the guess is wrong: the headline "the toll of the massacre
// rose to 40, activists say" of an article published on Saturday speaks
// of the massacre its body dates to Tuesday, and "the Observatory, for its
// part, counted 30 dead" after a paragraph of the day of an inquiry is the
// toll of that massacre, not of the inquiry's day. As a strong claim of
// the day it guessed it would link to other articles' claims of that day
// and carry its source's value away from the event it tells.
//
// So a strong claim whose day is such a guess, and which names its event
// or its place only through its context too (or is its article's
// headline), takes the day of the claim of its article, dated by words of
// its own, that it continues and may belong to (see attaches), when no
// claim of the article tells an event on the guessed day by more than a
// guess, and the guess lies two days to a week after that claim's day.
// It stays strong and links to other articles' claims of its new day. A
// response keeps its day, and a pluperfect recall of an earlier deed
// ("وكانت الطائرات قد قصفت") lends none: it is the background of the
// article's event, not the event.

// guessedDays are the date rules of a day taken from around the claim
// rather than read in it.
var guessedDays = []string{"date:context", "date:published", "date:actor_context"}

// borrowedScene are the rules of a claim that names its event or its
// place only through the sentences around it: a continuer ("وأضافت
// المصادر أن ..."), a toll with no event word, "the town" for the town
// named before.
var borrowedScene = []string{"event_type:context", "event_type:generic", "event_type:anaphoric",
	"places:context", "places:town_anaphora", "places:article_scene", "places:actor_context"}

// guessedDay reports whether the claim's day is only a guess (see
// guessedShape).
func guessedDay(n *node) bool { return n.dated && guessedShape(n.c) }

// guessedShape reports whether a claim's day is only a guess from its
// article (see guessedDays) and it names its event or place only through
// its context (see borrowedScene) or is its article's headline.
func guessedShape(c *claims.Claim) bool {
	has := func(list []string) bool {
		return slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(list, r) })
	}
	return c.Date != nil && has(guessedDays) && (has(borrowedScene) || c.Start == 0)
}

// answerNouns are the accusatives that make a claim the answer to a
// deed it names ("رداً على الهجوم"، "انتقاماً لهجوم"، "ثأراً لمقتل"), as
// normalizeWords folds them, with and without و.
var answerNouns = []string{"ردا", "وردا", "انتقاما", "وانتقاما", "ثارا", "وثارا"}

// answersDeed reports whether a text answers a deed it names (see
// answerNouns): its day is the answer's, later than the deed's, and the
// article's dated sentence of the deed lends it none.
func answersDeed(text string) bool {
	return slices.ContainsFunc(arabicWords(normalizeWords(text)), func(w string) bool { return slices.Contains(answerNouns, w) })
}

// rebaseGuessedDays gives the strong claims whose day is a guess that no
// dated sentence of their article supports the day of the nearest claim
// of their article, dated by words of its own, whose event they may tell
// (see attaches; Borrowed days). Nodes must be sorted by article; the
// result depends only on each article's own claims.
func (g *grouper) rebaseGuessedDays() {
	for lo := 0; lo < len(g.nodes); {
		hi := articleEnd(g.nodes, lo)
		var own []int // the article's own dated strong claims
		for i := lo; i < hi; i++ {
			n := &g.nodes[i]
			if n.strong && !n.incident && ownDate(n.c) {
				own = append(own, i)
			}
		}
		for i := lo; i < hi && len(own) > 0; i++ {
			n := &g.nodes[i]
			if !n.strong || n.incident || n.response || !guessedDay(n) || answersDeed(n.c.Text) || g.dayTold(n, lo, hi) {
				continue
			}
			if j := g.nearestOwnDated(n, own); j >= 0 && rebaseGap(n.day-g.nodes[j].day) {
				n.day = g.nodes[j].day
			}
		}
		lo = hi
	}
}

// nearestOwnDated returns the claim of own whose event n may tell (see
// attaches), whatever its day, that n continues: the nearest before it in
// the text, else the nearest after it; -1 if none. A claim that recalls
// an earlier deed in the pluperfect ("وكانت الطائرات قد قصفت") tells
// the background of the article's event, not the event itself, and is
// passed over.
func (g *grouper) nearestOwnDated(n *node, own []int) int {
	best, bestKey := -1, [2]int{}
	n.dated = false
	for _, j := range own {
		s := &g.nodes[j]
		if pluperfectOpening(s.c.Text) || !g.attaches(n, s) {
			continue
		}
		after := 0
		if s.c.Start > n.c.Start {
			after = 1
		}
		key := [2]int{after, textDistance(n.c, s.c)}
		if best < 0 || key[0] < bestKey[0] || key[0] == bestKey[0] && key[1] < bestKey[1] {
			best, bestKey = j, key
		}
	}
	n.dated = true
	return best
}

// rebaseFloor returns the earliest day that a claim of day, whose day is
// only a guess, may be rebased to: the earliest day of the eventful claims
// of its article dated by words of their own that lies far enough before
// it (see rebaseGap), or day if none does. rebaseGuessedDays takes the
// day of one such claim, so the window from rebaseFloor holds every day
// the claim may end on (a superset: it does not ask which claim the
// rebase would choose).
func rebaseFloor(c claims.Claim, day int, article []claims.Claim) int {
	floor := day
	if isResponse(&c) || answersDeed(c.Text) {
		return floor // an answer keeps its day
	}
	for i := range article {
		a := &article[i]
		if a.Article != c.Article || a.ID == c.ID || !ownDate(a) || !eventful(a) {
			continue
		}
		if d, ok := parseDay(a.Date); ok && rebaseGap(day-d) {
			floor = min(floor, d)
		}
	}
	return floor
}

// maxRebase is how many days before its guessed day a claim may be
// rebased (see rebaseGap).
const maxRebase = 7

// rebaseGap reports whether a guessed day lies far enough after the day of
// the claim it continues to be another event's day, and near enough to be
// a report of it: two days to a week. A day apart, the guess and the deed
// already link (see related); more than a week apart, the dated sentence
// recalls an older deed.
func rebaseGap(days int) bool { return days >= 2 && days <= maxRebase }

// dayTold reports whether a strong claim of the article (nodes lo to hi)
// tells an event on n's day by more than a guess: dated by words of its
// own, or naming its event and its place itself (see guessedDay). For an
// attack, a movement that day (a withdrawal, deployment or displacement:
// "the shelling of the village is part of a policy of emptying it", in a
// report published days after the shelling) does not count: it is no
// attack the guessed claim may tell, and leaves its day a guess.
func (g *grouper) dayTold(n *node, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		s := &g.nodes[j]
		if s.strong && s.day == n.day && !guessedDay(s) && !(attackType(n.c.EventType) && isMovement(s.c.EventType)) {
			return true
		}
	}
	return false
}
