package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/claims/places"
)

// datelineAbroad reports whether place p opens a paragraph as a dateline
// outside Syria: "بيروت - «الشرق الأوسط»"، "لندن – «القدس العربي»:"،
// "عمّان (رويترز) -". It names the bureau the report was filed from, not
// where its event happened. A dateline inside Syria ("الرقة – هاوار") is
// left to the scene rules: a local correspondent files from the scene.
func (x *Extractor) datelineAbroad(d *doc, p places.Mention) bool {
	if p.PlaceID == "syria" || x.gaz.Within(p.PlaceID, "syria") {
		return false
	}
	if p.First >= 2 && d.toks[p.First-1].IsQuote() && dashOrColon(d.toks[p.First-2]) {
		// "بيروت - «الشرق الأوسط»": the outlet's name after the
		// dateline's mark is no place either.
		for _, q := range d.places {
			if q.Last == p.First-2 || q.Last+3 <= p.First-2 && q.Last < p.First && d.toks[q.Last].Text == "(" {
				return x.datelineAbroad(d, q)
			}
		}
	}
	if !paragraphStart(d, p.First) {
		return false
	}
	k := p.Last
	if k < len(d.toks) && d.toks[k].Text == "(" {
		// "(رويترز)", "(أ ف ب)": an agency in brackets.
		for j := k + 1; j < len(d.toks) && j <= k+5; j++ {
			if d.toks[j].Text == ")" {
				k = j + 1
				break
			}
		}
	}
	if k >= len(d.toks) {
		return false
	}
	return dashOrColon(d.toks[k]) || d.toks[k].IsQuote()
}

// dashOrColon reports whether t is a dash or a colon, the marks that close
// a dateline.
func dashOrColon(t arabic.Token) bool {
	return t.Kind == arabic.TokPunct && strings.ContainsAny(t.Text, "-–—:")
}

// paragraphStart reports whether token k is the first of its paragraph:
// nothing but white space before it since the text's start or a line break.
func paragraphStart(d *doc, k int) bool {
	if k == 0 {
		return strings.TrimSpace(d.text[:d.toks[0].Start]) == ""
	}
	gap := d.text[d.toks[k-1].End:d.toks[k].Start]
	return strings.Contains(gap, "\n")
}
