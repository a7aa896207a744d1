package reconcile

import (
	"bytes"
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Turning to another incident.
//
// A report that has told its incident may go on to another one with an
// opener that says so: "وفي حادث منفصل" (in a separate incident), "في سياق
// منفصل", "في سياق آخر", "من جهة أخرى" (on the other hand), "على صعيد
// آخر". What follows may still speak of the first incident (a reaction, a
// denial), but when it names a place, the writer has marked that place as
// another scene: a raid on the next village "in a separate incident" is a
// second raid, however near. So a claim that opens with such a turn links
// to other claims through its places only where they name the same place
// or one inside the other, never by nearness (see placesCompatible), and
// it never links to a claim told before it in its own article (see
// turnedFrom): the article has just said that it is not that incident.
//
// "وفي سياق متصل" (in a related context), "في السياق ذاته", "في غضون ذلك"
// and "إلى ذلك" say no such thing: reports place the very strike they told
// at a neighbouring town under them too, so they are no turn.

// turnCues are the normalised openers (see normalizeWords) of a paragraph
// that turns to another incident, without the conjunction و.
var turnCues = [][]string{
	{"في", "سياق", "منفصل"}, {"في", "سياق", "اخر"}, {"في", "سياق", "مختلف"},
	{"من", "جهه", "اخري"}, {"من", "جهه", "ثانيه"}, {"من", "ناحيه", "اخري"}, {"علي", "صعيد", "اخر"},
	{"في", "حادث", "منفصل"}, {"في", "حادثه", "منفصله"}, {"في", "حادث", "اخر"}, {"في", "حادثه", "اخري"},
	{"في", "تطور", "منفصل"}, {"في", "تطور", "اخر"}, {"في", "شان", "اخر"}, {"في", "هجوم", "منفصل"},
	{"في", "هجوم", "اخر"}, {"في", "حادث", "مماثل"}, {"في", "حادثه", "مماثله"},
}

// meanwhileCues are the normalised openers of a paragraph that tells a
// deed done at the same time as the one before it ("في الأثناء"، "وفي
// الساعات ذاتها"، "في الوقت نفسه"): a deed told as simultaneous with
// another is another deed, not that one told again, and what follows it
// is of that deed (see acrossTurn). They are turns too.
var meanwhileCues = [][]string{
	{"في", "الاثناء"}, {"في", "هذه", "الاثناء"}, {"في", "تلك", "الاثناء"},
	{"في", "الساعات", "ذاتها"}, {"في", "الساعات", "نفسها"}, {"في", "الوقت", "ذاته"}, {"في", "الوقت", "نفسه"},
	{"في", "الساعه", "ذاتها"}, {"في", "الساعه", "نفسها"}, {"في", "اللحظه", "ذاتها"}, {"في", "اللحظه", "نفسها"},
	{"بالتزامن"}, {"تزامنا"}, {"في", "موازاه", "ذلك"}, {"بموازاه", "ذلك"},
}

// opensWithTurn reports whether a claim's text opens with a turnCue,
// also behind the conjunction ("وفي حادث منفصل").
func opensWithTurn(text string) bool {
	return opensWith(text, turnCues) || opensWith(text, meanwhileCues)
}

// opensWithMeanwhile reports whether a claim's text opens with a
// meanwhileCue, also behind the conjunction.
func opensWithMeanwhile(text string) bool { return opensWith(text, meanwhileCues) }

// opensWith reports whether text opens with one of cues (normalised
// words), also behind the conjunction و.
func opensWith(text string, cues [][]string) bool {
	// The first four words (the longest cue), one after the other in buf.
	var buf [128]byte
	var ends [4]int
	words, all := 0, buf[:0]
	normWords(text, func(w []byte) bool {
		if words == 0 {
			if rest, ok := bytes.CutPrefix(w, []byte("و")); ok && len(rest) > 2 {
				w = rest
			}
		}
		all = append(all, w...)
		ends[words] = len(all)
		words++
		return words < len(ends)
	})
	word := func(i int) []byte {
		if i == 0 {
			return all[:ends[0]]
		}
		return all[ends[i-1]:ends[i]]
	}
	for _, cue := range cues {
		if words < len(cue) {
			continue
		}
		match := true
		for i, c := range cue {
			if string(word(i)) != c {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// turnedFrom: claims a and b of one article, one of which opens with a
// turn to another incident (see opensWithTurn) and stands after the other.
func turnedFrom(a, b *node) bool {
	return a.turn && b.c.Start < a.c.Start || b.turn && a.c.Start < b.c.Start
}

// markTurnParts sets each node's turnAt: the start of the last claim of
// its article, up to it, that opens with a meanwhile cue or a fronted
// scene (see sceneOpener).
func markTurnParts(ns []node) {
	last := map[string][]int{} // article -> starts of its turn claims
	for i := range ns {
		if ns[i].turn && opensWithMeanwhile(ns[i].c.Text) || sceneOpener(&ns[i]) {
			last[ns[i].c.Article] = append(last[ns[i].c.Article], ns[i].c.Start)
		}
	}
	for i := range ns {
		ns[i].turnAt = -1
		for _, t := range last[ns[i].c.Article] {
			if t <= ns[i].c.Start && t > ns[i].turnAt {
				ns[i].turnAt = t
			}
		}
	}
}

// acrossTurn: claims a and b of one article told on the two sides of a
// meanwhile opener (see meanwhileCues) or of a fronted scene (see
// sceneOpener), where not both name, of their own, the same place. What
// an article tells after "وفي الساعات ذاتها" or "في الأثناء" (or after
// "وفي ريف حمص، قتل...") is of that deed until it names the first one's
// place again: a claim there that names only a wider area
// (the province, "ريف دمشق") or a place borrowed from the sentences
// around it says nothing that ties it back.
func acrossTurn(a, b *node) bool {
	if a.c.Article != b.c.Article || a.turnAt == b.turnAt {
		return false
	}
	if borrowedPlaces(a.c) || borrowedPlaces(b.c) {
		return true
	}
	for _, p := range a.c.Places {
		if slices.Contains(b.c.Places, p) {
			return false
		}
	}
	return true
}

// borrowedPlaces: the claim's places are taken from the sentences around
// it, not named in it (the claims layer's places rules).
func borrowedPlaces(c *claims.Claim) bool {
	return slices.ContainsFunc(c.Rules, func(r string) bool {
		return r == "places:context" || r == "places:actor_context" || r == "places:article_scene" ||
			r == "places:town_anaphora"
	})
}
