package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// killVerbs are the active verbs of killing and executing that a party
// does to people, past and present, singular, dual and plural (folded):
// "قتلت قوات النظام خمسة مدنيين"، "عناصر التنظيم أعدموا رعاة".
var killVerbs = map[string]bool{
	"قتل": true, "قتلت": true, "قتلوا": true, "قتلا": true, "قتلتا": true, "يقتل": true, "تقتل": true, "يقتلون": true,
	"اعدم": true, "اعدمت": true, "اعدموا": true, "يعدم": true, "تعدم": true, "يعدمون": true,
	"اغتال": true, "اغتالت": true, "اغتالوا": true, "يغتال": true, "تغتال": true,
	"ذبح": true, "ذبحت": true, "ذبحوا": true, "صفى": true, "صفت": true, "صفوا": true,
	"قنص": true, "قنصت": true, "قنصوا": true,
}

// killVerb reports whether t is a verb of killing, with at most و or ف
// before it.
func killVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord || t.Article || strings.Trim(t.Clitics, "وف") != "" {
		return false
	}
	return killVerbs[t.Stem] || killVerbs[strings.TrimPrefix(t.Norm, "و")]
}

// killObjectAt reports whether token j opens the object of a verb of
// killing: a count ("خمسة مدنيين"، "3 أطفال") or a word for the people
// killed ("مدنيين"، "عناصر"). After an unvowelled "قتل" a preposition or
// nothing ("قُتلوا في الهجوم") reads as the passive, and no party did it
// in these words.
func (x *Extractor) killObjectAt(d *doc, r region, in func(int) bool, j int) bool {
	if j >= r.hi || !in(j) {
		return false
	}
	t := d.toks[j]
	if t.Kind == arabic.TokNumber || x.countBetween(d, j, j+1) {
		return true
	}
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return false
	}
	_, ok := groupWords[t.Stem]
	return ok
}

// killerSubject finds a party named as the subject of a verb of killing
// whose object is counted people: right before the verb ("أن قوات
// النظام قتلت خمسة مدنيين") or right after it with the count after the
// party ("قتلت قوات النظام خمسة مدنيين"). The people killed follow as
// the object, which rules out the passive ("عناصر من الجيش قُتلوا في
// كمين").
func (x *Extractor) killerSubject(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !killVerb(d.toks[k]) {
			continue
		}
		// Subject first.
		for i := k - 1; i >= r.lo && i >= k-8; i-- {
			a, m, ok := x.actorAt(d, i)
			if ok && in(i) && a == vagueDoer && quotesOnly(d, m.Last, k) && !hasClitic(d.toks[m.First].Clitics, 'ب') &&
				!hasClitic(d.toks[m.First].Clitics, 'ل') && (m.First == 0 || !prepositionWords[d.toks[m.First-1].Norm]) {
				// "أن عصابات إرهابية قتلت ستة رعاة"، "أن «مسلحين»
				// قتلوا ...": men the claim blames without naming their party.
				if x.killObjectAt(d, r, in, k+1) || x.killObjectAt(d, r, in, pastTimeAdverb(d, k+1, r.hi)) {
					return vagueDoer, true
				}
				break
			}
			if !ok || !in(i) || !namedActor(a) || !quotesOnly(d, m.Last, k) && !coordinatedKillers(d, m.Last, k) {
				continue
			}
			if x.placeAt(d, m.First) {
				break // "الضربات على الكسوة جنوب دمشق قتلت ...": a place, not a capital speaking for its state
			}
			loyal := hasClitic(d.toks[m.First].Clitics, 'ل') && m.First > r.lo && affiliationWords[d.toks[m.First-1].Stem]
			if !loyal && (hasClitic(d.toks[m.First].Clitics, 'ب') || hasClitic(d.toks[m.First].Clitics, 'ل') ||
				m.First > 0 && prepositionWords[d.toks[m.First-1].Norm] && !membersOf(d, m.First)) {
				// "بقصف قوات النظام قتل ..." : the party is governed; but
				// "ميليشيات موالية للنظام قتلت ..." are the party's men
				break
			}
			if x.killObjectAt(d, r, in, k+1) || x.killObjectAt(d, r, in, pastTimeAdverb(d, k+1, r.hi)) {
				return a, true
			}
			break
		}
		// Verb first, the party's men maybe in construct before its name
		// ("أعدم مسلحو تنظيم «الدولة» خمسة شبان").
		if s := k + 1; s < r.hi && in(s) {
			if menInConstruct(d.toks[s]) && s+1 < r.hi && in(s+1) {
				s++
			}
			if a, m, ok := x.actorAt(d, s); ok && m.First == s && namedActor(a) {
				o := m.Last
				for o < r.hi && d.toks[o].IsQuote() {
					o++
				}
				if x.killObjectAt(d, r, in, o) || x.killObjectAt(d, r, in, pastTimeAdverb(d, o, r.hi)) {
					return a, true
				}
			}
		}
	}
	return "", false
}

// prepositionWords are free prepositions that govern the noun after them.
var prepositionWords = map[string]bool{"من": true, "في": true, "على": true, "عن": true, "الى": true, "مع": true, "ضد": true, "بين": true}

// membersOf reports whether the party at j is what the members before it
// belong to: "عناصر من الأمن العسكري"، "مسلحون من التنظيم".
func membersOf(d *doc, j int) bool {
	return j >= 2 && d.toks[j-1].Norm == "من" && memberNouns[strings.TrimPrefix(d.toks[j-2].Norm, "و")]
}

// quotesOnly reports whether the tokens from i up to j are all quotation
// marks (or none): a blamed doer's quoted name may close right before its
// verb.
func quotesOnly(d *doc, i, j int) bool {
	for ; i < j; i++ {
		if !quoteMark(d.toks[i]) {
			return false
		}
	}
	return true
}

// menInConstruct reports whether t is a noun for a party's men in construct
// before its name, as the subject after its verb: "مسلحو"، "مقاتلو"،
// "عناصر" (see companionHead for the oblique forms).
func menInConstruct(t arabic.Token) bool {
	if companionHead(t) {
		return true
	}
	return t.Kind == arabic.TokWord && t.Clitics == "" && !t.Article && (t.Norm == "مسلحو" || t.Norm == "مقاتلو" || t.Norm == "عناصر")
}
