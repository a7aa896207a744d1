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
// at a neighbouring town under them too, so they are no turn by themselves;
// behind them, an asserted deed at a scene of its own is one (see
// related_turn.go).

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
	turn, _ := openers(text)
	return turn
}

// opensWithMeanwhile reports whether a claim's text opens with a
// meanwhileCue, also behind the conjunction.
func opensWithMeanwhile(text string) bool {
	_, meanwhile := openers(text)
	return meanwhile
}

// openers reads a text's first words once and reports whether it opens
// with a turn (see opensWithTurn) and whether with a meanwhile cue (see
// opensWithMeanwhile).
func openers(text string) (turn, meanwhile bool) {
	h := leadOf(text)
	meanwhile = h.opensWith(meanwhileCues) || h.earlierBySpan()
	return meanwhile || h.opensWith(turnCues) || h.sameSceneDeed(), meanwhile
}

// sameScenePlaces and sameWords make the opener "وفي البلدة نفسها"
// (in the same town), normalised.
var (
	sameScenePlaces = []string{"البلده", "القريه", "المدينه", "الحي", "البلدات", "القري", "الناحيه"}
	sameWords       = []string{"نفسها", "ذاتها", "نفسه", "ذاته"}
	// sceneSpeechVerbs after such an opener go on reporting the scene
	// told before ("وفي القرية ذاتها، قال أحد السكان"), no new deed.
	sceneSpeechVerbs = []string{"قال", "قالت", "يقول", "تقول", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت",
		"اشار", "اشارت", "اوضح", "اوضحت", "روي", "روت", "تحدث", "تحدثت", "نقل", "نقلت", "افاد", "يؤكد", "يشير"}
)

// sameSceneDeed reports whether a text opens with "وفي البلدة نفسها"
// before a deed rather than a speaker ("وفي البلدة نفسها، قُتل مساء
// الخميس موظف"، "وفي المدينة ذاتها، انفجرت عبوة"): a writer names the
// place again as "the same" only to tell another incident there.
func (h *lead) sameSceneDeed() bool {
	if h.words < 4 {
		return false
	}
	w := func(i int) string {
		if h.size[i] < 0 {
			return ""
		}
		return string(h.word[i][:h.size[i]])
	}
	return w(0) == "في" && slices.Contains(sameScenePlaces, w(1)) && slices.Contains(sameWords, w(2)) &&
		w(3) != "" && !slices.Contains(sceneSpeechVerbs, w(3))
}

// spanByWords are the normalised "ب" + a stretch of time that measure how
// long before another deed a deed was done ("بساعات"، "بيومين"، "بقليل").
var spanByWords = []string{"بساعات", "بساعه", "بساعتين", "بدقائق", "بدقيقه", "بيوم", "بيومين", "بايام", "باسبوع",
	"بقليل"}

// earlierBySpan reports whether a text opens with "قبل" and, one or two
// words on, the stretch of time by which it came first ("وقبل الهجوم
// بساعات"، "قبل ذلك بيوم"، "وقبل القصف المدفعي بساعات"): the writer tells
// a deed done at another time than the one told before it, so another
// deed, as a meanwhile opener tells one done at the same time. "بعد"
// is left out: "hours after the raid" as often goes on with the raid's
// rising toll.
func (h *lead) earlierBySpan() bool {
	if h.words < 3 || h.size[0] < 0 || string(h.word[0][:h.size[0]]) != "قبل" {
		return false
	}
	for i := 2; i <= 3 && i < h.words; i++ {
		if h.size[i] >= 0 && slices.Contains(spanByWords, string(h.word[i][:h.size[i]])) {
			return true
		}
	}
	return false
}

// leadWordMax is the longest word, in bytes, a lead keeps: longer than
// any word of turnCues and meanwhileCues, so that a longer word matches
// none of them.
const leadWordMax = 32

// lead holds the first four normalised words of a text (the longest
// cue), the first without the conjunction و; a word longer than
// leadWordMax is kept as one that matches no cue (size -1).
type lead struct {
	word  [4][leadWordMax]byte
	size  [4]int
	words int
}

// leadOf reads the first words of a text (see lead) without building the
// normalised text.
func leadOf(text string) lead {
	var h lead
	var buf [64]byte
	for i := 0; h.words < len(h.word); h.words++ {
		var w []byte
		if w, i = nextNormWord(text, i, buf[:0]); len(w) == 0 {
			break
		}
		if h.words == 0 {
			if rest, ok := bytes.CutPrefix(w, []byte("و")); ok && len(rest) > 2 {
				w = rest
			}
		}
		h.size[h.words] = -1
		if len(w) <= leadWordMax {
			h.size[h.words] = copy(h.word[h.words][:], w)
		}
	}
	return h
}

// opensWith reports whether the lead words open with one of cues
// (normalised words).
func (h *lead) opensWith(cues [][]string) bool {
	for _, cue := range cues {
		if h.words < len(cue) {
			continue
		}
		match := true
		for i, c := range cue {
			if h.size[i] < 0 || string(h.word[i][:h.size[i]]) != c {
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
// its article, up to it, that opens with a meanwhile cue (node.meanwhile)
// or a fronted scene (see sceneOpener).
func markTurnParts(ns []node) {
	last := map[string][]int{} // article -> starts of its turn claims
	for i := range ns {
		if ns[i].meanwhile || sceneOpener(&ns[i]) {
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
