package arabic

import (
	"math"
	"strings"
	"unicode/utf8"
)

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
		if mult >= 1000 && end < len(toks) && toks[end].Norm == "ونصف" {
			v += mult / 2 // "2 مليون ونصف"
			end++
		}
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
	total, cur, half := 0, 0, 0 // half: half the last multiplier, for ونصف
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
			if conj && (w.cat == nwUnit || w.cat == nwTeenHead) && !(k+1 < len(toks) && isTen(&toks[k+1])) && cur%100 != 0 {
				break // "شهيد واحد وأربعة جرحى": two counts, not 5
			}
			if conj && (w.cat == nwTen || w.cat == nwTens) && cur%100 >= 10 {
				break // "عشرون وثلاثون"
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
				if k == q && w.val == 1 && oneOfAt(toks, k+1) {
					// أحد العناصر، أحد أبنائها، أحد عناصر الحاجز: one of the ...
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
				half = unit / 2
				cur = 0
			} else {
				total += w.val
				half = unit / 2
			}
		case nwThousands, nwMillions:
			if k == q || cur < 3 || cur > 10 {
				if k == q {
					return core{}, false
				}
				break
			}
			total += cur * w.val
			half = w.val / 2
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
	if half > 0 && cur == 0 && k < len(toks) && toks[k].Norm == "ونصف" {
		total += half // "مليون ونصف", "ثلاثة آلاف ونصف"
		k++
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

// oneOfAt reports whether token k is the definite noun after "أحد" (one
// of): with the article ("العناصر"), with a pronoun ("أبنائها"), or heading
// a construct of two or three nouns ("عناصر الحاجز", "أفراد حرس الحدود").
func oneOfAt(toks []Token, k int) bool {
	if k >= len(toks) || toks[k].Kind != TokWord {
		return false
	}
	t := &toks[k]
	if t.Article {
		return true
	}
	if t.Clitics != "" {
		return false
	}
	for _, p := range [...]string{"ها", "هم", "هما", "نا", "ه"} {
		if strings.HasSuffix(t.Norm, p) && len(t.Norm) > len(p)+4 {
			return true
		}
	}
	if k+1 >= len(toks) || toks[k+1].Kind != TokWord || toks[k+1].Clitics != "" {
		return false
	}
	if toks[k+1].Article {
		return true
	}
	// A construct of three: "أحد عناصر قوات النظام", "أحد أفراد حرس الحدود".
	return k+2 < len(toks) && toks[k+2].Kind == TokWord && toks[k+2].Article && toks[k+2].Clitics == ""
}
