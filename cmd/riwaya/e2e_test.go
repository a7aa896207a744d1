package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
	"github.com/riwaya/riwaya/store"
)

const seeds = "../../testdata/seeds"

func TestIngestSeedsThenReingestChangesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	first := runCmd(t, "", "ingest", "--db", db, seeds)
	if first.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", first.code, first.stderr)
	}
	lines := strings.Split(strings.TrimSpace(first.stdout), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d output lines, want 5:\n%s", len(lines), first.stdout)
	}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 || len(f[0]) != 16 || !strings.HasSuffix(f[1], ".txt") {
			t.Errorf("bad output line %q", l)
		}
	}
	claims1 := runCmd(t, "", "claims", "--db", db)
	report1 := runCmd(t, "", "report", "--db", db, "--format", "json")
	second := runCmd(t, "", "ingest", "--db", db, seeds)
	if second.stdout != first.stdout {
		t.Errorf("re-ingest printed\n%s\nwant\n%s", second.stdout, first.stdout)
	}
	if c := runCmd(t, "", "claims", "--db", db); c.stdout != claims1.stdout {
		t.Error("re-ingest changed the claims")
	}
	if r := runCmd(t, "", "report", "--db", db, "--format", "json"); r.stdout != report1.stdout {
		t.Error("re-ingest changed the report")
	}
}

func TestClaimsJSONFollowsContract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	if r := runCmd(t, "", "ingest", "--db", db, seeds); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	r := runCmd(t, "", "claims", "--db", db, "--format", "json")
	texts := map[string]string{}
	ents, _ := os.ReadDir(seeds)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, _ := os.ReadFile(filepath.Join(seeds, e.Name()))
			texts[string(b)] = e.Name()
		}
	}
	required := []string{"id", "article", "start", "end", "text", "source", "via", "stance", "event_type", "actor", "target", "places", "date", "figures", "event"}
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		for _, k := range required {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d lacks %q", n, k)
			}
		}
		src, _ := m["source"].(map[string]any)
		for _, k := range []string{"id", "name", "name_ar", "kind", "anonymous"} {
			if _, ok := src[k]; !ok {
				t.Errorf("line %d: source lacks %q", n, k)
			}
		}
		switch m["stance"] {
		case "asserts", "denies", "unconfirmed", "unknown":
		default:
			t.Errorf("line %d: stance %v", n, m["stance"])
		}
	}
	if n < 20 {
		t.Errorf("only %d claims from the five seeds", n)
	}
	// Spans point at the original text.
	full := runCmd(t, "", "claims", "--db", db, "--format", "json")
	sc = bufio.NewScanner(strings.NewReader(full.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct {
			Start, End int
			Text       string
		}
		json.Unmarshal(sc.Bytes(), &c)
		found := false
		for body := range texts {
			if c.End <= len(body) && c.Start >= 0 && c.Start < c.End && body[c.Start:c.End] == c.Text {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("claim text %q is not at [%d,%d) of any seed", c.Text, c.Start, c.End)
		}
	}
}

func TestIngestBadInputsKeepGoodOnes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("قال المرصد السوري إن ثلاثة مدنيين قتلوا في قصف مدفعي على بلدة في ريف إدلب اليوم.\n"), 0o644)
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1}, 0o644)
	jsonl := filepath.Join(dir, "dump.jsonl")
	os.WriteFile(jsonl, []byte(`{"text":"أفادت مصادر محلية بسقوط قذيفتين على حي سكني في مدينة درعا."}`+"\n{broken\n"), 0o644)
	r := runCmd(t, "", "ingest", "--db", db, good, bin, filepath.Join(dir, "missing.txt"), jsonl)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if got := strings.Count(r.stdout, "\n"); got != 2 {
		t.Errorf("stored %d articles, want 2:\n%s", got, r.stdout)
	}
	for _, want := range []string{"bin.txt: binary data", "missing.txt: no such file", "dump.jsonl:2: malformed JSON Lines record"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

func TestReconcileAllReproducesIncremental(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	// One article at a time, as a monitor's day would bring them.
	ents, _ := os.ReadDir(seeds)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".txt") {
			if r := runCmd(t, "", "ingest", "--db", db, filepath.Join(seeds, e.Name())); r.code != 0 {
				t.Fatalf("ingest %s: %s", e.Name(), r.stderr)
			}
		}
	}
	incremental := runCmd(t, "", "report", "--db", db, "--format", "json").stdout
	if r := runCmd(t, "", "reconcile", "--db", db, "--all"); r.code != 0 {
		t.Fatalf("reconcile: %s", r.stderr)
	}
	full := runCmd(t, "", "report", "--db", db, "--format", "json").stdout
	if incremental != full {
		t.Errorf("reconcile --all differs from incremental ingest:\nincremental:\n%s\nfull:\n%s", incremental, full)
	}
}

// TestKillDuringIngest kills an ingest of many articles with SIGKILL and
// checks that the database is intact and holds every article whole.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	dump := filepath.Join(dir, "many.jsonl")
	f, _ := os.Create(dump)
	for i := range 3000 {
		text := fmt.Sprintf("قال المرصد السوري لحقوق الإنسان إن %d مدنيين قتلوا وأصيب %d آخرون في قصف مدفعي على بلدة في ريف إدلب الجنوبي يوم الأحد. وأضاف أن القصف استمر ساعات. رقم الخبر %d.", i%40+2, i%17+1, i)
		b, _ := json.Marshal(map[string]string{"text": text, "published": "2020-02-02"})
		f.Write(append(b, '\n'))
	}
	f.Close()
	cmd := exec.Command(os.Args[0], "ingest", "--db", db, dump)
	cmd.Env = append(os.Environ(), "RIWAYA_TEST_MAIN=1")
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	seen := 0
	for sc.Scan() {
		seen++
		if seen == 200 {
			break
		}
	}
	time.Sleep(20 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if seen < 200 {
		t.Fatalf("ingest ended after %d articles before it could be killed", seen)
	}
	conn, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var ok string
	if err := conn.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check = %q, %v", ok, err)
	}
	// Every stored article is whole: it has the claims a fresh extraction gives.
	r := runCmd(t, "", "claims", "--db", db)
	perArticle := map[string]int{}
	sc = bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct{ Article string }
		json.Unmarshal(sc.Bytes(), &c)
		perArticle[c.Article]++
	}
	var stored int
	conn.QueryRow("SELECT count(*) FROM articles").Scan(&stored)
	if stored < seen {
		t.Errorf("%d articles stored, but %d were reported stored before the kill", stored, seen)
	}
	if len(perArticle) != stored {
		t.Errorf("%d articles have claims, %d articles stored", len(perArticle), stored)
	}
	for id, n := range perArticle {
		if n != perArticle[firstKey(perArticle)] {
			t.Errorf("article %s has %d claims, others %d: an article was stored in part", id, n, perArticle[firstKey(perArticle)])
			break
		}
	}
}

func firstKey(m map[string]int) string {
	for k := range m {
		return k
	}
	return ""
}

// TestTwoProcessesIngestAtOnce runs two ingest processes into one database
// at the same time: both succeed and every article is stored.
func TestTwoProcessesIngestAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	var cmds []*exec.Cmd
	for p := range 2 {
		dump := filepath.Join(dir, fmt.Sprintf("p%d.jsonl", p))
		f, _ := os.Create(dump)
		for i := range 150 {
			text := fmt.Sprintf("أفادت مصادر محلية بسقوط %d قذائف على بلدة في ريف حماة الشمالي. رقم %d من الدفعة %d.", i%9+2, i, p)
			b, _ := json.Marshal(map[string]string{"text": text, "published": "2021-04-04"})
			f.Write(append(b, '\n'))
		}
		f.Close()
		cmd := exec.Command(os.Args[0], "ingest", "--db", db, dump)
		cmd.Env = append(os.Environ(), "RIWAYA_TEST_MAIN=1")
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("process %d: %v", i, err)
		}
	}
	conn, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	conn.QueryRow("SELECT count(*) FROM articles").Scan(&n)
	if n != 300 {
		t.Errorf("%d articles stored, want 300", n)
	}
}

// TestReportWarnsOfEventsByOtherRules: a report on a store whose events an
// older build made says so on stderr, and says how to rebuild; a report on
// a current store says nothing of it.
func TestReportWarnsOfEventsByOtherRules(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	if r := runCmd(t, "", "ingest", "--db", path, seeds); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	if r := runCmd(t, "", "report", "--db", path); r.code != 0 || strings.Contains(r.stderr, "other reconciliation rules") {
		t.Fatalf("report on a current store: exit %d, stderr %q", r.code, r.stderr)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetMeta(ctx, "reconcile_rules", "older"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, cmd := range []string{"report", "notes"} {
		r := runCmd(t, "", cmd, "--db", path)
		if r.code != 0 || !strings.Contains(r.stderr, "reconcile --all") {
			t.Errorf("%s on a store of older rules: exit %d, stderr %q; want a hint to rebuild", cmd, r.code, r.stderr)
		}
	}
}
