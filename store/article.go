package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/riwaya/riwaya/claims"
)

// SaveArticle stores an article with all its claims, their figures and
// their sources, in one transaction: either all of it is stored or nothing
// is. If an article with a.ID is already stored it changes nothing and
// returns created=false.
//
// The caller chooses a.ID (derived from the normalised text) and the claim
// ids. A claim's Article must be empty or a.ID, and its span must lie inside
// a.Text. Claim.Event is ignored: event membership is written by
// ReplaceEvents. Sources are upserted: the last non-empty name, Arabic name
// and kind win, and a source stays anonymous only while every claim from it
// is; each claim keeps the source exactly as it was given with it.
func (db *DB) SaveArticle(ctx context.Context, a claims.Article, cs []claims.Claim) (created bool, err error) {
	if err := checkArticle(a, cs); err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	err = db.update(ctx, func(tx *sql.Tx) error {
		now := db.now()
		res, err := tx.ExecContext(ctx, `
			INSERT INTO articles (id, outlet, outlet_id, published, url, title, text, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`,
			a.ID, orNull(a.Outlet), orNull(a.OutletID), orNull(a.Published),
			orNull(a.URL), orNull(a.Title), a.Text, now)
		if err != nil {
			return fmt.Errorf("insert article: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return nil // already stored: change nothing
		}
		if err := upsertSources(ctx, tx, cs, now); err != nil {
			return err
		}
		if err := db.insertClaims(ctx, tx, a.ID, cs); err != nil {
			return err
		}
		created = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	return created, nil
}

// checkArticle rejects what the schema cannot say clearly.
func checkArticle(a claims.Article, cs []claims.Claim) error {
	if a.ID == "" {
		return errors.New("empty article id")
	}
	for i, c := range cs {
		switch {
		case c.ID == "":
			return fmt.Errorf("claim %d: empty id", i)
		case c.Article != "" && c.Article != a.ID:
			return fmt.Errorf("claim %s: belongs to article %s", c.ID, c.Article)
		case c.Start < 0 || c.End < c.Start || c.End > len(a.Text):
			return fmt.Errorf("claim %s: span [%d,%d) outside the article's %d bytes", c.ID, c.Start, c.End, len(a.Text))
		case c.Source.ID == "":
			return fmt.Errorf("claim %s: empty source id", c.ID)
		}
	}
	return nil
}

// upsertSources writes the sources of cs, in order of first appearance.
func upsertSources(ctx context.Context, tx *sql.Tx, cs []claims.Claim, now string) error {
	stmt, err := tx.PrepareContext(ctx, `
		INSERT INTO sources (id, name, name_ar, kind, anonymous, first_seen, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			name       = CASE WHEN excluded.name    <> '' THEN excluded.name    ELSE sources.name    END,
			name_ar    = CASE WHEN excluded.name_ar <> '' THEN excluded.name_ar ELSE sources.name_ar END,
			kind       = CASE WHEN excluded.kind    <> '' THEN excluded.kind    ELSE sources.kind    END,
			anonymous  = sources.anonymous AND excluded.anonymous,
			updated_at = excluded.updated_at`)
	if err != nil {
		return fmt.Errorf("prepare source upsert: %w", err)
	}
	defer stmt.Close()
	// Merge the claims' sources as the upsert would, to write each once.
	var order []string
	merged := make(map[string]claims.Source)
	for _, c := range cs {
		s, ok := merged[c.Source.ID]
		if !ok {
			order = append(order, c.Source.ID)
			s = c.Source
		}
		s.Name = cmp.Or(c.Source.Name, s.Name)
		s.NameAr = cmp.Or(c.Source.NameAr, s.NameAr)
		s.Kind = cmp.Or(c.Source.Kind, s.Kind)
		s.Anonymous = s.Anonymous && c.Source.Anonymous
		merged[c.Source.ID] = s
	}
	for _, id := range order {
		s := merged[id]
		if _, err := stmt.ExecContext(ctx, s.ID, s.Name, s.NameAr, s.Kind, boolInt(s.Anonymous), now, now); err != nil {
			return fmt.Errorf("upsert source %s: %w", s.ID, err)
		}
	}
	return nil
}

// insertClaims writes the claims of article id and their figures.
func (db *DB) insertClaims(ctx context.Context, tx *sql.Tx, id string, cs []claims.Claim) error {
	claimStmt, err := tx.PrepareContext(ctx, `
		INSERT INTO claims (id, article, ordinal, start, end, text,
			source, source_name, source_name_ar, source_kind, anonymous, speaker, via,
			stance, event_type, actor, target, places, date,
			cue, cue_start, cue_end, rules, response)
		VALUES (?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare claim insert: %w", err)
	}
	defer claimStmt.Close()
	figStmt, err := tx.PrepareContext(ctx, `
		INSERT INTO figures (claim, ordinal, outcome, grp, low, high, qualifier, earlier,
			span_start, span_end, subset)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare figure insert: %w", err)
	}
	defer figStmt.Close()

	for i, c := range cs {
		via, err := jsonList(c.Via)
		if err != nil {
			return fmt.Errorf("claim %s: via: %w", c.ID, err)
		}
		places, err := jsonList(c.Places)
		if err != nil {
			return fmt.Errorf("claim %s: places: %w", c.ID, err)
		}
		rules, err := jsonList(c.Rules)
		if err != nil {
			return fmt.Errorf("claim %s: rules: %w", c.ID, err)
		}
		var cueStart, cueEnd any
		if c.CueSpan != nil {
			cueStart, cueEnd = c.CueSpan.Start, c.CueSpan.End
		}
		if _, err := claimStmt.ExecContext(ctx,
			c.ID, id, i, c.Start, c.End, c.Text,
			c.Source.ID, c.Source.Name, c.Source.NameAr, c.Source.Kind, boolInt(c.Source.Anonymous),
			orNull(c.Source.Speaker), via,
			c.Stance, c.EventType, ptrOrNull(c.Actor), ptrOrNull(c.Target), places, ptrOrNull(c.Date),
			orNull(c.Cue), cueStart, cueEnd, rules, boolInt(c.Response),
		); err != nil {
			return fmt.Errorf("insert claim %s: %w", c.ID, err)
		}
		for j, f := range c.Figures {
			if _, err := figStmt.ExecContext(ctx,
				c.ID, j, f.Outcome, f.Group, f.Low, ptrOrNull(f.High), f.Qualifier, boolInt(f.Earlier),
				f.Span.Start, f.Span.End, boolInt(f.Subset),
			); err != nil {
				return fmt.Errorf("insert figure %d of claim %s: %w", j, c.ID, err)
			}
		}
		if db.hookClaim != nil {
			if err := db.hookClaim(i); err != nil {
				return err
			}
		}
	}
	return nil
}

// HasArticle reports whether an article with the given id is stored.
func (db *DB) HasArticle(ctx context.Context, id string) (bool, error) {
	var n int
	if err := db.ro.QueryRowContext(ctx,
		`SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("has article %s: %w", id, err)
	}
	return n > 0, nil
}

// articleColumns are the columns scanArticle reads.
const articleColumns = `id, outlet, outlet_id, published, url, title, text`

// scanArticle reads one row of articleColumns.
func scanArticle(r rowScanner) (claims.Article, error) {
	var a claims.Article
	var outlet, outletID, published, url, title sql.NullString
	if err := r.Scan(&a.ID, &outlet, &outletID, &published, &url, &title, &a.Text); err != nil {
		return a, err
	}
	a.Outlet, a.OutletID, a.Published = outlet.String, outletID.String, published.String
	a.URL, a.Title = url.String, title.String
	return a, nil
}

// Article returns the article with the given id, or an error wrapping
// ErrNotFound.
func (db *DB) Article(ctx context.Context, id string) (claims.Article, error) {
	a, err := scanArticle(db.ro.QueryRowContext(ctx,
		`SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return claims.Article{}, fmt.Errorf("article %s: %w", id, ErrNotFound)
	} else if err != nil {
		return claims.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// Articles returns every stored article in ingest order.
func (db *DB) Articles(ctx context.Context) ([]claims.Article, error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var as []claims.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return as, nil
}
