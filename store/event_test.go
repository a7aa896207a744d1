package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// claimSpec describes one claim of seedClaims.
type claimSpec struct {
	id, source string
	date       *string
	places     []string
}

// seedClaims saves one article holding one claim per spec.
func seedClaims(tb testing.TB, db *DB, article string, specs ...claimSpec) {
	tb.Helper()
	a := claims.Article{ID: article, Text: strings.Repeat("خبرٌ. ", len(specs))}
	var cs []claims.Claim
	for i, s := range specs {
		start, end := i*len("خبرٌ. "), (i+1)*len("خبرٌ. ")
		cs = append(cs, claims.Claim{
			ID: s.id, Start: start, End: end, Text: a.Text[start:end],
			Source: claims.Source{ID: s.source, Name: s.source},
			Stance: claims.StanceAsserts, EventType: claims.EventAirstrike,
			Date: s.date, Places: s.places,
		})
	}
	if _, err := db.SaveArticle(context.Background(), a, cs); err != nil {
		tb.Fatal(err)
	}
}

// eventIDs returns the ids of es.
func eventIDs(es []reconcile.Event) []string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestReplaceEvents_RoundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-11"), []string{"conoco_field", "deir_ez_zor"}},
		claimSpec{"c2", "sohr", sp("2019-01-12"), []string{"deir_ez_zor"}},
		claimSpec{"c3", "coalition", nil, nil},
		claimSpec{"c4", "sana", nil, nil},
	)
	e := reconcile.Event{
		ID:        "ev1",
		EventType: claims.EventAirstrike,
		Date:      sp("2019-01-11"),
		Places:    []string{"conoco_field", "deir_ez_zor"},
		Claims:    []string{"c2", "c1", "c3"}, // order is kept
		Sources:   []string{"sana", "sohr", "coalition"},
		Estimates: map[string]reconcile.Estimate{
			"killed":  {Low: 10, Best: 15, High: ip(20), Sources: []string{"sana", "sohr"}},
			"wounded": {Low: 3, Best: 3, High: nil, Sources: []string{"sohr"}},
		},
		Grade: reconcile.GradeContested,
		Discrepancies: []reconcile.Discrepancy{
			{Kind: reconcile.KindCasualties, Field: "killed", Claims: []string{"c1", "c2"}, Sources: []string{"sana", "sohr"},
				Values: []string{"10", "20"}, Summary: "SANA says 10 killed; SOHR says 20."},
			{Kind: reconcile.KindOccurrence, Field: "occurrence", Claims: []string{"c3"}, Sources: []string{"coalition"},
				Values: []string{"denies"}, Summary: "The coalition denies the strike."},
		},
		RespondsTo: []string{"ev0"},
	}
	lone := reconcile.Event{ID: "ev2", EventType: claims.EventOther, Claims: []string{"c4"}, Grade: reconcile.GradeWeak}
	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{e, lone}); err != nil {
		t.Fatal(err)
	}

	got, err := db.Event(ctx, "ev1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(e, got); diff != "" {
		t.Errorf("Event mismatch (-want +got):\n%s", diff)
	}
	// Sources left empty are derived from the claims.
	got, err = db.Event(ctx, "ev2")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"sana"}, got.Sources); diff != "" {
		t.Errorf("derived sources (-want +got):\n%s", diff)
	}
	if _, err := db.Event(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Event(nope) error = %v, want ErrNotFound", err)
	}

	// Claims know their event, from the membership.
	cs, err := db.ClaimsOf(ctx, ClaimFilter{Event: "ev1"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"c1", "c2", "c3"}, claimIDs(cs)); diff != "" {
		t.Errorf("ClaimsOf(ev1) (-want +got):\n%s", diff)
	}
	for _, c := range cs {
		if c.Event == nil || *c.Event != "ev1" {
			t.Errorf("claim %s: event %v, want ev1", c.ID, c.Event)
		}
	}
	if s, err := db.Stats(ctx); err != nil || s.Events != 2 || s.Discrepancies != 2 {
		t.Errorf("Stats = %+v, %v", s, err)
	}
}

// claimIDs returns the ids of cs.
func claimIDs(cs []claims.Claim) []string {
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

// eventOf returns the event of claim id, or "" when it has none, checking
// that the column claims.event, unused since migration 3, stays NULL.
func eventOf(tb testing.TB, db *DB, id string) string {
	tb.Helper()
	cs, err := db.ClaimsOf(context.Background(), ClaimFilter{IDs: []string{id}})
	if err != nil || len(cs) != 1 {
		tb.Fatalf("ClaimsOf(%s) = %d claims, %v", id, len(cs), err)
	}
	var column *string
	if err := db.ro.QueryRow(`SELECT event FROM claims WHERE id = ?`, id).Scan(&column); err != nil {
		tb.Fatal(err)
	}
	if column != nil {
		tb.Errorf("claim %s: claims.event = %q, want NULL (event_claims says %v)", id, *column, cs[0].Event)
	}
	if cs[0].Event == nil {
		return ""
	}
	return *cs[0].Event
}

func TestReplaceEvents_Semantics(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c2", "sohr", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c3", "reuters", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c4", "nyt", sp("2019-01-11"), []string{"idlib"}},
	)
	disc := []reconcile.Discrepancy{{Kind: reconcile.KindGap, Field: "actor", Summary: "x"}}
	ev := func(id string, claims ...string) reconcile.Event {
		return reconcile.Event{ID: id, EventType: "airstrike", Grade: "weak", Claims: claims, Discrepancies: disc}
	}
	events := func() map[string]string {
		m := map[string]string{}
		for _, c := range []string{"c1", "c2", "c3", "c4"} {
			m[c] = eventOf(t, db, c)
		}
		return m
	}

	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{ev("A", "c1", "c2"), ev("B", "c3")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"c1": "A", "c2": "A", "c3": "B", "c4": ""}, events()); diff != "" {
		t.Errorf("after put A, B (-want +got):\n%s", diff)
	}

	// Replacing A with fewer claims leaves c2 without an event.
	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{ev("A", "c1")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"c1": "A", "c2": "", "c3": "B", "c4": ""}, events()); diff != "" {
		t.Errorf("after replacing A (-want +got):\n%s", diff)
	}

	// Merging: remove A and B, put C with all their claims and c4.
	if err := db.ReplaceEvents(ctx, []string{"A", "B", "never-was"}, []reconcile.Event{ev("C", "c1", "c2", "c3", "c4")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"c1": "C", "c2": "C", "c3": "C", "c4": "C"}, events()); diff != "" {
		t.Errorf("after merge (-want +got):\n%s", diff)
	}
	if s, _ := db.Stats(ctx); s.Events != 1 || s.Discrepancies != 1 {
		t.Errorf("after merge Stats = %+v; want 1 event, 1 discrepancy", s)
	}

	// A claim listed by a new event moves out of the event that had it.
	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{ev("D", "c4")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"c1": "C", "c2": "C", "c3": "C", "c4": "D"}, events()); diff != "" {
		t.Errorf("after moving c4 (-want +got):\n%s", diff)
	}
	if c, err := db.Event(ctx, "C"); err != nil || len(c.Claims) != 3 {
		t.Errorf("event C claims = %v, %v; want 3", c.Claims, err)
	}

	// Removing an event leaves its claims without one.
	if err := db.ReplaceEvents(ctx, []string{"D"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := eventOf(t, db, "c4"); got != "" {
		t.Errorf("c4 event after removing D = %q", got)
	}

	// Failures change nothing.
	before, _ := db.Events(ctx, EventFilter{})
	for _, tt := range []struct {
		name   string
		remove []string
		put    []reconcile.Event
		want   string
	}{
		{"unknown claim", []string{"C"}, []reconcile.Event{ev("E", "c1", "ghost")}, "claim ghost"},
		{"claim in two events", []string{"C"}, []reconcile.Event{ev("E", "c1"), ev("F", "c1")}, "in both event"},
		{"event twice", nil, []reconcile.Event{ev("E", "c1"), ev("E", "c2")}, "given twice"},
		{"empty id", nil, []reconcile.Event{ev("", "c1")}, "empty id"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := db.ReplaceEvents(ctx, tt.remove, tt.put)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ReplaceEvents error = %v, want one containing %q", err, tt.want)
			}
			after, err := db.Events(ctx, EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, after); diff != "" {
				t.Errorf("events changed by a failed ReplaceEvents (-before +after):\n%s", diff)
			}
			if got := eventOf(t, db, "c1"); got != "C" {
				t.Errorf("c1 event = %q, want C", got)
			}
		})
	}
}

func TestResetEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c2", "sohr", nil, []string{"idlib"}},
	)
	put := []reconcile.Event{
		{ID: "A", EventType: "airstrike", Grade: "weak", Claims: []string{"c1"}, Places: []string{"idlib"},
			Discrepancies: []reconcile.Discrepancy{{Kind: "gap", Field: "actor", Summary: "s"}}},
		{ID: "B", EventType: "airstrike", Grade: "weak", Claims: []string{"c2"}},
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}
	if err := db.ResetEvents(ctx); err != nil {
		t.Fatal(err)
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Events != 0 || s.Discrepancies != 0 || s.Claims != 2 || s.Articles != 1 {
		t.Errorf("Stats after reset = %+v", s)
	}
	for _, c := range []string{"c1", "c2"} {
		if got := eventOf(t, db, c); got != "" {
			t.Errorf("claim %s still in event %s", c, got)
		}
	}
	var n int
	if err := db.ro.QueryRow(`SELECT (SELECT COUNT(*) FROM event_places) + (SELECT COUNT(*) FROM event_claims)`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d rows left in event_places and event_claims (%v)", n, err)
	}
	// The same events can be written again.
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}
}

func TestCandidateEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-10"), []string{"deir_ez_zor"}},
		claimSpec{"c2", "sohr", sp("2019-01-11"), []string{"idlib"}}, // dated earlier than its event's consensus date
		claimSpec{"c3", "sohr", nil, []string{"deir_ez_zor"}},
		claimSpec{"c4", "sohr", nil, nil},
		claimSpec{"c5", "sana", sp("2019-03-01"), []string{"saraqib"}}, // a place only the claim names
		claimSpec{"c6", "sana", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c7", "sana", sp("2019-01-10"), nil},
		claimSpec{"c8", "sana", sp("2018-11-20"), []string{"deir_ez_zor"}}, // a long event: two months
		claimSpec{"c9", "sana", sp("2019-01-25"), []string{"deir_ez_zor"}},
	)
	put := []reconcile.Event{
		{ID: "E1", Date: sp("2019-01-10"), Places: []string{"deir_ez_zor"}, Claims: []string{"c1"}},
		{ID: "E2", Date: sp("2019-01-12"), Claims: []string{"c2"}},                            // places only from its claim
		{ID: "E3", Places: []string{"deir_ez_zor"}, Claims: []string{"c3"}},                   // places, no date
		{ID: "E4", Claims: []string{"c4"}},                                                    // neither
		{ID: "E5", Date: sp("2019-03-01"), Places: []string{"idlib"}, Claims: []string{"c5"}}, // claim adds saraqib
		{ID: "E6", Date: sp("2019-01-11"), Places: []string{"idlib"}, Claims: []string{"c6"}},
		{ID: "E7", Date: sp("2019-01-10"), Claims: []string{"c7"}}, // dated, no places
		{ID: "E8", Places: []string{"deir_ez_zor"}, Claims: []string{"c8", "c9"}},
	}
	for i := range put {
		put[i].EventType, put[i].Grade = "airstrike", "weak"
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}

	for _, tt := range []struct {
		name     string
		from, to string
		places   []string
		want     []string
	}{
		{"window and place", "2019-01-09", "2019-01-11", []string{"deir_ez_zor"}, []string{"E1", "E8"}},
		{"window, no places", "2019-01-09", "2019-01-11", nil, nil},
		{"window includes the claim's date, not the consensus", "2019-01-11", "2019-01-11", []string{"idlib"}, []string{"E6", "E2"}},
		{"the consensus date", "2019-01-12", "2019-01-12", []string{"idlib"}, []string{"E2"}},
		{"one day given as from", "2019-01-10", "", []string{"deir_ez_zor"}, []string{"E1", "E8"}},
		{"one day given as to", "", "2019-01-10", []string{"deir_ez_zor"}, []string{"E1", "E8"}},
		{"no window", "", "", []string{"deir_ez_zor"}, nil},
		{"no window, no places", "", "", nil, nil},
		{"place from a member claim", "2019-02-25", "2019-03-05", []string{"saraqib"}, []string{"E5"}},
		{"window without events", "2019-02-01", "2019-02-20", []string{"idlib"}, nil},
		{"inside a long event only", "2018-12-20", "2018-12-21", []string{"deir_ez_zor"}, []string{"E8"}},
		{"before a long event", "2018-11-01", "2018-11-19", []string{"deir_ez_zor"}, nil},
		{"duplicate and empty places", "2019-01-11", "2019-01-11", []string{"idlib", "", "idlib"}, []string{"E6", "E2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.CandidateEvents(ctx, tt.from, tt.to, tt.places)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
				t.Errorf("CandidateEvents(%q, %q, %v) (-want +got):\n%s", tt.from, tt.to, tt.places, diff)
			}
			for _, e := range got {
				if len(e.Claims) == 0 {
					t.Errorf("event %s returned without its claims", e.ID)
				}
			}
		})
	}

	// Several blocks in one call: each event once, in order.
	got, err := db.CandidateEventsOf(ctx, []Block{
		{From: "2019-01-09", To: "2019-01-11", Places: []string{"deir_ez_zor"}},
		{From: "2019-01-11", To: "2019-01-12", Places: []string{"idlib"}},
		{From: "2019-01-10", To: "2019-01-10", Places: []string{"deir_ez_zor", "idlib"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"E1", "E6", "E2", "E8"}, eventIDs(got)); diff != "" {
		t.Errorf("CandidateEventsOf (-want +got):\n%s", diff)
	}
	if _, err := db.CandidateEventsOf(ctx, []Block{{From: "2019-01-09", To: "2019-01-11", Places: []string{"x"}},
		{From: "2019-01-12", To: "2019-01-10", Places: []string{"x"}}}); err == nil || !strings.Contains(err.Error(), "block 1") {
		t.Errorf("CandidateEventsOf with a reversed second block: %v", err)
	}

	for _, tt := range []struct{ name, from, to string }{
		{"reversed", "2019-01-12", "2019-01-10"},
		{"not a date", "2019-1-1", "2019-01-10"},
		{"not a date either", "2019-01-01", "yesterday"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := db.CandidateEvents(ctx, tt.from, tt.to, nil); err == nil {
				t.Errorf("CandidateEvents(%q, %q) succeeded", tt.from, tt.to)
			}
		})
	}
}

func TestEvents_Filter(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-10"), []string{"deir_ez_zor"}},
		claimSpec{"c2", "sohr", sp("2019-01-20"), []string{"idlib"}},
		claimSpec{"c3", "nyt", nil, []string{"idlib"}},
	)
	put := []reconcile.Event{
		{ID: "E1", Date: sp("2019-01-10"), Places: []string{"deir_ez_zor"}, Claims: []string{"c1"}},
		{ID: "E2", Date: sp("2019-01-20"), Places: []string{"idlib"}, Claims: []string{"c2"}, Sources: []string{"sohr", "reuters"}},
		{ID: "E3", Places: []string{"idlib"}, Claims: []string{"c3"}},
	}
	for i := range put {
		put[i].EventType, put[i].Grade = "airstrike", "weak"
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		filter EventFilter
		want   []string
	}{
		{"all, dated first", EventFilter{}, []string{"E1", "E2", "E3"}},
		{"ids", EventFilter{IDs: []string{"E3", "E1"}}, []string{"E1", "E3"}},
		{"since", EventFilter{Since: "2019-01-15"}, []string{"E2"}},
		{"until", EventFilter{Until: "2019-01-15"}, []string{"E1"}},
		{"since and until", EventFilter{Since: "2019-01-10", Until: "2019-01-20"}, []string{"E1", "E2"}},
		{"place", EventFilter{Place: "idlib"}, []string{"E2", "E3"}},
		{"source of a claim", EventFilter{Source: "nyt"}, []string{"E3"}},
		{"source listed only", EventFilter{Source: "reuters"}, []string{"E2"}},
		{"derived source", EventFilter{Source: "sana"}, []string{"E1"}},
		{"place and source", EventFilter{Place: "idlib", Source: "sohr"}, []string{"E2"}},
		{"nothing", EventFilter{Place: "aleppo"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Events(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
				t.Errorf("Events(%+v) (-want +got):\n%s", tt.filter, diff)
			}
			for _, e := range got {
				if len(e.Sources) == 0 || len(e.Claims) == 0 {
					t.Errorf("event %s: sources %v, claims %v", e.ID, e.Sources, e.Claims)
				}
			}
		})
	}
	if _, err := db.Events(ctx, EventFilter{Since: "Jan 1"}); err == nil {
		t.Error("Events with a bad Since succeeded")
	}
}

// tree is a small gazetteer: child -> parent.
var tree = map[string]string{
	"deir_ez_zor": "syria", "conoco_field": "deir_ez_zor", "omar_field": "deir_ez_zor",
	"idlib": "syria", "saraqib": "idlib",
	"anbar": "iraq",
}

// ancestors returns the places containing p in tree, nearest first.
func ancestors(p string) []string {
	var out []string
	for a, ok := tree[p]; ok; a, ok = tree[a] {
		out = append(out, a)
	}
	return out
}

func TestCandidateEvents_Ancestors(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name      string
		ancestors func(string) []string
		want      []string
	}{
		{"places as named", nil, nil},
		{"with ancestors", ancestors, []string{"E1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			db.Ancestors = tt.ancestors
			seedClaims(t, db, "art", claimSpec{"c1", "sana", sp("2019-01-10"), []string{"omar_field"}})
			if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{{ID: "E1", EventType: "airstrike", Grade: "weak",
				Date: sp("2019-01-10"), Places: []string{"omar_field"}, Claims: []string{"c1"}}}); err != nil {
				t.Fatal(err)
			}
			// A claim at the Conoco field, blocked as reconcile.BlockKey does.
			got, err := db.CandidateEvents(ctx, "2019-01-09", "2019-01-11", []string{"conoco_field", "deir_ez_zor", "syria"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
				t.Errorf("CandidateEvents (-want +got):\n%s", diff)
			}
			// "Every event at deir_ez_zor" finds it too, with ancestors.
			got, err = db.Events(ctx, EventFilter{Place: "deir_ez_zor"})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
				t.Errorf("Events(Place: deir_ez_zor) (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCandidateEvents_Responders(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-10"), []string{"idlib"}},
		claimSpec{"c2", "sohr", sp("2019-06-01"), []string{"anbar"}},
		claimSpec{"c3", "sohr", sp("2019-06-02"), []string{"anbar"}},
	)
	put := []reconcile.Event{
		{ID: "E1", Date: sp("2019-01-10"), Places: []string{"idlib"}, Claims: []string{"c1"}},
		// Far away in time and place, but answers E1.
		{ID: "R1", Date: sp("2019-06-01"), Places: []string{"anbar"}, Claims: []string{"c2"}, RespondsTo: []string{"E1"}},
		{ID: "R2", Date: sp("2019-06-02"), Places: []string{"anbar"}, Claims: []string{"c3"}, RespondsTo: []string{"R1"}},
	}
	for i := range put {
		put[i].EventType, put[i].Grade = "airstrike", "weak"
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}
	got, err := db.CandidateEvents(ctx, "2019-01-09", "2019-01-11", []string{"idlib"})
	if err != nil {
		t.Fatal(err)
	}
	// One level only: R2 answers R1, which is not a candidate by itself.
	if diff := cmp.Diff([]string{"E1", "R1"}, eventIDs(got)); diff != "" {
		t.Errorf("CandidateEvents (-want +got):\n%s", diff)
	}
	// Asked by id, with their responders.
	got, err = db.CandidateEventsAnd(ctx, nil, []string{"R1"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"R1", "R2"}, eventIDs(got)); diff != "" {
		t.Errorf("CandidateEventsAnd by id (-want +got):\n%s", diff)
	}
	// Known events are left out, their responders are not.
	for _, tt := range []struct {
		known map[string]bool
		want  []string
	}{
		{nil, []string{"R1", "R2"}},
		{map[string]bool{"R1": true}, []string{"R2"}},
		{map[string]bool{"R2": true}, []string{"R1"}},
		{map[string]bool{"R1": true, "R2": true}, nil},
		{map[string]bool{"E1": true}, []string{"R1", "R2"}},
	} {
		got, err = db.CandidateEventsBut(ctx, nil, []string{"R1"}, tt.known)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
			t.Errorf("CandidateEventsBut by id, known %v (-want +got):\n%s", tt.known, diff)
		}
	}
	// A removed responder no longer answers.
	if err := db.ReplaceEvents(ctx, []string{"R1"}, nil); err != nil {
		t.Fatal(err)
	}
	got, err = db.CandidateEventsAnd(ctx, nil, []string{"E1"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"E1"}, eventIDs(got)); diff != "" {
		t.Errorf("CandidateEventsAnd after removing R1 (-want +got):\n%s", diff)
	}
}

// TestCandidateEvents_CoversBlockKey checks, on random stores, that
// CandidateEvents returns every event that reconcile.UpdateFrom asks for: every
// event holding a claim dated within [from, to] whose places, with their
// ancestors, meet the query's (a query made as reconcile.BlockKey makes
// one: the day before to the day after a claim's date, its places and
// their ancestors).
func TestCandidateEvents_CoversBlockKey(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	places := []string{"syria", "deir_ez_zor", "conoco_field", "omar_field", "idlib", "saraqib", "anbar", "iraq"}
	day := func(d int) string { return time.Date(2019, 1, 1+d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) }
	blockPlaces := func(ps []string) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			m[p] = true
			for _, a := range ancestors(p) {
				m[a] = true
			}
		}
		return m
	}
	for round := range 20 {
		db := MustOpenDB(t)
		db.Ancestors = ancestors
		var specs []claimSpec
		for i := range 40 {
			s := claimSpec{id: fmt.Sprintf("c%d", i), source: "sana"}
			if rng.IntN(5) > 0 {
				s.date = sp(day(rng.IntN(20)))
			}
			for range rng.IntN(3) {
				s.places = append(s.places, places[rng.IntN(len(places))])
			}
			specs = append(specs, s)
		}
		seedClaims(t, db, "art", specs...)
		// Random events of 1-4 claims; their consensus is one claim's.
		var put []reconcile.Event
		member := map[string][]claimSpec{}
		for i := 0; i < len(specs); {
			n := 1 + rng.IntN(4)
			e := reconcile.Event{ID: fmt.Sprintf("E%d", i), EventType: "airstrike", Grade: "weak"}
			for _, s := range specs[i:min(i+n, len(specs))] {
				e.Claims = append(e.Claims, s.id)
				member[e.ID] = append(member[e.ID], s)
			}
			c := member[e.ID][rng.IntN(len(member[e.ID]))]
			e.Date, e.Places = c.date, c.places
			put = append(put, e)
			i += n
		}
		if err := db.ReplaceEvents(ctx, nil, put); err != nil {
			t.Fatal(err)
		}
		for q := range 30 {
			d := rng.IntN(20)
			from, to := day(d-1), day(d+1)
			qp := blockPlaces([]string{places[rng.IntN(len(places))]})
			var query []string
			for p := range qp {
				query = append(query, p)
			}
			got, err := db.CandidateEvents(ctx, from, to, query)
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, id := range eventIDs(got) {
				have[id] = true
			}
			for _, e := range put {
				for _, c := range member[e.ID] {
					if c.date == nil || *c.date < from || *c.date > to {
						continue
					}
					meet := false
					for p := range blockPlaces(c.places) {
						meet = meet || qp[p]
					}
					if meet && !have[e.ID] {
						t.Errorf("round %d query %d [%s, %s] %v: event %s (claim %s at %v on %s) missing",
							round, q, from, to, query, e.ID, c.id, c.places, *c.date)
					}
				}
			}
		}
	}
}

func TestReplaceAllEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-11"), []string{"idlib"}},
		claimSpec{"c2", "sohr", nil, []string{"idlib"}},
	)
	ev := func(id string, claims ...string) reconcile.Event {
		return reconcile.Event{ID: id, EventType: "airstrike", Grade: "weak", Claims: claims}
	}
	if err := db.ReplaceEvents(ctx, nil, []reconcile.Event{ev("A", "c1"), ev("B", "c2")}); err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceAllEvents(ctx, []reconcile.Event{ev("C", "c2")}); err != nil {
		t.Fatal(err)
	}
	es, err := db.Events(ctx, EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"C"}, eventIDs(es)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if got := eventOf(t, db, "c1"); got != "" {
		t.Errorf("c1 in event %q, want none", got)
	}
	if got := eventOf(t, db, "c2"); got != "C" {
		t.Errorf("c2 in event %q, want C", got)
	}
	// A failure keeps the events as they were.
	if err := db.ReplaceAllEvents(ctx, []reconcile.Event{ev("D", "ghost")}); err == nil {
		t.Fatal("ReplaceAllEvents with an unknown claim succeeded")
	}
	if es, err := db.Events(ctx, EventFilter{}); err != nil || len(es) != 1 || es[0].ID != "C" {
		t.Errorf("events after a failed ReplaceAllEvents = %v, %v", eventIDs(es), err)
	}
}

// TestMigration2_FillsEventDays: a store written before event_days existed
// finds its candidate events once Open has applied migration 2 (and
// migration 3 empties claims.event, which it no longer mirrors).
func TestMigration2_FillsEventDays(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Ancestors = ancestors
	seedClaims(t, db, "art",
		claimSpec{"c1", "sana", sp("2019-01-10"), []string{"omar_field"}},
		claimSpec{"c2", "sohr", sp("2019-01-12"), []string{"omar_field"}},
		claimSpec{"c3", "sana", sp("2018-06-01"), []string{"saraqib"}},
		claimSpec{"c4", "sana", sp("2019-06-01"), []string{"saraqib"}},
	)
	put := []reconcile.Event{
		{ID: "E1", EventType: "airstrike", Grade: "weak", Claims: []string{"c1", "c2"}},
		{ID: "E2", EventType: "airstrike", Grade: "weak", Claims: []string{"c3", "c4"}}, // a year long
	}
	if err := db.ReplaceEvents(ctx, nil, put); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Back to schema 1, as an older riwaya left it.
	raw := rawDB(t, path)
	for _, q := range []string{`DROP TABLE event_days`, `DROP TABLE meta`, `DROP TABLE event_responses`, `DELETE FROM schema_migrations WHERE version >= 2`,
		`UPDATE claims SET event = 'E1' WHERE id IN ('c1', 'c2')`} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db = MustOpenDBAt(t, path)
	if v, err := db.Version(ctx); err != nil || v != SchemaVersion {
		t.Fatalf("Version = %d, %v; want %d", v, err, SchemaVersion)
	}
	// Migration 3 empties the column claims.event.
	for _, id := range []string{"c1", "c2", "c3"} {
		if got := eventOf(t, db, id); got == "" {
			t.Errorf("claim %s lost its event", id)
		}
	}
	for _, tt := range []struct {
		from, to string
		places   []string
		want     []string
	}{
		{"2019-01-11", "2019-01-11", []string{"omar_field"}, []string{"E1"}},
		{"2019-01-11", "2019-01-11", []string{"deir_ez_zor"}, []string{"E1"}}, // an ancestor
		{"2019-01-13", "2019-01-20", []string{"omar_field"}, nil},
		{"2018-12-01", "2018-12-02", []string{"idlib"}, []string{"E2"}},
		{"2019-07-01", "2019-07-02", []string{"idlib"}, nil},
	} {
		got, err := db.CandidateEvents(ctx, tt.from, tt.to, tt.places)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, eventIDs(got)); diff != "" {
			t.Errorf("after migration, CandidateEvents(%s, %s, %v) (-want +got):\n%s", tt.from, tt.to, tt.places, diff)
		}
	}
}
