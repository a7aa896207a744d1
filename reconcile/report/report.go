// Package report renders reconciled events for people and programs: the
// JSON of CONTRACT.md, a Markdown and a self-contained HTML report (most
// disputed events first, one line per disagreement with the Arabic
// sentence behind it, or one event side by side), fact-check notes and a
// schema.org ClaimReview feed.
//
// Renderers are pure functions of an Input; they never read the store.
package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// Input is what the renderers show: the events, and the claims, articles
// and names they refer to.
type Input struct {
	Events   []reconcile.Event
	Claims   map[string]claims.Claim   // by claim id
	Articles map[string]claims.Article // by article id
	// SourceNames maps source (and outlet) ids to English names; a
	// missing id shows as the claim's own source name, else the id.
	SourceNames map[string]string
	// PlaceNames maps place ids to English names; optional.
	PlaceNames map[string]string
}

// Options adjust the human-readable renderers.
type Options struct {
	// Event, when set, renders only that event, side by side: a source ×
	// field matrix.
	Event string
	// Title heads the report; default "riwaya report".
	Title string
	// Date is the publication date of notes and ClaimReview items
	// (YYYY-MM-DD); default the latest publication date among the
	// articles, so output is reproducible.
	Date string
	// Author names who publishes notes and reviews; default "riwaya".
	Author string
}

func (o Options) title() string {
	if o.Title != "" {
		return o.Title
	}
	return "riwaya report"
}

func (o Options) author() string {
	if o.Author != "" {
		return o.Author
	}
	return "riwaya"
}

// JSON writes exactly {"events": [...]} as CONTRACT.md describes, most
// disputed events first.
func JSON(w io.Writer, in Input) error {
	evs := sortedEvents(in.Events)
	for i := range evs {
		evs[i] = normalized(evs[i])
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Events []reconcile.Event `json:"events"`
	}{evs})
}

// normalized makes the collections the contract lists arrays, never null.
func normalized(ev reconcile.Event) reconcile.Event {
	if ev.Places == nil {
		ev.Places = []string{}
	}
	if ev.Claims == nil {
		ev.Claims = []string{}
	}
	if ev.Sources == nil {
		ev.Sources = []string{}
	}
	if ev.Estimates == nil {
		ev.Estimates = map[string]reconcile.Estimate{}
	}
	if ev.Discrepancies == nil {
		ev.Discrepancies = []reconcile.Discrepancy{}
	}
	for i, d := range ev.Discrepancies {
		if d.Claims == nil {
			d.Claims = []string{}
		}
		if d.Sources == nil {
			d.Sources = []string{}
		}
		if d.Values == nil {
			d.Values = []string{}
		}
		ev.Discrepancies[i] = d
	}
	return ev
}

func sortedEvents(evs []reconcile.Event) []reconcile.Event {
	out := slices.Clone(evs)
	reconcile.SortEvents(out)
	return out
}

// selectEvents returns the events to render: all, most disputed first, or
// the one opts.Event names.
func selectEvents(in Input, opts Options) ([]reconcile.Event, error) {
	evs := sortedEvents(in.Events)
	if opts.Event == "" {
		return evs, nil
	}
	for _, ev := range evs {
		if ev.ID == opts.Event {
			return []reconcile.Event{ev}, nil
		}
	}
	return nil, fmt.Errorf("report: no event %q", opts.Event)
}

// --- the view model shared by Markdown, HTML and Notes ---

// evidence is one claim shown as the basis of a value.
type evidence struct {
	Source  string // English name of the source
	Value   string // what it says, in English
	ClaimID string
	Text    string // the Arabic text, unchanged
	Via     string // "via SANA, Xinhua", or ""
	Ref     string // "Xinhua, 2022-08-24"
	URL     string
}

type discView struct {
	Kind, Field, Rule string
	Label             string // "casualties (killed)"
	Line              string // "SOHR: at least 11 killed; Iranian advisers: 7 killed"
	Summary           string
	Evidence          []evidence
}

type column struct {
	Name   string
	Relays string // "via SANA, Xinhua", or ""
}

type cellItem struct {
	Value, Text, Via, Ref, URL string
}

type row struct {
	Field string
	Cells [][]cellItem // one per column
}

type matrix struct {
	Columns []column
	Rows    []row
}

type eventView struct {
	ID, Type, Date, Places, Grade string
	Title                         string // "Airstrike — 2022-08-24 — Mayadin, Deir ez-Zor"
	Sources                       string // names, comma-separated
	RespondsTo                    []string
	Estimates                     []string
	Conflicts, Notes              []discView
	Matrix                        *matrix
}

type builder struct {
	in Input
}

func (b builder) sourceName(id string, c *claims.Claim) string {
	if id == "outlet" && c != nil {
		return b.outletName(c.Article) + " (own reporting)"
	}
	if n := b.in.SourceNames[id]; n != "" {
		return n
	}
	if c != nil && c.Source.ID == id && c.Source.Name != "" {
		return c.Source.Name
	}
	return id
}

func (b builder) outletName(article string) string {
	a := b.in.Articles[article]
	switch {
	case a.Outlet != "":
		return a.Outlet
	case a.OutletID != "" && b.in.SourceNames[a.OutletID] != "":
		return b.in.SourceNames[a.OutletID]
	case a.OutletID != "":
		return a.OutletID
	}
	return "unknown outlet"
}

func (b builder) articleRef(article string) (ref, url string) {
	a := b.in.Articles[article]
	parts := []string{b.outletName(article)}
	if a.Published != "" {
		parts = append(parts, a.Published)
	}
	return strings.Join(parts, ", "), a.URL
}

func (b builder) placeName(id string) string {
	if n := b.in.PlaceNames[id]; n != "" {
		return n
	}
	return id
}

func (b builder) claim(id string) *claims.Claim {
	c, ok := b.in.Claims[id]
	if !ok {
		return nil
	}
	return &c
}

func (b builder) viaNames(c *claims.Claim) string {
	if len(c.Via) == 0 {
		return ""
	}
	var ns []string
	for _, r := range c.Via {
		n := b.in.SourceNames[r.ID]
		if n == "" {
			n = cmp.Or(r.Name, r.ID)
		}
		ns = append(ns, n)
	}
	return "via " + strings.Join(ns, ", ")
}

func (b builder) evidenceOf(c *claims.Claim, source, value string) evidence {
	ref, url := b.articleRef(c.Article)
	return evidence{Source: source, Value: value, ClaimID: c.ID, Text: c.Text, Via: b.viaNames(c), Ref: ref, URL: url}
}

// positionName names the account of a position.
func (b builder) positionName(p reconcile.Position) string {
	var c *claims.Claim
	if len(p.Claims) > 0 {
		c = b.claim(p.Claims[0])
	}
	return b.sourceName(p.Source, c)
}

func (b builder) discView(d reconcile.Discrepancy) discView {
	v := discView{Kind: d.Kind, Field: d.Field, Rule: d.Rule, Summary: d.Summary, Label: d.Kind}
	if d.Field != "" && d.Field != d.Kind {
		v.Label += " (" + d.Field + ")"
	}
	var parts []string
	if len(d.Positions) > 0 {
		for _, p := range d.Positions {
			name := b.positionName(p)
			parts = append(parts, name+": "+p.Value)
			for _, id := range p.Claims {
				if c := b.claim(id); c != nil {
					v.Evidence = appendEvidence(v.Evidence, b.evidenceOf(c, name, p.Value))
				}
			}
		}
	} else { // discrepancies without positions: sources and values
		for i, s := range d.Sources {
			val := ""
			if i < len(d.Values) {
				val = d.Values[i]
			}
			parts = append(parts, b.sourceName(s, nil)+": "+val)
		}
		for _, id := range d.Claims {
			if c := b.claim(id); c != nil {
				v.Evidence = append(v.Evidence, b.evidenceOf(c, b.sourceName(c.Source.ID, c), ""))
			}
		}
	}
	v.Line = strings.Join(parts, "; ")
	if d.Kind == reconcile.KindRevision && len(d.Positions) > 1 {
		// One source, earlier → later: "SOHR: 9 killed → 11 killed".
		var vals []string
		for _, p := range d.Positions {
			vals = append(vals, p.Value)
		}
		v.Line = b.positionName(d.Positions[0]) + ": " + strings.Join(vals, " → ")
	}
	return v
}

var outcomeOrder = []string{claims.OutcomeKilled, claims.OutcomeWounded, claims.OutcomeKilledOrWounded,
	claims.OutcomeCaptured, claims.OutcomeMissing}

func (b builder) estimates(ev reconcile.Event) []string {
	var out []string
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range ev.Estimates {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortStableFunc(keys, func(x, y string) int {
		return cmp.Compare(orderOf(outcomeOrder, x), orderOf(outcomeOrder, y))
	})
	for _, o := range keys {
		e := ev.Estimates[o]
		high := "open-ended"
		if e.High != nil {
			high = strconv.Itoa(*e.High)
		}
		var names []string
		for _, s := range e.Sources {
			names = append(names, b.sourceName(s, nil))
		}
		out = append(out, fmt.Sprintf("%s: best %d (low %d, high %s) — %s",
			reconcile.OutcomeName(o), e.Best, e.Low, high, strings.Join(names, ", ")))
	}
	return out
}

func orderOf(list []string, x string) int {
	if i := slices.Index(list, x); i >= 0 {
		return i
	}
	return len(list)
}

func typeTitle(t string) string {
	if t == "" {
		t = "other"
	}
	t = strings.ReplaceAll(t, "_", " ")
	return strings.ToUpper(t[:1]) + t[1:]
}

func (b builder) event(ev reconcile.Event, withMatrix bool) eventView {
	v := eventView{ID: ev.ID, Type: typeTitle(ev.EventType), Grade: ev.Grade, RespondsTo: ev.RespondsTo}
	v.Date = "undated"
	if ev.Date != nil {
		v.Date = *ev.Date
	}
	var ps []string
	for _, p := range ev.Places {
		ps = append(ps, b.placeName(p))
	}
	v.Places = strings.Join(ps, ", ")
	if v.Places == "" {
		v.Places = "place unknown"
	}
	v.Title = v.Type + " — " + v.Date + " — " + v.Places
	var names []string
	for _, s := range ev.Sources {
		var c *claims.Claim
		if s == "outlet" {
			for _, id := range ev.Claims {
				if x := b.claim(id); x != nil && x.Source.ID == "outlet" {
					c = x
					break
				}
			}
		}
		names = append(names, b.sourceName(s, c))
	}
	v.Sources = strings.Join(names, ", ")
	v.Estimates = b.estimates(ev)
	for _, d := range ev.Discrepancies {
		if d.IsNote() {
			v.Notes = append(v.Notes, b.discView(d))
		} else {
			v.Conflicts = append(v.Conflicts, b.discView(d))
		}
	}
	if withMatrix {
		m := b.matrix(ev)
		v.Matrix = &m
	}
	return v
}

// matrix lays one event out side by side: a column per account (relays
// folded under the source they relay), a row per field.
func (b builder) matrix(ev reconcile.Event) matrix {
	type acc struct {
		key, name string
		relays    []string
		claims    []*claims.Claim
	}
	accs := map[string]*acc{}
	for _, id := range ev.Claims {
		c := b.claim(id)
		if c == nil {
			continue
		}
		k := reconcile.AccountKey(*c)
		a := accs[k]
		if a == nil {
			a = &acc{key: k, name: b.sourceName(c.Source.ID, c)}
			accs[k] = a
		}
		a.claims = append(a.claims, c)
		if v := b.viaNames(c); v != "" {
			a.relays = append(a.relays, strings.TrimPrefix(v, "via "))
		}
	}
	list := make([]*acc, 0, len(accs))
	for _, a := range accs {
		slices.Sort(a.relays)
		a.relays = slices.Compact(a.relays)
		slices.SortFunc(a.claims, func(x, y *claims.Claim) int {
			return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Start, y.Start))
		})
		list = append(list, a)
	}
	slices.SortFunc(list, func(x, y *acc) int {
		return cmp.Or(cmp.Compare(strings.ToLower(x.name), strings.ToLower(y.name)), cmp.Compare(x.key, y.key))
	})

	fields := []string{claims.OutcomeKilled, claims.OutcomeWounded}
	for _, a := range list {
		for _, c := range a.claims {
			for _, f := range c.Figures {
				if !slices.Contains(fields, f.Outcome) {
					fields = append(fields, f.Outcome)
				}
			}
		}
	}
	slices.SortStableFunc(fields, func(x, y string) int {
		return cmp.Compare(orderOf(outcomeOrder, x), orderOf(outcomeOrder, y))
	})
	fields = append(fields, "perpetrator", "target", "stance")

	m := matrix{}
	for _, a := range list {
		col := column{Name: a.name}
		if len(a.relays) > 0 {
			col.Relays = "via " + strings.Join(a.relays, "; ")
		}
		m.Columns = append(m.Columns, col)
	}
	for _, f := range fields {
		r := row{Field: f, Cells: make([][]cellItem, len(list))}
		for i, a := range list {
			seen := map[string]bool{}
			for _, c := range a.claims {
				for _, val := range cellValues(f, c) {
					key := val + "\x00" + c.ID
					if f == "stance" {
						key = val // one item per stance
					}
					if seen[key] {
						continue
					}
					seen[key] = true
					ref, url := b.articleRef(c.Article)
					r.Cells[i] = append(r.Cells[i], cellItem{Value: val, Text: c.Text, Via: b.viaNames(c), Ref: ref, URL: url})
				}
			}
		}
		m.Rows = append(m.Rows, r)
	}
	return m
}

// cellValues is what a claim says about one field of the matrix.
func cellValues(field string, c *claims.Claim) []string {
	hedge := func(s string) string {
		switch c.Stance {
		case claims.StanceDenies:
			return "denies: " + s
		case claims.StanceUnconfirmed:
			return s + " (unconfirmed)"
		}
		return s
	}
	switch field {
	case "perpetrator":
		if c.Actor == nil || c.EventType == claims.EventInterception {
			return nil
		}
		if c.Stance == claims.StanceUnknown || *c.Actor == "unknown" {
			return []string{"does not know"}
		}
		return []string{hedge(reconcile.ActorName(*c.Actor))}
	case "target":
		if c.Target == nil {
			return nil
		}
		s := *c.Target
		if cl := reconcile.TargetClass(s); cl != "" {
			s += " (" + cl + ")"
		}
		return []string{hedge(s)}
	case "stance":
		s := c.Stance
		if s == "" {
			s = claims.StanceAsserts
		}
		if c.Stance == claims.StanceUnknown {
			return []string{"does not know"}
		}
		if c.EventType != "" && c.EventType != claims.EventOther {
			s += " " + strings.ReplaceAll(c.EventType, "_", " ")
		}
		return []string{s}
	}
	var out []string
	for _, f := range c.Figures {
		if f.Outcome == field && !f.Subset {
			out = append(out, hedge(reconcile.DescribeFigure(f)))
		}
	}
	if len(out) == 0 && c.Stance == claims.StanceUnknown && c.Actor == nil && len(c.Figures) == 0 &&
		(field == claims.OutcomeKilled || field == claims.OutcomeWounded) {
		out = append(out, "does not know")
	}
	return out
}

// reportDate is opts.Date or the latest publication date of the articles.
func reportDate(in Input, opts Options) string {
	if opts.Date != "" {
		return opts.Date
	}
	d := ""
	for _, a := range in.Articles {
		d = max(d, a.Published)
	}
	return d
}
