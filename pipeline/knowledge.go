package pipeline

import (
	"context"
	"fmt"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/sources"
	"github.com/riwaya/riwaya/store"
)

// sourceInfo lets reconciliation ask the registry about sources.
type sourceInfo struct{ reg *sources.Registry }

func (s sourceInfo) Affiliation(id string) string {
	if src, ok := s.reg.Source(id); ok {
		return src.Affiliation
	}
	return "unknown"
}

func (s sourceInfo) ActorOf(id string) string {
	if src, ok := s.reg.Source(id); ok {
		return src.Actor
	}
	return ""
}

func (s sourceInfo) Name(id string) string {
	if src, ok := s.reg.Source(id); ok {
		return src.Name
	}
	return id
}

// publishedDates answers reconciliation's questions about when articles
// appeared, from a map filled before each reconciliation.
type publishedDates map[string]string

func (p publishedDates) Published(id string) string { return p[id] }

// datesFor reads the publication dates of the articles the claims come from.
func (p *Pipeline) datesFor(ctx context.Context, cs ...[]claims.Claim) (publishedDates, error) {
	seen := map[string]bool{}
	ids := []string{}
	for _, list := range cs {
		for _, c := range list {
			if !seen[c.Article] {
				seen[c.Article] = true
				ids = append(ids, c.Article)
			}
		}
	}
	dates, err := p.db.PublishedDates(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if _, ok := dates[id]; !ok {
			return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
		}
	}
	return publishedDates(dates), nil
}
