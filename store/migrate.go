package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// SchemaVersion is the schema version this build writes: the number of
// the newest migration in migrations/. A test checks that they agree.
const SchemaVersion = 5

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema change.
type migration struct {
	version int
	name    string // file name, for messages
	sql     string
}

// migrations returns the embedded migrations in order. Their numbers must
// run 1, 2, 3, ... without a gap.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name does not start with a number and '_'", base)
		}
		text, err := migrationFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("migration %s: %w", base, err)
		}
		ms = append(ms, migration{version: v, name: base, sql: string(text)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: version %d, want %d", m.name, m.version, i+1)
		}
	}
	return ms, nil
}

// schemaMigrations is the table that records the applied migrations.
const schemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
    -- One row per schema migration applied to this file (store/migrations/NNNN_*.sql).
    version    INTEGER PRIMARY KEY, -- the migration's number
    applied_at TEXT NOT NULL        -- when it was applied, RFC 3339 UTC
)`

// errUpToDate stops the migration loop.
var errUpToDate = errors.New("schema up to date")

// migrate applies the migrations the database lacks, each in its own
// transaction. Each transaction holds the write lock while it reads the
// recorded version, so processes opening one new file at once apply every
// migration exactly once.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return fmt.Errorf("migrate %s: %w", db.path, err)
	}
	known := len(ms)
	if known != SchemaVersion {
		return fmt.Errorf("migrate %s: this build has %d migrations but SchemaVersion is %d", db.path, known, SchemaVersion)
	}
	for {
		err := db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, schemaMigrations); err != nil {
				return fmt.Errorf("create schema_migrations: %w", err)
			}
			var version int
			if err := tx.QueryRowContext(ctx,
				`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
				return fmt.Errorf("read schema version: %w", err)
			}
			switch {
			case version > known:
				return &NewerSchemaError{Path: db.path, Version: version, Known: known}
			case version == known:
				return errUpToDate
			}
			m := ms[version]
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("apply %s: %w", m.name, err)
			}
			if _, err := tx.ExecContext(ctx,
				`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
				m.version, db.now()); err != nil {
				return fmt.Errorf("record %s: %w", m.name, err)
			}
			return nil
		})
		switch {
		case errors.Is(err, errUpToDate):
			return nil
		case errors.Is(err, ErrNewerSchema):
			return err
		case err != nil:
			return fmt.Errorf("migrate %s: %w", db.path, err)
		}
		db.applied++
	}
}

// Version returns the schema version recorded in the database: the
// newest migration applied to it.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	if err := db.ro.QueryRowContext(ctx,
		`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}
