package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestMain lets the test binary act as the riwaya command when
// RIWAYA_TEST_MAIN is set, so that tests can run it as a separate process
// (and kill it).
func TestMain(m *testing.M) {
	if os.Getenv("RIWAYA_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// result is what one run of the command printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	err := e.run(context.Background(), args)
	code := exitCode(err, &errb)
	return result{out.String(), errb.String(), code}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("missing golden file (run go test -update): %v", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func TestHelpGolden(t *testing.T) {
	for _, cmd := range []string{"ingest", "claims", "report", "notes", "reconcile", "demo", "version"} {
		t.Run(cmd, func(t *testing.T) {
			r := runCmd(t, "", cmd, "--help")
			if r.code != 0 {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, "Example:") {
				t.Errorf("help has no example:\n%s", r.stdout)
			}
			golden(t, "help_"+cmd, r.stdout)
		})
	}
	r := runCmd(t, "", "help")
	if r.code != 0 {
		t.Fatalf("help: exit %d", r.code)
	}
	golden(t, "help", r.stdout)
}

func TestUsageErrorsGolden(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	tests := []struct {
		name string
		args []string
	}{
		{"no_command", nil},
		{"unknown_command", []string{"frobnicate"}},
		{"bad_flag", []string{"claims", "--db", db, "--colour"}},
		{"bad_format", []string{"report", "--db", db, "--format", "pdf"}},
		{"ingest_no_args", []string{"ingest", "--db", db}},
		{"ingest_bad_published", []string{"ingest", "--db", db, "--published", "yesterday", "x.txt"}},
		{"reconcile_without_all", []string{"reconcile", "--db", db}},
		{"report_bad_since", []string{"report", "--db", db, "--since", "2020-13-45"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, "", tt.args...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1", r.code)
			}
			lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "riwaya: ") {
				t.Errorf("last stderr line %q does not start with riwaya:", last)
			}
			golden(t, "err_"+tt.name, strings.ReplaceAll(r.stderr, dir, "$TMP"))
		})
	}
}
