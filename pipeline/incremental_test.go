package pipeline_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile"
	"github.com/riwaya/riwaya/store"
)

// TestIncrementalEqualsAll ingests the development articles and a
// generated corpus in several calls, saving and reconciling them in small
// batches (several batch sizes, so that the stream of claims is cut at
// many different articles), with the store finding candidate events by
// block, and checks that the events are exactly those of one ReconcileAll
// over the same claims, wherever the cuts fall.
func TestIncrementalEqualsAll(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests 580 articles several times")
	}
	ctx := context.Background()
	var dev []claims.Article
	var r ingest.Reader
	for it := range r.Items(ctx, []string{"../testdata/dev", "../testdata/dev2", "../testdata/dev3"}) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		dev = append(dev, it.Article)
	}
	gen := benchCorpus(t, 500)
	// Generated articles on both sides of the development ones, so that
	// later calls find events the earlier ones stored.
	calls := [][]claims.Article{gen[:250], dev, gen[250:]}
	ingestCalls := func(t *testing.T, p *pipeline.Pipeline) {
		t.Helper()
		for _, arts := range calls {
			err := p.Ingest(ctx, items(arts), func(res pipeline.Result) {
				if res.Item.Err != nil {
					t.Fatal(res.Item.Err)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}

	allDB, all := mustPipeline(t, "all.db")
	ingestCalls(t, all)
	if err := all.ReconcileAll(ctx); err != nil {
		t.Fatal(err)
	}
	want, err := allDB.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 200 {
		t.Fatalf("only %d events: the corpus does not exercise reconciliation", len(want))
	}
	multi := 0
	for _, ev := range want {
		if len(ev.Sources) > 1 {
			multi++
		}
	}
	t.Logf("%d events, %d with more than one source", len(want), multi)

	// Batches of a few articles, each reconciled at once (the cuts a
	// timer-driven save makes under load), and reconciliations that fall
	// every few batches. Each variant ingests the articles once more
	// (about 3 s); the default batch is left to the other tests.
	for _, v := range []struct{ batch, every int }{{3, 1}, {7, 1}, {16, 400}} {
		t.Run(fmt.Sprintf("batch%d_every%d", v.batch, v.every), func(t *testing.T) {
			incDB, inc := mustPipeline(t, "incremental.db")
			inc.SaveBatch, inc.ReconcileEvery = v.batch, v.every
			ingestCalls(t, inc)
			got, err := incDB.Events(ctx, store.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("incremental events differ from ReconcileAll (-all +incremental):\n%s", diff)
			}
		})
	}
}

// TestIngestTrickle: an input that arrives slowly (stdin) is stored and
// reported article by article, without waiting for a batch to fill.
func TestIngestTrickle(t *testing.T) {
	ctx := context.Background()
	db, p := mustPipeline(t, "trickle.db")
	arts := benchCorpus(t, 3)
	reported := make(chan string, len(arts))
	trickle := func(yield func(ingest.Item) bool) {
		for i, a := range arts {
			if !yield(ingest.Item{Input: fmt.Sprintf("stdin:%d", i+1), Article: a}) {
				return
			}
			// The next article comes only once this one is reported.
			select {
			case id := <-reported:
				if id != a.ID {
					t.Errorf("reported %s, want %s", id, a.ID)
				}
			case <-time.After(10 * time.Second):
				t.Errorf("article %d not reported 10 s after it was read", i+1)
				return
			}
		}
	}
	err := p.Ingest(ctx, trickle, func(res pipeline.Result) {
		if ok, err := db.HasArticle(ctx, res.Item.Article.ID); err != nil || !ok {
			t.Errorf("%s reported before it was stored: %v, %v", res.Item.Input, ok, err)
		}
		reported <- res.Item.Article.ID
	})
	if err != nil {
		t.Fatal(err)
	}
}

// mustPipeline opens a new store file name in a temporary directory, with a
// pipeline on it; the store is closed when the test ends.
func mustPipeline(tb testing.TB, name string) (*store.DB, *pipeline.Pipeline) {
	tb.Helper()
	db, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), name))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	p, err := pipeline.New(db)
	if err != nil {
		tb.Fatal(err)
	}
	return db, p
}

// TestIngestRebuildsEventsOfOtherRules: a store whose events were built by
// other reconciliation rules (here: emptied, and marked with another
// version) has them rebuilt before an ingest adds to them, with a notice,
// so it ends with what ReconcileAll gives.
func TestIngestRebuildsEventsOfOtherRules(t *testing.T) {
	ctx := context.Background()
	db, p := mustPipeline(t, "rules.db")
	arts := benchCorpus(t, 60)
	ingestAll := func(arts []claims.Article) {
		t.Helper()
		if err := p.Ingest(ctx, items(arts), func(res pipeline.Result) {
			if res.Item.Err != nil {
				t.Fatal(res.Item.Err)
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	ingestAll(arts[:40])
	if v, err := db.Meta(ctx, "reconcile_rules"); err != nil || v != reconcile.RulesVersion {
		t.Fatalf("rules of a new store = %q, %v; want %q", v, err, reconcile.RulesVersion)
	}
	// As an older build would have left it: events unlike today's (half
	// of them lost).
	before, err := db.Events(ctx, store.EventFilter{})
	if err != nil || len(before) < 2 {
		t.Fatalf("events: %d, %v", len(before), err)
	}
	if err := db.ReplaceAllEvents(ctx, before[:len(before)/2]); err != nil {
		t.Fatal(err)
	}
	if err := db.SetMeta(ctx, "reconcile_rules", "older"); err != nil {
		t.Fatal(err)
	}
	var notices []string
	p.Notify = func(s string) { notices = append(notices, s) }
	ingestAll(arts[40:])
	if len(notices) != 1 || !strings.Contains(notices[0], "rebuilding") {
		t.Errorf("notices = %q, want one about rebuilding", notices)
	}
	if v, err := db.Meta(ctx, "reconcile_rules"); err != nil || v != reconcile.RulesVersion {
		t.Errorf("rules after the rebuild = %q, %v; want %q", v, err, reconcile.RulesVersion)
	}
	got, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.ReconcileAll(ctx); err != nil {
		t.Fatal(err)
	}
	want, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events after the rebuild differ from ReconcileAll (-all +got):\n%s", diff)
	}
}
