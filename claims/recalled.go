package claims

import (
	"slices"
	"strings"
	"time"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Recalled events.
//
// A claim dated only by its article (the publication day, or the date of
// the event its article tells, rules date:published, date:context and
// date:strike_context) may tell, in its own words, of an earlier event
// that its article only recalls:
//
//   - the pluperfect "كان/كانت ... قد" + past verb ("وكانت البلدة قد
//     تعرضت لقصف"): the deed was done before the story's time;
//   - an answer, "رداً على" + the event ("رداً على هجوم على القاعدة"):
//     what is answered came first, at the latest the same day;
//
// Such a claim is dated to the week before its article and the day of
// publication (date:recalled, or date:recalled_reply for an answer; the
// pluperfect often tells what came earlier the same day: "وكان مسلحون قد
// تسللوا إلى البلدة فجراً"), its date being the first day of that span,
// so that reconcile may treat it as a claim that recalls an event (see
// reconcile/recall.go) rather than one of its article's day.
//
// A definite event noun after "إثر/عقب/بعد" ("عقب الغارة") or with a
// relative clause ("الضربات التي طالت البلدة") is no such mark: articles
// name their own event so as often as an earlier one.

// recalledDays is how many days before its article a recalled event may
// lie (the claim's date is the first of them).
const recalledDays = 7

// borrowedRecallDates are the date rules a recall mark may replace: dates
// that do not come from the claim's own words.
var borrowedRecallDates = []string{"date:published", "date:context", "date:strike_context"}

// recallEventNouns are the nouns (normalised, without the article) that
// name an attack as an event.
var recallEventNouns = []string{
	"هجوم", "هجمات", "هجمه", "قصف", "غاره", "غارات", "ضربه", "ضربات", "اعتداء", "اعتداءات",
	"تفجير", "تفجيرات", "انفجار", "استهداف", "عدوان", "مجزره", "قذيفه", "قذائف",
}

// kanaForms are the forms of كان that open a pluperfect, with the
// conjunctions و and ف.
var kanaForms = []string{"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "فكانوا"}

// RecallMark reports whether a text marks, in its own words, the event it
// tells as an earlier one its article recalls (see recalled.go), and the
// date rule that says so: "date:recalled_reply" for an answer ("رداً
// على"), "date:recalled" otherwise.
func RecallMark(text string) (rule string, ok bool) {
	ws := recallWords(text)
	for i, w := range ws {
		if (w == "ردا" || w == "وردا") && i+2 < len(ws) && ws[i+1] == "علي" && eventNoun(ws[i+2], true) {
			return "date:recalled_reply", true
		}
	}
	for i, w := range ws {
		if slices.Contains(kanaForms, w) && pluperfect(ws, i) && !whetherBefore(ws, i) && !earlierCountPluperfect(ws, i) {
			return "date:recalled", true
		}
	}
	return "", false
}

// whetherBefore: the كان form at ws[i] opens an indirect question ("لم
// يُعرف ما إذا كانت الصواريخ قد انطلقت من ...", "هل كان الطيران قد قصف"),
// which asks about the story's own event rather than recalling an
// earlier one.
func whetherBefore(ws []string, i int) bool {
	return i > 0 && (ws[i-1] == "اذا" || ws[i-1] == "هل" || ws[i-1] == "وهل")
}

// recallWords normalises a text and splits it into Arabic words.
func recallWords(text string) []string {
	return strings.FieldsFunc(arabic.Normalize(text).Text, func(r rune) bool {
		return !(r >= 0x0621 && r <= 0x064A)
	})
}

// pluperfect: "قد" follows the كان form at ws[i] within five words (its
// subject may stand between: "وكانت طائرات التحالف قد قصفت"), and a word
// follows "قد".
func pluperfect(ws []string, i int) bool {
	for j := i + 1; j <= i+6 && j+1 < len(ws); j++ {
		if ws[j] == "قد" {
			return true
		}
	}
	return false
}

// eventNoun reports whether w is one of recallEventNouns, with or without
// the article ("الهجوم"), or with the article only when definite is set
// to require it.
func eventNoun(w string, indefinite bool) bool {
	if r, ok := strings.CutPrefix(w, "ال"); ok {
		return slices.Contains(recallEventNouns, r)
	}
	return indefinite && slices.Contains(recallEventNouns, w)
}

// markRecalled redates claim c, dated only by its article (see
// borrowedRecallDates), to the week before its article's publication when
// its words mark a recalled event (see RecallMark). Only attacks are
// recalled so.
func markRecalled(c *Claim, published time.Time) {
	if c.Date == nil || !isStrikeType(c.EventType) {
		return
	}
	at := slices.IndexFunc(c.Rules, func(r string) bool { return slices.Contains(borrowedRecallDates, r) })
	if at < 0 {
		return
	}
	rule, ok := RecallMark(c.Text)
	if !ok || rule == "date:recalled_reply" && c.Response {
		// A response tells the answer, of its own day, not the deed it
		// answers.
		return
	}
	base := published
	if base.IsZero() {
		t, err := time.Parse(time.DateOnly, *c.Date)
		if err != nil {
			return
		}
		base = t
	}
	dt := base.AddDate(0, 0, -recalledDays).Format(time.DateOnly)
	c.Date = &dt
	c.Rules[at] = rule
}
