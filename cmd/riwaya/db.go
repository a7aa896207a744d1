package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/riwaya/riwaya/reconcile"
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

// warnStaleEvents tells the user, on w, when the store's events were built
// by other reconciliation rules than this build's: what a report shows is
// then what the older rules grouped, until `riwaya reconcile --all` (or
// the next ingest) rebuilds them.
func warnStaleEvents(ctx context.Context, w io.Writer, cmd string, db *store.DB) {
	v, err := db.Meta(ctx, "reconcile_rules")
	if err != nil || v == reconcile.RulesVersion {
		return
	}
	st, err := db.Stats(ctx)
	if err != nil || st.Events == 0 {
		return
	}
	fmt.Fprintf(w, "riwaya %s: the events were built by other reconciliation rules; run `riwaya reconcile --all --db %s` to rebuild them\n", cmd, db.Path())
}
