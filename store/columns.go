package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// jsonList encodes a slice for a JSON column: NULL for nil, '[]' for an
// empty slice, so that a value reads back exactly as it was written.
func jsonList[T any](v []T) (any, error) {
	if v == nil {
		return nil, nil
	}
	if ss, ok := any(v).([]string); ok {
		if s, ok := plainList(ss); ok {
			return s, nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// plainList encodes a list of strings that json.Marshal would write
// without escapes (no quote, backslash, control character, '<', '>',
// '&', U+2028 or U+2029, and valid UTF-8) as json.Marshal writes it; ok
// is false when one string needs an escape.
func plainList(ss []string) (string, bool) {
	n := 2
	for _, s := range ss {
		for i := 0; i < len(s); i++ {
			switch b := s[i]; {
			case b < 0x20, b == '"', b == '\\', b == '<', b == '>', b == '&':
				return "", false
			}
		}
		if !utf8.ValidString(s) || strings.ContainsRune(s, '\u2028') || strings.ContainsRune(s, '\u2029') {
			return "", false
		}
		n += len(s) + 3
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		b.WriteString(s)
		b.WriteByte('"')
	}
	b.WriteByte(']')
	return b.String(), true
}

// jsonMap encodes a map for a JSON column: NULL for nil.
func jsonMap[K comparable, V any](m map[K]V) (any, error) {
	if m == nil {
		return nil, nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// decodeJSON decodes a JSON column into dst; NULL leaves dst untouched.
func decodeJSON(col string, s sql.NullString, dst any) error {
	if !s.Valid {
		return nil
	}
	if l, ok := dst.(*[]string); ok {
		if v, ok := plainStrings(s.String); ok {
			*l = v
			return nil
		}
	}
	if err := json.Unmarshal([]byte(s.String), dst); err != nil {
		return fmt.Errorf("column %s: %w", col, err)
	}
	return nil
}

// plainStrings decodes a compact JSON array of strings without escapes,
// as json.Marshal writes lists of ids ('["a","b"]'), to what json.Unmarshal
// gives for it (an empty, non-nil slice for '[]'), the strings sharing s's
// memory. ok is false for anything else (spaces, escapes, control
// characters, invalid UTF-8, null), which json.Unmarshal must read.
func plainStrings(s string) (v []string, ok bool) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, false
	}
	body := s[1 : len(s)-1]
	if body == "" {
		return []string{}, true
	}
	v = make([]string, 0, strings.Count(body, `","`)+1)
	for {
		if len(body) < 2 || body[0] != '"' {
			return nil, false
		}
		end := strings.IndexByte(body[1:], '"') + 1
		if end == 0 {
			return nil, false
		}
		str := body[1:end]
		for i := 0; i < len(str); i++ {
			if str[i] < 0x20 || str[i] == '\\' {
				return nil, false
			}
		}
		if !utf8.ValidString(str) {
			return nil, false
		}
		v = append(v, str)
		body = body[end+1:]
		if body == "" {
			return slices.Clip(v), true
		}
		if body[0] != ',' {
			return nil, false
		}
		body = body[1:]
	}
}

// orNull returns s, or NULL when s is empty.
func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// ptrOrNull returns *p, or NULL when p is nil.
func ptrOrNull[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// ptr returns a pointer to the value of s, or nil when s is NULL.
func ptr(s sql.NullString) *string {
	if !s.Valid {
		return nil
	}
	v := s.String
	return &v
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rowScanner is what *sql.Row and *sql.Rows have in common.
type rowScanner interface {
	Scan(dest ...any) error
}

// queryer is what *sql.DB and *sql.Tx have in common for reading.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}
