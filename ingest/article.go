package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/riwaya/riwaya/claims"
)

// article checks one input's bytes and builds the article with its merged
// metadata: flags over sidecar or record over what the text says.
func (r *Reader) article(input string, data []byte, md Metadata, warnings []Warning) Item {
	text, fromHTML, err := checkText(input, data)
	if err != nil {
		return Item{Input: input, Err: err}
	}
	fromText := Metadata{Outlet: CreditLine(text)}
	if fromText.Outlet == "" {
		fromText.Outlet = Dateline(text)
	}
	over := r.Override
	if over.Published != "" {
		d, err := ParseDate(over.Published)
		if err != nil {
			return Item{Input: input, Err: &InputError{Input: input, Msg: fmt.Sprintf("--published %q is not a date", over.Published), Hint: "want YYYY-MM-DD"}}
		}
		over.Published = d
	}
	m := over.merge(md).merge(fromText)
	a := claims.Article{
		ID:        ArticleID(text),
		Text:      text,
		Outlet:    m.Outlet,
		Published: m.Published,
		URL:       m.URL,
		Title:     m.Title,
	}
	if fromHTML {
		warnings = append(warnings, Warning{Input: input, Msg: "HTML page: stored its text without markup"})
	}
	return Item{Input: input, Article: a, Warnings: warnings, FromHTML: fromHTML}
}

// checkText refuses what is not an article's text and extracts the text of
// an HTML page. Plain text is kept byte for byte, a leading byte-order mark
// included, so that claim offsets index the file as it was given (the
// Arabic layer reads U+FEFF as an invisible format character).
func checkText(input string, data []byte) (string, bool, *InputError) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", false, &InputError{Input: input, Msg: fmt.Sprintf("binary data (NUL byte at offset %d)", i), Hint: "expected UTF-8 text"}
	}
	if !utf8.Valid(data) {
		off, line := firstInvalid(data)
		return "", false, &InputError{Input: input, Msg: fmt.Sprintf("not valid UTF-8 (line %d, byte offset %d)", line, off), Hint: "convert it with iconv -t UTF-8"}
	}
	if controlHeavy(data) {
		return "", false, &InputError{Input: input, Msg: "binary data (control characters)", Hint: "expected UTF-8 text"}
	}
	text := string(data)
	fromHTML := false
	if LooksLikeHTML(text) {
		text = HTMLText(text)
		fromHTML = true
	}
	if strings.TrimSpace(strings.TrimPrefix(text, "\ufeff")) == "" {
		if fromHTML {
			return "", false, inputErrorf(input, "HTML page with no article text")
		}
		return "", false, inputErrorf(input, "empty article")
	}
	return text, fromHTML, nil
}

// firstInvalid returns the byte offset and 1-based line of the first
// invalid UTF-8 sequence in data.
func firstInvalid(data []byte) (offset, line int) {
	line = 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i, line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return len(data), line
}

// controlHeavy reports whether more than 1% of the runes are C0 controls
// other than tab, newline, carriage return and form feed: a binary file that
// happens to be valid UTF-8.
func controlHeavy(data []byte) bool {
	n, bad := 0, 0
	for _, r := range string(data) {
		n++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			bad++
		}
	}
	return bad > 0 && bad*100 > n
}

// ArticleID derives an article's id from its normalised content: the text,
// without a leading byte-order mark, in Unicode NFC with runs of white space folded to one space and the ends
// trimmed, hashed with SHA-256. The same article saved with other line
// endings or spacing gets the same id. The id is 16 lowercase hex digits.
func ArticleID(text string) string {
	h := sha256.New()
	space := false
	var buf [utf8.UTFMax]byte
	started := false
	for _, r := range norm.NFC.String(strings.TrimPrefix(text, "\ufeff")) {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			h.Write([]byte{' '})
			space = false
		}
		started = true
		n := utf8.EncodeRune(buf[:], r)
		h.Write(buf[:n])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ParseDate accepts a publication date as YYYY-MM-DD, an RFC 3339 time
// stamp, or "YYYY-MM-DD HH:MM[:SS]", and returns it as YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, time.RFC3339, time.RFC3339Nano, time.DateTime, "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
}
