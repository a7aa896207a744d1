package arabic

// Light suffix tolerance for lexicon words (see MatchWord).

// pronounSuffixes are the folded attached pronouns.
var pronounSuffixes = [...]string{"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي"}

// nominalSuffixes is what may follow a stem of four or more letters:
// a case/number/gender ending (ا ه ان ين ون ات تان تين), a pronoun, or the
// feminine plural ات or the construct plural ي followed by a pronoun.
var nominalSuffixes = buildNominalSuffixes()

// taSuffixes is what may follow a stem ending in taa marbuta (folded ه)
// once the ه is removed: the ت of the construct state with a pronoun, the
// feminine plural, and the dual endings (تان تين تا تي).
var taSuffixes = buildTaSuffixes()

func buildNominalSuffixes() map[string]bool {
	m := makeSet("ا", "ه", "ان", "ين", "ون", "ات", "تان", "تين")
	for _, p := range pronounSuffixes {
		m[p] = true
		m["ات"+p] = true
		m["ي"+p] = true // sound plural in construct with a pronoun: مقاتليه
	}
	return m
}

func buildTaSuffixes() map[string]bool {
	m := makeSet("ات", "تان", "تين", "تا", "تي")
	for _, p := range pronounSuffixes {
		m["ت"+p] = true
		m["ات"+p] = true
	}
	return m
}

// stemMatches reports whether the rest of a token (clitics and article
// removed) matches the lexicon element e.
func stemMatches(rest string, e *elem) bool {
	if e.star {
		return hasPrefixLoose(rest, e.stem)
	}
	if eqLoose(rest, e.stem) {
		return true
	}
	if e.exact || e.runes < 3 {
		return false
	}
	if hasPrefixLoose(rest, e.stem) {
		suf := rest[len(e.stem):]
		if e.runes == 3 {
			return suf == "ا"
		}
		return nominalSuffixes[suf]
	}
	if e.runes >= 4 && len(e.stem) >= 2 && e.stem[len(e.stem)-2:] == "ه" {
		base := e.stem[:len(e.stem)-2]
		return hasPrefixLoose(rest, base) && taSuffixes[rest[len(base):]]
	}
	return false
}

// isHamzaSeat reports whether b is the second byte of ء ؤ ئ (after 0xD8).
func isHamzaSeat(b byte) bool { return b == 0xA1 || b == 0xA4 || b == 0xA6 }

// hasPrefixLoose is strings.HasPrefix where ء ؤ ئ count as one letter, and
// the prefix must end on a rune boundary of s.
func hasPrefixLoose(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] != p[i] {
			if i > 0 && s[i-1] == 0xD8 && p[i-1] == 0xD8 && isHamzaSeat(s[i]) && isHamzaSeat(p[i]) {
				continue
			}
			return false
		}
	}
	return len(p) == len(s) || s[len(p)]&0xC0 != 0x80
}

// eqLoose is string equality where ء ؤ ئ count as one letter.
func eqLoose(a, b string) bool { return len(a) == len(b) && hasPrefixLoose(a, b) }
