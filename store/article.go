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
	done, err := db.SaveArticles(ctx, []ArticleClaims{{Article: a, Claims: cs}})
	if err != nil {
		return false, err
	}
	return done[0], nil
}

// ArticleClaims is an article with the claims extracted from it.
type ArticleClaims struct {
	Article claims.Article
	Claims  []claims.Claim
}

// SaveArticles stores several articles as SaveArticle does, all in one
// transaction: either every one of them is stored or none is. created[i]
// tells whether the i-th was new (false when it was already stored, or
// appears earlier in arts). Saving articles in batches spares a commit,
// and the rewriting of shared index pages, per article.
func (db *DB) SaveArticles(ctx context.Context, arts []ArticleClaims) (created []bool, err error) {
	for _, ac := range arts {
		if err := checkArticle(ac.Article, ac.Claims); err != nil {
			return nil, fmt.Errorf("save article %s: %w", ac.Article.ID, err)
		}
	}
	created = make([]bool, len(arts))
	err = db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
		w, err := prepareArticleWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		now := db.now()
		for i, ac := range arts {
			if created[i], err = db.saveArticle(ctx, w, ac.Article, ac.Claims, now); err != nil {
				return fmt.Errorf("save article %s: %w", ac.Article.ID, err)
			}
		}
		return nil
	})
	if err != nil {
		if len(arts) == 1 {
			return nil, err
		}
		return nil, fmt.Errorf("save %d articles: %w", len(arts), err)
	}
	return created, nil
}

// articleWriter holds the statements that write articles.
type articleWriter struct {
	stmtSet
	article, source, claim, figure *sql.Stmt
}

// prepareArticleWriter prepares the statements of an articleWriter in tx.
func prepareArticleWriter(ctx context.Context, tx *sql.Tx) (*articleWriter, error) {
	w := &articleWriter{}
	var err error
	w.stmtSet, err = prepareStmts(ctx, tx, []stmtSpec{
		{&w.article, `
			INSERT INTO articles (id, outlet, outlet_id, published, url, title, text, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`},
		{&w.source, `
			INSERT INTO sources (id, name, name_ar, kind, anonymous, first_seen, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET
				name       = CASE WHEN excluded.name    <> '' THEN excluded.name    ELSE sources.name    END,
				name_ar    = CASE WHEN excluded.name_ar <> '' THEN excluded.name_ar ELSE sources.name_ar END,
				kind       = CASE WHEN excluded.kind    <> '' THEN excluded.kind    ELSE sources.kind    END,
				anonymous  = sources.anonymous AND excluded.anonymous,
				updated_at = excluded.updated_at`},
		{&w.claim, `
			INSERT INTO claims (id, article, ordinal, start, end, text,
				source, source_name, source_name_ar, source_kind, anonymous, speaker, via,
				stance, event_type, actor, target, places, date,
				cue, cue_start, cue_end, rules, response)
			VALUES (?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?)`},
		{&w.figure, `
			INSERT INTO figures (claim, ordinal, outcome, grp, low, high, qualifier, earlier,
				span_start, span_end, subset)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	})
	if err != nil {
		return nil, err
	}
	return w, nil
}

// saveArticle writes one article with w, unless it is stored already.
func (db *DB) saveArticle(ctx context.Context, w *articleWriter, a claims.Article, cs []claims.Claim, now string) (bool, error) {
	res, err := w.article.ExecContext(ctx,
		a.ID, orNull(a.Outlet), orNull(a.OutletID), orNull(a.Published),
		orNull(a.URL), orNull(a.Title), a.Text, now)
	if err != nil {
		return false, fmt.Errorf("insert article: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, err
	} else if n == 0 {
		return false, nil // already stored: change nothing
	}
	if err := upsertSources(ctx, w.source, cs, now); err != nil {
		return false, err
	}
	if err := db.insertClaims(ctx, w, a.ID, cs); err != nil {
		return false, err
	}
	return true, nil
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

// upsertSources writes the sources of cs, in order of first appearance,
// with the upsert statement stmt.
func upsertSources(ctx context.Context, stmt *sql.Stmt, cs []claims.Claim, now string) error {
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

// insertClaims writes the claims of article id and their figures with w.
func (db *DB) insertClaims(ctx context.Context, w *articleWriter, id string, cs []claims.Claim) error {
	for i, c := range cs {
		if err := ctx.Err(); err != nil {
			return err
		}
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
		if _, err := w.claim.ExecContext(ctx,
			c.ID, id, i, c.Start, c.End, c.Text,
			c.Source.ID, c.Source.Name, c.Source.NameAr, c.Source.Kind, boolInt(c.Source.Anonymous),
			orNull(c.Source.Speaker), via,
			c.Stance, c.EventType, ptrOrNull(c.Actor), ptrOrNull(c.Target), places, ptrOrNull(c.Date),
			orNull(c.Cue), cueStart, cueEnd, rules, boolInt(c.Response),
		); err != nil {
			return fmt.Errorf("insert claim %s: %w", c.ID, err)
		}
		for j, f := range c.Figures {
			if _, err := w.figure.ExecContext(ctx,
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

// PublishedDates returns the publication date (YYYY-MM-DD, "" when
// unknown) of each stored article with one of the given ids, or of every
// article when ids is nil; unknown ids are left out. It reads no text, in
// chunks of ids.
func (db *DB) PublishedDates(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	scan := func(rows *sql.Rows, err error) error {
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			var published sql.NullString
			if err := rows.Scan(&id, &published); err != nil {
				return err
			}
			out[id] = published.String
		}
		return rows.Err()
	}
	if ids == nil {
		if err := scan(db.ro.QueryContext(ctx, `SELECT id, published FROM articles`)); err != nil {
			return nil, fmt.Errorf("published dates: %w", err)
		}
		return out, nil
	}
	const chunk = 5000
	for lo := 0; lo < len(ids); lo += chunk {
		list, err := jsonList(ids[lo:min(lo+chunk, len(ids))])
		if err != nil {
			return nil, fmt.Errorf("published dates: %w", err)
		}
		if err := scan(db.ro.QueryContext(ctx,
			`SELECT id, published FROM articles WHERE id IN (SELECT value FROM json_each(?))`, list)); err != nil {
			return nil, fmt.Errorf("published dates: %w", err)
		}
	}
	return out, nil
}

// ArticleHeaders returns the stored articles with the given ids without
// their text (Text is empty): outlet, publication date, URL and title,
// which is what a report cites. Unknown ids are left out. It reads in
// chunks of ids.
func (db *DB) ArticleHeaders(ctx context.Context, ids []string) (map[string]claims.Article, error) {
	out := make(map[string]claims.Article, len(ids))
	const chunk = 5000
	for lo := 0; lo < len(ids); lo += chunk {
		list, err := jsonList(ids[lo:min(lo+chunk, len(ids))])
		if err != nil {
			return nil, fmt.Errorf("article headers: %w", err)
		}
		err = func() error {
			rows, err := db.ro.QueryContext(ctx, `
				SELECT id, outlet, outlet_id, published, url, title, '' FROM articles
				WHERE id IN (SELECT value FROM json_each(?))`, list)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				a, err := scanArticle(rows)
				if err != nil {
					return err
				}
				out[a.ID] = a
			}
			return rows.Err()
		}()
		if err != nil {
			return nil, fmt.Errorf("article headers: %w", err)
		}
	}
	return out, nil
}
