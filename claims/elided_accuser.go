package claims

import "github.com/riwaya/riwaya/claims/arabic"

// elidedAccuser reports whether the accusing verb at m (token i) is joined
// by و to a clause before it in the same sentence and has no subject of
// its own: the party found right after it (near, the token after it
// nearNext) stands directly before the charge ("واتهمت قوات النظام
// بقتله") or before a construct of responsibility that charges no one
// else ("وحمّلت «قسد» مسؤولية مقتله"). Arabic leaves out the subject of a
// coordinated verb that goes on with the subject of the clause before, so
// that party is the accused, not the accuser.
func (fs *frameScanner) elidedAccuser(i int, m arabic.Match, near speaker, nearNext int, s tokRange) bool {
	d := fs.d
	if near.mention <= 0 || near.mention > len(d.mentions) {
		return false
	}
	if !hasClitic(m.Clitics, 'و') && !hasClitic(d.toks[m.First].Clitics, 'و') {
		return false
	}
	if fs.opensSentence(s, i) {
		return false // "واتهمت قسد النظام بـ...": the sentence's own subject
	}
	mn := d.mentions[near.mention-1]
	for k := m.Last; k < mn.First; k++ {
		if !d.toks[k].IsQuote() {
			return false // words between: a subject of its own
		}
	}
	return fs.accusedThenCharge(nearNext, s.last) || chargedResponsibility(d, nearNext, s.last)
}

// chargedResponsibility reports whether the token at j (or after a closing
// quote) is the bare construct of responsibility ("مسؤولية مقتله"،
// "مسؤولية الهجوم") and no party is charged after it in its clause (by
// "لـ"، "إلى" or "على"): "حمّلت الوزارة مسؤولية الهجوم للفصائل" has the
// speaker before the responsibility.
func chargedResponsibility(d *doc, j, end int) bool {
	for j < end && j < len(d.toks) && d.toks[j].IsQuote() {
		j++
	}
	if j >= end || j >= len(d.toks) {
		return false
	}
	t := d.toks[j]
	if t.Kind != arabic.TokWord || t.Article || t.Clitics != "" || t.Stem != "مسؤوليه" {
		return false
	}
	for k := j + 1; k < end && k < len(d.toks); k++ {
		u := d.toks[k]
		if u.Kind == arabic.TokPunct && !u.IsQuote() {
			break
		}
		if u.Kind != arabic.TokWord {
			continue
		}
		if hasClitic(u.Clitics, 'ل') || u.Norm == "الي" || u.Norm == "علي" {
			return false
		}
	}
	return true
}

// coordinatedResponsibility reports whether the accusing verb at m is
// joined by و to what went before and the party near, right after it,
// stands before a construct of responsibility that charges no one else
// ("، وحمّلت «قسد» مسؤولية مقتله"): the verb goes on with the speaker
// before, and near is the one held responsible.
func (fs *frameScanner) coordinatedResponsibility(m arabic.Match, near speaker, nearNext int, s tokRange) bool {
	d := fs.d
	if near.mention <= 0 || near.mention > len(d.mentions) {
		return false
	}
	if !hasClitic(m.Clitics, 'و') && !hasClitic(d.toks[m.First].Clitics, 'و') {
		return false
	}
	mn := d.mentions[near.mention-1]
	for k := m.Last; k < mn.First; k++ {
		if !d.toks[k].IsQuote() {
			return false
		}
	}
	return chargedResponsibility(d, nearNext, s.last)
}
