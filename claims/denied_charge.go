package claims

import (
	"slices"
	"strings"
)

// chargedRule reports whether a claim's rules say its actor is a party
// the speaker accuses or holds behind the deed.
func chargedRule(rules []string) bool {
	return slices.Contains(rules, "actor:accused") || slices.Contains(rules, "actor:stands_behind")
}

// chargeRelativeBefore reports whether the claim at token k opens right
// after a relative that takes up the whole statement before as its object:
// "وهو ما"، "وهي ما"، "الأمر الذي"، "وهو الأمر الذي" ("..., وهو ما نفاه
// الفصيل"). The denial that follows denies that statement.
func chargeRelativeBefore(d *doc, k int) bool {
	if k < 2 {
		return false
	}
	prev, before := d.toks[k-1].Norm, strings.TrimPrefix(d.toks[k-2].Norm, "و")
	switch {
	case prev == "ما" && (before == "هو" || before == "هي"):
		return true
	case prev == "الذي" && before == "الامر":
		return true
	}
	return false
}

// lastNamedAsSources is the last speaker of the article whose mention
// opens with the plural "مصادر" ("مصادر محلية"، "مصادر أهلية"), for the
// plural anaphor "المصادر".
func (fs *frameScanner) lastNamedAsSources() (speaker, bool) {
	for i := len(fs.last) - 1; i >= 0; i-- {
		s := fs.last[i]
		if s.mention <= 0 || s.mention > len(fs.d.mentions) {
			continue
		}
		if t := fs.d.toks[fs.d.mentions[s.mention-1].First]; strings.HasPrefix(t.Stem, "مصادر") {
			s.rule = "anaphor"
			return s, true
		}
	}
	return speaker{}, false
}
