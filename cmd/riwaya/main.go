// Command riwaya reads Arabic news about the war in Syria, splits every
// article into claims attributed to the source that makes them, groups the
// claims of different articles into events and reports where the sources
// disagree.
//
// Run `riwaya help` for the commands; `riwaya demo` shows it at work on the
// bundled example articles.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// env is what a command gets from the outside world; tests fill it with
// buffers.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// stderrIsTerminal enables progress output.
	stderrIsTerminal bool
}

// command is one subcommand of riwaya.
type command interface {
	Run(ctx context.Context, args []string) error
}

// usageError is a mistake in the command line: exit status 1.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// inputError means some inputs were bad but the command did what it could:
// exit status 1. Its message has already been printed per input.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// errHelp stops a command after it printed its help: exit status 0.
var errHelp = errors.New("help shown")

func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	var ie *inputError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "riwaya: %s\n", ue.msg)
		return 1
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "riwaya: %s\n", ie.msg)
		return 1
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "riwaya: interrupted")
		return 2
	default:
		fmt.Fprintf(stderr, "riwaya: %v\n", err)
		return 2
	}
}

const mainUsage = `riwaya reads Arabic news about the war in Syria and shows who claims what.

Usage:
  riwaya <command> [flags] [arguments]

Commands:
  ingest     store articles, extract their attributed claims, reconcile events
  claims     print the attributed claims in the store
  report     print events and where their sources disagree
  notes      print fact-check notes (Markdown or ClaimReview JSON-LD)
  reconcile  rebuild every event from the stored claims
  demo       ingest the bundled example articles and print their report
  version    print the version

Every command takes --db PATH (default: $RIWAYA_DB, else riwaya.db).
Run 'riwaya <command> --help' for a command's flags and an example.

Example:
  riwaya ingest --outlet SANA article.txt && riwaya report --format markdown
`

// run is the whole program: it parses args, runs one command and returns
// its error. It never calls os.Exit, so tests can call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			e.stderrIsTerminal = true
		}
	}
	return e.run(ctx, args)
}

func (e *env) run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, mainUsage)
		return &usageError{"no command given"}
	}
	var cmd command
	switch args[0] {
	case "ingest":
		cmd = &ingestCmd{env: e}
	case "claims":
		cmd = &claimsCmd{env: e}
	case "report":
		cmd = &reportCmd{env: e}
	case "notes":
		cmd = &notesCmd{env: e}
	case "reconcile":
		cmd = &reconcileCmd{env: e}
	case "demo":
		cmd = &demoCmd{env: e}
	case "version", "--version":
		cmd = &versionCmd{env: e}
	case "help", "-h", "--help":
		if len(args) > 1 {
			return e.run(ctx, []string{args[1], "--help"})
		}
		fmt.Fprint(e.stdout, mainUsage)
		return nil
	default:
		return &usageError{fmt.Sprintf("unknown command %q (run 'riwaya help')", args[0])}
	}
	return cmd.Run(ctx, args[1:])
}
