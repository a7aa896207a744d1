package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// checkWhole checks that the database at path is sound and that every
// article in it holds exactly the claims and figures testArticle gave it,
// and returns the ids of the articles stored.
func checkWhole(t *testing.T, path string) map[string]bool {
	t.Helper()
	ctx := context.Background()
	db := MustOpenDBAt(t, path)
	var result string
	if err := db.rw.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&result); err != nil {
		t.Fatal(err)
	}
	if result != "ok" {
		t.Fatalf("integrity_check: %s", result)
	}
	rows, err := db.rw.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check reports violations")
	}
	rows.Close()

	rows, err = db.ro.QueryContext(ctx, `
		SELECT a.id,
			(SELECT COUNT(*) FROM claims c WHERE c.article = a.id),
			(SELECT COUNT(*) FROM figures f JOIN claims c ON c.id = f.claim WHERE c.article = a.id)
		FROM articles a`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	stored := map[string]bool{}
	for rows.Next() {
		var id string
		var nc, nf int
		if err := rows.Scan(&id, &nc, &nf); err != nil {
			t.Fatal(err)
		}
		i, err := strconv.Atoi(id[strings.LastIndexByte(id, '-')+1:])
		if err != nil {
			t.Fatalf("article id %q: %v", id, err)
		}
		wc, wf := wantCounts(i)
		if nc != wc || nf != wf {
			t.Errorf("article %s: %d claims and %d figures, want %d and %d", id, nc, nf, wc, wf)
		}
		stored[id] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return stored
}

func TestConcurrentHandles(t *testing.T) {
	// Two DBs on one file, as two processes would have, each saving 200
	// articles at once.
	const n = 200
	path := filepath.Join(t.TempDir(), "riwaya.db")
	dbs := []*DB{MustOpenDBAt(t, path), MustOpenDBAt(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, len(dbs))
	for w, db := range dbs {
		wg.Go(func() {
			for i := range n {
				a, cs := testArticle(fmt.Sprintf("h%d", w), i)
				if _, err := db.SaveArticle(context.Background(), a, cs); err != nil {
					errs <- err
					return
				}
				// Both also read while the other writes.
				if _, err := db.ClaimsOf(context.Background(), ClaimFilter{Article: a.ID}); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	stored := checkWhole(t, path)
	if len(stored) != 2*n {
		t.Errorf("%d articles stored, want %d", len(stored), 2*n)
	}
}

func TestConcurrentGoroutines(t *testing.T) {
	// One DB shared by goroutines that save the same articles at once:
	// every article is created exactly once.
	ctx := context.Background()
	db := MustOpenDB(t)
	const workers, n = 8, 50
	created := make([]int, n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range n {
				a, cs := testArticle("g", i)
				ok, err := db.SaveArticle(ctx, a, cs)
				if err != nil {
					t.Error(err)
					return
				}
				if ok {
					mu.Lock()
					created[i]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	for i, c := range created {
		if c != 1 {
			t.Errorf("article %d created %d times", i, c)
		}
	}
	if s, err := db.Stats(ctx); err != nil || s.Articles != n {
		t.Errorf("Stats = %+v, %v", s, err)
	}
}

// Environment of TestHelperProcess.
const (
	envHelper = "RIWAYA_STORE_HELPER" // "writer" to run the writer loop
	envPath   = "RIWAYA_STORE_DB"     // database path
	envPrefix = "RIWAYA_STORE_PREFIX" // article id prefix
	envCount  = "RIWAYA_STORE_COUNT"  // how many articles to save
	envSlow   = "RIWAYA_STORE_SLOW"   // non-empty: linger inside each transaction
)

// TestHelperProcess is not a test: other tests run the test binary again
// with it selected to get a writer in another process. It saves articles
// testArticle(prefix, 0..count-1) and prints "saved ID" after each commit.
// A slow writer sleeps after each claim, inside the transaction, so that a
// kill most likely lands in the middle of an article.
func TestHelperProcess(t *testing.T) {
	if os.Getenv(envHelper) != "writer" {
		return
	}
	ctx := context.Background()
	count, err := strconv.Atoi(os.Getenv(envCount))
	if err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(3)
	}
	db, err := Open(ctx, os.Getenv(envPath))
	if err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(3)
	}
	if os.Getenv(envSlow) != "" {
		db.hookClaim = func(int) error {
			time.Sleep(200 * time.Microsecond)
			return nil
		}
	}
	out := bufio.NewWriter(os.Stdout)
	for i := range count {
		a, cs := testArticle(os.Getenv(envPrefix), i)
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			fmt.Fprintln(os.Stderr, "helper:", err)
			os.Exit(3)
		}
		fmt.Fprintf(out, "saved %s\n", a.ID)
		out.Flush()
	}
	if err := db.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// helperWriter returns the command of a writer process.
func helperWriter(t *testing.T, path, prefix string, count int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(),
		envHelper+"=writer", envPath+"="+path, envPrefix+"="+prefix, envCount+"="+strconv.Itoa(count))
	cmd.Stderr = os.Stderr
	return cmd
}

func TestProcess_KilledMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	path := filepath.Join(t.TempDir(), "riwaya.db")
	saved := map[string]bool{}
	for round := range 4 {
		cmd := helperWriter(t, path, fmt.Sprintf("k%d", round), 1_000_000)
		if round%2 == 0 {
			cmd.Env = append(cmd.Env, envSlow+"=1")
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it somewhere in the middle of its work, most likely inside a
		// transaction: after a random number of commits and a random pause.
		killAfter := 20 + rand.IntN(60)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), "saved "); ok {
				saved[id] = true
				killAfter--
			}
			if killAfter == 0 {
				time.Sleep(time.Duration(rand.IntN(2000)) * time.Microsecond)
				if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
					t.Fatal(err)
				}
				break
			}
		}
		// Drain what the writer printed before it died.
		for sc.Scan() {
			if id, ok := strings.CutPrefix(sc.Text(), "saved "); ok {
				saved[id] = true
			}
		}
		err = cmd.Wait()
		if err == nil {
			t.Fatalf("round %d: writer finished before it was killed", round)
		}
		if killAfter != 0 {
			t.Fatalf("round %d: writer stopped early: %v", round, err)
		}
	}

	stored := checkWhole(t, path)
	for id := range saved {
		if !stored[id] {
			t.Errorf("article %s was committed but is not stored", id)
		}
	}
	// At most one article per round committed without being reported.
	if extra := len(stored) - len(saved); extra < 0 || extra > 4 {
		t.Errorf("%d articles stored, %d reported saved", len(stored), len(saved))
	}
	t.Logf("%d articles saved over 4 killed writers", len(stored))
}

func TestProcess_ConcurrentWriters(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	const n = 200
	path := filepath.Join(t.TempDir(), "riwaya.db")
	// Create the file first, so that the two children race on writes, not
	// on the migrations (TestProcess_ConcurrentOpen covers those).
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	cmds := []*exec.Cmd{helperWriter(t, path, "w0", n), helperWriter(t, path, "w1", n)}
	for _, cmd := range cmds {
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer %d: %v", i, err)
		}
	}
	stored := checkWhole(t, path)
	if len(stored) != 2*n {
		t.Errorf("%d articles stored, want %d", len(stored), 2*n)
	}
}

func TestProcess_ConcurrentOpen(t *testing.T) {
	if testing.Short() {
		t.Skip("runs child processes")
	}
	// Several processes open a file that does not exist yet: the schema is
	// created once, and all of them save their articles.
	const procs, n = 4, 20
	path := filepath.Join(t.TempDir(), "riwaya.db")
	var cmds []*exec.Cmd
	for p := range procs {
		cmd := helperWriter(t, path, fmt.Sprintf("o%d", p), n)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer %d: %v", i, err)
		}
	}
	stored := checkWhole(t, path)
	if len(stored) != procs*n {
		t.Errorf("%d articles stored, want %d", len(stored), procs*n)
	}
	db := MustOpenDBAt(t, path)
	var rows int
	if err := db.ro.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if ms, _ := migrations(); rows != len(ms) {
		t.Errorf("schema_migrations has %d rows, want %d", rows, len(ms))
	}
}
