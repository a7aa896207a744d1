package claims

import "github.com/riwaya/riwaya/claims/arabic"

// namedToll reports whether the word at noun, right after a count of names
// ("وثّقت الشبكة أسماء تسعة قتلى"، "نشر أسماء 12 ضحية"), is a word for the
// dead or for people: the names are then those of a toll, which the
// count gives. Names counted "of them" ("أسماء 52 منهم") stay the part of
// a toll that is known by name (see namesBefore).
func (x *Extractor) namedToll(d *doc, noun int, r region) bool {
	if noun >= r.hi || noun >= len(d.toks) {
		return false
	}
	if _, _, ok := x.outNouns.at(d.toks, noun); ok {
		return true
	}
	_, _, person := x.groups.at(d.toks, noun)
	return person
}

// countOfThemStems are "their count" with the pronoun of the people a
// sentence counted before, folded: "ذكر المرصد أن عددهم وصل إلى 20"، "ارتفع
// عددهن إلى سبع".
var countOfThemStems = map[string]bool{"عددهم": true, "عددهن": true, "عددها": true, "عددهما": true}

// countOfThem reports whether a word is "their count" (see
// countOfThemStems), indefinite by its pronoun.
func countOfThem(t arabic.Token) bool {
	return !t.Article && countOfThemStems[t.Stem]
}
