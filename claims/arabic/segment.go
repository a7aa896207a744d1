package arabic

import "unicode/utf8"

// Paragraphs returns the paragraphs of text: the non-blank lines, trimmed
// of white space and bidi controls. Lines end at \n, \r, U+0085, U+2028
// and U+2029; a blank line is not a paragraph.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		if !lineBytes[text[i]] {
			i++
			continue
		}
		r, size := decodeAt(text, i)
		if isLineBreak(r) {
			if s := trimSpan(text, Span{start, i}); s.Start < s.End {
				out = append(out, s)
			}
			start = i + size
		}
		i += size
	}
	if s := trimSpan(text, Span{start, len(text)}); s.Start < s.End {
		out = append(out, s)
	}
	return out
}

// lineBytes marks the first bytes of line breaks: \n \r U+0085 (C2 85)
// U+2028 U+2029 (E2 80 A8/A9).
var lineBytes = [256]bool{'\n': true, '\r': true, 0xC2: true, 0xE2: true}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// trimSpan shrinks s past white space and bidi controls at both ends.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		_, size, cl := classAt(text, s.Start)
		if cl != rcSpace && cl != rcIgnore {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		var cl rclass
		if r < utf8.RuneSelf {
			cl = asciiClass[r]
		} else {
			cl = classOf(r)
		}
		if cl != rcSpace && cl != rcIgnore {
			break
		}
		s.End -= size
	}
	return s
}

// isTerminator reports whether r ends a sentence: . ! ? ؟ ؛ … ۔
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '؛', '…', '۔':
		return true
	}
	return false
}

// termBytes marks the bytes that end a terminator's UTF-8 sequence:
// . ! ? and the last bytes of ؟ (D8 9F) ؛ (D8 9B) ۔ (DB 94) … (E2 80 A6).
var termBytes = [256]bool{'.': true, '!': true, '?': true, 0x9F: true, 0x9B: true, 0x94: true, 0xA6: true}

// nextTerminator returns the start of the first terminator in
// text[i:end], or end.
func nextTerminator(text string, i, end int) int {
	for ; i < end; i++ {
		c := text[i]
		if !termBytes[c] {
			continue
		}
		switch c {
		case '.', '!', '?':
			return i
		case 0x9F, 0x9B:
			if i > 0 && text[i-1] == 0xD8 {
				return i - 1
			}
		case 0x94:
			if i > 0 && text[i-1] == 0xDB {
				return i - 1
			}
		case 0xA6:
			if i > 1 && text[i-1] == 0x80 && text[i-2] == 0xE2 {
				return i - 2
			}
		}
	}
	return end
}

// Sentences splits text into sentences, in order, trimmed and never
// overlapping. A sentence ends at a line break, or after a run of . ! ? ؟ ؛
// … ۔ (with the closing brackets and quotation marks that follow it), except:
//
//   - a '.' directly followed by a letter or digit ("1.5", "العربية.نت"),
//   - a '.' after a one-letter word (abbreviations and initials: "د.",
//     "م.", "J."), unless that letter follows a number (an era marker:
//     "1444 هـ.", "2023 م."), or after a Latin title (Mr Dr Gen Col ...),
//   - a terminator inside a quotation that is still open after it (a
//     quotation can hold several sentences; a line break ends it).
func Sentences(text string) []Span {
	var out []Span
	for _, p := range Paragraphs(text) {
		out = sentencesIn(text, p, out)
	}
	return out
}

// sentencesIn appends the sentences of paragraph p to out.
func sentencesIn(text string, p Span, out []Span) []Span {
	qs := quotesIn(text, p, nil)
	qi, maxInner, maxEnd := 0, -1, -1
	start := p.Start
	for i := p.Start; i < p.End; {
		if i = nextTerminator(text, i, p.End); i >= p.End {
			break
		}
		r, size := decodeAt(text, i)
		if !isTerminator(r) || (r == '.' && !periodEnds(text, p, i)) {
			i += size
			continue
		}
		j := i + size
		for j < p.End {
			r2, s2 := decodeAt(text, j)
			if !isTerminator(r2) {
				break
			}
			j += s2
		}
		for qi < len(qs) && qs[qi].Inner.Start <= i {
			maxInner = max(maxInner, qs[qi].Inner.End)
			maxEnd = max(maxEnd, qs[qi].End)
			qi++
		}
		k := j
		if maxInner > i {
			// inside a quotation: take the closing marks that follow
			for k < p.End {
				r2, s2 := decodeAt(text, k)
				if quoteRole(r2) == qNone {
					break
				}
				k += s2
			}
			if maxEnd > k {
				i = j
				continue
			}
		}
		for k < p.End {
			r2, s2 := decodeAt(text, k)
			if r2 != ')' && r2 != ']' && r2 != '}' && !(quoteRole(r2) != qNone && quoteEndsAt(qs, k+s2)) {
				break
			}
			k += s2
		}
		if s := trimSpan(text, Span{start, k}); s.Start < s.End {
			out = append(out, s)
		}
		start, i = k, k
	}
	if s := trimSpan(text, Span{start, p.End}); s.Start < s.End {
		out = append(out, s)
	}
	return out
}

// quoteEndsAt reports whether a quotation of qs ends exactly at end with a
// closing mark.
func quoteEndsAt(qs []Quote, end int) bool {
	for _, q := range qs {
		if q.End == end && q.Inner.End < end {
			return true
		}
	}
	return false
}

// latinTitles are abbreviations after which '.' does not end a sentence.
var latinTitles = makeSet("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st",
	"jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "fig", "maj", "adm", "gov", "sen", "rep")

// periodEnds reports whether the '.' at text[i] ends a sentence.
func periodEnds(text string, p Span, i int) bool {
	if i+1 < p.End {
		_, _, cl := classAt(text, i+1)
		if cl == rcLetter || cl == rcDigit || cl == rcLatin || cl == rcMark {
			return false
		}
	}
	// the word before the period
	letters, latin := 0, false
	j := i
	for j > p.Start {
		r, size := utf8.DecodeLastRuneInString(text[p.Start:j])
		var cl rclass
		if r < utf8.RuneSelf {
			cl = asciiClass[r]
		} else {
			cl = classOf(r)
		}
		if cl == rcLetter || cl == rcLatin {
			letters++
			latin = cl == rcLatin
		} else if cl != rcMark {
			break
		}
		j -= size
	}
	if letters == 0 {
		return true
	}
	if latin && letters <= 4 && latinTitles[Fold(text[j:i])] {
		return false
	}
	if letters > 1 {
		return true
	}
	// one letter: an era marker after a number ends the sentence
	k := j
	for k > p.Start {
		r, size := utf8.DecodeLastRuneInString(text[p.Start:k])
		if r != ' ' && r != 0xA0 {
			break
		}
		k -= size
	}
	if k > p.Start {
		r, _ := utf8.DecodeLastRuneInString(text[p.Start:k])
		if (r >= '0' && r <= '9') || (r >= 0x660 && r <= 0x669) || (r >= 0x6F0 && r <= 0x6F9) {
			return true
		}
	}
	return false
}

// clauseStarters are folded words before which Clauses splits a sentence
// (when the clause so far has at least two words).
var clauseStarters = makeSet("كما", "فيما", "بينما", "حيث", "لكن", "ولكن", "الا", "غير", "وبينما", "وفيما", "وحيث")

// Clauses splits a sentence (a span of text) into clauses: at ، , ; ؛ and
// at clause-opening words (كما فيما بينما حيث لكن إلا غير) that follow at
// least two words of the current clause; never inside a quotation and never
// at a comma between digits. Clause spans exclude the separators and the
// surrounding white space.
func Clauses(text string, sentence Span) []Span {
	s := sentence
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(text) {
		s.End = len(text)
	}
	if s.Start >= s.End {
		return nil
	}
	qs := quotesIn(text, s, nil)
	var out []Span
	emit := func(a, b int) {
		if t := trimSpan(text, Span{a, b}); t.Start < t.End {
			out = append(out, t)
		}
	}
	qi, maxInner := 0, -1
	start, words := s.Start, 0
	prevSpace := true
	for i := s.Start; i < s.End; {
		r, size, cl := classAt(text, i)
		for qi < len(qs) && qs[qi].Inner.Start <= i {
			maxInner = max(maxInner, qs[qi].Inner.End)
			qi++
		}
		inQuote := maxInner > i
		switch {
		case (r == '،' || r == ',' || r == ';' || r == '؛') && !inQuote:
			if r == ',' && i > s.Start && i+1 < s.End && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) {
				break
			}
			emit(start, i)
			start, words = i+size, 0
		case (cl == rcLetter || cl == rcMark) && prevSpace:
			j, _, _, _ := scanWord(text, i)
			if words >= 2 && !inQuote && clauseStarters[Fold(text[i:j])] {
				emit(start, i)
				start, words = i, 0
			}
			words++
			i = j
			prevSpace = false
			continue
		}
		prevSpace = cl == rcSpace || cl == rcIgnore || cl == rcPunct
		i += size
	}
	emit(start, s.End)
	return out
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
