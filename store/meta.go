package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Meta returns the value of a fact about the store (see migration 4), ""
// when it has none.
func (db *DB) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := db.ro.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("meta %s: %w", key, err)
	}
	return v, nil
}

// SetMeta records a fact about the store.
func (db *DB) SetMeta(ctx context.Context, key, value string) error {
	err := db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
	if err != nil {
		return fmt.Errorf("set meta %s: %w", key, err)
	}
	return nil
}
