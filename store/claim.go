package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// ClaimFilter selects claims. Every non-empty field narrows the selection;
// the zero filter selects every claim.
type ClaimFilter struct {
	Article string   // claims of this article
	Source  string   // claims made by this source id
	Event   string   // claims that belong to this event
	IDs     []string // claims with these ids (when non-empty)
	// WholeArticles widens IDs to every claim of the articles those
	// claims come from.
	WholeArticles bool
	// Eventful keeps only the claims that reconcile groups into events
	// (reconcile.Eventful: an event type other than "" and "other",
	// figures, an actor, a target, or the stance "unknown"), so that a
	// reader of whole articles for reconciliation skips the commentary
	// it never looks at without decoding it.
	Eventful bool
}

// eventfulSQL is reconcile.Eventful as a condition on claims c.
const eventfulSQL = `(c.event_type NOT IN ('', '` + claims.EventOther + `') OR c.actor IS NOT NULL OR c.target IS NOT NULL
	OR c.stance = '` + claims.StanceUnknown + `' OR EXISTS (SELECT 1 FROM figures f0 WHERE f0.claim = c.id))`

// where returns the SQL condition on claims c for f, and its arguments.
func (f ClaimFilter) where() (string, []any, error) {
	conds, args := []string{"1"}, []any(nil)
	if f.Article != "" {
		conds, args = append(conds, "c.article = ?"), append(args, f.Article)
	}
	if f.Source != "" {
		conds, args = append(conds, "c.source = ?"), append(args, f.Source)
	}
	if f.Event != "" {
		conds = append(conds, "c.id IN (SELECT claim FROM event_claims WHERE event = ?)")
		args = append(args, f.Event)
	}
	if len(f.IDs) > 0 {
		ids, err := jsonList(f.IDs)
		if err != nil {
			return "", nil, err
		}
		if f.WholeArticles {
			conds = append(conds, "c.article IN (SELECT article FROM claims WHERE id IN (SELECT value FROM json_each(?)))")
		} else {
			conds = append(conds, "c.id IN (SELECT value FROM json_each(?))")
		}
		args = append(args, ids)
	}
	if f.Eventful {
		conds = append(conds, eventfulSQL)
	}
	return strings.Join(conds, " AND "), args, nil
}

// ClaimsOf returns the claims that f selects, ordered by their article's
// ingest order, then by Start (then End, then the extractor's order). Each
// claim comes with its Figures (nil when it has none), its Via chain and its
// Event (nil until reconciled).
func (db *DB) ClaimsOf(ctx context.Context, f ClaimFilter) ([]claims.Claim, error) {
	where, args, err := f.where()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	var cs []claims.Claim
	err = db.view(ctx, func(ctx context.Context, tx *sql.Tx) error {
		var err error
		cs, err = readClaims(ctx, tx, where, args)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return cs, nil
}

// readClaims reads the claims c matching where, with their figures.
func readClaims(ctx context.Context, q queryer, where string, args []any) ([]claims.Claim, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT c.id, c.article, c.start, c.end, c.text,
			c.source, c.source_name, c.source_name_ar, c.source_kind, c.anonymous, c.speaker, c.via,
			c.stance, c.event_type, c.actor, c.target, c.places, c.date, ec.event,
			c.cue, c.cue_start, c.cue_end, c.rules, c.response
		FROM claims c
		JOIN articles a ON a.id = c.article
		LEFT JOIN event_claims ec ON ec.claim = c.id
		WHERE (`+where+`)
		ORDER BY a.seq, c.start, c.end, c.ordinal`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cs []claims.Claim
	index := make(map[string]int)
	for rows.Next() {
		var c claims.Claim
		var speaker, via, actor, target, places, date, event, cue, rules sql.NullString
		var cueStart, cueEnd sql.NullInt64
		if err := rows.Scan(&c.ID, &c.Article, &c.Start, &c.End, &c.Text,
			&c.Source.ID, &c.Source.Name, &c.Source.NameAr, &c.Source.Kind, &c.Source.Anonymous,
			&speaker, &via,
			&c.Stance, &c.EventType, &actor, &target, &places, &date, &event,
			&cue, &cueStart, &cueEnd, &rules, &c.Response); err != nil {
			return nil, err
		}
		c.Source.Speaker, c.Cue = speaker.String, cue.String
		c.Actor, c.Target, c.Date, c.Event = ptr(actor), ptr(target), ptr(date), ptr(event)
		if cueStart.Valid {
			c.CueSpan = &claims.Span{Start: int(cueStart.Int64), End: int(cueEnd.Int64)}
		}
		if err := decodeJSON("via", via, &c.Via); err != nil {
			return nil, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		if err := decodeJSON("places", places, &c.Places); err != nil {
			return nil, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		if err := decodeJSON("rules", rules, &c.Rules); err != nil {
			return nil, fmt.Errorf("claim %s: %w", c.ID, err)
		}
		index[c.ID] = len(cs)
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(cs) == 0 {
		return nil, nil
	}

	rows, err = q.QueryContext(ctx, `
		SELECT f.claim, f.outcome, f.grp, f.low, f.high, f.qualifier, f.earlier,
			f.span_start, f.span_end, f.subset
		FROM figures f
		WHERE f.claim IN (SELECT c.id FROM claims c WHERE (`+where+`))
		ORDER BY f.claim, f.ordinal`, args...)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var claim string
		var f claims.Figure
		var high sql.NullInt64
		if err := rows.Scan(&claim, &f.Outcome, &f.Group, &f.Low, &high, &f.Qualifier, &f.Earlier,
			&f.Span.Start, &f.Span.End, &f.Subset); err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		if high.Valid {
			h := int(high.Int64)
			f.High = &h
		}
		i, ok := index[claim]
		if !ok {
			continue // a claim written between the two queries; cannot happen in a transaction
		}
		cs[i].Figures = append(cs[i].Figures, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return cs, nil
}
