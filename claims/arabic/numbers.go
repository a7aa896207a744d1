package arabic

import (
	"math"
	"strings"
	"unicode/utf8"
)

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
//     عدد كبير من ≥10 (Open); العديد من ≥3 (Open); عشرات/العشرات 20–99;
//     بضع عشرات 20–60; مئات/المئات 200–999; بضع مئات 200–600;
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
	if q >= len(toks) || (q > i && skipNotCount(toks, q) > q) {
		return Number{}, false
	}
	c, ok := parseCore(toks, q, qual == "between")
	if !ok {
		return Number{}, false
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
		if c.noun == "" && c.source == SourceWords && c.low <= 2 && c.end == q+1 && q > 0 {
			// "جندي واحد", "قتيلان اثنان": the noun before 1 and 2
			if s, ok := nounStem(&toks[q-1], 0); ok && toks[q-1].Clitics == "" {
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

// parseCore parses a bare number at token q: digits (with multiplier),
// number words, a vague quantity or a dual noun. noConj stops a word
// number before a و-joined part (for "بين A و B").
func parseCore(toks []Token, q int, noConj bool) (core, bool) {
	t := &toks[q]
	switch t.Kind {
	case TokNumber:
		if designatorBefore(toks, q) {
			return core{}, false
		}
		end := q + 1
		mult := 1.0
		if end < len(toks) {
			if w, conj, art, ok := lookupNumWord(&toks[end]); ok && !conj && !art {
				switch w.cat {
				case nwThousand, nwThousands, nwMillion, nwMillions, nwBillion:
					mult = float64(w.val)
					if w.val == 2000 || w.val == 2000000 {
						mult /= 2
					}
					end++
				}
			}
		}
		v, ok := parseDigits(t.Norm, mult > 1)
		if !ok {
			return core{}, false
		}
		v *= mult
		if v > maxNumber {
			return core{}, false
		}
		lo, hi := int(math.Floor(v)), int(math.Ceil(v))
		return core{low: lo, high: hi, source: SourceDigits, end: end, val: v}, true
	case TokWord:
		if c, ok := vagueAt(toks, q); ok {
			return c, true
		}
		if c, ok := dualAt(toks, q); ok {
			return c, true
		}
		return wordsAt(toks, q, noConj)
	}
	return core{}, false
}

// designators are folded transliterated letters that name weapon models
// before a number ("إف 16", "سو 24", "إس 300").
var designators = makeSet("اف", "سو", "ميغ", "ميج", "بي", "تي", "اس", "ام", "كا", "مي", "جي", "اتش")

// designatorBefore reports whether the number at q names a model.
func designatorBefore(toks []Token, q int) bool {
	if q == 0 {
		return false
	}
	p := &toks[q-1]
	return (p.Kind == TokWord && designators[p.Norm]) || (p.Kind == TokLatin && utf8.RuneCountInString(p.Norm) <= 3 && p.End == toks[q].Start-1)
}

// parseDigits parses a folded digit token: "1,500", "1.5", "1.500.000".
// A single '.' before exactly three digits ("1.500") separates thousands,
// unless a multiplier word follows (mult: "1.500 مليون" is 1.5 million).
func parseDigits(s string, mult bool) (float64, bool) {
	if strings.IndexByte(s, ':') >= 0 {
		return 0, false
	}
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' })
	if len(groups) == 0 {
		return 0, false
	}
	seps := make([]byte, 0, len(groups))
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == '.' {
			seps = append(seps, s[i])
		}
	}
	three := true
	for _, g := range groups[1:] {
		if len(g) != 3 {
			three = false
		}
	}
	var intPart, frac string
	switch {
	case len(seps) == 0:
		intPart = s
	case three && len(groups[0]) <= 3 && (len(seps) > 1 || seps[0] == ',' || !mult):
		intPart = strings.Join(groups, "") // thousands separators
	case len(seps) >= 2 && seps[len(seps)-1] == '.' && allEqual(seps[:len(seps)-1], ','):
		intPart = strings.Join(groups[:len(groups)-1], "") // 1,500.5
		frac = groups[len(groups)-1]
	case len(seps) == 1:
		intPart, frac = groups[0], groups[1] // 1.5 or 1,5
	default:
		return 0, false
	}
	if len(intPart) > 14 {
		return 0, false
	}
	v := 0.0
	for i := 0; i < len(intPart); i++ {
		v = v*10 + float64(intPart[i]-'0')
	}
	scale := 0.1
	for i := 0; i < len(frac) && i < 6; i++ {
		v += float64(frac[i]-'0') * scale
		scale /= 10
	}
	return v, true
}

// allEqual reports whether every byte of b is c.
func allEqual(b []byte, c byte) bool {
	for _, x := range b {
		if x != c {
			return false
		}
	}
	return true
}

// ordinalHeads are folded ordinal units that make a following عشر an
// ordinal ("الحادي عشر").
var ordinalHeads = makeSet("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع",
	"حاديه", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه")

// wordsAt parses number words from token q.
func wordsAt(toks []Token, q int, noConj bool) (core, bool) {
	w0, _, art0, ok := lookupNumWord(&toks[q])
	if !ok {
		return core{}, false
	}
	if art0 && (w0.cat == nwTeenHead || w0.val == 2 && w0.cat == nwUnit) {
		// الأحد، الاثنين: weekdays
		if !(w0.cat == nwTeenHead && q+1 < len(toks) && isTen(&toks[q+1])) {
			return core{}, false
		}
	}
	if w0.cat == nwTen && q > 0 && ordinalHeads[toks[q-1].Stem] {
		return core{}, false
	}
	total, cur := 0, 0
	k := q
	for k < len(toks) {
		w, conj, _, ok := lookupNumWord(&toks[k])
		if !ok {
			break
		}
		if k > q {
			if conj && noConj {
				break
			}
			if !conj && !isMultiplier(w) {
				break
			}
			if conj && (w.cat == nwThousands || w.cat == nwMillions) {
				break
			}
		}
		switch w.cat {
		case nwUnit, nwTeenHead:
			if k+1 < len(toks) && isTen(&toks[k+1]) {
				cur += 10 + w.val
				k += 2
				continue
			}
			if w.cat == nwTeenHead {
				if k == q && w.val == 1 && k+1 < len(toks) && toks[k+1].Kind == TokWord && toks[k+1].Article {
					// أحد العناصر: one of the ...
					return core{low: 1, high: 1, source: SourceWords, end: k + 1, construct: true}, true
				}
				if k == q {
					return core{}, false
				}
				break
			}
			cur += w.val
		case nwTen, nwTens:
			cur += w.val
		case nwHundred:
			if w.val == 100 && !conj && k > q && cur >= 1 && cur <= 10 {
				cur *= 100
			} else {
				cur += w.val
			}
		case nwThousand, nwMillion, nwBillion:
			unit := w.val
			if w.val == 2000 || w.val == 2000000 {
				unit = w.val / 2
			}
			if k > q && !conj && cur > 0 {
				total += cur * unit
				cur = 0
			} else {
				total += w.val
			}
		case nwThousands, nwMillions:
			if k == q || cur < 3 || cur > 10 {
				if k == q {
					return core{}, false
				}
				break
			}
			total += cur * w.val
			cur = 0
		}
		k++
		if total+cur > maxNumber {
			return core{}, false
		}
	}
	if k == q {
		return core{}, false
	}
	v := total + cur
	return core{low: v, high: v, source: SourceWords, end: k}, true
}

// isTen reports whether t is عشر/عشرة without a conjunction.
func isTen(t *Token) bool {
	w, conj, _, ok := lookupNumWord(t)
	return ok && !conj && w.cat == nwTen
}

// isMultiplier reports whether w can follow a number without و.
func isMultiplier(w numWord) bool {
	switch w.cat {
	case nwThousand, nwThousands, nwMillion, nwMillions, nwBillion:
		return true
	case nwHundred:
		return w.val == 100
	}
	return false
}

// stemOf returns the token's stem (Tokenize's analysis); ok is false for
// anything that is not a word.
func stemOf(t *Token) (string, bool) {
	if t.Kind != TokWord || t.Detached() {
		return "", false
	}
	return t.Stem, true
}

// vagueAt parses a vague quantity at token q.
func vagueAt(toks []Token, q int) (core, bool) {
	s, ok := stemOf(&toks[q])
	if !ok {
		return core{}, false
	}
	next := func(k int) string {
		if k < len(toks) && toks[k].Kind == TokWord {
			return toks[k].Stem
		}
		return ""
	}
	mk := func(lo, hi int, open bool, end int) (core, bool) {
		c := core{low: lo, high: hi, open: open, qual: QualVague, source: SourceWords, end: end}
		return c, true
	}
	switch s {
	case "عده":
		if toks[q].Article {
			return core{}, false
		}
		return mk(3, 9, false, q+1)
	case "بضعه", "بضع":
		switch next(q + 1) {
		case "عشر", "عشره":
			return mk(13, 19, false, q+2)
		case "عشرات":
			return mk(20, 60, false, q+2)
		case "مئات", "مائات":
			return mk(200, 600, false, q+2)
		case "الاف", "لاف":
			return mk(2000, 6000, false, q+2)
		}
		return mk(3, 9, false, q+1)
	case "عدد", "عددا":
		if toks[q].Article {
			return core{}, false
		}
		switch n1 := next(q + 1); {
		case n1 == "من":
			return mk(2, 9, false, q+1)
		case (n1 == "كبير" || n1 == "كبيرا" || n1 == "وافر") && next(q+2) == "من":
			return mk(10, 0, true, q+2)
		case (n1 == "قليل" || n1 == "قليلا" || n1 == "محدود" || n1 == "محدودا") && next(q+2) == "من":
			return mk(2, 5, false, q+2)
		}
		return core{}, false
	case "عديد":
		if next(q+1) == "من" {
			return mk(3, 0, true, q+1)
		}
	case "عشرات":
		if n1 := next(q + 1); n1 == "الاف" && toks[q+1].Article {
			return mk(20000, 99999, false, q+2)
		}
		return mk(20, 99, false, q+1)
	case "مئات", "مائات":
		if n1 := next(q + 1); n1 == "الاف" && toks[q+1].Article {
			return mk(200000, 999999, false, q+2)
		}
		return mk(200, 999, false, q+1)
	case "الاف", "لاف", "الوف":
		if !letterAt(toks[q].Text, utf8.RuneCountInString(toks[q].Clitics)) && !toks[q].Article {
			return core{}, false
		}
		return mk(2000, 9999, false, q+1)
	case "ملايين":
		return mk(2000000, 9999999, false, q+1)
	}
	return core{}, false
}

// dualAt reads a dual person noun at q as the count 2.
func dualAt(toks []Token, q int) (core, bool) {
	t := &toks[q]
	if t.Kind != TokWord || t.Article || t.Detached() {
		return core{}, false
	}
	if t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف" {
		return core{}, false
	}
	if base, ok := dualBase(t.Stem); ok {
		return core{low: 2, high: 2, source: SourceNoun, end: q + 1, noun: base, nounFirst: q, nounLast: q + 1}, true
	}
	// a word that Tokenize split wrongly ("وجنديين" is fine, but try the
	// whole word as well)
	if base, ok := dualBase(t.Norm); ok && t.Clitics != "" {
		return core{low: 2, high: 2, source: SourceNoun, end: q + 1, noun: base, nounFirst: q, nounLast: q + 1}, true
	}
	return core{}, false
}

// dualBase returns the singular of a dual person noun: ان/تان always,
// ين/تين only for nouns whose plural is broken (else it is the plural).
func dualBase(s string) (string, bool) {
	for _, suf := range [...]string{"ان", "ين", "تان", "تين"} {
		if !strings.HasSuffix(s, suf) {
			continue
		}
		base := s[:len(s)-len(suf)]
		if suf[0] == "ت"[0] && suf[1] == "ت"[1] {
			base += "ه" // taa marbuta: امرأتان → امراه
		}
		p, ok := personNouns[base]
		if !ok {
			continue
		}
		if suf == "ين" || suf == "تين" {
			if !p {
				continue
			}
		}
		return base, true
	}
	return "", false
}

// personNouns are folded singular nouns of countable people; the value is
// true when the plural is broken (so a final ين can only be a dual).
var personNouns = map[string]bool{
	"قتيل": true, "جريح": true, "جندي": true, "عنصر": true, "شخص": true, "طفل": true,
	"رجل": true, "ضابط": true, "امراه": true, "شهيد": true, "اسير": true, "فرد": true,
	"عامل": true, "قائد": true, "عضو": true, "طفله": true, "جنديه": false, "ضحيه": false,
	"مصاب": false, "مدني": false, "عسكري": false, "مسلح": false, "مقاتل": false,
	"مواطن": false, "مستشار": false, "صحفي": false, "ناشط": false, "طيار": false,
	"مسعف": false, "مسؤول": false, "قيادي": false, "معتقل": false, "مفقود": false,
	"مخطوف": false, "لاجئ": false, "نازح": false, "مدنيه": false, "خبير": false,
}

// measureNouns are folded units that make a number a measure.
var measureNouns = makeSet(
	"كم", "كيلومتر", "كيلومترات", "كيلو", "متر", "امتار", "مترا", "ميل", "اميال", "كلم",
	"كغ", "كيلوغرام", "كيلوغرامات", "غرام", "طن", "اطنان", "لتر", "ليتر", "لترات", "برميل", "براميل",
	"دولار", "دولارات", "يورو", "ليره", "ليرات", "ريال", "دينار", "جنيه",
	"ساعه", "ساعات", "يوم", "ايام", "يوما", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "شهرا",
	"سنه", "سنوات", "سنين", "عام", "اعوام", "عاما", "دقيقه", "دقائق", "ثانيه", "ثوان", "ثواني",
	"هكتار", "دونم", "دونما", "ميغاوات", "قدم", "اقدام", "عقده", "مره", "مرات",
)

// funcWords are folded words that are never a counted noun.
var funcWords = makeSet(
	"في", "من", "علي", "الي", "عن", "مع", "او", "ثم", "حتي", "بعد", "قبل", "منذ", "خلال",
	"عند", "حسب", "بحسب", "وفق", "وفقا", "هم", "هو", "هي", "انه", "ان", "قد", "لا", "لم", "لن",
	"ما", "كل", "بين", "نحو", "حوالي", "اخرين", "اخري", "اخر", "فقط", "تقريبا", "منهم", "بينهم",
	"منها", "بينها", "اي", "الذين", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك",
)

// nounAfter finds the counted noun at token e ("150 جندياً", "ستة
// مقاتلين", "25 من القوات"); value is the count (for the accusative).
// The noun carries no clitic, and the article only after من or after a
// vague construct noun (construct: "عشرات القتلى").
func nounAfter(toks []Token, e, value int, construct bool) (string, int, int) {
	k := e
	if k < len(toks) && toks[k].Kind == TokWord && toks[k].Norm == "من" && k+1 < len(toks) && toks[k+1].Article && toks[k+1].Clitics == "" {
		k++
		construct = true
	}
	if k >= len(toks) || toks[k].Clitics != "" || (toks[k].Article && !construct) {
		return "", 0, 0
	}
	s, ok := nounStem(&toks[k], value)
	if !ok {
		return "", 0, 0
	}
	return s, k, k + 1
}

// nounStem returns the folded stem of a possible noun, without the
// accusative ا of a tamyiz (after 11–99, or written with tanween).
func nounStem(t *Token, value int) (string, bool) {
	if t.Kind != TokWord || t.Detached() || funcWords[t.Norm] || funcWords[t.Stem] {
		return "", false
	}
	if _, _, _, ok := lookupNumWord(t); ok {
		return "", false
	}
	s := t.Stem
	if strings.HasSuffix(s, "ا") && runesAtLeast(s, 4) &&
		(strings.Contains(t.Text, "\u064b") || (value%100 >= 11 && value%100 <= 99)) {
		s = s[:len(s)-2]
	}
	return s, true
}

// SingularCount reads an indefinite singular person noun at token i as the
// count 1, Source SourceNoun: "مقتل أميركي", "إصابة جندي". The noun must
// be one of personNouns or a nisba adjective used as a noun (ending in ي,
// four letters or more). The caller decides when the context (an outcome
// noun before it) makes this a count.
func SingularCount(toks []Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false
	}
	t := &toks[i]
	if t.Kind != TokWord || t.Article || t.Detached() || (t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف") {
		return Number{}, false
	}
	s := t.Stem
	if strings.HasSuffix(s, "ا") && strings.Contains(t.Text, "\u064b") {
		s = s[:len(s)-2]
	}
	_, person := personNouns[s]
	nisba := strings.HasSuffix(s, "ي") && runesAtLeast(s, 4) && !funcWords[s]
	if !person && !nisba {
		return Number{}, false
	}
	return Number{
		Span: t.Span, First: i, Last: i + 1, Low: 1, High: 1,
		Qualifier: QualExact, Source: SourceNoun, Noun: s, NounFirst: i, NounLast: i + 1,
	}, true
}
