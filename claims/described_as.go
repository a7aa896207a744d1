package claims

import "github.com/riwaya/riwaya/claims/arabic"

// describeVerbs are the forms of "وصف" (to describe) as a verb of speech
// (folded, without proclitics).
var describeVerbs = map[string]bool{"وصف": true, "وصفت": true, "وصفوا": true, "يصف": true, "تصف": true, "يصفون": true}

// asWords are "بأنه" and its kin (folded): what a thing is described as.
var asWords = map[string]bool{"بانه": true, "بانها": true, "بانهم": true, "بانهما": true, "بانهن": true}

// describedAs reports whether the speech verb at i is a verb of describing
// with no speaker after it: its object, then "بأنه/بأنها" within five
// words ("ووصفت الهجوم بأنه جبان"، "وصف ما جرى في الحي بأنه مجزرة"). A
// registered source named right after the verb ("ووصفت الوزارة الهجوم
// بأنه ...") is the speaker, and the caller reads it before this.
func (fs *frameScanner) describedAs(i, from, end int) bool {
	d := fs.d
	if !describeVerbs[d.toks[i].Stem] && !describeVerbs[d.toks[i].Norm] {
		return false
	}
	for k, words := from, 0; k < end && words < 6; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			if t.IsQuote() {
				continue
			}
			return false
		}
		words++
		if _, ok := d.mentionAt(k); ok {
			return false
		}
		if asWords[t.Norm] {
			return words > 1
		}
	}
	return false
}
