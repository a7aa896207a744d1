package claims

import "github.com/riwaya/riwaya/claims/arabic"

// responseCueAt matches a cue of answering at token k: an entry of the
// response lexicon ("رداً على"، "في رد على"), or a noun of revenge whose
// "لـ" is written on the next word ("انتقاماً للهجوم"، "ثأراً لمقتل"),
// which the lexicon's two-word entries ("انتقاما ل") cannot see because
// the preposition is a proclitic there. The match ends after the noun of
// revenge, so the answered deed starts with the word carrying "لـ".
func (x *Extractor) responseCueAt(d *doc, k int) (arabic.Match, bool) {
	if _, m, ok := x.response.at(d.toks, k); ok {
		return m, true
	}
	if k+1 >= len(d.toks) {
		return arabic.Match{}, false
	}
	t, n := d.toks[k], d.toks[k+1]
	if t.Kind != arabic.TokWord || !revengeNouns[t.Stem] || n.Kind != arabic.TokWord || !hasClitic(n.Clitics, 'ل') {
		return arabic.Match{}, false
	}
	return arabic.Match{First: k, Last: k + 1, Span: arabic.Span{Start: t.Start, End: t.End}, Clitics: t.Clitics}, true
}
