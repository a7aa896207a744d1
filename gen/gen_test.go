package gen_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/riwaya/riwaya/gen"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/sources"
)

func jsonl(t *testing.T, cfg gen.Config, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gen.WriteJSONL(&b, cfg, n); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	a := jsonl(t, gen.Config{Seed: 42}, 300)
	b := jsonl(t, gen.Config{Seed: 42}, 300)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave different bytes")
	}
	c := jsonl(t, gen.Config{Seed: 43}, 300)
	if bytes.Equal(a, c) {
		t.Fatal("different seeds gave the same bytes")
	}
	// a small corpus is a prefix of a larger one
	d := jsonl(t, gen.Config{Seed: 42}, 1000)
	if !bytes.HasPrefix(d, a) {
		t.Fatal("300 articles are not a prefix of 1000 with the same seed")
	}
}

func TestJSONLines(t *testing.T) {
	data := jsonl(t, gen.Config{Seed: 1}, 200)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != 200 {
		t.Fatalf("%d lines, want 200", len(lines))
	}
	for i, l := range lines {
		var m map[string]string
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for _, k := range []string{"text", "outlet", "published", "url", "title"} {
			if m[k] == "" {
				t.Errorf("line %d: no %q", i+1, k)
			}
		}
		if len(m) != 5 {
			t.Errorf("line %d: %d keys, want 5", i+1, len(m))
		}
	}
	// riwaya ingest reads the file as it is
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var r ingest.Reader
	n := 0
	for it := range r.Items(context.Background(), []string{path}) {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.Input, it.Err)
		}
		if it.Article.Published == "" || it.Article.Outlet == "" {
			t.Errorf("%s: metadata lost: %+v", it.Input, it.Article)
		}
		n++
	}
	if n != 200 {
		t.Fatalf("ingest read %d articles, want 200", n)
	}
}

func TestCorpusShape(t *testing.T) {
	const n = 3000
	// tail is more than one shuffled batch of the generator, so that every
	// event cut off by the end of the first n articles is complete in all.
	const tail = 200
	all, err := gen.Generate(gen.Config{Seed: 5}, n+tail)
	if err != nil {
		t.Fatal(err)
	}
	arts := all[:n]
	total := map[int]int{}
	for _, a := range all {
		total[a.Event]++
	}
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	urls := map[string]bool{}
	outlets := map[string]bool{}
	perEvent := map[int]int{}
	years := map[int]bool{}
	for i, a := range arts {
		if texts[a.Text] {
			t.Errorf("article %d repeats an earlier text", i)
		}
		texts[a.Text] = true
		if urls[a.URL] {
			t.Errorf("article %d repeats the URL %s", i, a.URL)
		}
		urls[a.URL] = true
		outlets[a.Outlet] = true
		perEvent[a.Event]++
		d, err := time.Parse(time.DateOnly, a.Published)
		if err != nil {
			t.Fatalf("article %d: published %q: %v", i, a.Published, err)
		}
		if d.Before(gen.DefaultFrom) || d.After(gen.DefaultTo.AddDate(0, 0, 2)) {
			t.Errorf("article %d published %s, outside the default span", i, a.Published)
		}
		years[d.Year()] = true
	}
	if len(outlets) < 30 {
		t.Errorf("%d outlets, want at least 30", len(outlets))
	}
	for o := range outlets {
		if _, ok := reg.Lookup(o); !ok {
			t.Errorf("outlet %q is not in the source registry", o)
		}
	}
	if len(years) < 11 {
		t.Errorf("articles span %d years, want 2015–2025", len(years))
	}
	// every event is told by 2–6 outlets; only events cut off by the end
	// of the sample may show fewer
	hist := map[int]int{}
	for ev, k := range perEvent {
		hist[k]++
		if k > 6 {
			t.Errorf("an event has %d articles", k)
		}
		if k == 1 && total[ev] < 2 {
			t.Errorf("event %d has a single article and is not cut off by the end of the sample", ev)
		}
	}
	t.Logf("%d articles, %d events, articles per event: %v", n, len(perEvent), hist)
}

func TestDateRange(t *testing.T) {
	from := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2020, 3, 31, 0, 0, 0, 0, time.UTC)
	arts, err := gen.Generate(gen.Config{Seed: 9, From: from, To: to}, 200)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Published < "2020-03-01" || a.Published > "2020-04-02" {
			t.Errorf("published %s, outside March 2020 (+2 days)", a.Published)
		}
	}
	if _, err := gen.New(gen.Config{From: to, To: from}); err == nil {
		t.Error("a reversed range gave no error")
	}
}
