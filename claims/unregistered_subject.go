package claims

import "github.com/riwaya/riwaya/claims/arabic"

// A new speaker before its verb that the registry does not know.
//
// "إلا أن مكتب الإعلام في ناحية الريف نفى أن ..."، "غير أن مسؤولاً في
// البلدة قال إن ...": the sentence opens, after a conjunction or a word
// of contrast, with a noun phrase that is the subject of the speech verb
// after it. When the phrase names no registered source, the speaker is
// still that phrase, not the speaker of the sentences before: an
// indefinite speaker ("مسؤول"، "مصدر") is someone new by its form, and a
// body's media office placed in a town or area ("المكتب الإعلامي في
// ناحية ...") names a body of its own. A definite bare head ("المسؤول"،
// "المصدر") points back at a speaker already named and is left to the
// rules of continuation.

// contrastOpeners are the folded words that may open a sentence before its
// subject: conjunctions of contrast and the complementizer after them.
var contrastOpeners = map[string]bool{"لكن": true, "ولكن": true, "غير": true, "الا": true, "والا": true, "بيد": true,
	"ان": true, "اما": true, "و": true}

// indefiniteSpeakerHeads are the folded indefinite heads of a speaker
// phrase: an official, a source, a spokesman.
var indefiniteSpeakerHeads = map[string]bool{"مسؤول": true, "مسؤولا": true, "مصدر": true, "مصدرا": true,
	"ناطق": true, "ناطقا": true, "متحدث": true, "متحدثا": true}

// unregisteredSubjectMax is the longest subject phrase read, in tokens.
const unregisteredSubjectMax = 7

// unregisteredSubjectBefore finds a speaker phrase that opens the
// sentence s before the speech verb at i and names no registered source
// (see the comment above); it returns it as an unidentified speaker, and
// the token the sentence's claim starts at (the first of s).
func (fs *frameScanner) unregisteredSubjectBefore(s tokRange, i int, before []frame) (speaker, int, bool) {
	d := fs.d
	if len(before) > 0 {
		return speaker{}, 0, false
	}
	j := s.first
	for j < i && d.toks[j].Kind == arabic.TokWord && contrastOpeners[d.toks[j].Norm] {
		j++
	}
	if j >= i || i-j > unregisteredSubjectMax {
		return speaker{}, 0, false
	}
	for k := j; k < i; k++ {
		if t := d.toks[k]; t.Kind != arabic.TokWord || d.srcCover[k] != 0 {
			return speaker{}, 0, false
		}
	}
	t := d.toks[j]
	head := !t.Article && t.Clitics == "" && indefiniteSpeakerHeads[t.Stem]
	if !head {
		if k, ok := mediaOfficeIn(d, j, i); ok && k+1 < i {
			head = true
		}
	}
	if !head {
		return speaker{}, 0, false
	}
	name := d.text[d.toks[j].Start:d.toks[i-1].End]
	return speaker{id: "unidentified", rule: "unidentified_subject", nameAr: name}, s.first, true
}
