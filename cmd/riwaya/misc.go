package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/riwaya/riwaya"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile/report"
	"github.com/riwaya/riwaya/store"
)

func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

type reconcileCmd struct{ env *env }

const reconcileUsage = `Usage: riwaya reconcile --all [flags]

Rebuilds every event from the stored claims. Ingest already reconciles the
events each new article touches; use this after upgrading riwaya, or to
check that incremental reconciliation and a full rebuild agree (they must).`

const reconcileExample = `  riwaya reconcile --db war.db --all
`

func (c *reconcileCmd) Run(ctx context.Context, args []string) error {
	fs := c.env.newFlags("reconcile", reconcileUsage, reconcileExample)
	dbPath := c.env.dbFlag(fs)
	all := fs.Bool("all", false, "rebuild every event from scratch")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !*all {
		return &usageError{"reconcile: say --all to rebuild every event (ingest reconciles incrementally)"}
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := pipeline.New(db)
	if err != nil {
		return err
	}
	if err := p.ReconcileAll(ctx); err != nil {
		return err
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stderr, "reconciled %d claims of %d articles into %d events with %d discrepancies\n", st.Claims, st.Articles, st.Events, st.Discrepancies)
	return nil
}

type demoCmd struct{ env *env }

const demoUsage = `Usage: riwaya demo [flags]

Ingests the five bundled example articles (Arabic reports of US, Israeli
and coalition strikes in Syria, 2018–2023) into a temporary database, or
into --db if given, and prints their discrepancy report.`

const demoExample = `  riwaya demo
  riwaya demo --format html > demo.html
  riwaya demo --db demo.db && riwaya claims --db demo.db --format text
`

func (c *demoCmd) Run(ctx context.Context, args []string) error {
	fset := c.env.newFlags("demo", demoUsage, demoExample)
	dbPath := fset.String("db", "", "keep the demo database at `PATH` (default: a temporary file)")
	format := fset.String("format", "markdown", "report `FORMAT`: json, markdown or html")
	if err := parse(fset, args); err != nil {
		return err
	}
	if err := oneOf("format", *format, "json", "markdown", "html"); err != nil {
		return err
	}
	path := *dbPath
	if path == "" {
		dir, err := os.MkdirTemp("", "riwaya-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	dir, err := os.MkdirTemp("", "riwaya-seeds-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	if err := os.CopyFS(dir, riwaya.Examples); err != nil {
		return fmt.Errorf("demo: unpack examples: %w", err)
	}
	seeds := filepath.Join(dir, "testdata", "seeds")
	db, err := openDB(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := pipeline.New(db)
	if err != nil {
		return err
	}
	var r ingest.Reader
	n := 0
	err = p.Ingest(ctx, r.Items(ctx, []string{seeds}), func(res pipeline.Result) {
		if res.Item.Err != nil {
			fmt.Fprintln(c.env.stderr, res.Item.Err.Error())
			return
		}
		n++
	})
	if err != nil {
		return err
	}
	in, err := loadReport(ctx, db, store.EventFilter{}, "")
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stderr, "riwaya demo: %d example articles ingested into %s\n", n, path)
	return writeReport(c.env.stdout, *format, in, report.Options{})
}

type versionCmd struct{ env *env }

func (c *versionCmd) Run(ctx context.Context, args []string) error {
	fset := c.env.newFlags("version", "Usage: riwaya version\n\nPrints riwaya's version and the schema version of its store.", "  riwaya version\n")
	if err := parse(fset, args); err != nil {
		return err
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	fmt.Fprintf(c.env.stdout, "riwaya %s (store schema %d)\n", v, store.SchemaVersion)
	return nil
}
