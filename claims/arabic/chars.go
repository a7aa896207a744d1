package arabic

import (
	"unicode"
	"unicode/utf8"
)

// rclass is the tokenizer's class of a rune in the ORIGINAL text.
type rclass uint8

const (
	rcSpace       rclass = iota // white space: separates tokens
	rcIgnore                    // bidi and format controls: separate tokens, never tokens
	rcLetter                    // Arabic letter (incl. presentation forms)
	rcMark                      // Arabic diacritic, tatweel, ZWJ/ZWNJ: inside words
	rcDigit                     // ASCII, Eastern Arabic or Persian digit
	rcLatin                     // Latin-script letter
	rcOtherLetter               // letter of another script
	rcPunct                     // punctuation or symbol: one token per rune
	rcOther                     // anything else, incl. invalid bytes
)

var asciiClass = buildASCIIClass()
var blockClass = buildBlockClass()

func buildASCIIClass() (t [128]rclass) {
	for c := 0; c < 128; c++ {
		r := rune(c)
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = rcSpace
		case '0' <= c && c <= '9':
			t[c] = rcDigit
		case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
			t[c] = rcLatin
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			t[c] = rcPunct
		default:
			t[c] = rcOther
		}
	}
	return t
}

func buildBlockClass() (t [256]rclass) {
	for i := range t {
		r := rune(0x600 + i)
		switch {
		case r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
			t[i] = rcDigit
		case r >= 0x0600 && r <= 0x0605, r == 0x061C, r == 0x06DD:
			t[i] = rcIgnore
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640,
			r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E9:
			t[i] = rcMark
		case unicode.IsLetter(r):
			t[i] = rcLetter
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			t[i] = rcPunct
		default:
			t[i] = rcOther
		}
	}
	return t
}

// classAt decodes the rune at s[i] and returns it with its size and class.
// An invalid byte is (utf8.RuneError, 1, rcOther).
func classAt(s string, i int) (rune, int, rclass) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	r, size := decodeAt(s, i)
	if r == utf8.RuneError && size == 1 {
		return r, 1, rcOther
	}
	return r, size, classOf(r)
}

// decodeAt is utf8.DecodeRuneInString(s[i:]) with a fast path for the
// two-byte sequences Arabic text is made of.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// classOf classifies a non-ASCII rune.
func classOf(r rune) rclass {
	if r >= 0x600 && r <= 0x6FF {
		return blockClass[r-0x600]
	}
	switch {
	case r == 0x200C || r == 0x200D:
		return rcMark
	case r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xFEFF || r == 0x00AD || (r >= 0x2060 && r <= 0x2064):
		return rcIgnore
	case r == 0x200B || unicode.IsSpace(r):
		return rcSpace
	case isPresentationForm(r):
		if (r >= 0xFE70 && r <= 0xFE7F) || (r >= 0xFC5E && r <= 0xFC63) {
			return rcMark // isolated harakat forms
		}
		return rcLetter
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF:
		if unicode.IsLetter(r) {
			return rcLetter
		}
		return rcMark
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Latin, r) {
			return rcLatin
		}
		return rcOtherLetter
	case unicode.IsDigit(r):
		return rcOtherLetter
	case unicode.Is(unicode.Mn, r):
		return rcMark
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return rcPunct
	}
	return rcOther
}

// isQuoteRune reports whether r is a quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '‹', '›', '〝', '〞', '＂':
		return true
	}
	return false
}
