package claims

import "github.com/riwaya/riwaya/claims/arabic"

// creditedClauseReach is how many tokens before a credit its clause may
// begin.
const creditedClauseReach = 16

// creditedClause reads a credit in mid sentence ("بحسب Y"، "وفق Y") that
// follows a clause joined by "، و" to what another speaker said before it:
// "قال الدفاع المدني إن فرقه انتشلت الجثث، وارتفعت الحصيلة إلى 14 بحسب
// المرصد". The credit names whose the joined clause is, so the credit's
// claim begins at that clause (its token is returned), not at the credit.
// Only a clause that follows the content of a named speaker other than
// the credited one (not the outlet's own narration) counts.
func creditedClause(d *doc, prev, f frame) (int, bool) {
	if f.rule != "according_to" || prev.src.id == f.src.id || prev.embedded || prev.cue == nil || prev.rule == "own_voice" {
		return 0, false
	}
	lo := prev.contentStart
	if f.anchor-creditedClauseReach > lo {
		lo = f.anchor - creditedClauseReach
	}
	for k := f.anchor - 1; k > lo; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !isComma(t) && !t.IsQuote() {
			return 0, false
		}
		if !isComma(t) || k+1 >= f.anchor {
			continue
		}
		u := d.toks[k+1]
		if u.Kind == arabic.TokWord && hasClitic(u.Clitics, 'و') && u.Stem != "" && k+2 < f.anchor {
			return k + 1, true
		}
	}
	return 0, false
}
