package pipeline_test

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// missLayer says which layer lost a gold discrepancy the engine did not
// flag, so that a development run shows where work is needed:
//
//	source:  a named source has no claim in any event of the gold event's
//	         articles (attribution lost it);
//	split:   the sources are there but no one event holds enough of them
//	         (grouping);
//	field:   one event holds them, but too few carry the value the kind
//	         compares (figures, actor, target, stance: extraction);
//	split-claim: one event holds the sources, but the claim that carries a
//	         wanted source's gold value (by the gold row's words) was put
//	         in another event of the same articles (a response, a recalled
//	         deed, a neighbouring scene), so the value the kind compares is
//	         missing or another one (grouping at the claim level);
//	rule:    the values are there and the reconciler did not judge them a
//	         conflict.
//
// goldOf names the wanted source whose gold row of the event a claim
// carries ("" for none).
func missLayer(kind string, want map[string]bool, need int, evs []reconcile.Event, overlapping func(reconcile.Event) bool, claimOf map[string]claims.Claim, goldOf func(claims.Claim) string) string {
	seen := map[string]bool{}
	best, bestField := 0, 0
	bestEv := -1
	for i, ev := range evs {
		if !overlapping(ev) {
			continue
		}
		in, withField := map[string]bool{}, map[string]bool{}
		for _, id := range ev.Claims {
			c := claimOf[id]
			for _, s := range claimSources(c) {
				if !want[s] {
					continue
				}
				seen[s], in[s] = true, true
				if carriesField(kind, c) {
					withField[s] = true
				}
			}
		}
		best = max(best, len(in))
		if kind == "occurrence" && !deniedIn(ev, want, claimOf) {
			continue // nobody denies: the denial was not extracted
		}
		if bestEv < 0 || len(withField) > bestField {
			bestEv, bestField = i, len(withField)
		}
	}
	switch {
	case len(seen) < need:
		var lost []string
		for s := range want {
			if !seen[s] {
				lost = append(lost, s)
			}
		}
		sort.Strings(lost)
		return "source (no claim of " + strings.Join(lost, " ") + ")"
	case best < need:
		return "split"
	}
	if moved := displaced(kind, want, evs, bestEv, overlapping, claimOf, goldOf); moved != "" {
		return "split-claim (" + moved + ")"
	}
	if bestField < need {
		return "field"
	}
	return "rule"
}

// displaced lists the wanted sources none of whose gold-row claims stands
// in the home event, while one stands in another overlapping event, each
// with the start of that claim's text. The home event is the one holding
// gold-row claims of the most wanted sources (on a tie, the one of
// fallback, the event holding the most sources with the field).
func displaced(kind string, want map[string]bool, evs []reconcile.Event, fallback int, overlapping func(reconcile.Event) bool, claimOf map[string]claims.Claim, goldOf func(claims.Claim) string) string {
	if kind == "occurrence" || fallback < 0 {
		return ""
	}
	rows := make([]map[string]string, len(evs)) // source -> first claim text
	home := fallback
	for i, ev := range evs {
		if !overlapping(ev) {
			continue
		}
		rows[i] = map[string]string{}
		for _, id := range ev.Claims {
			c := claimOf[id]
			if s := goldOf(c); s != "" && want[s] && rows[i][s] == "" {
				rows[i][s] = snippet(c.Text)
				if os.Getenv("RIWAYA_MISS_DETAIL") != "" {
					rows[i][s] += fmt.Sprintf(" {claim %s %v %s %v resp=%v; its event %s %s %v}", c.EventType, c.Places, deref(c.Date), c.Rules, c.Response, ev.EventType, deref(ev.Date), ev.Places)
				}
			}
		}
	}
	for i, r := range rows {
		if len(r) > len(rows[home]) {
			home = i
		}
	}
	away := map[string]string{}
	for i, r := range rows {
		for s, txt := range r {
			if i != home && rows[home][s] == "" && away[s] == "" {
				away[s] = txt
			}
		}
	}
	var out []string
	for s, txt := range away {
		out = append(out, s+": "+txt)
	}
	sort.Strings(out)
	if len(out) > 0 && os.Getenv("RIWAYA_MISS_DETAIL") != "" {
		h := evs[home]
		out = append(out, fmt.Sprintf("home %s %s %v", h.EventType, deref(h.Date), h.Places))
	}
	return strings.Join(out, "; ")
}

// snippet gives the first words of a claim's text.
func snippet(text string) string {
	w := strings.Fields(text)
	if len(w) > 12 {
		w = append(w[:12], "…")
	}
	return strings.Join(w, " ")
}

// rowsOf gives, for a gold event and discrepancy kind, a function naming
// the source of the gold row (figure, doer or target of that event) whose
// words a claim holds, read without short vowels; "" when it holds none.
func rowsOf(g eventGold, event, kind string, keyOfID map[string]string) func(claims.Claim) string {
	var rows []goldRow
	switch kind {
	case "casualties", "revision":
		for _, f := range g.Figures {
			rows = append(rows, goldRow{Article: f.Article, Event: f.Event, Source: f.Source, Text: f.Text})
		}
	case "perpetrator", "gap":
		rows = g.Actors
	case "target":
		rows = g.Targets
	}
	return func(c claims.Claim) string {
		text := bare(c.Text)
		for _, r := range rows {
			if r.Event == event && r.Text != "" && keyOfID[c.Article] == r.Article && strings.Contains(text, bare(r.Text)) {
				return r.Source
			}
		}
		return ""
	}
}

// bare drops the short vowels and tatweel of Arabic text.
func bare(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x064B && r <= 0x0652 || r == 0x0640 {
			return -1
		}
		return r
	}, s)
}

// claimSources gives the source of a claim and the outlets it came through.
func claimSources(c claims.Claim) []string {
	out := []string{c.Source.ID}
	for _, r := range c.Via {
		out = append(out, r.ID)
	}
	return out
}

// carriesField reports whether a claim holds the value a discrepancy of
// kind compares.
func carriesField(kind string, c claims.Claim) bool {
	switch kind {
	case "casualties", "revision":
		return len(c.Figures) > 0
	case "perpetrator", "gap":
		return c.Actor != nil || c.Stance == claims.StanceDenies
	case "target":
		return c.Target != nil
	case "occurrence":
		// a side that asserts or denies carries its value; missLayer
		// also asks that one of them denies
		return c.Stance == claims.StanceDenies || c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnconfirmed
	}
	return true
}

// deniedIn reports whether one of the wanted sources denies something in
// event ev: without such a claim an occurrence dispute lacks its value.
func deniedIn(ev reconcile.Event, want map[string]bool, claimOf map[string]claims.Claim) bool {
	for _, id := range ev.Claims {
		c := claimOf[id]
		if c.Stance != claims.StanceDenies {
			continue
		}
		for _, s := range claimSources(c) {
			if want[s] {
				return true
			}
		}
	}
	return false
}
