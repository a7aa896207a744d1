package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/gen"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile/report"
	"github.com/riwaya/riwaya/store"
)

// benchCorpus returns the first n generated articles of seed 1, as ingest
// would read them.
func benchCorpus(tb testing.TB, n int) []claims.Article {
	tb.Helper()
	gs, err := gen.Generate(gen.Config{Seed: 1}, n)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]claims.Article, n)
	for i, g := range gs {
		out[i] = claims.Article{ID: ingest.ArticleID(g.Text), Text: g.Text, Outlet: g.Outlet, Published: g.Published, URL: g.URL, Title: g.Title}
	}
	return out
}

// items yields arts as ingest.Reader would.
func items(arts []claims.Article) iter.Seq[ingest.Item] {
	return func(yield func(ingest.Item) bool) {
		for i, a := range arts {
			if !yield(ingest.Item{Input: fmt.Sprintf("corpus.jsonl:%d", i+1), Article: a}) {
				return
			}
		}
	}
}

// openBench opens a new database file in a temporary directory, with a
// pipeline on it.
func openBench(b *testing.B) (*store.DB, *pipeline.Pipeline) {
	b.Helper()
	db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(db)
	if err != nil {
		b.Fatal(err)
	}
	return db, p
}

// BenchmarkIngest is the whole ingest path as `riwaya ingest` runs it:
// 500 generated articles extracted on every core, stored by one writer and
// reconciled, into a new database file. Opening the database and loading
// the registries are not timed.
func BenchmarkIngest(b *testing.B) {
	const n = 500
	arts := benchCorpus(b, n)
	total := 0
	for _, a := range arts {
		total += len(a.Text)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	claimsStored := 0
	for b.Loop() {
		b.StopTimer()
		db, p := openBench(b)
		b.StartTimer()
		err := p.Ingest(ctx, items(arts), func(r pipeline.Result) {
			if r.Item.Err != nil || !r.Created {
				b.Errorf("%s: not stored (%v)", r.Item.Input, r.Item.Err)
			}
			claimsStored += r.Claims
		})
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(claimsStored)/float64(b.N), "claims/op")
}

// storeArticles is the size of the store that BenchmarkIngestOne and
// BenchmarkReportEvent work on: 2000 generated articles, or
// RIWAYA_BENCH_STORE.
func storeArticles() int {
	if n, _ := strconv.Atoi(os.Getenv("RIWAYA_BENCH_STORE")); n > 0 {
		return n
	}
	return 2000
}

var extracted struct {
	once   sync.Once
	arts   []claims.Article
	claims [][]claims.Claim
}

// populate returns a new store holding the first storeArticles()
// articles, reconciled at once (ReconcileAll), and a pipeline on it. The
// extraction is done once per process; with -v the time of storing and of
// reconciling is logged.
//
// With RIWAYA_BENCH_DB=FILE it returns instead a copy of that store (for
// example one that `riwaya ingest` filled with the first N generated
// articles of seed 1), and the number of articles in it.
func populate(b *testing.B) (*store.DB, *pipeline.Pipeline, int) {
	b.Helper()
	ctx := context.Background()
	if path := os.Getenv("RIWAYA_BENCH_DB"); path != "" {
		return copyStore(b, path)
	}
	db, p := openBench(b)
	extracted.once.Do(func() {
		for _, a := range benchCorpus(b, storeArticles()) {
			a, cs := p.Extract(a)
			extracted.arts = append(extracted.arts, a)
			extracted.claims = append(extracted.claims, cs)
		}
	})
	start := time.Now()
	n := 0
	for i, a := range extracted.arts {
		if _, err := db.SaveArticle(ctx, a, extracted.claims[i]); err != nil {
			b.Fatal(err)
		}
		n += len(extracted.claims[i])
	}
	saved := time.Now()
	if err := p.ReconcileAll(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("store of %d articles, %d claims: saved in %v, reconciled (all) in %v",
		len(extracted.arts), n, saved.Sub(start).Round(time.Millisecond), time.Since(saved).Round(time.Millisecond))
	return db, p, len(extracted.arts)
}

// copyStore opens a copy of the store file at path, with a pipeline on
// it, and returns the number of its articles.
func copyStore(b *testing.B, path string) (*store.DB, *pipeline.Pipeline, int) {
	b.Helper()
	src, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dst := filepath.Join(b.TempDir(), "copy.db")
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, src); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	db, err := store.Open(context.Background(), dst)
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(db)
	if err != nil {
		b.Fatal(err)
	}
	st, err := db.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("copy of %s: %d articles, %d claims, %d events", path, st.Articles, st.Claims, st.Events)
	return db, p, st.Articles
}

// BenchmarkIngestOne is one more article (extracted, stored, reconciled)
// into a store of 2000 articles (about 35,000 claims; see storeArticles).
func BenchmarkIngestOne(b *testing.B) {
	ctx := context.Background()
	db, p, n := populate(b)
	defer db.Close()
	g, err := gen.New(gen.Config{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for range n {
		g.Next()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		a := g.Next()
		art := claims.Article{ID: ingest.ArticleID(a.Text), Text: a.Text, Outlet: a.Outlet, Published: a.Published, URL: a.URL}
		b.StartTimer()
		err := p.Ingest(ctx, items([]claims.Article{art}), func(r pipeline.Result) {
			if !r.Created {
				b.Errorf("%s: not stored", r.Item.Input)
			}
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportEvent is `riwaya report --event ID --format json` without
// the process start: one event read from a store of 2000 articles and
// rendered, cycling through every event of the store (see storeArticles).
func BenchmarkReportEvent(b *testing.B) {
	ctx := context.Background()
	db, _, _ := populate(b)
	defer db.Close()
	evs, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		b.Fatal(err)
	}
	if len(evs) == 0 {
		b.Fatal("no events")
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		in, err := pipeline.LoadReport(ctx, db, store.EventFilter{}, evs[(i*7919)%len(evs)].ID)
		if err != nil {
			b.Fatal(err)
		}
		if err := report.JSON(io.Discard, in); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(len(evs)), "events")
}

// BenchmarkIngestScale ingests RIWAYA_BENCH_ARTICLES generated articles
// into a new store per op, for profiling the ingest path at scale; it is
// skipped when the variable is unset. For example:
//
//	RIWAYA_BENCH_ARTICLES=10000 go test -run '^$' -bench IngestScale \
//	    -benchtime 1x -cpuprofile cpu.out ./pipeline
func BenchmarkIngestScale(b *testing.B) {
	n, _ := strconv.Atoi(os.Getenv("RIWAYA_BENCH_ARTICLES"))
	if n <= 0 {
		b.Skip("set RIWAYA_BENCH_ARTICLES to the number of articles")
	}
	arts := benchCorpus(b, n)
	total := 0
	for _, a := range arts {
		total += len(a.Text)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db, p := openBench(b)
		b.StartTimer()
		if err := p.Ingest(ctx, items(arts), func(pipeline.Result) {}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
