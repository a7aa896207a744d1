package claims

import "github.com/riwaya/riwaya/claims/arabic"

// confirmWords are the verbs and verbal nouns of confirming that pair with
// one of denying in "confirm or deny" ("أن يؤكد أو ينفي"، "تأكيد أو نفي"،
// "لم تؤكد ولم تنفِ"). Folded, without proclitics.
var confirmWords = foldedSet("يؤكد", "تؤكد", "تأكيد", "يؤكدوا", "يؤكدون", "نؤكد", "يثبت", "تثبت")

// negators of the pair's two halves: "لم يؤكد ولم ينفِ"، "لا تؤكد ولا تنفي".
var pairNegators = foldedSet("لم", "لا", "ولم", "ولا")

// pairGap is how many words may stand between the halves of a negated
// pair (the speaker: "لم يؤكد المتحدث باسم الجيش ولم ينفِ").
const pairGap = 5

// neitherConfirmsNorDenies reports whether the denial cue m is the second
// half of such a pair, told before the claim's own words ("رفض أن يؤكد أو
// ينفي ضلوع جيشه" cut at the cue).
func neitherConfirmsNorDenies(toks []arabic.Token, m *arabic.Match) bool {
	if m == nil || m.First < 2 {
		return false
	}
	prev := toks[m.First-1]
	if prev.Stem == arabic.Fold("أو") && confirmWords[toks[m.First-2].Stem] {
		return true
	}
	if !pairNegators[prev.Stem] {
		return false
	}
	for j := m.First - 2; j >= 0 && j >= m.First-2-pairGap; j-- {
		if toks[j].Kind == arabic.TokPunct {
			return false
		}
		if confirmWords[toks[j].Stem] && j > 0 && pairNegators[toks[j-1].Stem] {
			return true
		}
	}
	return false
}

// otherDeedNegated reports whether every event word the region negates
// ("لم يشتبك المسلحون مع الحامية") is of a type the claim's own events cannot
// be, while an event word of the claim's type stands unnegated in it ("وإن
// الطائرات قصفت مواقعهم"): the speaker denies a different deed and
// asserts the claim's one.
func (x *Extractor) otherDeedNegated(d *doc, r region, in func(int) bool, typ string) bool {
	negated := map[int]bool{}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		m, ok := x.negatorAt(d, k)
		if !ok || m.Last >= r.hi {
			continue
		}
		j := supportedEvent(d, m.Last, r)
		t, _, ok := x.triggers.at(d.toks, j)
		if !ok {
			continue
		}
		if t.typ == typ || t.typ == EventOther || t.priority <= 1 || typesNear(t.typ, typ) {
			// a generic word ("لم ترصد أي هجوم") may name the claim's
			// own deed
			return false
		}
		negated[j] = true
	}
	if len(negated) == 0 {
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		if t, _, ok := x.triggers.at(d.toks, k); ok && in(k) && !negated[k] && t.typ == typ && t.priority > 1 {
			return true
		}
	}
	return false
}

// typesNear reports whether two event types are told of one
// deed by different outlets (a drone attack and a shelling or a ground
// attack), so that denying one may deny the other.
func typesNear(a, b string) bool {
	ground := map[string]bool{EventGroundAttack: true, EventShelling: true, EventDroneAttack: true}
	return ground[a] && ground[b] || a == EventAirstrike && b == EventDroneAttack || a == EventDroneAttack && b == EventAirstrike
}
