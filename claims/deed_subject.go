package claims

import "github.com/riwaya/riwaya/claims/arabic"

// A deed that is the subject of its verb.
//
// "غارة استهدفت القوات الأمريكية"، "لم يكن ثمة هجوم مدبّر قد طال
// الجنود": the verb of striking has the deed noun before it as its
// subject, so the party right after the verb is what was struck, its
// object, not who struck. In verb-first order with no deed before it
// ("استهدفت القوات التركية مواقع ..."), the party after the verb is its
// subject, and the doer.

// deedSubjectVerbs are the folded perfect verbs of striking that a deed
// noun may be the subject of (masculine, feminine, and their duals).
var deedSubjectVerbs = map[string]bool{
	"استهدف": true, "استهدفت": true, "استهدفا": true, "استهدفتا": true,
	"طال": true, "طالت": true, "اصاب": true, "اصابت": true, "ضربت": true,
}

// deedSubjectGap is how many words may stand between the deed noun and
// its verb: adjectives ("منظم"، "جوية"), the doer in the genitive
// ("غارة للتحالف استهدفت")، and "قد" besides.
const deedSubjectGap = 2

// deedIsSubject reports whether the event word at k is a verb of striking
// (see deedSubjectVerbs) whose subject is a deed noun before it, with at
// most deedSubjectGap words between besides "قد".
func (x *Extractor) deedIsSubject(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Clitics != "" || t.Article || !deedSubjectVerbs[t.Stem] {
		return false
	}
	gap := 0
	for j := k - 1; j >= r.lo && in(j) && d.toks[j].Kind == arabic.TokWord; j-- {
		w := d.toks[j]
		if w.Norm == "قد" {
			continue
		}
		if _, m, ok := x.deedAt(d, r, in, j); ok && m.Last <= k {
			return !deedSubjectVerbs[w.Stem]
		}
		if gap++; gap > deedSubjectGap {
			return false
		}
	}
	return false
}
