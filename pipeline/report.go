package pipeline

import (
	"context"
	"fmt"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile/report"
	"github.com/riwaya/riwaya/store"
)

// ErrNoEvent is returned by LoadReport when the event asked for is not in
// the store.
var ErrNoEvent = fmt.Errorf("no such event")

// LoadReport reads the events a report shows (the one event id when it is
// set, else those f selects) with their claims, the articles the claims
// come from (without their text, which no report shows) and the names of
// their sources.
func LoadReport(ctx context.Context, db *store.DB, f store.EventFilter, event string) (report.Input, error) {
	if event != "" {
		f = store.EventFilter{IDs: []string{event}}
	}
	evs, err := db.Events(ctx, f)
	if err != nil {
		return report.Input{}, err
	}
	if event != "" && len(evs) == 0 {
		return report.Input{}, fmt.Errorf("%w %q in the store", ErrNoEvent, event)
	}
	in := report.Input{Events: evs, Claims: map[string]claims.Claim{}, Articles: map[string]claims.Article{}, SourceNames: map[string]string{}}
	var ids []string
	for _, ev := range evs {
		ids = append(ids, ev.Claims...)
	}
	if len(ids) == 0 {
		return in, nil
	}
	cs, err := db.ClaimsOf(ctx, store.ClaimFilter{IDs: ids})
	if err != nil {
		return report.Input{}, err
	}
	var articles []string
	seen := map[string]bool{}
	for _, c := range cs {
		in.Claims[c.ID] = c
		in.SourceNames[c.Source.ID] = c.Source.Name
		for _, v := range c.Via {
			in.SourceNames[v.ID] = v.Name
		}
		if !seen[c.Article] {
			seen[c.Article] = true
			articles = append(articles, c.Article)
		}
	}
	// A report cites articles (outlet, date, URL, title) and quotes claims:
	// the articles' text stays in the store.
	if in.Articles, err = db.ArticleHeaders(ctx, articles); err != nil {
		return report.Input{}, err
	}
	for _, id := range articles {
		if _, ok := in.Articles[id]; !ok {
			return report.Input{}, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
		}
	}
	return in, nil
}
