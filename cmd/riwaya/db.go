package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/riwaya/riwaya/store"
)

// openDB opens the store; a database from a newer riwaya is a usage error.
func openDB(ctx context.Context, path string) (*store.DB, error) {
	db, err := store.Open(ctx, path)
	if errors.Is(err, store.ErrNewerSchema) {
		return nil, &usageError{err.Error()}
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}
