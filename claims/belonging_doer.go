package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// A report often names the doer by saying whom the attackers belong to,
// with the attackers as the subject of a verb of belonging:
//
//	"المنفذون ينتمون إلى ..."
//	"المسلحين الذين هاجموا الحاجز ينتمون إلى ..."
//	"المجموعات التي هاجمت المواقع تنتمي إلى ..."
//
// The party after the verb is the doer; no hedge, so the stance stays
// that of the frame.

// belongVerbsDoer are the folded verbs of belonging that join the
// attackers to their party.
var belongVerbsDoer = foldedSet("ينتمون", "ينتمي", "تنتمي", "ينتميان", "تنتميان", "يتبعون")

// doerRelatives are the folded relative pronouns that open a clause about
// the subject ("الذين هاجموا"، "التي نفذت").
var doerRelatives = foldedSet("الذين", "التي", "الذي", "اللذين", "اللتين")

// belongingDoer is the party a verb of belonging names for the doers of
// the claim's deed: the verb after a noun of attackers ("المنفذون") or
// after a relative clause whose verb is a deed ("التي هاجمت الحواجز"),
// then "إلى"/"لـ" and the party.
func (x *Extractor) belongingDoer(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo + 1; k < r.hi; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || !belongVerbsDoer[t.Stem] && !belongVerbsDoer[t.Norm] || !in(k) {
			continue
		}
		if !x.attackersBefore(d, k, r.lo) {
			continue
		}
		if a, ok := x.partyAfterHedge(d, k+1, r.hi, in); ok {
			return a, true
		}
	}
	return "", false
}

// attackersBefore reports whether the subject right before the verb of
// belonging at k names attackers: a noun of attackers just before it, or
// a relative clause with a deed verb within the eight words before it.
func (x *Extractor) attackersBefore(d *doc, k, lo int) bool {
	if p := k - 1; p >= lo && d.toks[p].Kind == arabic.TokWord && (attackerNouns[d.toks[p].Norm] || attackerNouns[d.toks[p].Stem]) {
		return true
	}
	for i := k - 1; i >= lo && i >= k-8; i-- {
		t := d.toks[i]
		if t.Kind != arabic.TokWord {
			if t.IsQuote() {
				continue
			}
			return false
		}
		if !doerRelatives[t.Norm] || i+1 >= k {
			continue
		}
		v := d.toks[i+1]
		return verbLike(v) || strings.HasPrefix(v.Stem, "هاجم") || strings.HasPrefix(v.Stem, "نفذ")
	}
	return false
}
