package arabic

import "strings"

// Qualifiers of a Number.
const (
	QualExact   = "exact"
	QualAbout   = "about"
	QualAtLeast = "at_least"
	QualAtMost  = "at_most"
	QualRange   = "range"
	QualVague   = "vague"
)

// Sources of a Number.
const (
	SourceDigits = "digits" // written in digits (any script), maybe with a multiplier word
	SourceWords  = "words"  // written in number words
	SourceNoun   = "noun"   // carried by the noun: a dual (قتيلان) or, via SingularCount, a singular
)

// NumberKind says what a number counts.
type NumberKind int

// Number kinds. Numbers never returns ordinals, times (1:38, الساعة 4),
// dates and years (9 آذار، 2 رمضان 1444، عام 2023) or percentages (50%،
// 50 بالمئة): they are not counts.
const (
	// NumCount counts people or things.
	NumCount NumberKind = iota
	// NumMeasure is a quantity of a unit: distance, weight, money or
	// duration ("500 كم", "ثمانية كيلومترات", "3 أيام"). Noun holds the
	// unit; skip these when looking for casualties.
	NumMeasure
)

// Number is one quantity in a text.
//
// Low and High bound the quantity: an exact or "about" N gives
// Low = High = N; "at least N" gives Low = N, Open, High = 0; "at most N"
// gives Low = 0, High = N; a range gives its bounds; vague words give the
// bounds documented on Numbers.
type Number struct {
	Span               // original text of the number with its qualifiers, without the noun unless a qualifier follows it
	First, Last int    // token range of the same
	Low, High   int    // bounds (High is 0 when Open)
	Open        bool   // no upper bound
	Qualifier   string // QualExact, QualAbout, QualAtLeast, QualAtMost, QualRange, QualVague
	Source      string // SourceDigits, SourceWords, SourceNoun
	Noun        string // folded stem of the counted noun after the number ("جندي" in "150 جندياً"), if any
	NounFirst   int    // token range of the noun; NounFirst == NounLast when there is none
	NounLast    int    //
	Kind        NumberKind
}

// IsCount reports whether n counts people or things (not a measure).
func (n Number) IsCount() bool { return n.Kind == NumCount }

// maxNumber bounds the values parsed; larger figures are not counts.
const maxNumber = 1e13

// qualifier phrases and what they mean
var qualPhrases = [...]struct{ phrase, kind string }{
	{"نحو", QualAbout}, {"حوالي", QualAbout}, {"قرابة", QualAbout}, {"زهاء", QualAbout},
	{"ما يقارب", QualAbout}, {"يقارب", QualAbout}, {"ما يناهز", QualAbout}, {"يناهز", QualAbout},
	{"ما يقرب من", QualAbout}, {"تقريبا", QualAbout}, {"قرابه", QualAbout},
	{"أكثر من", QualAtLeast}, {"ما لا يقل عن", QualAtLeast}, {"لا يقل عن", QualAtLeast},
	{"ما لا تقل عن", QualAtLeast}, {"لا تقل عن", QualAtLeast}, {"على الأقل", QualAtLeast},
	{"ما يزيد عن", QualAtLeast}, {"ما يزيد على", QualAtLeast}, {"يزيد عن", QualAtLeast},
	{"يزيد على", QualAtLeast}, {"ما يربو على", QualAtLeast}, {"يربو على", QualAtLeast},
	{"ما يفوق", QualAtLeast}, {"يفوق", QualAtLeast}, {"أزيد من", QualAtLeast}, {"ما فوق", QualAtLeast},
	{"أقل من", QualAtMost}, {"ما دون", QualAtMost}, {"لا يزيد عن", QualAtMost},
	{"لا يزيد على", QualAtMost}, {"ما لا يزيد عن", QualAtMost}, {"ما لا يزيد على", QualAtMost},
	{"لا تزيد عن", QualAtMost}, {"لا تزيد على", QualAtMost}, {"على الأكثر", QualAtMost},
	{"ما يصل إلى", QualAtMost}, {"ما يتجاوز", QualAtLeast}, {"ما ينوف على", QualAtLeast}, {"ينوف على", QualAtLeast},
	{"ما ينيف على", QualAtLeast},
	{"بين", "between"}, {"ما بين", "between"}, {"من", "from"},
}

// trailing qualifiers: after the number or its noun
var trailPhrases = [...]struct{ phrase, kind string }{
	{"على الأقل", QualAtLeast}, {"على أقل تقدير", QualAtLeast}, {"كحد أدنى", QualAtLeast},
	{"أو أكثر", QualAtLeast}, {"تقريبا", QualAbout}, {"أو أقل", QualAtMost},
	{"كحد أقصى", QualAtMost}, {"على الأكثر", QualAtMost},
}

// qualMatcher and trailMatcher are compiled once and only read.
var qualMatcher, trailMatcher = buildQualMatchers()

func buildQualMatchers() (*Matcher, *Matcher) {
	q := make([]string, len(qualPhrases))
	for i, p := range qualPhrases {
		q[i] = "=" + strings.ReplaceAll(p.phrase, " ", " =")
	}
	t := make([]string, len(trailPhrases))
	for i, p := range trailPhrases {
		t[i] = p.phrase
	}
	return NewMatcher(q), NewMatcher(t)
}

// Numbers finds the quantities in a token sequence, in text order, never
// overlapping. It reads:
//
//   - digits in any script with separators ("1,500", "١٬٥٠٠", "1.5"),
//     with a multiplier word ("12 ألفاً", "1.5 مليون", "3 آلاف");
//   - number words in every gender, case and spelling from 0 to billions,
//     with compounds joined by و ("ثلاث مئة وخمسة عشر", "مئتين وخمسين");
//   - duals of the countable person nouns listed in personNouns, when
//     indefinite ("قتيلان", "جنديين"; "مدنيين" is read as a plural, "مدنيان"
//     as a dual);
//   - "أحد"/"إحدى" before a definite noun ("أحد العناصر" = 1);
//   - qualifiers before (نحو، حوالي، أكثر من، ما لا يقل عن، أقل من ...) or
//     after (على الأقل، تقريبا، أو أكثر); ranges "بين A و B", "من A إلى B",
//     "A أو B", "A إلى B", "A-B";
//   - vague quantities, Qualifier QualVague, with these bounds:
//     عدة 3–9; بضعة/بضع 3–9; بضعة عشر 13–19; عدد من 2–9; عدد قليل من 2–5;
//     عدد كبير من ≥2 (Open); العديد من ≥3 (Open); عشرات/العشرات 20–99;
//     بضع عشرات 20–99; مئات/المئات 200–999; بضع مئات 200–600;
//     آلاف/الآلاف 2000–9999; بضعة آلاف 2000–6000; عشرات الآلاف
//     20000–99999; مئات الآلاف 200000–999999; ملايين 2000000–9999999.
//
// It skips ordinals, times, dates, years and percentages (see NumberKind),
// and model designations ("إف 16").
func Numbers(toks []Token) []Number {
	var out []Number
	for i := 0; i < len(toks); {
		if j := skipNotCount(toks, i); j > i {
			i = j
			continue
		}
		if n, ok := numberAt(toks, i); ok {
			out = append(out, n)
			i = max(n.Last, n.NounLast, i+1)
			continue
		}
		i++
	}
	return out
}

// ParseNumber parses a standalone phrase ("ما لا يقل عن 11", "قتيلان",
// "ثلاث مئة وخمسة عشر") and returns its first quantity.
func ParseNumber(phrase string) (Number, bool) {
	ns := Numbers(Tokenize(phrase))
	if len(ns) == 0 {
		return Number{}, false
	}
	return ns[0], true
}

// core is a number without its qualifiers.
type core struct {
	low, high int
	open      bool
	qual      string
	source    string
	end       int // token after the number
	noun      string
	nounFirst int
	nounLast  int
	val       float64 // the value before rounding (digits)
	construct bool    // a definite noun follows as genitive ("أحد العناصر")
}

// numberAt parses the quantity starting at token i.
func numberAt(toks []Token, i int) (Number, bool) {
	qual, q := "", i
	if m, ok := qualMatcher.MatchAt(toks, i); ok && m.Lead == 0 {
		qual, q = qualPhrases[m.Phrase].kind, m.Last
	}
	paren := parenthesizedAt(toks, q)
	if paren {
		q++ // "إلى (500) شخص": digits set off in brackets
	}
	if q >= len(toks) || (q > i && skipNotCount(toks, q) > q) {
		return Number{}, false
	}
	c, ok := parseCore(toks, q, qual == "between")
	if !ok || paren && c.end != q+1 {
		return Number{}, false
	}
	if paren {
		c.end++ // the closing bracket
	}
	first := i
	switch qual {
	case "between", "from":
		c2, ok := rangeEnd(toks, c.end, qual)
		if !ok {
			if qual == "between" {
				return Number{}, false
			}
			qual, first = "", q
			break
		}
		c = joinRange(c, c2)
		qual = QualRange
	default:
		if c.qual == "" {
			if c2, ok := rangeEnd(toks, c.end, ""); ok {
				c = joinRange(c, c2)
			}
		}
	}
	if c.qual == "" {
		c.qual = qual
	}
	last := c.end
	// the counted noun
	if c.noun == "" {
		c.noun, c.nounFirst, c.nounLast = nounAfter(toks, c.end, max(c.low, c.high), c.qual == QualVague || c.construct)
		if c.noun == "" && c.source == SourceWords && c.qual != QualVague && c.low <= 2 && c.end == q+1 && q > 0 {
			// "جندي واحد", "قتيلان اثنان", "ومدنيين اثنين": the noun
			// before 1 and 2
			if s, ok := nounStem(&toks[q-1], 0); ok && (toks[q-1].Clitics == "" || toks[q-1].Clitics == "و") {
				c.noun, c.nounFirst, c.nounLast = s, q-1, q
			}
		}
	}
	// trailing qualifiers, after the number or after its noun
	for _, at := range []int{c.end, c.nounLast} {
		if at <= 0 || at >= len(toks) || (at == c.nounLast && c.nounLast <= c.nounFirst) {
			continue
		}
		if m, ok := trailMatcher.MatchAt(toks, at); ok && m.Lead == 0 && (c.qual == "" || c.qual == QualExact) {
			c.qual = trailPhrases[m.Phrase].kind
			last = m.Last
			break
		}
	}
	n := Number{
		First: first, Last: last,
		Low: c.low, High: c.high, Open: c.open,
		Qualifier: c.qual, Source: c.source,
		Noun: c.noun, NounFirst: c.nounFirst, NounLast: c.nounLast,
	}
	if n.Qualifier == "" {
		n.Qualifier = QualExact
	}
	switch n.Qualifier {
	case QualAtLeast:
		n.Open, n.High = true, 0
	case QualAtMost:
		n.Low, n.High = 0, c.high
	}
	if n.Open {
		n.High = 0
	}
	if measureNouns[n.Noun] {
		n.Kind = NumMeasure
	}
	n.Span = Span{toks[n.First].Start, toks[n.Last-1].End}
	return n, true
}

// parenthesizedAt reports whether token q opens digits in brackets:
// "(2430)".
func parenthesizedAt(toks []Token, q int) bool {
	if q+2 >= len(toks) {
		return false
	}
	o, n, c := &toks[q], &toks[q+1], &toks[q+2]
	return o.Kind == TokPunct && o.Text == "(" && n.Kind == TokNumber && c.Kind == TokPunct && c.Text == ")"
}

// joinRange makes the range from a to b.
func joinRange(a, b core) core {
	lo, hi := a.low, b.high
	if b.open {
		hi = max(a.high, b.low)
	}
	if hi < lo {
		lo, hi = min(a.low, b.low), max(a.high, b.high)
	}
	b.low, b.high, b.open, b.qual = lo, hi, false, QualRange
	if b.source != a.source && a.source == SourceDigits {
		b.source = a.source
	}
	return b
}

// rangeEnd parses the second half of a range at token i: "و B" after بين,
// "إلى/حتى/- B" after من, "أو B", "إلى B" or "- B" after a bare number.
func rangeEnd(toks []Token, i int, qual string) (core, bool) {
	if i >= len(toks) {
		return core{}, false
	}
	t := &toks[i]
	next := i + 1
	switch {
	case qual == "between":
		if t.Kind == TokWord && t.Norm == "و" {
			break
		}
		if w, conj, _, ok := lookupNumWord(t); ok && conj && w.cat != 0 {
			next = i // the و is on the number word
			break
		}
		return core{}, false
	case t.Kind == TokWord && (t.Norm == "الي" || t.Norm == "حتي" || t.Norm == "او"):
	case t.Kind == TokPunct && (t.Norm == "-" || t.Norm == "–"):
		if i == 0 || toks[i-1].End != t.Start || next >= len(toks) || toks[next].Start != t.End {
			return core{}, false // only "10-15", written tight
		}
	default:
		return core{}, false
	}
	if next >= len(toks) || skipNotCount(toks, next) > next {
		return core{}, false
	}
	c, ok := parseCore(toks, next, false)
	if !ok || c.qual == QualVague {
		return core{}, false
	}
	return c, true
}
