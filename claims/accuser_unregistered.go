package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// accuserUnregistered finds the speaker of an accusation whose accuser is
// a party the registry does not know, when the first registered party
// after the verb is in truth the one accused: it stands right before the
// charge ("بالوقوف وراء"، "بتدبيره") or the word of responsibility
// ("حمّل ... مسؤولية"), and the accuser is told in plain words either
// between the verb and it ("اتهمت الفصائل المحلية تنظيم داعش بالوقوف
// وراء الاغتيال") or before the verb ("والمعارضة تتهم النظام بتدبيره").
// The accused then is no speaker: the accuser speaks, unidentified, and
// the content begins at the accused. near is the registered party found
// after the verb at m, nearNext the token after it.
func (fs *frameScanner) accuserUnregistered(i int, m arabic.Match, near speaker, nearNext int, s tokRange) (speaker, int, bool) {
	d := fs.d
	if near.mention <= 0 || near.mention > len(d.mentions) {
		return speaker{}, 0, false
	}
	mn := d.mentions[near.mention-1]
	if !fs.accusedThenCharge(nearNext, s.last) && !responsibilityAt(d, nearNext, s.last) {
		return speaker{}, 0, false
	}
	if mn.First > m.Last {
		// The words between the verb and the accused are the accuser.
		if lo, hi, ok := plainSubject(d, m.Last, mn.First); ok {
			return unidentifiedSpeaker(d, lo, hi), mn.First, true
		}
		return speaker{}, 0, false
	}
	// The accuser stands before the verb, alone in its clause.
	if lo, hi, ok := plainSubject(d, s.first, i); ok {
		return unidentifiedSpeaker(d, lo, hi), mn.First, true
	}
	return speaker{}, 0, false
}

// accuserBeforeParty is accuserUnregistered for an accused party the
// registry of sources does not hold but the lexicon of actors does (a
// group told by its spelled-out initials, such as "ي ب ك"): no
// speaker is found after the verb at m, yet a few plain words after it
// stand before a named party and the charge or the word of responsibility
// follows that party ("وحمّلت السلطات المحلية تنظيم ي ب ك المسؤولية").
// The plain words accuse, unidentified, and the content begins at the
// party.
func (fs *frameScanner) accuserBeforeParty(m arabic.Match, s tokRange) (speaker, int, bool) {
	d := fs.d
	if d.toks[m.First].Article {
		return speaker{}, 0, false // "هذا الاتهام الثاني للنظام بـ...": a noun, not a verb
	}
	for j := m.Last + 1; j < s.last && j <= m.Last+4; j++ {
		a, am, ok := fs.x.actorAt(d, j)
		if !ok || !namedActor(a) {
			continue
		}
		if hasClitic(am.Clitics, 'ل') || hasClitic(am.Clitics, 'ب') || hasClitic(d.toks[j].Clitics, 'ل') || hasClitic(d.toks[j].Clitics, 'ب') {
			return speaker{}, 0, false // "للنظام": a preposition's object is not the accused
		}
		after := am.Last
		for n := 0; n < 2 && after < s.last && d.toks[after].Kind == arabic.TokWord && d.toks[after].Article && !responsibilityAt(d, after, after+1); n++ {
			after++ // "ي ب ك الانفصالي المسؤولية": an adjective of the party
		}
		if !fs.accusedThenCharge(after, s.last) && !responsibilityAt(d, after, s.last) {
			return speaker{}, 0, false
		}
		if lo, hi, ok := plainSubject(d, m.Last, j); ok {
			return unidentifiedSpeaker(d, lo, hi), j, true
		}
		return speaker{}, 0, false
	}
	return speaker{}, 0, false
}

// responsibilityAt reports whether the word of responsibility follows at
// j, directly or after a word that qualifies it ("المسؤولية الكاملة").
func responsibilityAt(d *doc, j, end int) bool {
	for k := j; k < end && k < j+2; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if len(t.Stem) >= len(responsibilityPrefix) && t.Stem[:len(responsibilityPrefix)] == responsibilityPrefix {
			return true
		}
	}
	return false
}

// plainSubject reports whether the tokens [lo, hi) are a short noun phrase
// that can be a subject: one to four words with no punctuation, the
// first a definite noun or a bare plural, none a preposition's object
// (ب/ل/ك) nor a source the registry knows. It returns the phrase's
// bounds without a leading conjunction-only word.
func plainSubject(d *doc, lo, hi int) (int, int, bool) {
	for lo < hi && d.toks[lo].IsQuote() {
		lo++
	}
	if hi-lo < 1 || hi-lo > 4 {
		return 0, 0, false
	}
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || d.srcCover[k] != 0 {
			return 0, 0, false
		}
		if hasClitic(t.Clitics, 'ب') || hasClitic(t.Clitics, 'ل') || hasClitic(t.Clitics, 'ك') {
			return 0, 0, false
		}
	}
	if !d.toks[lo].Article && !pluralNoun(d.toks[lo]) {
		return 0, 0, false
	}
	return lo, hi, true
}

// pluralNoun reports whether an indefinite word is a sound plural
// ("ناشطون"، "معارضين") or a common broken plural of parties
// ("فصائل"، "عشائر"، "أوساط").
func pluralNoun(t arabic.Token) bool {
	if brokenPartyPlurals[t.Stem] {
		return true
	}
	n := len(t.Stem)
	return n > 6 && (t.Stem[n-4:] == "ون" || t.Stem[n-4:] == "ين")
}

// brokenPartyPlurals are folded broken plurals that name groups of
// people who may accuse.
var brokenPartyPlurals = map[string]bool{
	"فصائل": true, "عشائر": true, "اوساط": true, "جماعات": true, "قوي": true, "اهالي": true, "وجهاء": true,
	"شيوخ": true, "قاده": true, "نشطاء": true,
}

// unidentifiedSpeaker is the unregistered party named by the words
// [lo, hi).
func unidentifiedSpeaker(d *doc, lo, hi int) speaker {
	return speaker{id: "unidentified", rule: "unidentified_subject", nameAr: d.text[d.toks[lo].Start:d.toks[hi-1].End]}
}
