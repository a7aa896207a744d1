package claims

import "github.com/riwaya/riwaya/claims/arabic"

// spanAfter skips, after a cue of sequence at k ("بعد"، "قبل"), a span of
// time and its "من": "بعد قرابة شهر من اغتيال ..."، "بعد أيام من القصف"،
// "قبل ثلاثة أسابيع من الهجوم". It returns where the event the span
// measures from is named, or k when no span follows.
func spanAfter(d *doc, k, end int) int {
	j := k
	if j < end && approxWords[d.toks[j].Norm] {
		j++
	}
	if j < end && (d.toks[j].Kind == arabic.TokNumber || numberWords[d.toks[j].Norm]) {
		j++
	}
	if j >= end || !timeUnits[d.toks[j].Norm] {
		return k
	}
	j++
	if j < end && d.toks[j].Norm == "من" {
		return j + 1
	}
	return k
}

// approxWords come before a span of time: نحو، قرابة، حوالي (folded).
var approxWords = map[string]bool{"نحو": true, "قرابه": true, "حوالي": true, "زهاء": true}

// numberWords are counts of time units in words (folded).
var numberWords = map[string]bool{"ثلاثه": true, "اربعه": true, "خمسه": true, "سته": true, "بضعه": true, "عده": true,
	"ثلاث": true, "اربع": true, "خمس": true, "ست": true, "بضع": true}

// timeUnits are units of a span of time, singular, dual and plural
// (folded).
var timeUnits = map[string]bool{"ساعه": true, "ساعتين": true, "ساعات": true, "يوم": true, "يومين": true, "ايام": true,
	"اسبوع": true, "اسبوعين": true, "اسابيع": true, "شهر": true, "شهرين": true, "اشهر": true, "شهور": true,
	"عام": true, "عامين": true, "اعوام": true, "سنه": true, "سنتين": true, "سنوات": true, "دقائق": true}

// eventAfterSpan reports whether a span of time after a cue of sequence
// at k is measured from a deed or a death: "بعد قرابة شهرين من اغتيال
// ..."، "بعد ثلاثة أيام من مقتل ...".
func (x *Extractor) eventAfterSpan(d *doc, k, end int) bool {
	j := spanAfter(d, k, end)
	if j == k || j >= end {
		return false
	}
	return answeredOutcomeNouns[d.toks[j].Stem] || x.triggerWithin(d, j, end, 3)
}
