package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// quotedBodyMax is the most words a quoted body's name may have in a
// colon headline.
const quotedBodyMax = 5

// quotedBodyHeadline reads a headline credited by colon to a body whose
// name the outlet sets in quotation marks and the registry does not know
// ("«تنسيقيات المنطقة»: ..."، "\"لجان الحي\": ..."); i is the first word
// inside the opening mark. Quotation marks around the head of a colon
// headline name a party that speaks: a place label before a colon
// ("داريا: ...") is written bare. The speaker is unidentified, named by
// the quoted words, like an unregistered body in the article's body.
func (fs *frameScanner) quotedBodyHeadline(i int, s tokRange) (frame, int, bool) {
	d := fs.d
	if i == 0 || !d.toks[i-1].IsQuote() {
		return frame{}, 0, false
	}
	k := i
	for k < s.last && k < i+quotedBodyMax && d.toks[k].Kind == arabic.TokWord && d.srcCover[k] == 0 {
		k++
	}
	if k == i || k+1 >= s.last || !d.toks[k].IsQuote() {
		return frame{}, 0, false
	}
	c, via := fs.addresseeBeforeColon(k+1, s.last)
	if c >= s.last || d.toks[c].Text != ":" {
		return frame{}, 0, false
	}
	name := strings.TrimSpace(d.text[d.toks[i].Start:d.toks[k-1].End])
	src := speaker{id: "unidentified", rule: "colon_headline", nameAr: name}
	return frame{anchor: i, contentStart: c + 1, src: src, rule: "colon_headline", via: via}, c + 1, true
}
