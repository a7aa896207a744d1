package pipeline_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/store"
)

// TestIncrementalPlaceless: a report that places a strike only in its
// country (dev6's wire story of the Jabal Tharda raid) and a report that
// places it at the mountain, ingested in two calls in either order through
// the store's blocks (the country block of the placeless claim, the
// country key of the placed one), end in one event, exactly as
// ReconcileAll groups them.
func TestIncrementalPlaceless(t *testing.T) {
	ctx := context.Background()
	placed := "../testdata/dev6/015_tharda_strike_2016_sana.txt"
	wire := "../testdata/dev6/016_tharda_strike_2016_reuters.txt"
	for _, order := range [][]string{{placed, wire}, {wire, placed}} {
		t.Run(order[0], func(t *testing.T) {
			incDB, inc := mustPipeline(t, "inc.db")
			for _, f := range order {
				ingestFiles(t, inc, f)
			}
			allDB, all := mustPipeline(t, "all.db")
			ingestFiles(t, all, order...)
			if err := all.ReconcileAll(ctx); err != nil {
				t.Fatal(err)
			}
			want, err := allDB.Events(ctx, store.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := incDB.Events(ctx, store.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("incremental events differ from ReconcileAll (-all +incremental):\n%s", diff)
			}
			joined := false
			for _, ev := range want {
				cs, err := allDB.ClaimsOf(ctx, store.ClaimFilter{IDs: ev.Claims})
				if err != nil {
					t.Fatal(err)
				}
				arts := map[string]bool{}
				for _, c := range cs {
					arts[c.Article] = true
				}
				joined = joined || len(arts) == 2
			}
			if !joined {
				t.Errorf("the two reports share no event")
			}
		})
	}
}

// ingestFiles ingests the given article files in one call.
func ingestFiles(t *testing.T, p *pipeline.Pipeline, files ...string) {
	t.Helper()
	var r ingest.Reader
	err := p.Ingest(context.Background(), r.Items(context.Background(), files), func(res pipeline.Result) {
		if res.Item.Err != nil {
			t.Fatal(res.Item.Err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}
