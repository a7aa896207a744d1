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

// addDates adds to dates the publication dates of the articles the
// claims come from that it lacks.
func (p *Pipeline) addDates(ctx context.Context, dates publishedDates, cs []claims.Claim) error {
	seen := map[string]bool{}
	ids := []string{}
	for _, c := range cs {
		if _, ok := dates[c.Article]; !ok && !seen[c.Article] {
			seen[c.Article] = true
			ids = append(ids, c.Article)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	got, err := p.db.PublishedDates(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		d, ok := got[id]
		if !ok {
			return fmt.Errorf("article %s: %w", id, store.ErrNotFound)
		}
		dates[id] = d
	}
	return nil
}
