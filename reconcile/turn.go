package reconcile

import (
	"bytes"
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

// opensWithTurn reports whether a claim's text opens with a turnCue,
// also behind the conjunction ("وفي حادث منفصل").
func opensWithTurn(text string) bool {
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
	for _, cue := range turnCues {
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
