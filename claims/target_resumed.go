package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// firedOnWords are the nouns and verbs of fire or assault that take what
// they hit with "على": "أطلقوا النار عليهم"، "فتحوا الرصاص عليهم"، "هجوم
// عليهم"، "اعتدوا عليهم". Folded stems.
var firedOnWords = foldSet("النار", "نار", "الرصاص", "رصاص", "النيران", "نيران", "قذائف", "هجوم", "الهجوم", "اعتداء", "اعتدوا",
	"اعتدى", "اعتدت", "هجوما")

// pluralOnPronouns are "على" with a plural or dual pronoun: the people
// fired on are named earlier in the sentence. Folded.
var pluralOnPronouns = foldSet("عليهم", "عليهما", "عليهن")

// resumedTarget reads whom fire was aimed at when the sentence names them
// first and takes them up with a pronoun: "لقي أربعة مدنيين مصرعهم عندما
// أطلق مسلحون النار عليهم" → the civilians. The antecedent is the nearest
// people word of the target lexicon before the clause of the firing, in
// the claim; not armed men, who before the firing are more often the
// shooters.
func (x *Extractor) resumedTarget(d *doc, r region, in func(int) bool) string {
	for k := r.lo + 1; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !pluralOnPronouns[d.toks[k].Norm] {
			continue
		}
		if !firedOnBefore(d, r, in, k) {
			continue
		}
		// the people come before the clause of the firing, whose own
		// subject (who fired) stands between its opener and the pronoun
		o := firingClauseOpener(d, r, in, k)
		if o < 0 {
			continue
		}
		for j := o - 1; j >= r.lo && in(j); j-- {
			t, m, ok := x.targets.at(d.toks, j)
			if !ok || m.Last > o || !people(t) || armedPeopleOnly(t) {
				// armed men named before the firing are more often who
				// fired ("جاء مسلحون إلى الحي ثم أطلقوا النار عليهم")
				continue
			}
			if d.counted[j] && x.subsetBefore(d, j-1, r) {
				continue // "بينهم طفلان": a part, not whom the fire was aimed at
			}
			return t
		}
	}
	return ""
}

// firedOnBefore reports whether a noun or verb of fire stands within two
// words before the pronoun at k ("أطلقوا النار عليهم"، "فتحوا نيران
// أسلحتهم عليهم").
func firedOnBefore(d *doc, r region, in func(int) bool, k int) bool {
	for j := k - 1; j >= r.lo && j >= k-3 && in(j); j-- {
		u := d.toks[j]
		if u.Kind != arabic.TokWord {
			return false
		}
		if firedOnWords[u.Norm] || firedOnWords[u.Stem] {
			return true
		}
	}
	return false
}

// firingOpeners open the clause that tells of the firing after the people
// it hit were named: "عندما"، "حين"، "بعدما"، "ثم"، "إثر"، "قبل أن".
// Folded stems.
var firingOpeners = foldSet("عندما", "حين", "حينما", "بعدما", "ثم", "اثر", "لدى", "عقب", "بينما", "أثناء", "قبل", "بعد", "إذ")

// firingClauseOpener finds, within 24 tokens before the pronoun at k,
// the word that opens the clause of the firing; -1 if there is none.
func firingClauseOpener(d *doc, r region, in func(int) bool, k int) int {
	for j := k - 1; j >= r.lo && j >= k-24 && in(j); j-- {
		u := d.toks[j]
		if u.Kind == arabic.TokPunct && !u.IsQuote() {
			return -1
		}
		if u.Kind == arabic.TokWord && (firingOpeners[u.Stem] || firingOpeners[u.Norm]) {
			return j
		}
	}
	return -1
}
