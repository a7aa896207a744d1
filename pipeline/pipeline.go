// Package pipeline runs riwaya's steps in order for a batch of articles:
// extraction of attributed claims (on every core), storage (one writer), and
// incremental reconciliation of the events the new claims touch.
package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

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
	// SaveBatch is the most articles saved in one transaction; 0 means
	// DefaultSaveBatch. A batch is saved early when its first article has
	// waited maxSaveDelay, so where a long ingest cuts its stream of claims
	// for reconciliation depends on timing; the events must not (see
	// reconcile.UpdateFrom), and tests set small batches to check that.
	SaveBatch int
	// Notify, when set, receives notices meant for the user, such as a
	// rebuild of every event before an ingest (see Ingest).
	Notify func(string)
}

// rulesKey is the store fact holding the reconcile.RulesVersion that its
// events were built with.
const rulesKey = "reconcile_rules"

// ensureRules rebuilds every event (see ReconcileAll) when the store's
// events were built by other reconciliation rules than this build's, so
// that incremental reconciliation adds to what it would have built itself.
func (p *Pipeline) ensureRules(ctx context.Context) error {
	v, err := p.db.Meta(ctx, rulesKey)
	if err != nil || v == reconcile.RulesVersion {
		return err
	}
	st, err := p.db.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Claims == 0 {
		return p.db.SetMeta(ctx, rulesKey, reconcile.RulesVersion)
	}
	if p.Notify != nil {
		p.Notify(fmt.Sprintf("the %d stored events were built by other reconciliation rules (%s); rebuilding them from %d claims first", st.Events, cmp.Or(v, "unversioned"), st.Claims))
	}
	return p.ReconcileAll(ctx)
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
// set). Articles are saved in batches, one transaction each, and each is
// called for an input once its batch is stored. It returns an error only
// for an internal failure (the store), after which nothing more is read;
// the batch being saved then is stored whole or not at all, so every input
// each was called for is stored and none other of the failed call is.
//
// Events built by other reconciliation rules are first rebuilt (see
// reconcile.RulesVersion).
func (p *Pipeline) Ingest(ctx context.Context, items iter.Seq[ingest.Item], each func(Result)) error {
	if err := p.ensureRules(ctx); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan job, 4*workers)
	// Room for a batch of extracted articles: extraction goes on on every
	// core while the writer saves a batch or reconciles, instead of
	// stalling after a few articles and leaving a core idle.
	batchSize := cmp.Or(max(p.SaveBatch, 0), DefaultSaveBatch)
	results := make(chan done, batchSize)
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
	var fresh []claims.Claim
	var batch []done
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		saved, err := p.saveAll(ctx, batch)
		if err != nil {
			return err
		}
		for i, res := range saved {
			if res.Created {
				fresh = append(fresh, batch[i].claims...)
			}
			each(res)
		}
		batch = batch[:0]
		if len(fresh) >= every {
			if err := p.Reconcile(ctx, fresh); err != nil {
				return err
			}
			fresh = fresh[:0]
		}
		return nil
	}
	// A batch is saved when it is full, or when it has waited maxSaveDelay
	// (an input that trickles in, such as stdin, is not kept waiting).
	wait := time.NewTimer(maxSaveDelay)
	wait.Stop()
	defer wait.Stop()
	pending := map[int]done{}
	next := 0
	for open := true; open; {
		select {
		case d, ok := <-results:
			if !ok {
				open = false
				break
			}
			pending[d.seq] = d
			for {
				d, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if len(batch) == 0 {
					wait.Reset(maxSaveDelay)
				}
				batch = append(batch, d)
				if len(batch) >= batchSize {
					wait.Stop()
					if err := flush(); err != nil {
						return err
					}
				}
			}
		case <-wait.C:
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return p.Reconcile(ctx, fresh)
}

// DefaultSaveBatch is the most articles saved in one transaction when
// Pipeline.SaveBatch is 0; a batch is saved early when its first article
// has waited maxSaveDelay. A commit per article costs about as much as
// extracting it.
const DefaultSaveBatch = 256

// maxSaveDelay is how long the first article of a batch waits for the
// batch to fill before it is saved.
const maxSaveDelay = 200 * time.Millisecond

// saveAll stores the articles of batch in one transaction and tells what
// became of each.
func (p *Pipeline) saveAll(ctx context.Context, batch []done) ([]Result, error) {
	out := make([]Result, len(batch))
	var arts []store.ArticleClaims
	var at []int // index in batch of each of arts
	for i, d := range batch {
		out[i].Item = d.item
		if d.item.Err == nil {
			arts = append(arts, store.ArticleClaims{Article: d.item.Article, Claims: d.claims})
			at = append(at, i)
		}
	}
	if len(arts) == 0 {
		return out, nil
	}
	created, err := p.db.SaveArticles(ctx, arts)
	if err != nil {
		if len(arts) == 1 {
			return nil, fmt.Errorf("store %s: %w", batch[at[0]].item.Input, err)
		}
		return nil, fmt.Errorf("store %s and %d more inputs: %w", batch[at[0]].item.Input, len(arts)-1, err)
	}
	for x, i := range at {
		d := batch[i]
		out[i].Created = created[x]
		out[i].Claims = len(d.claims)
		if !created[x] {
			stored, err := p.db.ClaimsOf(ctx, store.ClaimFilter{Article: d.item.Article.ID})
			if err != nil {
				return nil, fmt.Errorf("read claims of %s: %w", d.item.Article.ID, err)
			}
			out[i].Claims = len(stored)
		}
	}
	return out, nil
}

// Reconcile folds newly stored claims into the events they belong to:
// reconcile.UpdateFrom asks the store, through loader, for the events in
// the blocks (date window × place) it needs, regroups them with the new
// claims, and the result is saved in one transaction.
func (p *Pipeline) Reconcile(ctx context.Context, fresh []claims.Claim) error {
	if len(fresh) == 0 {
		return nil
	}
	dates := publishedDates{}
	if err := p.addDates(ctx, dates, fresh); err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	k := p.knowledge
	k.Articles = dates
	put, remove, err := reconcile.UpdateFrom(ctx, p.loader(dates), fresh, k)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	if err := p.db.ReplaceEvents(ctx, remove, put); err != nil {
		return fmt.Errorf("reconcile: save events: %w", err)
	}
	return nil
}

// loader reads stored events for reconcile.UpdateFrom: the candidates of
// the claims' blocks and the events asked for by id, with every eventful
// claim of the articles their claims come from, adding the publication
// dates of those articles to dates. An event it returned before is not
// read or returned again (UpdateFrom has it), so that it and its claims
// are not read and decoded again in every round.
//
// A claim's block is read with the claims of its article (see
// reconcile.Knowledge.BlockKeyIn): the new claims come as whole articles,
// and every other claim asked about comes from an article the loader has
// returned whole, so it keeps them by article.
func (p *Pipeline) loader(dates publishedDates) reconcile.Loader {
	returned := map[string]bool{}
	articles := newArticleClaims()
	return func(ctx context.Context, near []claims.Claim, ids []string) ([]reconcile.Event, []claims.Claim, error) {
		articles.add(near)
		var blocks []store.Block
		seenBlock := map[string]bool{}
		for _, c := range near {
			from, to, pl := p.knowledge.BlockKeyIn(c, articles.of(c))
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
		all, err := p.db.CandidateEventsBut(ctx, blocks, ids, returned)
		if err != nil {
			return nil, nil, err
		}
		var evs []reconcile.Event
		for _, ev := range all {
			if !returned[ev.ID] {
				returned[ev.ID] = true
				evs = append(evs, ev)
			}
		}
		var claimIDs []string
		for _, ev := range evs {
			claimIDs = append(claimIDs, ev.Claims...)
		}
		if len(claimIDs) == 0 {
			return evs, nil, nil
		}
		// Whole articles: how a claim links depends on the other claims
		// of its article (see reconcile.Loader), its eventful ones.
		cs, err := p.db.ClaimsOf(ctx, store.ClaimFilter{IDs: claimIDs, WholeArticles: true, Eventful: true})
		if err != nil {
			return nil, nil, fmt.Errorf("claims of candidate events: %w", err)
		}
		if err := p.addDates(ctx, dates, cs); err != nil {
			return nil, nil, err
		}
		articles.add(cs)
		return evs, cs, nil
	}
}

// articleClaims keeps the claims a loader has seen, by article, once each.
type articleClaims struct {
	byArticle map[string][]claims.Claim
	seen      map[string]bool
}

func newArticleClaims() *articleClaims {
	return &articleClaims{byArticle: map[string][]claims.Claim{}, seen: map[string]bool{}}
}

func (a *articleClaims) add(cs []claims.Claim) {
	for _, c := range cs {
		if !a.seen[c.ID] {
			a.seen[c.ID] = true
			a.byArticle[c.Article] = append(a.byArticle[c.Article], c)
		}
	}
}

// of returns the claims seen of c's article (c among them).
func (a *articleClaims) of(c claims.Claim) []claims.Claim { return a.byArticle[c.Article] }

// ReconcileAll drops every event and rebuilds them from all stored claims.
// The result is the same as reconciling article by article.
func (p *Pipeline) ReconcileAll(ctx context.Context) error {
	all, err := p.db.ClaimsOf(ctx, store.ClaimFilter{})
	if err != nil {
		return fmt.Errorf("reconcile all: read claims: %w", err)
	}
	published, err := p.db.PublishedDates(ctx, nil)
	if err != nil {
		return fmt.Errorf("reconcile all: %w", err)
	}
	dates := publishedDates(published)
	k := p.knowledge
	k.Articles = dates
	events := reconcile.Reconcile(all, k)
	if err := p.db.ReplaceAllEvents(ctx, events); err != nil {
		return fmt.Errorf("reconcile all: save events: %w", err)
	}
	// Recorded after the events: a crash in between only means one more
	// rebuild.
	if err := p.db.SetMeta(ctx, rulesKey, reconcile.RulesVersion); err != nil {
		return fmt.Errorf("reconcile all: %w", err)
	}
	return nil
}
