package arabic

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// Quote is one quotation: Span covers the marks, Inner the text between
// them. Depth is 0 for a quotation not inside another one, 1 for one nested
// in a depth-0 quotation, and so on. An unclosed quotation ends at the end
// of its paragraph (Span and Inner then end at the trimmed paragraph end).
type Quote struct {
	Span
	Inner Span
	Depth int
}

// quote mark roles
const (
	qNone  = iota
	qOpen  // always opens: « “ „ ‹
	qClose // closes if it can: » ” ›
	qBoth  // straight quote: pairs in order
)

// quoteRole returns the role of a quotation mark (qNone for other runes).
func quoteRole(r rune) int {
	switch r {
	case '«', '‹', '“', '„':
		return qOpen
	case '»', '›', '”':
		return qClose
	case '"', '＂':
		return qBoth
	}
	return qNone
}

// Quotes finds the quotations of text, sorted by start, outer before
// inner. Marks pair within a paragraph:
//
//   - « » and ‹ › nest; a » with no « open opens a reversed »…«
//     quotation if it stands where an opening mark would (see below),
//     otherwise it is ignored; the same holds for a ” or › with nothing to
//     close.
//   - “ and „ open and ” closes; a ” with nothing to close opens a
//     quotation closed by the next ” (Arabic typesetting often writes
//     ”…” or “…“; a “ right after a word and before a space or
//     punctuation closes the innermost ” quotation).
//   - straight quotes " pair in order: one closes the innermost open "
//     quotation if it is the innermost quotation, or if it is followed by
//     white space, punctuation or the paragraph end; otherwise it opens one.
//
// A closing mark closes the innermost open quotation it can close; the
// quotations opened inside that one and still open end with it.
func Quotes(text string) []Quote {
	var out []Quote
	for _, p := range Paragraphs(text) {
		out = quotesIn(text, p, out)
	}
	return out
}

// quoteBytes marks the first bytes of quotation marks.
var quoteBytes = [256]bool{'"': true, 0xC2: true, 0xE2: true, 0xEF: true}

// maxQuoteSearch bounds how deep a closing mark looks for the quotation it
// closes, keeping malformed text linear.
const maxQuoteSearch = 16

// openQuote is a quotation being scanned.
type openQuote struct {
	start, inner int
	closer       rune // the mark that closes it
}

// pairOf returns the mark that closes a quotation opened by r.
func pairOf(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '»':
		return '«'
	case '‹':
		return '›'
	case '›':
		return '‹'
	case '“', '„', '”':
		return '”'
	}
	return r
}

// quotesIn appends the quotations of paragraph p to out.
func quotesIn(text string, p Span, out []Quote) []Quote {
	var stack []openQuote
	first := len(out)
	// closeTo closes stack[k] with the mark at [at, end) (at == end for the
	// paragraph end); quotations opened inside it end there too.
	closeTo := func(k, at, end int) {
		for len(stack) > k {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			e := at
			if len(stack) == k {
				e = end
			}
			out = append(out, Quote{Span: Span{top.start, e}, Inner: Span{top.inner, at}, Depth: len(stack)})
		}
	}
	for i := p.Start; i < p.End; {
		if !quoteBytes[text[i]] {
			i++ // no quotation mark starts with this byte
			continue
		}
		r, size := decodeAt(text, i)
		role := quoteRole(r)
		if role == qNone {
			i += size
			continue
		}
		top := len(stack) - 1
		k := -1
		for j := top; j >= 0 && j > top-maxQuoteSearch; j-- {
			if stack[j].closer == r {
				k = j
				break
			}
		}
		switch {
		case role == qBoth && k >= 0 && k != top && !closesHere(text, i, size, p.End):
			k = -1 // looks like an opener nested in another quotation
		case r == '“' && k < 0 && top >= 0 && stack[top].closer == '”' && !spaceBefore(text, p.Start, i) && closesHere(text, i, size, p.End):
			k = top // “text“
		case r == '”' && k >= 0 && opensHere(text, p.Start, i, size, p.End):
			k = -1 // و”name”: a ” used as an opener
		}
		switch {
		case k >= 0:
			closeTo(k, i, i+size)
		case role == qClose && !opensHere(text, p.Start, i, size, p.End):
			// a stray closing mark: ignore it
		default:
			stack = append(stack, openQuote{start: i, inner: i + size, closer: pairOf(r)})
		}
		i += size
	}
	if len(stack) > 0 {
		closeTo(0, p.End, p.End)
	}
	added := out[first:]
	// slices.SortStableFunc, unlike sort.SliceStable, allocates nothing
	// per call (no reflection on the slice).
	slices.SortStableFunc(added, func(a, b Quote) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	return out
}

// opensHere reports whether the mark at text[i:i+size] looks like an
// opening mark: followed by a letter or digit, and preceded by white space,
// punctuation, the paragraph start or a one-letter clitic (و ف ب ل ك) that
// itself follows one of those.
func opensHere(text string, pstart, i, size, end int) bool {
	j := i + size
	if j >= end {
		return false
	}
	if _, _, cl := classAt(text, j); cl != rcLetter && cl != rcDigit && cl != rcLatin {
		return false
	}
	k := i
	if k > pstart {
		r, sz := utf8.DecodeLastRuneInString(text[pstart:k])
		switch r {
		case 'و', 'ف', 'ب', 'ل', 'ك':
			k -= sz
		}
	}
	if k == pstart {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[pstart:k])
	if r < utf8.RuneSelf {
		return asciiClass[r] == rcSpace || asciiClass[r] == rcPunct
	}
	cl := classOf(r)
	return cl == rcSpace || cl == rcPunct || cl == rcIgnore
}

// spaceBefore reports whether the rune before text[i] is white space or a
// bidi control, or i is the paragraph start.
func spaceBefore(text string, pstart, i int) bool {
	if i <= pstart {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[pstart:i])
	if r < utf8.RuneSelf {
		return asciiClass[r] == rcSpace
	}
	cl := classOf(r)
	return cl == rcSpace || cl == rcIgnore
}

// closesHere reports whether the straight quote at text[i:i+size] is
// followed by white space, punctuation or the end of the paragraph.
func closesHere(text string, i, size, end int) bool {
	j := i + size
	if j >= end {
		return true
	}
	_, _, cl := classAt(text, j)
	return cl == rcSpace || cl == rcPunct || cl == rcIgnore
}
