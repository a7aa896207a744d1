package reconcile

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims"
)

// Scenes fronted by their place.
//
// A report of several incidents of one day moves from one to the next with
// a paragraph that fronts the place before its verb: "وفي ريف إدلب الجنوبي،
// قصفت المدفعية..." (and in the southern Idlib countryside, artillery
// shelled...), "وفي مدينة حماة، داهم مسلحون بيتاً", "أما في محافظة
// اللاذقية، فقد نفذ الطيران غارات". When the paragraph tells a deed of its
// own (its own event word, its own place, and its own toll or target), the
// writer has set it at another scene: what the article told before of a
// deed elsewhere (a raid placed only at the country, a doer named before
// the place) is not of it, and what follows is of it until a claim names
// the first scene's place again. Such a claim starts a part of its
// article as a meanwhile opener does (see acrossTurn). A fronted place
// before a speech ("وفي موسكو، قال...") tells no deed and starts nothing.

// sceneStops are the first words (normalised, without the article ال) of
// a fronted phrase that is no place: contexts, times, turns of the story,
// statements and accounts ("في المقابل،", "في وقت لاحق،", "في بيان لها،").
var sceneStops = []string{
	"سياق", "مقابل", "وقت", "يوم", "ليله", "صباح", "مساء", "ظهر", "فجر", "عصر", "حين", "رد", "ردها", "رده",
	"بيان", "حديث", "روايه", "حصيله", "مؤتمر", "هذا", "هذه", "تلك", "ذلك", "غضون", "اثناء", "ساعه", "ساعات",
	"لحظه", "تطور", "حادث", "حادثه", "هجوم", "غارات", "اطار", "ظل", "اعقاب", "موازاه", "تصريح", "تصريحات",
	"مقابله", "لقاء", "كلمه", "رساله", "تقرير", "اتصال", "شان", "صعيد", "جهه", "ناحيه", "حال", "حاله",
	"المقابل", "اليوم", "الليله", "ليل", "منتصف", "مطلع", "اواخر", "بدايه", "نهايه", "ختام", "اول", "ذات",
	"نفس", "موقف", "تعليق", "معرض", "سبيل", "محاوله", "خطوه", "السياق", "اطار", "تطورات", "سياقه", "اشاره",
	"منشور", "تغريده", "تدوينه", "مقال", "ساعات", "الساعات", "اعقاب", "غمره", "خضم", "ضوء", "اعقابه",
}

// maxSceneWords is the longest fronted place phrase ("في ريف إدلب الجنوبي
// الشرقي،").
const maxSceneWords = 5

// opensWithScene reports whether a text opens with a fronted place phrase:
// "في" or "أما في" (also behind the conjunction و), one to maxSceneWords
// words, then a comma, the first of them no sceneStop, and no digit among
// them (a date).
func opensWithScene(text string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(text), "،")
	if !ok {
		head, _, ok = strings.Cut(strings.TrimSpace(text), ",")
	}
	if !ok {
		return false
	}
	if strings.ContainsFunc(head, unicode.IsDigit) {
		return false // a date ("في 14 آب،")
	}
	// The words of arabicWords(normalizeWords(head)), read one by one
	// (see nextNormWord): the first two (behind "أما") kept, the others
	// only counted.
	var bufs [3][64]byte
	var ws [2][]byte
	n := 0
	for i := 0; n <= maxSceneWords+1; {
		w, next := nextNormWord(head, i, bufs[min(n, 2)][:0])
		if len(w) == 0 {
			break
		}
		first := i == 0
		i = next
		if first && (string(w) == "اما" || string(w) == "واما") {
			continue
		}
		if n < len(ws) {
			ws[n] = w
		}
		n++
	}
	if n < 2 || n > maxSceneWords+1 || string(ws[0]) != "في" && string(ws[0]) != "وفي" {
		return false
	}
	w1 := string(ws[1])
	front := w1
	if x, ok := strings.CutPrefix(w1, "ال"); ok && utf8.RuneCountInString(x) > 1 {
		front = x
	}
	return !slices.Contains(sceneStops, front) && !slices.Contains(sceneStops, w1)
}

// ownDeedRules are the event type rules of a claim that takes its event
// from the sentences around it rather than telling one.
var ownDeedRules = []string{"event_type:context", "event_type:anaphoric", "event_type:charged_context",
	"event_type:actor_anaphoric"}

// sceneOpener: a strong claim that opens with a fronted place (see
// opensWithScene) and tells a deed of its own: its own event word and
// places, no response, and a toll of the killed or wounded or a target.
func sceneOpener(n *node) bool {
	c := n.c
	if !n.strong || n.incident || n.response || !opensWithScene(c.Text) || borrowedPlaces(c) ||
		slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(ownDeedRules, r) }) {
		return false
	}
	return c.Target != nil || slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
		return !f.Earlier && (f.Outcome == claims.OutcomeKilled || f.Outcome == claims.OutcomeWounded)
	})
}
