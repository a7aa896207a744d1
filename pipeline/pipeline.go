// Package pipeline runs riwaya's steps in order for a batch of articles:
// extraction of attributed claims (on every core), storage (one writer), and
// incremental reconciliation of the events the new claims touch.
package pipeline

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/ingest"
	"github.com/riwaya/riwaya/reconcile"
	"github.com/riwaya/riwaya/sources"
	"github.com/riwaya/riwaya/store"
)

// Pipeline holds the reference data and the store that ingestion and
// reconciliation work with. It is safe for one Ingest at a time.
type Pipeline struct {
	db        *store.DB
	registry  *sources.Registry
	gazetteer *places.Gazetteer
	extractor *claims.Extractor
	knowledge reconcile.Knowledge

	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// ReconcileEvery is how many new claims are reconciled at once during a
	// long ingest; 0 means 5000.
	ReconcileEvery int
}

// New loads the source registry and the gazetteer and returns a pipeline
// that stores into db.
func New(db *store.DB) (*Pipeline, error) {
	reg, err := sources.Load()
	if err != nil {
		return nil, fmt.Errorf("load source registry: %w", err)
	}
	gaz, err := places.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	// Candidate events are found by place and by the places containing it.
	db.Ancestors = gaz.Ancestors
	return &Pipeline{
		db:        db,
		registry:  reg,
		gazetteer: gaz,
		extractor: claims.NewExtractor(reg, gaz),
		knowledge: reconcile.Knowledge{Places: gaz, Sources: sourceInfo{reg}},
	}, nil
}

// Registry returns the source registry the pipeline uses.
func (p *Pipeline) Registry() *sources.Registry { return p.registry }

// Knowledge returns what reconciliation knows of places and sources.
func (p *Pipeline) Knowledge() reconcile.Knowledge { return p.knowledge }

// Result tells what became of one input.
type Result struct {
	Item    ingest.Item
	Claims  int  // claims of the article (stored now or before)
	Created bool // false when the article was already in the store
}

// Extract returns the claims of one article, with the outlet resolved
// against the registry.
func (p *Pipeline) Extract(a claims.Article) (claims.Article, []claims.Claim) {
	if a.OutletID == "" && a.Outlet != "" {
		if s, ok := p.registry.Lookup(a.Outlet); ok {
			a.OutletID = s.ID
		}
	}
	return a, p.extractor.Extract(a)
}

type job struct {
	seq  int
	item ingest.Item
}

type done struct {
	seq    int
	item   ingest.Item
	claims []claims.Claim
}

// Ingest extracts, stores and reconciles every article items yields, calling
// each for every input in input order (bad inputs included, with Item.Err
// set). It returns an error only for an internal failure (the store), after
// which nothing more is read; the article being saved then is stored whole
// or not at all.
func (p *Pipeline) Ingest(ctx context.Context, items iter.Seq[ingest.Item], each func(Result)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan job, 4*workers)
	results := make(chan done, 4*workers)
	go func() {
		defer close(jobs)
		seq := 0
		for it := range items {
			select {
			case jobs <- job{seq, it}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := done{seq: j.seq, item: j.item}
				if j.item.Err == nil {
					d.item.Article, d.claims = p.Extract(j.item.Article)
				}
				select {
				case results <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	every := p.ReconcileEvery
	if every <= 0 {
		every = 5000
	}
	pending := map[int]done{}
	next := 0
	var fresh []claims.Claim
	for d := range results {
		pending[d.seq] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			res, err := p.save(ctx, d)
			if err != nil {
				return err
			}
			if res.Created {
				fresh = append(fresh, d.claims...)
			}
			each(res)
			if len(fresh) >= every {
				if err := p.Reconcile(ctx, fresh); err != nil {
					return err
				}
				fresh = fresh[:0]
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return p.Reconcile(ctx, fresh)
}

func (p *Pipeline) save(ctx context.Context, d done) (Result, error) {
	res := Result{Item: d.item}
	if d.item.Err != nil {
		return res, nil
	}
	created, err := p.db.SaveArticle(ctx, d.item.Article, d.claims)
	if err != nil {
		return res, fmt.Errorf("store %s: %w", d.item.Input, err)
	}
	res.Created = created
	res.Claims = len(d.claims)
	if !created {
		stored, err := p.db.ClaimsOf(ctx, store.ClaimFilter{Article: d.item.Article.ID})
		if err != nil {
			return res, fmt.Errorf("read claims of %s: %w", d.item.Article.ID, err)
		}
		res.Claims = len(stored)
	}
	return res, nil
}

// Reconcile folds newly stored claims into the events they belong to: it
// asks the store for the events in the new claims' blocks (date window ×
// place), lets reconcile.Update regroup them with the new claims, and saves
// the result in one transaction.
func (p *Pipeline) Reconcile(ctx context.Context, fresh []claims.Claim) error {
	if len(fresh) == 0 {
		return nil
	}
	var blocks []store.Block
	seenBlock := map[string]bool{}
	for _, c := range fresh {
		from, to, pl := p.knowledge.BlockKey(c)
		if from == "" {
			continue
		}
		key := from + to + strings.Join(pl, ",")
		if seenBlock[key] {
			continue
		}
		seenBlock[key] = true
		blocks = append(blocks, store.Block{From: from, To: to, Places: pl})
	}
	evs, err := p.db.CandidateEventsOf(ctx, blocks)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	var ids []string
	for _, ev := range evs {
		ids = append(ids, ev.Claims...)
	}
	var old []claims.Claim
	if len(ids) > 0 {
		var err error
		old, err = p.db.ClaimsOf(ctx, store.ClaimFilter{IDs: ids})
		if err != nil {
			return fmt.Errorf("reconcile: claims of candidate events: %w", err)
		}
	}
	dates, err := p.datesFor(ctx, old, fresh)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	k := p.knowledge
	k.Articles = dates
	put, remove := reconcile.Update(evs, old, fresh, k)
	if err := p.db.ReplaceEvents(ctx, remove, put); err != nil {
		return fmt.Errorf("reconcile: save events: %w", err)
	}
	return nil
}

// ReconcileAll drops every event and rebuilds them from all stored claims.
// The result is the same as reconciling article by article.
func (p *Pipeline) ReconcileAll(ctx context.Context) error {
	all, err := p.db.ClaimsOf(ctx, store.ClaimFilter{})
	if err != nil {
		return fmt.Errorf("reconcile all: read claims: %w", err)
	}
	arts, err := p.db.Articles(ctx)
	if err != nil {
		return fmt.Errorf("reconcile all: read articles: %w", err)
	}
	dates := publishedDates{}
	for _, a := range arts {
		dates[a.ID] = a.Published
	}
	k := p.knowledge
	k.Articles = dates
	events := reconcile.Reconcile(all, k)
	if err := p.db.ReplaceAllEvents(ctx, events); err != nil {
		return fmt.Errorf("reconcile all: save events: %w", err)
	}
	return nil
}
