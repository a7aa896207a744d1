// Command riwaya-gen writes a synthetic corpus of Arabic news articles about
// the war in Syria as JSON Lines, for `riwaya ingest` to read: benchmarks,
// load tests and demonstrations at scale.
//
//	riwaya-gen --articles 10000 --seed 1 > corpus.jsonl
//	riwaya ingest --db big.db corpus.jsonl
//
// The same flags always give the same bytes. The first N articles of a
// seed are the same whatever --articles says, so a small corpus is a prefix
// of a larger one. Each incident is reported by two to six outlets that
// quote different sources and disagree on figures, perpetrators and
// targets. See package gen for what is generated.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/riwaya/riwaya/gen"
	"github.com/spf13/pflag"
)

const usage = `Usage: riwaya-gen [--articles N] [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]

Writes N synthetic Arabic news articles as JSON Lines on standard output
(or FILE), one {"text","outlet","published","url","title"} object a line.
The same flags give the same bytes.`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("riwaya-gen", pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(io.Discard)
	n := fs.Int("articles", 1000, "number of articles `N`")
	seed := fs.Uint64("seed", 1, "seed `S`: the same seed gives the same corpus")
	from := fs.String("from", gen.DefaultFrom.Format(time.DateOnly), "first event date `YYYY-MM-DD`")
	to := fs.String("to", gen.DefaultTo.Format(time.DateOnly), "last event date `YYYY-MM-DD`")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprintf(stdout, "%s\n\nFlags:\n%s", usage, fs.FlagUsages())
			return 0
		}
		fmt.Fprintf(stderr, "riwaya-gen: %v (run 'riwaya-gen --help')\n", err)
		return 1
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "riwaya-gen: unexpected argument %q (run 'riwaya-gen --help')\n", fs.Arg(0))
		return 1
	}
	if *n < 0 {
		fmt.Fprintf(stderr, "riwaya-gen: --articles %d is negative\n", *n)
		return 1
	}
	cfg := gen.Config{Seed: *seed}
	for _, d := range []struct {
		flag, val string
		dst       *time.Time
	}{{"from", *from, &cfg.From}, {"to", *to, &cfg.To}} {
		t, err := time.Parse(time.DateOnly, d.val)
		if err != nil {
			fmt.Fprintf(stderr, "riwaya-gen: --%s %q is not a date (want YYYY-MM-DD)\n", d.flag, d.val)
			return 1
		}
		*d.dst = t
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "riwaya-gen: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := gen.WriteJSONL(w, cfg, *n); err != nil {
		fmt.Fprintf(stderr, "riwaya-gen: %v\n", err)
		return 2
	}
	return 0
}
