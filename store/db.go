// Package store keeps riwaya's articles, claims and events in SQLite.
//
// It is the only package that knows about SQL. It reads and writes the
// types of packages claims and reconcile and decides nothing about them.
//
// # Connections
//
// A DB holds two connection pools on one database file: a writer limited to
// a single connection, whose transactions start with BEGIN IMMEDIATE (so
// writers queue on the file lock instead of failing halfway), and a pool of
// query-only readers. The file is in WAL mode, so readers never block the
// writer nor the writer the readers, and several processes may share one
// file: a writer waits up to ten seconds (busy timeout) for another to
// finish.
//
// # Crash safety
//
// Every method that writes more than one row does so in one transaction.
// The journal is a write-ahead log with synchronous=NORMAL: a transaction
// that has committed survives the crash of the process (SIGKILL included);
// after a power loss or an operating-system crash the last few transactions
// before it may be rolled back, but the file is never corrupted and always
// opens. Readers and writers recover the log on their own when they open.
//
// # Schema
//
// The schema lives in embedded, numbered migrations (migrations/0001_*.sql,
// ...) applied in order by Open; SCHEMA.md describes it table by table.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	// The SQLite driver, registered as "sqlite3". This package is the only
	// one that imports it.
	"github.com/mattn/go-sqlite3"
)

// busyTimeout is how long a connection waits for a lock held by another
// connection or process, in milliseconds.
const busyTimeout = 10000

// ErrNotFound is returned, wrapped, when an article or event does not exist.
var ErrNotFound = errors.New("not found")

// ErrNewerSchema is returned, wrapped in a *NewerSchemaError, when the
// database was written by a newer riwaya than this one.
var ErrNewerSchema = errors.New("database schema is newer than this build")

// NewerSchemaError reports a database whose schema version is higher than
// the newest migration this build knows. It wraps ErrNewerSchema.
type NewerSchemaError struct {
	Path    string // the database path as given to Open
	Version int    // the version recorded in the database
	Known   int    // the newest version this build knows
}

// Error implements error.
func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("%s was written by a newer riwaya (schema %d, this build knows %d); upgrade riwaya",
		e.Path, e.Version, e.Known)
}

// Unwrap returns ErrNewerSchema.
func (e *NewerSchemaError) Unwrap() error { return ErrNewerSchema }

// DB is a riwaya database. It is safe for concurrent use by many goroutines,
// and several DBs (in one process or many) may share one file.
type DB struct {
	path string
	rw   *sql.DB // the single writer connection
	ro   *sql.DB // query-only readers; the writer itself for ":memory:"

	// Now returns the current time; it stamps ingested_at and updated_at.
	// Tests may replace it before the first write.
	Now func() time.Time

	// Ancestors, when set, returns the places that contain a place (the
	// gazetteer's reconcile.PlaceTree.Ancestors). ReplaceEvents then adds
	// the ancestors of every place of an event to its blocking places, as
	// reconcile.Knowledge.BlockKey does for claims, so that CandidateEvents
	// finds an event at a village for a claim that names its province. Set
	// it once, before the first write; nil keeps the places as named.
	Ancestors func(place string) []string

	// applied is the number of migrations that Open applied.
	applied int

	// hookClaim, when set, runs inside SaveArticle's transaction after the
	// i-th claim has been written; an error aborts the transaction. Tests
	// use it to fail an article halfway.
	hookClaim func(i int) error
}

// Open opens the database at path, creating it if needed, and brings its
// schema up to date. The path ":memory:" opens a private in-memory database
// (for tests). A database written by a newer riwaya is refused with an error
// wrapping ErrNewerSchema.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	db := &DB{path: path, Now: time.Now}
	if err := db.open(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// open connects db to its file and migrates it.
func (db *DB) open(ctx context.Context) error {
	path := db.path
	memory := path == ":memory:"
	writer, reader := dsns(path)

	var err error
	if db.rw, err = sql.Open("sqlite3", writer); err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	// One connection: SQLite has a single writer anyway, and an in-memory
	// database lives exactly as long as its connection.
	db.rw.SetMaxOpenConns(1)
	db.rw.SetMaxIdleConns(1)
	db.rw.SetConnMaxLifetime(0)
	db.rw.SetConnMaxIdleTime(0)
	if err := pingRetry(ctx, db.rw); err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	if !memory {
		var mode string
		if err := db.rw.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			return fmt.Errorf("open database %s: journal mode: %w", path, err)
		}
		if !strings.EqualFold(mode, "wal") {
			return fmt.Errorf("open database %s: journal mode is %q, want wal", path, mode)
		}
	}

	if err := db.migrate(ctx); err != nil {
		return err
	}

	if memory {
		db.ro = db.rw
		return nil
	}
	if db.ro, err = sql.Open("sqlite3", reader); err != nil {
		return fmt.Errorf("open database %s: readers: %w", path, err)
	}
	db.ro.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	db.ro.SetMaxIdleConns(max(4, runtime.GOMAXPROCS(0)))
	if err := pingRetry(ctx, db.ro); err != nil {
		return fmt.Errorf("open database %s: readers: %w", path, err)
	}
	return nil
}

// pingRetry connects to d, retrying while the database is locked: a
// connection switching a new file to WAL mode needs a lock that SQLite's
// busy handler does not wait for, so processes opening one new file at once
// would otherwise fail. It gives up after the busy timeout.
func pingRetry(ctx context.Context, d *sql.DB) error {
	deadline := time.Now().Add(busyTimeout * time.Millisecond)
	for delay := time.Millisecond; ; delay = min(2*delay, 100*time.Millisecond) {
		err := d.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// isBusy reports whether err is SQLite's "database is locked" or "database
// table is locked".
func isBusy(err error) bool {
	var e sqlite3.Error
	return errors.As(err, &e) && (e.Code == sqlite3.ErrBusy || e.Code == sqlite3.ErrLocked)
}

// dsns returns the data source names of the writer and of the readers.
func dsns(path string) (writer, reader string) {
	if path == ":memory:" {
		return ":memory:?_foreign_keys=on&_txlock=immediate", ""
	}
	// SQLite reads a "file:" URI; escape what would end the path early.
	// The driver cuts its own parameters at the first '?', so escaping it
	// matters twice.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	timeout := fmt.Sprintf("_busy_timeout=%d", busyTimeout)
	writer = "file:" + esc + "?_journal_mode=WAL&" + timeout +
		"&_foreign_keys=on&_txlock=immediate&_synchronous=NORMAL&_stmt_cache_size=64"
	reader = "file:" + esc + "?" + timeout + "&_query_only=on&_txlock=deferred&_stmt_cache_size=64"
	return writer, reader
}

// Path returns the path the database was opened with.
func (db *DB) Path() string { return db.path }

// Close closes the database. Closing the last connection to a file
// checkpoints its write-ahead log into the main file.
func (db *DB) Close() error {
	var errs []error
	if db.ro != nil && db.ro != db.rw {
		if err := db.ro.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if db.rw != nil {
		if err := db.rw.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close database %s: %w", db.path, err)
	}
	return nil
}

// now returns the current time as stored: RFC 3339 in UTC.
func (db *DB) now() string {
	return db.Now().UTC().Format(time.RFC3339Nano)
}

// update runs fn in a write transaction (BEGIN IMMEDIATE) and commits it,
// or rolls it back if fn fails. fn gets a statement context (see
// stmtContext): cancelling ctx rolls the transaction back and fails the
// statements that follow, but does not interrupt one that runs.
func (db *DB) update(ctx context.Context, fn func(ctx context.Context, tx *sql.Tx) error) error {
	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(stmtContext{ctx}, tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// view runs fn in a read transaction, so that every query of fn sees the
// same snapshot of the database. fn gets a statement context (see
// stmtContext).
func (db *DB) view(ctx context.Context, fn func(ctx context.Context, tx *sql.Tx) error) error {
	tx, err := db.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	return fn(stmtContext{ctx}, tx)
}

// stmtContext is the context of the statements of a transaction: its
// values, deadline and error are its parent's, but it has no Done channel.
// The driver runs a statement whose context can be cancelled in a
// goroutine of its own, to interrupt it on cancellation; that cost a
// goroutine and two channel operations per statement, hundreds of
// thousands per batch of articles. The transaction itself still watches
// the parent: cancelling it rolls the transaction back, and the statements
// that follow fail. Loops over many rows also check Err.
type stmtContext struct{ context.Context }

// Done returns nil: the statement is not interrupted.
func (stmtContext) Done() <-chan struct{} { return nil }

// stmtSpec is a statement to prepare and where to keep it.
type stmtSpec struct {
	dst **sql.Stmt
	sql string
}

// stmtSet holds the statements a writer prepared in one transaction.
type stmtSet []*sql.Stmt

// prepareStmts prepares every spec in tx; if one fails it closes those it
// prepared and returns the error.
func prepareStmts(ctx context.Context, tx *sql.Tx, specs []stmtSpec) (stmtSet, error) {
	var set stmtSet
	for _, s := range specs {
		stmt, err := tx.PrepareContext(ctx, s.sql)
		if err != nil {
			set.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*s.dst = stmt
		set = append(set, stmt)
	}
	return set, nil
}

// close closes the statements of the set.
func (set stmtSet) close() {
	for _, s := range set {
		s.Close()
	}
}
