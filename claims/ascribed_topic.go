package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Two common ways of ascribing words put no subject after the verb of
// ascribing, so the one who speaks is what follows إلى:
//
//   - the contrastive topic "أما X فنسبت إلى Y قوله إن ...": X, named
//     before the verb, relays Y;
//   - the passive or the elided subject "ونُسب إلى Y قوله إن ..."،
//     "ونسبت إلى Y قولها": Y speaks, and no relay is named.
//
// Read as verb-first, the speaker after إلى would be taken for the
// subject that relays and no one would be left to speak.

// ascribedFront reads the relay of a verb of ascribing at m whose next
// word is إلى. It returns the relay (none for the passive) and the token
// from which to look for إلى; ok is false when a word other than إلى
// follows the verb and the verb-first reading stands.
func (fs *frameScanner) ascribedFront(m arabic.Match, s tokRange) (relay speaker, next int, ok bool) {
	d := fs.d
	if m.Last >= s.last || d.toks[m.Last].Kind != arabic.TokWord || d.toks[m.Last].Stem != "الي" {
		return speaker{}, 0, false
	}
	if src, _, ok := fs.topicBefore(m.First, s.first); ok {
		return src, m.Last, true
	}
	return speaker{}, m.Last, true
}

// ascribedTo finds the speaker after "إلى" at j (see ascribedFront): the
// relay's own side resolves an unnamed speaker when there is a relay.
func (fs *frameScanner) ascribedTo(relay speaker, j, end int) (speaker, int, bool) {
	if relay.id != "" {
		return fs.relayedFrom(relay, j, end, "الي")
	}
	return fs.subjectNear(j+1, end, 3, false)
}
