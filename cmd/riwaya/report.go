package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile/report"
	"github.com/riwaya/riwaya/store"
)

type reportCmd struct{ env *env }

const reportUsage = `Usage: riwaya report [flags]

Prints the events reconstructed from every stored article, most disputed
first: for each, its type, date and places, the sources that speak of it,
low/best/high casualty estimates, a grade (confirmed, fair, weak,
contested) and every discrepancy between sources with the Arabic sentence
behind it. With --event, one event side by side: a source × field matrix.`

const reportExample = `  riwaya report --db war.db --format markdown
  riwaya report --db war.db --format html --since 2023-03-01 > report.html
  riwaya report --db war.db --event ev_3f2a9c1d07b4e655 --format markdown
`

func (c *reportCmd) Run(ctx context.Context, args []string) error {
	fs := c.env.newFlags("report", reportUsage, reportExample)
	dbPath := c.env.dbFlag(fs)
	format := fs.String("format", "markdown", "output `FORMAT`: json, markdown or html")
	var f store.EventFilter
	var event string
	fs.StringVar(&event, "event", "", "only event `ID`, side by side")
	fs.StringVar(&f.Since, "since", "", "only events on or after `YYYY-MM-DD`")
	fs.StringVar(&f.Until, "until", "", "only events on or before `YYYY-MM-DD`")
	fs.StringVar(&f.Place, "place", "", "only events at place `ID` or within it (e.g. deir_ez_zor)")
	fs.StringVar(&f.Source, "source", "", "only events source `ID` speaks of (e.g. sohr)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := oneOf("format", *format, "json", "markdown", "html"); err != nil {
		return err
	}
	if err := checkDates(f.Since, f.Until); err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	warnStaleEvents(ctx, c.env.stderr, "report", db)
	in, err := loadReport(ctx, db, f, event)
	if err != nil {
		return err
	}
	opts := report.Options{Event: event}
	return writeReport(c.env.stdout, *format, in, opts)
}

func writeReport(w io.Writer, format string, in report.Input, opts report.Options) error {
	switch format {
	case "json":
		return report.JSON(w, in)
	case "html":
		return report.HTML(w, in, opts)
	default:
		return report.Markdown(w, in, opts)
	}
}

func checkDates(dates ...string) error {
	for _, d := range dates {
		if d == "" {
			continue
		}
		if _, err := parseDay(d); err != nil {
			return &usageError{fmt.Sprintf("%q is not a date (want YYYY-MM-DD)", d)}
		}
	}
	return nil
}

// loadReport reads what a report shows; an unknown event is a usage error.
func loadReport(ctx context.Context, db *store.DB, f store.EventFilter, event string) (report.Input, error) {
	in, err := pipeline.LoadReport(ctx, db, f, event)
	if errors.Is(err, pipeline.ErrNoEvent) {
		return report.Input{}, &usageError{err.Error()}
	}
	return in, err
}

type notesCmd struct{ env *env }

const notesUsage = `Usage: riwaya notes [flags]

Prints fact-check notes for every disputed claim: the claim, who made it and
where it first appeared, the sources that support and contradict it with
the sentences behind them, a status (contested, single source, consistent)
and how it was derived. --format claimreview emits schema.org ClaimReview
JSON-LD for a fact-check feed.`

const notesExample = `  riwaya notes --db war.db --format markdown > notes.md
  riwaya notes --db war.db --event ev_3f2a9c1d07b4e655 --format claimreview
`

func (c *notesCmd) Run(ctx context.Context, args []string) error {
	fs := c.env.newFlags("notes", notesUsage, notesExample)
	dbPath := c.env.dbFlag(fs)
	format := fs.String("format", "markdown", "output `FORMAT`: markdown or claimreview")
	event := fs.String("event", "", "only event `ID`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := oneOf("format", *format, "markdown", "claimreview"); err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	warnStaleEvents(ctx, c.env.stderr, "notes", db)
	in, err := loadReport(ctx, db, store.EventFilter{}, *event)
	if err != nil {
		return err
	}
	opts := report.Options{Event: *event}
	if *format == "claimreview" {
		return report.ClaimReview(c.env.stdout, in, opts)
	}
	return report.Notes(c.env.stdout, in, opts)
}
