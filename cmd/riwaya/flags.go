package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"
)

// newFlags makes a flag set whose --help prints usage, flags and example to
// stdout, and whose errors become usage errors.
func (e *env) newFlags(name, usage, example string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "%s\n\nFlags:\n%s\nExample:\n%s", strings.TrimSpace(usage), fs.FlagUsages(), example)
	}
	return fs
}

// parse parses args; --help gives errHelp, a bad flag a usage error.
func parse(fs *pflag.FlagSet, args []string) error {
	fs.SetOutput(discard{})
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fs.Usage()
		return errHelp
	}
	if err != nil {
		return &usageError{fmt.Sprintf("%s: %v (run 'riwaya %s --help')", fs.Name(), err, fs.Name())}
	}
	return nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// dbFlag adds --db with its default: $RIWAYA_DB, else riwaya.db.
func (e *env) dbFlag(fs *pflag.FlagSet) *string {
	def := e.getenv("RIWAYA_DB")
	if def == "" {
		def = "riwaya.db"
	}
	return fs.String("db", def, "SQLite database `PATH` ($RIWAYA_DB overrides the default)")
}

// oneOf checks a --format value.
func oneOf(flag, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return &usageError{fmt.Sprintf("--%s %q: want one of %s", flag, value, strings.Join(allowed, ", "))}
}
