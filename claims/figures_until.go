package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// A count bounded by a past moment.
//
// "أحصى المرصد 9 قتلى منذ بدء المعارك، علماً أنه وثق ستة حتى مساء
// الأحد": a source's count that runs only "until" a named past moment
// (a weekday, أمس), told after another toll of the same sentence, is the
// count it had reached then, an earlier toll. "حتى الآن"، "حتى اللحظة"
// and "حتى مساء اليوم" bound a count by the present and mark nothing.

// pastDayWords name a past day (folded): a weekday or "أمس".
var pastDayWords = map[string]bool{
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true,
	"السبت": true, "امس": true, "البارحه": true,
}

// dayPartWords are the parts of a day that may stand between "حتى" and
// the day (folded): "حتى ليل الجمعة"، "حتى ظهر أمس".
var dayPartWords = map[string]bool{
	"ليل": true, "ليله": true, "مساء": true, "صباح": true, "ظهر": true, "عصر": true, "فجر": true, "منتصف": true,
}

// countedUntilPastDay reports whether the count at first is a source's
// earlier toll told by its bound in time: a report verb stands before it
// in its clause (with no stop, number or other count between), "حتى" and
// a past day follow it within a few words, and a toll stands before the
// verb in the sentence.
func countedUntilPastDay(d *doc, first int) bool {
	verb := -1
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		w := strings.TrimPrefix(t.Norm, "و")
		if reportVerbsBefore[t.Norm] || reportVerbsBefore[w] || reportVerbsBefore[t.Stem] {
			verb = k
			break
		}
	}
	if verb < 0 || !countedBefore(d, verb) {
		return false
	}
	for k := first + 1; k < len(d.toks) && k <= first+5; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Norm != "حتي" {
			continue
		}
		for j := k + 1; j < len(d.toks) && j <= k+2; j++ {
			u := d.toks[j]
			if u.Kind != arabic.TokWord {
				return false
			}
			if pastDayWords[u.Norm] {
				return true
			}
			if !dayPartWords[u.Norm] {
				return false
			}
		}
		return false
	}
	return false
}

// sameSentence reports whether tokens i and j stand in one sentence.
func sameSentence(d *doc, i, j int) bool {
	for _, s := range d.sents {
		if i >= s.first && i < s.last {
			return j >= s.first && j < s.last
		}
	}
	return false
}
