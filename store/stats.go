package store

import (
	"context"
	"fmt"
)

// Stats counts the rows of a database.
type Stats struct {
	Articles      int `json:"articles"`
	Claims        int `json:"claims"`
	Figures       int `json:"figures"`
	Sources       int `json:"sources"`
	Events        int `json:"events"`
	Discrepancies int `json:"discrepancies"`
}

// Stats counts the articles, claims, figures, sources, events and
// discrepancies stored, all in one snapshot.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	err := db.ro.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles),
		(SELECT COUNT(*) FROM claims),
		(SELECT COUNT(*) FROM figures),
		(SELECT COUNT(*) FROM sources),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM discrepancies)`).
		Scan(&s.Articles, &s.Claims, &s.Figures, &s.Sources, &s.Events, &s.Discrepancies)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
