package arabic

import "unicode/utf8"

// TokenKind is the kind of a token.
type TokenKind int

// Token kinds.
const (
	// TokWord is a run of Arabic letters with their diacritics and tatweel.
	TokWord TokenKind = iota
	// TokNumber is a run of digits (ASCII, Eastern Arabic or Persian) with
	// inner separators , . : ٫ ٬ each followed by a digit: "1,500", "1.5",
	// "1:38" are one token each.
	TokNumber
	// TokPunct is one punctuation mark or symbol; every quote mark and
	// bracket is a token of its own.
	TokPunct
	// TokLatin is a Latin-script word, possibly with digits and inner
	// hyphens or apostrophes ("SY24", "F-16").
	TokLatin
	// TokOther is anything else: letters of other scripts, stray marks,
	// control characters, invalid UTF-8 bytes.
	TokOther
)

// String returns the kind's name.
func (k TokenKind) String() string {
	switch k {
	case TokWord:
		return "word"
	case TokNumber:
		return "number"
	case TokPunct:
		return "punct"
	case TokLatin:
		return "latin"
	}
	return "other"
}

// Token is one token of a text.
type Token struct {
	Span           // in the original text
	Text    string // original surface, unchanged: text[Start:End]
	Norm    string // folded surface (Fold(Text)); ASCII digits for numbers
	Clitics string // folded proclitics removed (و ف ب ل ك and combinations), not the article
	Article bool   // the word carried the definite article ال (also لل = ل + ال)
	key     tokKey // for the matcher (word tokens)
	mark    tokMark
	Stem    string // folded, without proclitics and without ال; suffixes kept
	Kind    TokenKind
}

// Detached reports whether the token is a clitic written apart from its
// host: a lone و ف ب ل ك, or a clitic or article ended by tatweel ("لـ",
// "بـ", "الـ", "للـ"). Such a token has an empty Stem and belongs to the
// next word.
func (t Token) Detached() bool {
	return t.Kind == TokWord && t.Stem == "" && (t.Clitics != "" || t.Article)
}

// IsQuote reports whether the token is a single quotation mark
// (« » “ ” „ ‟ " ' ‘ ’ ‚ ‹ ›).
func (t Token) IsQuote() bool {
	if t.Kind != TokPunct {
		return false
	}
	r, size := utf8.DecodeRuneInString(t.Text)
	return size == len(t.Text) && isQuoteRune(r)
}

// Tokenize splits text into tokens in text order. White space and bidi
// controls separate tokens and are not tokens themselves. Every token's
// Text is text[Start:End]. Word tokens get a clitic analysis (see
// Token.Stem; it is a best guess: the matcher does not rely on it).
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/9+8), text)
}

// AppendTokens appends the tokens of text to dst, as Tokenize makes them,
// and returns the extended slice. A caller that tokenizes many texts can
// reuse one slice: AppendTokens(toks[:0], text).
func AppendTokens(dst []Token, text string) []Token {
	tz := tokenizer{text: text, toks: dst, first: len(dst)}
	tz.arena = make([]byte, 0, len(text)/3)
	tz.pending = make([]pendingNorm, 0, len(text)/30)
	tz.scan()
	tz.finish()
	return tz.toks
}

// tokenizer holds the state of one Tokenize call. Folded forms that differ
// from the original are gathered in one arena so that a text costs a few
// allocations, not one per word.
type tokenizer struct {
	text    string
	toks    []Token
	first   int // toks[first:] are the tokens of text
	arena   []byte
	pending []pendingNorm
}

// pendingNorm says that toks[tok].Norm is arena[from:to].
type pendingNorm struct{ tok, from, to int }

// scan finds the tokens and folds them; Article temporarily holds whether
// a word ended with tatweel.
func (tz *tokenizer) scan() {
	text := tz.text
	for i := 0; i < len(text); {
		_, size, cl := classAt(text, i)
		switch cl {
		case rcSpace, rcIgnore:
			i += size
		case rcLetter, rcMark:
			j, letters, tatweelEnd, change := scanWord(text, i)
			if letters {
				tz.addFolded(i, j, TokWord, tatweelEnd, change)
			} else {
				tz.add(i, j, TokOther, false)
			}
			i = j
		case rcDigit:
			j := scanNumber(text, i)
			tz.add(i, j, TokNumber, false)
			i = j
		case rcLatin:
			j := scanLatin(text, i)
			tz.add(i, j, TokLatin, false)
			i = j
		case rcOtherLetter:
			j := i + size
			for j < len(text) {
				_, sz, c := classAt(text, j)
				if c != rcOtherLetter && c != rcMark {
					break
				}
				j += sz
			}
			tz.add(i, j, TokOther, false)
			i = j
		case rcPunct:
			tz.add(i, i+size, TokPunct, false)
			i += size
		default:
			tz.add(i, i+size, TokOther, false)
			i += size
		}
	}
}

// add appends the token text[i:j] and folds it.
func (tz *tokenizer) add(i, j int, kind TokenKind, tatweelEnd bool) {
	tz.addFolded(i, j, kind, tatweelEnd, firstChange(tz.text[i:j]))
}

// addFolded is add when the offset of the first change (or -1) is known.
func (tz *tokenizer) addFolded(i, j int, kind TokenKind, tatweelEnd bool, k int) {
	s := tz.text[i:j]
	n := len(tz.toks)
	if n == cap(tz.toks) {
		tz.toks = append(tz.toks, Token{})
	} else {
		tz.toks = tz.toks[:n+1]
	}
	t := &tz.toks[n]
	// finish sets the other fields, which a reused slice may hold from
	// an earlier text.
	t.Span, t.Text, t.Kind, t.Article = Span{i, j}, s, kind, tatweelEnd
	if k < 0 {
		t.Norm = s
	} else {
		from := len(tz.arena)
		f := folder{buf: tz.arena}
		f.fold(s, k)
		tz.arena = f.buf
		tz.pending = append(tz.pending, pendingNorm{n, from, len(tz.arena)})
	}
}

// finish sets the folded forms and analyses the words.
func (tz *tokenizer) finish() {
	if len(tz.pending) > 0 {
		norms := string(tz.arena)
		for _, p := range tz.pending {
			tz.toks[p.tok].Norm = norms[p.from:p.to]
		}
	}
	for i := tz.first; i < len(tz.toks); i++ {
		t := &tz.toks[i]
		t.mark = tokMark{} // left by an earlier text
		if t.Kind == TokWord {
			t.Clitics, t.Article, t.Stem = analyze(t.Norm, t.Text, t.Article)
			t.key = makeTokKey(t.Norm)
		} else {
			t.Stem = t.Norm
			if t.Clitics != "" || t.key != (tokKey{}) { // left by an earlier text
				t.Clitics, t.key = "", tokKey{}
			}
		}
	}
}

// wordTable combines, for the Arabic block, what scanWord needs: whether
// the rune belongs in a word, is a letter, and is changed by folding.
var wordTable = buildWordTable()

const (
	wtWord   = 1 << iota // letter or mark
	wtLetter             // letter
	wtChange             // Fold changes it
)

func buildWordTable() (t [256]uint8) {
	for i := range t {
		switch blockClass[i] {
		case rcLetter:
			t[i] = wtWord | wtLetter
		case rcMark:
			t[i] = wtWord
		}
		if blockAct[i] != actKeep {
			t[i] |= wtChange
		}
	}
	return t
}

// scanWord returns the end of the Arabic word starting at i, whether it
// contains a letter, whether it ends with tatweel, and the offset (from i)
// of the first rune Fold would change, or -1.
func scanWord(text string, i int) (end int, letters, tatweelEnd bool, change int) {
	change = -1
	j := i
	for j < len(text) {
		// Fast path: the two-byte Arabic block.
		c := text[j]
		if c >= 0xD8 && c <= 0xDB && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(text[j+1]&0x3F) - 0x600
			w := wordTable[r]
			if w&wtWord == 0 {
				return j, letters, tatweelEnd, change
			}
			if w&wtLetter != 0 {
				letters = true
				tatweelEnd = false
			} else {
				tatweelEnd = tatweelEnd || r == 0x40
			}
			if change < 0 && w&wtChange != 0 {
				change = j - i
			}
			j += 2
			continue
		}
		r, size, cl := classAt(text, j)
		if cl == rcLetter {
			letters = true
			tatweelEnd = false
		} else if cl != rcMark {
			break
		}
		if change < 0 {
			if a, _ := otherAct(r); a != actKeep {
				change = j - i
			}
		}
		j += size
	}
	return j, letters, tatweelEnd, change
}

// scanNumber returns the end of the digit run starting at i, with inner
// separators followed by a digit.
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		_, size, cl := classAt(text, j)
		if cl == rcDigit {
			j += size
			continue
		}
		if j > i && isNumberSep(text, j, size) && j+size < len(text) {
			if _, _, c2 := classAt(text, j+size); c2 == rcDigit {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// isNumberSep reports whether the rune at text[j:j+size] can join digits.
func isNumberSep(text string, j, size int) bool {
	if size == 1 {
		c := text[j]
		return c == ',' || c == '.' || c == ':'
	}
	s := text[j : j+size]
	return s == "٫" || s == "٬"
}

// scanLatin returns the end of the Latin word starting at i.
func scanLatin(text string, i int) int {
	j := i
	for j < len(text) {
		r, size, cl := classAt(text, j)
		if cl == rcLatin || (cl == rcDigit && r < utf8.RuneSelf) {
			j += size
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && j+size < len(text) {
			if _, _, c2 := classAt(text, j+size); c2 == rcLatin || c2 == rcDigit {
				j += size
				continue
			}
		}
		break
	}
	return j
}

// letterAt reports whether the k-th letter (marks skipped) of the written
// word s is an alef with hamza or madda (أ إ آ), or a presentation form
// of one.
func letterAt(s string, k int) bool {
	for _, r := range s {
		if r >= 0x600 && r <= 0x6FF && blockClass[r-0x600] == rcMark {
			continue
		}
		if k == 0 {
			switch r {
			case 'أ', 'إ', 'آ', 0xFE83, 0xFE84, 0xFE87, 0xFE88, 0xFE81, 0xFE82:
				return true
			}
			return false
		}
		k--
	}
	return false
}
