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
