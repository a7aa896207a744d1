package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// EventFilter selects events. Every non-empty field narrows the selection;
// the zero filter selects every event.
type EventFilter struct {
	IDs []string // events with these ids (when non-empty)
	// Since and Until (YYYY-MM-DD, inclusive) keep the events whose date
	// range (the event's date and its claims' dates) overlaps
	// [Since, Until]; an event with no known date never matches them.
	Since, Until string
	// Place keeps the events at this place: a consensus place or a place
	// any of their claims names or, with DB.Ancestors, a place containing
	// one of those.
	Place  string
	Source string // events this source speaks of: listed in Sources or making one of their claims
}

// where returns the SQL condition on events e for f, and its arguments.
func (f EventFilter) where() (string, []any, error) {
	conds, args := []string{"1"}, []any(nil)
	if len(f.IDs) > 0 {
		ids, err := jsonList(f.IDs)
		if err != nil {
			return "", nil, err
		}
		conds, args = append(conds, "e.id IN (SELECT value FROM json_each(?))"), append(args, ids)
	}
	if f.Since != "" {
		if err := checkDate(f.Since); err != nil {
			return "", nil, fmt.Errorf("since: %w", err)
		}
		conds, args = append(conds, "e.date_max >= ?"), append(args, f.Since)
	}
	if f.Until != "" {
		if err := checkDate(f.Until); err != nil {
			return "", nil, fmt.Errorf("until: %w", err)
		}
		conds, args = append(conds, "e.date_min <= ?"), append(args, f.Until)
	}
	if f.Place != "" {
		conds = append(conds, "e.id IN (SELECT event FROM event_places WHERE place = ?)")
		args = append(args, f.Place)
	}
	if f.Source != "" {
		conds = append(conds, `(EXISTS (SELECT 1 FROM json_each(e.sources) WHERE value = ?)
			OR e.id IN (SELECT ec.event FROM event_claims ec JOIN claims c ON c.id = ec.claim WHERE c.source = ?))`)
		args = append(args, f.Source, f.Source)
	}
	return strings.Join(conds, " AND "), args, nil
}

// checkDate rejects anything but a YYYY-MM-DD date.
func checkDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return nil
}

// Events returns the events that f selects, with their Claims, Sources,
// Estimates and Discrepancies, ordered by date (undated last), then id.
func (db *DB) Events(ctx context.Context, f EventFilter) ([]reconcile.Event, error) {
	where, args, err := f.where()
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	var es []reconcile.Event
	err = db.view(ctx, func(ctx context.Context, tx *sql.Tx) error {
		var err error
		es, err = readEvents(ctx, tx, where, args)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return es, nil
}

// Event returns the event with the given id, or an error wrapping
// ErrNotFound.
func (db *DB) Event(ctx context.Context, id string) (reconcile.Event, error) {
	var es []reconcile.Event
	err := db.view(ctx, func(ctx context.Context, tx *sql.Tx) error {
		var err error
		es, err = readEvents(ctx, tx, "e.id = ?", []any{id})
		return err
	})
	if err != nil {
		return reconcile.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	if len(es) == 0 {
		return reconcile.Event{}, fmt.Errorf("event %s: %w", id, ErrNotFound)
	}
	return es[0], nil
}

// Block is one blocking key of incremental reconciliation (see
// reconcile.Knowledge.BlockKey): a window of days [From, To] (YYYY-MM-DD,
// inclusive) and a set of places.
type Block struct {
	From, To string
	Places   []string
}

// CandidateEvents is the blocking query of incremental reconciliation: it
// returns the stored events that new claims dated within [from, to]
// (YYYY-MM-DD, inclusive) and naming places could belong to. It is
// CandidateEventsOf with one block.
func (db *DB) CandidateEvents(ctx context.Context, from, to string, places []string) ([]reconcile.Event, error) {
	return db.CandidateEventsOf(ctx, []Block{{From: from, To: to, Places: places}})
}

// CandidateEventsOf returns, in one read, the candidate events of every
// block.
//
// Each stored event has a date range, from the earliest to the latest of
// its consensus date and its claims' dates (none when no date is known),
// and a place set: its consensus places, every place its claims name and,
// when DB.Ancestors is set, all their ancestors. An event is a candidate of
// a block when its date range overlaps the block's window and its place
// set meets the block's places; and so is every event whose RespondsTo
// names a candidate. Undated events, events without places and blocks
// without a window or without places have no candidates. When only one of
// From and To is given, the window is that one day.
//
// The result is therefore a superset of what reconcile.UpdateFrom asks for
// (every event holding a claim dated within a block's window whose places
// or their ancestors meet the block's places, and the events that respond
// to those) provided DB.Ancestors is the gazetteer's. Events come ordered
// as by Events, each once.
func (db *DB) CandidateEventsOf(ctx context.Context, blocks []Block) ([]reconcile.Event, error) {
	return db.CandidateEventsAnd(ctx, blocks, nil)
}

// CandidateEventsAnd is CandidateEventsOf that also returns the events
// whose ids are in ids (and the events that respond to those): what a
// reconcile.Loader returns.
func (db *DB) CandidateEventsAnd(ctx context.Context, blocks []Block, ids []string) ([]reconcile.Event, error) {
	return db.CandidateEventsBut(ctx, blocks, ids, nil)
}

// CandidateEventsBut is CandidateEventsAnd without the events whose ids
// are in known, which it does not read: a loader that has returned them
// in an earlier round leaves them out anyway. The events that respond to
// a known event are still candidates.
func (db *DB) CandidateEventsBut(ctx context.Context, blocks []Block, ids []string, known map[string]bool) ([]reconcile.Event, error) {
	type query struct{ from, to, places string }
	var queries []query
	for i, b := range blocks {
		from, to := cmp.Or(b.From, b.To), cmp.Or(b.To, b.From)
		if from == "" {
			continue
		}
		if err := checkDate(from); err != nil {
			return nil, fmt.Errorf("candidate events: block %d: from: %w", i, err)
		}
		if err := checkDate(to); err != nil {
			return nil, fmt.Errorf("candidate events: block %d: to: %w", i, err)
		}
		if from > to {
			return nil, fmt.Errorf("candidate events: block %d: window [%s, %s] ends before it starts", i, from, to)
		}
		places := uniqueNonEmpty(b.Places)
		if len(places) == 0 {
			continue
		}
		q, err := jsonList(places)
		if err != nil {
			return nil, fmt.Errorf("candidate events: %w", err)
		}
		queries = append(queries, query{from, to, q.(string)})
	}
	if len(queries) == 0 && len(ids) == 0 {
		return nil, nil
	}

	var es []reconcile.Event
	err := db.view(ctx, func(ctx context.Context, tx *sql.Tx) error {
		seen := make(map[string]bool)
		asked := ids
		var ids []string
		for _, id := range asked {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		collect := func(rows *sql.Rows, err error) error {
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					return err
				}
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
			return rows.Err()
		}
		// Seeks into event_days by (place, day): the days of the window,
		// and the day '' of events too long to be listed day by day.
		stmt, err := tx.PrepareContext(ctx, `
			SELECT d.event FROM json_each(?3) j JOIN event_days d
				ON d.place = j.value AND d.day BETWEEN ?1 AND ?2
			UNION
			SELECT d.event FROM json_each(?3) j JOIN event_days d ON d.place = j.value AND d.day = ''
				JOIN events e ON e.id = d.event
			WHERE e.date_min <= ?2 AND e.date_max >= ?1`)
		if err != nil {
			return fmt.Errorf("prepare window: %w", err)
		}
		defer stmt.Close()
		for _, q := range queries {
			if err := collect(stmt.QueryContext(ctx, q.from, q.to, q.places)); err != nil {
				return fmt.Errorf("window [%s, %s]: %w", q.from, q.to, err)
			}
		}
		if len(ids) == 0 {
			return nil
		}
		list, err := jsonList(ids)
		if err != nil {
			return err
		}
		if err := collect(tx.QueryContext(ctx, `
			SELECT r.event FROM json_each(?) j JOIN event_responses r ON r.target = j.value`,
			list)); err != nil {
			return fmt.Errorf("responders: %w", err)
		}
		unknown := ids[:0:0]
		for _, id := range ids {
			if !known[id] {
				unknown = append(unknown, id)
			}
		}
		if len(unknown) == 0 {
			return nil
		}
		if list, err = jsonList(unknown); err != nil {
			return err
		}
		es, err = readEvents(ctx, tx, "e.id IN (SELECT value FROM json_each(?))", []any{list})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("candidate events: %w", err)
	}
	return es, nil
}

// uniqueNonEmpty returns the distinct non-empty strings of ss, in order.
func uniqueNonEmpty(ss []string) []string {
	var out []string
	seen := make(map[string]bool, len(ss))
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// readEvents reads the events e matching where, with their discrepancies
// and claims.
func readEvents(ctx context.Context, q queryer, where string, args []any) ([]reconcile.Event, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT e.id, e.event_type, e.date, e.places, e.sources, e.estimates, e.grade, e.responds_to
		FROM events e
		WHERE (`+where+`)
		ORDER BY e.date IS NULL, e.date, e.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var es []reconcile.Event
	index := make(map[string]int)
	for rows.Next() {
		var e reconcile.Event
		var date, places, sources, estimates, respondsTo sql.NullString
		if err := rows.Scan(&e.ID, &e.EventType, &date, &places, &sources, &estimates, &e.Grade, &respondsTo); err != nil {
			return nil, err
		}
		e.Date = ptr(date)
		for _, col := range []struct {
			name string
			s    sql.NullString
			dst  any
		}{
			{"places", places, &e.Places},
			{"sources", sources, &e.Sources},
			{"estimates", estimates, &e.Estimates},
			{"responds_to", respondsTo, &e.RespondsTo},
		} {
			if err := decodeJSON(col.name, col.s, col.dst); err != nil {
				return nil, fmt.Errorf("event %s: %w", e.ID, err)
			}
		}
		index[e.ID] = len(es)
		es = append(es, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(es) == 0 {
		return nil, nil
	}

	sub := `SELECT e.id FROM events e WHERE (` + where + `)`
	if len(es) == 1 {
		// The common case of Event(id): skip re-running the selection.
		sub, args = "?", []any{es[0].ID}
	}

	rows, err = q.QueryContext(ctx, `
		SELECT ec.event, ec.claim FROM event_claims ec
		WHERE ec.event IN (`+sub+`)
		ORDER BY ec.event, ec.ordinal`, args...)
	if err != nil {
		return nil, fmt.Errorf("event claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var event, claim string
		if err := rows.Scan(&event, &claim); err != nil {
			return nil, fmt.Errorf("event claims: %w", err)
		}
		if i, ok := index[event]; ok {
			es[i].Claims = append(es[i].Claims, claim)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("event claims: %w", err)
	}
	rows.Close()

	rows, err = q.QueryContext(ctx, `
		SELECT d.event, d.kind, d.field, d.claims, d.sources, d.vals, d.summary, d.rule, d.positions
		FROM discrepancies d
		WHERE d.event IN (`+sub+`)
		ORDER BY d.event, d.ordinal`, args...)
	if err != nil {
		return nil, fmt.Errorf("discrepancies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var event string
		var d reconcile.Discrepancy
		var cs, ss, vs, rule, positions sql.NullString
		if err := rows.Scan(&event, &d.Kind, &d.Field, &cs, &ss, &vs, &d.Summary, &rule, &positions); err != nil {
			return nil, fmt.Errorf("discrepancies: %w", err)
		}
		if err := errors.Join(
			decodeJSON("claims", cs, &d.Claims),
			decodeJSON("sources", ss, &d.Sources),
			decodeJSON("vals", vs, &d.Values),
			decodeJSON("positions", positions, &d.Positions),
		); err != nil {
			return nil, fmt.Errorf("discrepancy of event %s: %w", event, err)
		}
		d.Rule = rule.String
		if i, ok := index[event]; ok {
			es[i].Discrepancies = append(es[i].Discrepancies, d)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("discrepancies: %w", err)
	}
	return es, nil
}

// ReplaceEvents removes the events whose ids are in remove, then writes
// every event of put, replacing any stored event with the same id, all in
// one transaction.
//
// Removing an event removes its memberships, places and discrepancies and
// leaves its claims without an event (unless put gives them a new one);
// removing an unknown id is not an error. Each event of put takes as its
// members the claims listed in its Claims, which must all be stored: a
// claim that belonged to another event moves to this one. A claim may not
// be listed by two events of put, nor an event id appear twice. When an
// event's Sources is empty it is stored as the distinct sources of its
// claims, in order of first appearance. Each event's blocking keys (date
// range and place set, see CandidateEvents) are computed from the event
// and its claims as stored, with DB.Ancestors as it is at the time.
func (db *DB) ReplaceEvents(ctx context.Context, remove []string, put []reconcile.Event) error {
	if err := checkEvents(put); err != nil {
		return fmt.Errorf("replace events: %w", err)
	}
	err := db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return db.replaceEvents(ctx, tx, remove, put)
	})
	if err != nil {
		return fmt.Errorf("replace events: %w", err)
	}
	return nil
}

// ReplaceAllEvents replaces every stored event with put, in one
// transaction: ResetEvents then ReplaceEvents(ctx, nil, put), without a
// moment in between where the store has no events. `riwaya reconcile
// --all` uses it.
func (db *DB) ReplaceAllEvents(ctx context.Context, put []reconcile.Event) error {
	if err := checkEvents(put); err != nil {
		return fmt.Errorf("replace all events: %w", err)
	}
	err := db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if err := resetEvents(ctx, tx); err != nil {
			return err
		}
		return db.replaceEvents(ctx, tx, nil, put)
	})
	if err != nil {
		return fmt.Errorf("replace all events: %w", err)
	}
	return nil
}

// replaceEvents is ReplaceEvents inside tx.
func (db *DB) replaceEvents(ctx context.Context, tx *sql.Tx, remove []string, put []reconcile.Event) error {
	del, err := tx.PrepareContext(ctx, `DELETE FROM events WHERE id = ?`)
	if err != nil {
		return fmt.Errorf("prepare delete: %w", err)
	}
	defer del.Close()
	for _, id := range remove {
		if _, err := del.ExecContext(ctx, id); err != nil {
			return fmt.Errorf("remove event %s: %w", id, err)
		}
	}
	for _, e := range put {
		if _, err := del.ExecContext(ctx, e.ID); err != nil {
			return fmt.Errorf("replace event %s: %w", e.ID, err)
		}
	}
	w, err := prepareEventWriter(ctx, tx, db.Ancestors)
	if err != nil {
		return err
	}
	defer w.close()
	var ids []string
	for _, e := range put {
		ids = append(ids, e.Claims...)
	}
	if w.members, err = readMemberFacts(ctx, tx, ids); err != nil {
		return fmt.Errorf("claims of the events: %w", err)
	}
	now := db.now()
	for _, e := range put {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.write(ctx, e, now); err != nil {
			return fmt.Errorf("event %s: %w", e.ID, err)
		}
	}
	return nil
}

// checkEvents rejects events the schema cannot hold unambiguously.
func checkEvents(put []reconcile.Event) error {
	ids := make(map[string]bool, len(put))
	owner := make(map[string]string)
	for _, e := range put {
		if e.ID == "" {
			return errors.New("event with an empty id")
		}
		if ids[e.ID] {
			return fmt.Errorf("event %s given twice", e.ID)
		}
		ids[e.ID] = true
		for _, c := range e.Claims {
			if o, ok := owner[c]; ok {
				return fmt.Errorf("claim %s is in both event %s and event %s", c, o, e.ID)
			}
			owner[c] = e.ID
		}
	}
	return nil
}

// eventWriter holds the statements that write one event.
type eventWriter struct {
	stmtSet
	ancestors func(place string) []string // nil: no ancestors

	insert, member, addPlace, addDay, addResponse, discrepancy *sql.Stmt

	members map[string]memberFacts // what the events' claims say of source, places and date
}

// memberFacts is what an event's blocking keys and default sources need of
// one of its claims.
type memberFacts struct {
	source string
	places []string
	date   sql.NullString
	rules  []string
	typ    string // the claim's event type
}

// days is the span of days under which the claim's event must be found
// (see reconcile.ClaimDays).
func (f memberFacts) days() (from, to string) {
	date := f.date.String
	return reconcile.ClaimDays(claims.Claim{Date: &date, Rules: f.rules})
}

// readMemberFacts reads the source, places and date of the claims with
// the given ids (in chunks, to keep each query small).
func readMemberFacts(ctx context.Context, tx *sql.Tx, ids []string) (map[string]memberFacts, error) {
	out := make(map[string]memberFacts, len(ids))
	const chunk = 5000
	for lo := 0; lo < len(ids); lo += chunk {
		list, err := jsonList(ids[lo:min(lo+chunk, len(ids))])
		if err != nil {
			return nil, err
		}
		rows, err := tx.QueryContext(ctx, `
			SELECT id, source, places, date, rules, event_type FROM claims
			WHERE id IN (SELECT value FROM json_each(?))`, list)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id string
			var f memberFacts
			var places, rules sql.NullString
			if err := rows.Scan(&id, &f.source, &places, &f.date, &rules, &f.typ); err != nil {
				rows.Close()
				return nil, err
			}
			if err := decodeJSON("places", places, &f.places); err != nil {
				rows.Close()
				return nil, fmt.Errorf("claim %s: %w", id, err)
			}
			if err := decodeJSON("rules", rules, &f.rules); err != nil {
				rows.Close()
				return nil, fmt.Errorf("claim %s: %w", id, err)
			}
			out[id] = f
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// maxIndexedDays is the longest date range, in days, that event_days
// lists day by day; a longer one is listed once under the empty day ("").
const maxIndexedDays = 31

// prepareEventWriter prepares the statements of an eventWriter in tx.
func prepareEventWriter(ctx context.Context, tx *sql.Tx, ancestors func(string) []string) (*eventWriter, error) {
	w := &eventWriter{ancestors: ancestors}
	var err error
	w.stmtSet, err = prepareStmts(ctx, tx, []stmtSpec{
		{&w.insert, `INSERT INTO events (id, event_type, date, places, sources, estimates, grade, responds_to,
				date_min, date_max, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.member, `INSERT INTO event_claims (claim, event, ordinal) VALUES (?, ?, ?)
			ON CONFLICT (claim) DO UPDATE SET event = excluded.event, ordinal = excluded.ordinal`},
		{&w.addPlace, `INSERT OR IGNORE INTO event_places (event, place) VALUES (?, ?)`},
		{&w.addDay, `INSERT OR IGNORE INTO event_days (place, day, event) VALUES (?, ?, ?)`},
		{&w.addResponse, `INSERT OR IGNORE INTO event_responses (target, event) VALUES (?, ?)`},
		{&w.discrepancy, `INSERT INTO discrepancies (event, ordinal, kind, field, claims, sources, vals, summary, rule, positions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	})
	if err != nil {
		return nil, err
	}
	return w, nil
}

// write inserts e, which must not be stored, with its memberships,
// discrepancies and blocking keys. Its claims' facts must be in w.members.
func (w *eventWriter) write(ctx context.Context, e reconcile.Event, now string) error {
	// The blocking keys: the date range over the event's date and its
	// claims' dates; the place set of its places, its claims' places and
	// all their ancestors, and in event_days the country keys of its
	// claims that name only countries and the country-and-type keys of
	// all its claims (see reconcile.CountryKey, reconcile.TypeKeys). Sources default to its claims' distinct
	// sources, in order of first appearance.
	var dateMin, dateMax string
	addDate := func(d string) {
		if dateMin == "" || d < dateMin {
			dateMin = d
		}
		if dateMax == "" || d > dateMax {
			dateMax = d
		}
	}
	if e.Date != nil {
		addDate(*e.Date)
	}
	places := slices.Clone(e.Places)
	var sources, keys []string
	for _, c := range e.Claims {
		f, ok := w.members[c]
		if !ok {
			return fmt.Errorf("claim %s: %w", c, ErrNotFound)
		}
		if f.date.Valid {
			// A claim dated to a week or month that may recall an event is
			// found under all its days (see reconcile.ClaimDays).
			from, to := f.days()
			addDate(from)
			addDate(to)
		}
		places = append(places, f.places...)
		// A claim naming only countries is found under their country
		// keys (see reconcile.CountryKey), in event_days only.
		keys = append(keys, reconcile.CountryKeys(f.places, w.ancestors)...)
		keys = append(keys, reconcile.TypeKeys(f.places, f.typ, w.ancestors)...)
		if !slices.Contains(sources, f.source) {
			sources = append(sources, f.source)
		}
	}
	if w.ancestors != nil {
		for _, p := range places {
			places = append(places, w.ancestors(p)...)
		}
	}
	places = uniqueNonEmpty(places)
	if len(e.Sources) > 0 {
		sources = e.Sources
	}

	placesJSON, err := jsonList(e.Places)
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	sourcesJSON, err := jsonList(sources)
	if err != nil {
		return fmt.Errorf("sources: %w", err)
	}
	estimates, err := jsonMap(e.Estimates)
	if err != nil {
		return fmt.Errorf("estimates: %w", err)
	}
	respondsTo, err := jsonList(e.RespondsTo)
	if err != nil {
		return fmt.Errorf("responds_to: %w", err)
	}
	if _, err := w.insert.ExecContext(ctx, e.ID, e.EventType, ptrOrNull(e.Date), placesJSON, sourcesJSON,
		estimates, e.Grade, respondsTo, orNull(dateMin), orNull(dateMax), now); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	for i, c := range e.Claims {
		if _, err := w.member.ExecContext(ctx, c, e.ID, i); err != nil {
			return fmt.Errorf("claim %s: %w", c, err)
		}
	}
	for _, p := range places {
		if _, err := w.addPlace.ExecContext(ctx, e.ID, p); err != nil {
			return fmt.Errorf("places: %w", err)
		}
	}
	if err := w.writeDays(ctx, e.ID, append(places, uniqueNonEmpty(keys)...), dateMin, dateMax); err != nil {
		return fmt.Errorf("blocking days: %w", err)
	}
	for _, t := range e.RespondsTo {
		if _, err := w.addResponse.ExecContext(ctx, t, e.ID); err != nil {
			return fmt.Errorf("response to %s: %w", t, err)
		}
	}
	for i, d := range e.Discrepancies {
		cs, err1 := jsonList(d.Claims)
		ss, err2 := jsonList(d.Sources)
		vs, err3 := jsonList(d.Values)
		ps, err4 := jsonList(d.Positions)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return fmt.Errorf("discrepancy %d: %w", i, err)
		}
		if _, err := w.discrepancy.ExecContext(ctx, e.ID, i, d.Kind, d.Field, cs, ss, vs, d.Summary,
			orNull(d.Rule), ps); err != nil {
			return fmt.Errorf("discrepancy %d: %w", i, err)
		}
	}
	return nil
}

// writeDays lists event id in event_days under each of its places for
// each day of [dateMin, dateMax] (YYYY-MM-DD; both empty for an undated
// event, which is not listed), or under the empty day ("") when the range is
// longer than maxIndexedDays or not made of dates.
func (w *eventWriter) writeDays(ctx context.Context, id string, places []string, dateMin, dateMax string) error {
	if dateMin == "" || len(places) == 0 {
		return nil
	}
	first, err1 := time.Parse(time.DateOnly, dateMin)
	last, err2 := time.Parse(time.DateOnly, dateMax)
	var days []string
	if err1 != nil || err2 != nil || last.Sub(first) > maxIndexedDays*24*time.Hour {
		// Too long, or not dates the store can count days of: found by
		// comparing date_min and date_max, as text, with the window.
		days = []string{""}
	} else {
		for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
			days = append(days, d.Format(time.DateOnly))
		}
	}
	for _, p := range places {
		for _, d := range days {
			if _, err := w.addDay.ExecContext(ctx, p, d, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// ResetEvents removes every event, with their memberships, places and
// discrepancies, and leaves every claim without an event, in one
// transaction. `riwaya reconcile --all` starts with it.
func (db *DB) ResetEvents(ctx context.Context) error {
	err := db.update(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return resetEvents(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("reset events: %w", err)
	}
	return nil
}

// resetEvents is ResetEvents inside tx.
func resetEvents(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`DELETE FROM discrepancies`,
		`DELETE FROM event_days`,
		`DELETE FROM event_responses`,
		`DELETE FROM event_places`,
		`DELETE FROM event_claims`,
		`DELETE FROM events`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
