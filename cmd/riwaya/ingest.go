package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
)

type ingestCmd struct{ env *env }

const ingestUsage = `Usage: riwaya ingest [flags] FILE|DIR|- ...

Stores articles, extracts their attributed claims and reconciles the events
they speak of. Inputs are plain UTF-8 text files (one article each, with an
optional sidecar FILE.json holding outlet, published, url, title),
directories (searched recursively for *.txt and *.jsonl), JSON Lines files
(one {"text": ..., "outlet": ..., "published": ...} per line) and "-" for
standard input. Flags override sidecars; sidecars override credit lines
read from the text ("المصدر: الميادين").

Prints one line per stored article: ARTICLE_ID<TAB>INPUT<TAB>N_CLAIMS.
Problems go to stderr, one line each, and never stop the other inputs.
Ingesting the same text again changes nothing. Exit status: 0 all stored,
1 some input was bad, 2 internal failure.`

const ingestExample = `  riwaya ingest --db war.db --outlet "SANA" --published 2023-03-24 article.txt
  riwaya ingest --db war.db ./articles/ dump.jsonl
  curl -s https://example.org/a.txt | riwaya ingest -
`

func (c *ingestCmd) Run(ctx context.Context, args []string) error {
	fs := c.env.newFlags("ingest", ingestUsage, ingestExample)
	dbPath := c.env.dbFlag(fs)
	var r ingest.Reader
	fs.StringVar(&r.Override.Outlet, "outlet", "", "outlet `NAME` for every input (overrides sidecars and credit lines)")
	fs.StringVar(&r.Override.Published, "published", "", "publication date `YYYY-MM-DD` for every input")
	fs.StringVar(&r.Override.URL, "url", "", "article `URL` for every input")
	fs.IntVar(&r.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest article accepted, in `BYTES`")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the ingest to `FILE` (for 'go tool pprof')")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return &usageError{"ingest: name at least one FILE, DIR or - (run 'riwaya ingest --help')"}
	}
	if r.Override.Published != "" {
		if _, err := ingest.ParseDate(r.Override.Published); err != nil {
			return &usageError{fmt.Sprintf("ingest: --published %q is not a date (want YYYY-MM-DD)", r.Override.Published)}
		}
	}
	r.Stdin = c.env.stdin
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return &inputError{fmt.Sprintf("ingest: --cpuprofile: %v", err)}
		}
		defer stop()
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
	p.Workers = *workers
	p.Notify = func(msg string) { fmt.Fprintln(c.env.stderr, "riwaya ingest:", msg) }

	var stored, bad, seen int
	prog := newProgress(c.env)
	err = p.Ingest(ctx, r.Items(ctx, fs.Args()), func(res pipeline.Result) {
		seen++
		for _, w := range res.Item.Warnings {
			prog.clear()
			fmt.Fprintln(c.env.stderr, w.String())
		}
		if res.Item.Err != nil {
			bad++
			prog.clear()
			fmt.Fprintln(c.env.stderr, res.Item.Err.Error())
		} else {
			stored++
			fmt.Fprintf(c.env.stdout, "%s\t%s\t%d\n", res.Item.Article.ID, res.Item.Input, res.Claims)
		}
		prog.update(seen)
	})
	prog.finish(seen)
	if err != nil {
		return err
	}
	if bad > 0 {
		return &inputError{fmt.Sprintf("ingest: %d of %d inputs could not be stored (see above)", bad, stored+bad)}
	}
	return nil
}

// progress prints a running count on stderr when it is a terminal and the
// ingest is long enough to need one.
type progress struct {
	env   *env
	start time.Time
	last  time.Time
	shown bool
}

// progressAfter is how many articles an ingest must pass before progress is
// shown.
const progressAfter = 50

func newProgress(e *env) *progress { return &progress{env: e, start: time.Now()} }

func (p *progress) update(n int) {
	if !p.env.stderrIsTerminal || n <= progressAfter || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(n) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.env.stderr, "\r%d articles read (%.0f/s)", n, rate)
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.env.stderr, "\r\033[K")
		p.shown = false
	}
}

func (p *progress) finish(n int) {
	if p.shown {
		p.clear()
		fmt.Fprintf(p.env.stderr, "%d articles read in %s\n", n, time.Since(p.start).Round(time.Millisecond))
	}
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that ends it.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
