package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/pipeline"
	"github.com/riwaya/riwaya/reconcile"
)

// TestSeedEvents checks what a fact-checker expects of the five seed
// articles once reconciled.
func TestSeedEvents(t *testing.T) {
	ctx := context.Background()
	db, p := mustPipeline(t, "seeds.db")
	var r ingest.Reader
	fileOf := map[string]string{}
	err := p.Ingest(ctx, r.Items(ctx, []string{"../testdata/seeds"}), func(res pipeline.Result) {
		if res.Item.Err != nil {
			t.Fatal(res.Item.Err)
		}
		fileOf[res.Item.Article.ID] = filepath.Base(res.Item.Input)[:3]
	})
	if err != nil {
		t.Fatal(err)
	}
	evs, cs := storedAll(t, db)
	seedOf := map[string]string{}
	dateOf := map[string]string{}
	for _, c := range cs {
		seedOf[c.ID] = fileOf[c.Article]
		if c.Date != nil {
			dateOf[c.ID] = *c.Date
		}
	}
	seeds := func(ev reconcile.Event) []string {
		var out []string
		for _, id := range ev.Claims {
			if s := seedOf[id]; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
		slices.Sort(out)
		return out
	}
	hasDisc := func(kind string, want ...string) bool {
		for _, ev := range evs {
			for _, d := range ev.Discrepancies {
				if d.Kind != kind {
					continue
				}
				all := true
				for _, w := range want {
					all = all && slices.Contains(d.Sources, w)
				}
				if all {
					return true
				}
			}
		}
		return false
	}

	// The August 2022 US strikes in Deir ez-Zor: SY24 (001) and Xinhua (003).
	shared := false
	for _, ev := range evs {
		s := seeds(ev)
		if ev.EventType == "airstrike" && slices.Contains(s, "001") && slices.Contains(s, "003") {
			shared = true
		}
	}
	if !shared {
		t.Error("the two articles about the August 2022 strikes in Deir ez-Zor do not share an event")
	}
	if !hasDisc(reconcile.KindOccurrence, "sohr", "pentagon") {
		t.Error("no occurrence discrepancy between SOHR and the Pentagon over the 2019 withdrawal")
	}
	if !hasDisc(reconcile.KindTarget, "syria_state_tv", "coalition") {
		t.Error("no target discrepancy between Syrian state TV and the coalition over Khasham")
	}
	// No event mixes claims years apart.
	for _, ev := range evs {
		var lo, hi time.Time
		for _, id := range ev.Claims {
			d, err := time.Parse(time.DateOnly, dateOf[id])
			if err != nil {
				continue
			}
			if lo.IsZero() || d.Before(lo) {
				lo = d
			}
			if d.After(hi) {
				hi = d
			}
		}
		if !lo.IsZero() && hi.Sub(lo) > 14*24*time.Hour {
			t.Errorf("event %s mixes claims from %s and %s (seeds %s)", ev.ID, lo.Format(time.DateOnly), hi.Format(time.DateOnly), strings.Join(seeds(ev), ","))
		}
	}
}
