package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// jsonList encodes a slice for a JSON column: NULL for nil, '[]' for an
// empty slice, so that a value reads back exactly as it was written.
func jsonList[T any](v []T) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
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
	if err := json.Unmarshal([]byte(s.String), dst); err != nil {
		return fmt.Errorf("column %s: %w", col, err)
	}
	return nil
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
