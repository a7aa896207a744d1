package report

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// Fact-check notes.
//
// A finding is one account's value for one field of an event ("SOHR: at
// least 11 killed"). Without opts.Event the notes cover every disputed
// finding: each position in a discrepancy other than a revision (the
// account that says it does not know is shown under the finding it leaves
// open, not as a finding). With opts.Event they cover every finding of
// that event, disputed or not.
//
// Status:
//   - contested: another account contradicts it in a conflict (casualties,
//     perpetrator, target, occurrence; see reconcile.Position.Against);
//   - consistent: at least one other account gives the same value and
//     none contradicts it;
//   - single source: no other account speaks to it.
//
// Accounts are counted as reconcile counts them: under the innermost
// source, relays folded in.

type finding struct {
	eventID, eventTitle string
	field, sourceID     string
	source, value, side string
	rules               []string
	claims              []*claims.Claim
	support, contradict []evidence
	unknown             []evidence
	status              string
}

var ruleText = map[string]string{
	"casualties.ranges_disjoint":     "figures for the same outcome and compatible victim groups whose ranges do not overlap",
	"perpetrator.competing":          "different perpetrators asserted",
	"perpetrator.asserted_vs_denied": "a perpetrator asserted by one source and denied by another",
	"target.military_vs_civilian":    "what was hit characterised as military by one source and as civilian by another (word lists)",
	"occurrence.asserted_vs_denied":  "the event asserted by one source and denied by another",
	"gap.perpetrator":                "one source names the perpetrator, another says it does not know",
	"gap.toll":                       "one source gives a toll, another says it does not know it",
	"agreement":                      "values compared across the event's accounts",
}

// fieldOf maps a discrepancy to the field its findings are about.
func fieldOf(d reconcile.Discrepancy) string {
	switch d.Kind {
	case reconcile.KindPerpetrator, reconcile.KindGap:
		if d.Field == "actor" {
			return "perpetrator"
		}
	}
	return d.Field
}

func (b builder) findings(ev reconcile.Event, all bool) []*finding {
	title := b.event(ev, false).Title
	byKey := map[string]*finding{}
	var order []string
	get := func(field string, p reconcile.Position) *finding {
		key := field + "\x00" + p.Source + "\x00" + p.Side
		f := byKey[key]
		if f == nil {
			f = &finding{eventID: ev.ID, eventTitle: title, field: field, sourceID: p.Source,
				source: b.positionName(p), value: p.Value, side: p.Side}
			for _, id := range p.Claims {
				if c := b.claim(id); c != nil {
					f.claims = append(f.claims, c)
				}
			}
			byKey[key] = f
			order = append(order, key)
		}
		return f
	}
	ev2 := func(p reconcile.Position) []evidence {
		var out []evidence
		name := b.positionName(p)
		for _, id := range p.Claims {
			if c := b.claim(id); c != nil {
				out = append(out, b.evidenceOf(c, name, p.Value))
			}
		}
		return out
	}
	for _, d := range ev.Discrepancies {
		if d.Kind == reconcile.KindRevision {
			continue
		}
		field := fieldOf(d)
		// Position.Against says who contradicts whom; discrepancies
		// without it (older stores) fall back to "another side".
		withAgainst := slices.ContainsFunc(d.Positions, func(p reconcile.Position) bool { return len(p.Against) > 0 })
		for i, p := range d.Positions {
			if p.Side == "unknown" {
				continue
			}
			f := get(field, p)
			if !slices.Contains(f.rules, d.Rule) {
				f.rules = append(f.rules, d.Rule)
			}
			for j, q := range d.Positions {
				if i == j {
					continue
				}
				switch {
				case q.Side == "unknown":
					f.unknown = appendEvidence(f.unknown, ev2(q)...)
				case d.IsNote():
				case withAgainst && slices.Contains(p.Against, q.Source),
					!withAgainst && q.Side != p.Side:
					f.contradict = appendEvidence(f.contradict, ev2(q)...)
				}
			}
		}
	}
	if all {
		b.addUndisputed(ev, get)
	}
	// Support: other findings of the same field on the same side.
	var out []*finding
	for _, k := range order {
		f := byKey[k]
		for _, k2 := range order {
			g := byKey[k2]
			if g != f && g.field == f.field && g.side == f.side && g.sourceID != f.sourceID {
				for _, c := range g.claims {
					f.support = appendEvidence(f.support, b.evidenceOf(c, g.source, g.value))
				}
			}
		}
		switch {
		case len(f.contradict) > 0:
			f.status = "contested"
		case len(f.support) > 0:
			f.status = "consistent"
		default:
			f.status = "single source"
		}
		out = append(out, f)
	}
	return out
}

// addUndisputed adds a finding per account and value of the event's
// figures, perpetrator and target that no discrepancy already covers,
// sided by value (figures), actor class (perpetrator) or target class, so
// that equal values support each other.
func (b builder) addUndisputed(ev reconcile.Event, get func(string, reconcile.Position) *finding) {
	var cs []*claims.Claim
	for _, id := range ev.Claims {
		if c := b.claim(id); c != nil {
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(x, y *claims.Claim) int {
		return cmp.Or(cmp.Compare(reconcile.AccountKey(*x), reconcile.AccountKey(*y)),
			cmp.Compare(x.Article, y.Article), cmp.Compare(x.Start, y.Start))
	})
	add := func(field string, c *claims.Claim, value, side string) {
		if hasFinding(ev, field, c.Source.ID) {
			return
		}
		f := get(field, reconcile.Position{Source: c.Source.ID, Value: value, Side: side})
		if !containsClaim(f.claims, c.ID) {
			f.claims = append(f.claims, c)
		}
		if !slices.Contains(f.rules, "agreement") {
			f.rules = append(f.rules, "agreement")
		}
	}
	for _, o := range outcomeOrder {
		for _, c := range cs {
			if c.Stance == claims.StanceDenies || c.Stance == claims.StanceUnknown {
				continue
			}
			for _, fg := range c.Figures {
				if fg.Outcome == o && !fg.Subset && !fg.Earlier {
					add(o, c, reconcile.DescribeFigure(fg), reconcile.FigureValue(fg))
				}
			}
		}
	}
	for _, c := range cs {
		if c.Actor == nil || c.EventType == claims.EventInterception || *c.Actor == "unknown" ||
			c.Stance == claims.StanceUnknown {
			continue
		}
		side := reconcile.ActorClass(*c.Actor)
		if c.Stance == claims.StanceDenies {
			side = "not:" + side
		}
		add("perpetrator", c, cellValues("perpetrator", c)[0], side)
	}
	for _, c := range cs {
		if c.Target == nil || c.Stance == claims.StanceDenies {
			continue
		}
		side := reconcile.TargetClass(*c.Target)
		if side == "" || side == reconcile.TargetMixed {
			side = *c.Target
		}
		add("target", c, cellValues("target", c)[0], side)
	}
}

func containsClaim(cs []*claims.Claim, id string) bool {
	return slices.ContainsFunc(cs, func(c *claims.Claim) bool { return c.ID == id })
}

// hasFinding: a discrepancy (other than a revision) already has a
// position of this source on this field; a toll gap covers every
// casualty field.
func hasFinding(ev reconcile.Event, field, source string) bool {
	for _, d := range ev.Discrepancies {
		if d.Kind == reconcile.KindRevision {
			continue
		}
		f := fieldOf(d)
		if f != field && !(f == "casualties" && field != "perpetrator" && field != "target") {
			continue
		}
		for _, p := range d.Positions {
			if p.Source == source && p.Side != "unknown" {
				return true
			}
		}
	}
	return false
}

func appendEvidence(es []evidence, more ...evidence) []evidence {
	for _, e := range more {
		if !slices.ContainsFunc(es, func(x evidence) bool { return x.ClaimID == e.ClaimID && x.Source == e.Source }) {
			es = append(es, e)
		}
	}
	return es
}

// firstAppearance is the finding's claim in the earliest published
// article (then article id, then position).
func (b builder) firstAppearance(f *finding) *claims.Claim {
	cs := slices.Clone(f.claims)
	slices.SortFunc(cs, func(x, y *claims.Claim) int {
		px, py := b.in.Articles[x.Article].Published, b.in.Articles[y.Article].Published
		if px != py && px != "" && py != "" {
			return cmp.Compare(px, py)
		}
		return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Start, y.Start))
	})
	if len(cs) == 0 {
		return nil
	}
	return cs[0]
}

func (b builder) method(f *finding) string {
	var rs []string
	for _, r := range f.rules {
		if t, ok := ruleText[r]; ok {
			rs = append(rs, t+" ("+r+")")
		} else {
			rs = append(rs, r)
		}
	}
	s := "riwaya compared the accounts of this event: " + strings.Join(rs, "; ") + ". "
	s += "Relays are folded into the source they relay and count once. "
	switch f.status {
	case "contested":
		n := countSources(f.contradict)
		s += fmt.Sprintf("Contested: %s %s it.", plural(n, "independent account"), agree(n, "contradicts", "contradict"))
	case "consistent":
		n := countSources(f.support)
		s += fmt.Sprintf("Consistent: %s %s the same value and none contradicts it.", plural(n, "other account"), agree(n, "gives", "give"))
	default:
		s += "Single source: no other account speaks to it."
	}
	return s
}

func agree(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func countSources(es []evidence) int {
	seen := map[string]bool{}
	for _, e := range es {
		seen[e.Source] = true
	}
	return len(seen)
}

func (b builder) allFindings(in Input, opts Options) ([]*finding, error) {
	evs, err := selectEvents(in, opts)
	if err != nil {
		return nil, err
	}
	var out []*finding
	for _, ev := range evs {
		out = append(out, b.findings(ev, opts.Event != "")...)
	}
	return out, nil
}

// Notes writes Markdown fact-check notes: per finding, the claim (its
// Arabic text), who made it and where it first appeared (outlet, date,
// url), the sources that support and contradict it with their text, a
// status (contested / single source / consistent) and how it was derived.
func Notes(w io.Writer, in Input, opts Options) error {
	b := builder{in: in}
	fs, err := b.allFindings(in, opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# Fact-check notes\n\n")
	p("Published %s by %s. %s.\n", cmp.Or(reportDate(in, opts), "undated"), mdText(opts.author()), plural(len(fs), "finding"))
	last := ""
	for _, f := range fs {
		if f.eventID != last {
			p("\n## %s (`%s`)\n", mdText(f.eventTitle), f.eventID)
			last = f.eventID
		}
		p("\n### %s: %s\n\n", mdText(f.source), mdText(f.value))
		first := b.firstAppearance(f)
		if first != nil {
			p("- **Claim:** «%s»\n", mdText(first.Text))
			made := mdText(f.source)
			if v := b.viaNames(first); v != "" {
				made += ", " + mdText(v)
			}
			p("- **Made by:** %s\n", made)
			ref, url := b.articleRef(first.Article)
			p("- **First appeared:** %s\n", mdRef(ref, url))
		}
		mdList(p, "Supported by", f.support)
		mdList(p, "Contradicted by", f.contradict)
		if len(f.unknown) > 0 {
			mdList(p, "Does not know", f.unknown)
		}
		p("- **Status:** %s\n", f.status)
		p("- **Method:** %s\n", mdText(b.method(f)))
	}
	return bw.Flush()
}

func mdList(p func(string, ...any), label string, es []evidence) {
	if len(es) == 0 {
		p("- **%s:** none\n", label)
		return
	}
	p("- **%s:**\n", label)
	for _, e := range es {
		via := ""
		if e.Via != "" {
			via = " (" + mdText(e.Via) + ")"
		}
		p("  - %s%s: %s — «%s» — %s\n", mdText(e.Source), via, mdText(e.Value), mdText(e.Text), mdRef(e.Ref, e.URL))
	}
}

// ClaimReview JSON-LD types (schema.org).
type (
	orgLD struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	creativeWorkLD struct {
		Type          string `json:"@type"`
		URL           string `json:"url,omitempty"`
		Headline      string `json:"headline,omitempty"`
		DatePublished string `json:"datePublished,omitempty"`
		Publisher     *orgLD `json:"publisher,omitempty"`
	}
	claimLD struct {
		Type          string           `json:"@type"`
		Author        orgLD            `json:"author"`
		DatePublished string           `json:"datePublished,omitempty"`
		Appearance    []creativeWorkLD `json:"appearance"`
		Text          string           `json:"text,omitempty"`
		InLanguage    string           `json:"inLanguage,omitempty"`
	}
	ratingLD struct {
		Type              string `json:"@type"`
		TextualRating     string `json:"textualRating"`
		RatingExplanation string `json:"ratingExplanation"`
	}
	claimReviewLD struct {
		Context       string   `json:"@context"`
		Type          string   `json:"@type"`
		ClaimReviewed string   `json:"claimReviewed"`
		ItemReviewed  claimLD  `json:"itemReviewed"`
		ReviewRating  ratingLD `json:"reviewRating"`
		Author        orgLD    `json:"author"`
		DatePublished string   `json:"datePublished,omitempty"`
	}
)

// ClaimReview writes the findings Notes covers as a JSON array of
// schema.org ClaimReview items (JSON-LD): claimReviewed, itemReviewed (a
// Claim with its author organisation, first publication date and every
// appearance: url, headline, date, outlet), reviewRating (textualRating
// Contested / Single source / Consistent with its explanation), author
// and datePublished (opts.Date, default the latest article date).
func ClaimReview(w io.Writer, in Input, opts Options) error {
	b := builder{in: in}
	fs, err := b.allFindings(in, opts)
	if err != nil {
		return err
	}
	date := reportDate(in, opts)
	items := make([]claimReviewLD, 0, len(fs))
	for _, f := range fs {
		item := claimReviewLD{
			Context:       "https://schema.org",
			Type:          "ClaimReview",
			ClaimReviewed: f.source + ": " + f.value + " (" + f.eventTitle + ")",
			ItemReviewed: claimLD{
				Type:       "Claim",
				Author:     orgLD{Type: "Organization", Name: f.source},
				Appearance: []creativeWorkLD{},
			},
			ReviewRating: ratingLD{Type: "Rating", TextualRating: ratingName(f.status),
				RatingExplanation: explanation(f, b)},
			Author:        orgLD{Type: "Organization", Name: opts.author()},
			DatePublished: date,
		}
		if first := b.firstAppearance(f); first != nil {
			item.ItemReviewed.DatePublished = b.in.Articles[first.Article].Published
			item.ItemReviewed.Text = first.Text
			item.ItemReviewed.InLanguage = "ar"
		}
		seen := map[string]bool{}
		cs := slices.Clone(f.claims)
		slices.SortFunc(cs, func(x, y *claims.Claim) int { return cmp.Compare(x.Article, y.Article) })
		for _, c := range cs {
			if seen[c.Article] {
				continue
			}
			seen[c.Article] = true
			a := b.in.Articles[c.Article]
			cw := creativeWorkLD{Type: "CreativeWork", Headline: a.Title, DatePublished: a.Published,
				Publisher: &orgLD{Type: "Organization", Name: b.outletName(c.Article)}}
			if safeURL(a.URL) {
				cw.URL = a.URL
			}
			item.ItemReviewed.Appearance = append(item.ItemReviewed.Appearance, cw)
		}
		items = append(items, item)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(true) // JSON-LD is embedded in <script> tags
	return enc.Encode(items)
}

func ratingName(status string) string {
	return strings.ToUpper(status[:1]) + status[1:]
}

func explanation(f *finding, b builder) string {
	var parts []string
	if len(f.contradict) > 0 {
		parts = append(parts, "Contradicted by "+evidenceNames(f.contradict)+".")
	}
	if len(f.support) > 0 {
		parts = append(parts, "Supported by "+evidenceNames(f.support)+".")
	}
	if len(f.unknown) > 0 {
		parts = append(parts, "Not known to "+evidenceNames(f.unknown)+".")
	}
	parts = append(parts, b.method(f))
	return strings.Join(parts, " ")
}

func evidenceNames(es []evidence) string {
	var ns []string
	for _, e := range es {
		s := e.Source + " (" + e.Value + ")"
		if !slices.Contains(ns, s) {
			ns = append(ns, s)
		}
	}
	return strings.Join(ns, ", ")
}
