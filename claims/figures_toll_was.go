package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// tollWasBefore reports whether the count at first is what a toll was
// before, told with the toll noun as the subject of a past "كان" that
// stands between it and the count: "علماً أن الحصيلة مساء أمس كانت
// قتيلين"، "إذ إن حصيلتها كانت تقف عند 5"، "وأن عدد الجرحى كان قد بلغ
// 12". A toll that "was" is no longer the toll: the article gives the
// current one elsewhere. At most three words (قد، a verb of reaching, a
// preposition) stand between كان and the count, at most six (adverbs of
// time, the counted noun) between the toll noun and كان; no stop and no
// other count anywhere between.
func tollWasBefore(d *doc, first int) bool {
	for k := first - 1; k >= 1 && k >= first-4; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		if pastBeing[t.Norm] || pastBeing[t.Stem] {
			return tollNounBefore(d, k)
		}
	}
	return false
}

// tollNounBefore reports whether a toll noun ("الحصيلة"، "حصيلة"،
// "حصيلتها"، "عدد"، "أعداد") stands within six words before k in the same
// clause, with no count between.
func tollNounBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || d.counted[j] {
			return false
		}
		if t.Kind == arabic.TokWord && isTollNoun(t.Stem) {
			return true
		}
	}
	return false
}

// isTollNoun reports whether a folded stem is a noun of a toll, bare or
// with a possessive pronoun.
func isTollNoun(stem string) bool {
	switch stem {
	case "حصيله", "عدد", "اعداد":
		return true
	}
	for _, p := range possessives {
		if base, ok := strings.CutSuffix(stem, p); ok && (base == "حصيلت" || base == "عدد" || base == "اعداد") {
			return true
		}
	}
	return false
}

// firstReported reports whether the count at first is what a source
// reported "first" ("أولاً") right after its verb of reporting: "أعلن
// أولاً تسعة قتلى"، "تحدثت أولاً عن خمسة"، "أحصى أولاً مقتل ستة". The
// adverb after the verb says a later report followed; at most one word
// (a preposition or the verbal noun of the outcome) stands between it and
// the count.
func firstReported(d *doc, first int) bool {
	for k := first - 1; k >= 1 && k >= first-2; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Norm != "اولا" {
			continue
		}
		v := d.toks[k-1]
		return v.Kind == arabic.TokWord && (reportVerbsBefore[v.Norm] || reportVerbsBefore[v.Stem])
	}
	return false
}
