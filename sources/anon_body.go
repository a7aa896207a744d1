package sources

// bodyNouns are generic nouns of a state body that an unnamed official is
// tied to with a nationality adjective after them ("مصدر عسكري في الوزارة
// الروسية"، "مصدر في السفارة الأمريكية"، "ضابط في القوات العراقية"): the
// body is named by its side only. The value is the qualifier the noun adds:
// an army or its forces make the official military, intelligence services
// make him security, a ministry or an embassy adds nothing.
var bodyNouns = map[string]string{
	"وزاره":     "",
	"حكومه":     "",
	"اداره":     "",
	"سفاره":     "diplomatic",
	"قنصليه":    "diplomatic",
	"جيش":       "military",
	"قوات":      "military",
	"قياده":     "military",
	"اركان":     "military",
	"استخبارات": "security",
	"مخابرات":   "security",
	"اجهزه":     "security",
	"سلطات":     "",
	"اوساط":     "",
	"دوائر":     "",
}

// bodyOfSide ties an unnamed official to a generic state body at token i
// that a nationality adjective names ("في الوزارة الروسية"). It returns
// the side's source for the strongest qualifier and the end of the tie, or
// "" when no such body starts at i.
func (s *scanner) bodyOfSide(i int, qual, role string) (string, int) {
	toks := s.toks
	if i+1 >= len(toks) || s.taken[i] || !toks[i].Article {
		return "", 0
	}
	add, ok := bodyNouns[toks[i].Stem]
	if !ok {
		return "", 0
	}
	nm, aff, ok := s.r.lex.adjDef.at(toks, i+1)
	if !ok || nm.First != i+1 || nm.Lead != 0 || s.taken[i+1] {
		return "", 0
	}
	if qualRank[add] > qualRank[qual] {
		qual = add
	}
	if qual == "diplomatic" {
		role = "diplomat"
	}
	id := s.sideSource(aff, qual, role)
	if id == "" {
		return "", 0
	}
	return id, nm.Last
}

// localWords are the forms of "local" after an unnamed head.
var localWords = map[string]bool{"محلي": true, "محليه": true, "محليا": true, "محليون": true, "محليين": true, "محليان": true}

// localHead reports whether a form of "local" qualifies the unnamed head
// between tokens i and j ("مسؤول محلي"، "مسؤولون محليون").
func (s *scanner) localHead(i, j int) bool {
	for k := i + 1; k < j && k < len(s.toks); k++ {
		if localWords[s.toks[k].Stem] {
			return true
		}
	}
	return false
}

// heWho are the pronouns that open an apposition on who a speaker is
// ("قال فلان، وهو أحد سكان الحي، إن").
var heWho = map[string]bool{"وهو": true, "وهي": true, "وهم": true}

// appositionBefore reports whether the word at p, or the word before a
// partitive "أحد"/"إحدى"/"من" at p, is such a pronoun after a comma: a
// guarded generic head right after it names what the speaker is.
func (s *scanner) appositionBefore(p int) bool {
	switch s.toks[p].Norm {
	case "احد", "احدي", "من":
		p = s.prevWord(p)
	}
	if p < 1 || !heWho[s.toks[p].Norm] {
		return false
	}
	return isComma(s.toks[p-1])
}
