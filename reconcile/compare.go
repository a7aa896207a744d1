package reconcile

import (
	"cmp"
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Discrepancies.
//
// Every conflict is between two accounts (see AccountKey): a pair of
// accounts disagreeing on one field gives one discrepancy, so a line reads
// "SOHR: at least 11 killed; Iranian advisers: 7 killed". Claims of one
// account never conflict with each other; a source that changes its own
// figure gives a revision note instead.
//
//   - casualties: two accounts give figures for the same outcome and
//     compatible victim groups (see GroupsCompatible) whose ranges do not
//     overlap ("at least 6" and "at least 10" overlap; 7 and 6 do not).
//     Earlier tolls, subset figures ("among them 4 children"), vague
//     figures and figures from denials or professed ignorance take no part.
//   - perpetrator: two accounts assert (or report unconfirmed) actors that
//     are not equivalent (see ActorClass), or one asserts an actor of an
//     attack that another denies. Interception claims name the defender,
//     not the perpetrator, and take no part.
//   - target: one account characterises what was hit as military, another
//     as civilian (see TargetClass).
//   - occurrence: one account asserts the event that another denies: a
//     denial naming no actor, or a denied movement (withdrawal, deployment,
//     evacuation) whose mover is the actor. Denials that carry a target
//     deny something about the target (Iran denying links with the groups
//     struck), not the event, and take no part.
//   - revision (note): one account gives an earlier toll (Figure.Earlier)
//     and a later one, or different tolls in different articles.
//   - gap (note): one account names the perpetrator, another names
//     "unknown" or says it does not know; one account gives a toll, another
//     says it does not know the toll (stance unknown, no figures, no actor).
//
// Discrepancies are ordered conflicts first (casualties, perpetrator,
// target, occurrence), then notes (gap, revision), then by field, sources
// and claims.

var kindOrder = map[string]int{
	KindCasualties: 0, KindPerpetrator: 1, KindTarget: 2, KindOccurrence: 3, KindGap: 4, KindRevision: 5,
}

// Compare returns the discrepancies among the claims of an event. cs may
// hold more claims than the event's (only those listed in ev.Claims are
// used; all of cs when ev.Claims is empty).
func Compare(ev Event, cs []claims.Claim, k Knowledge) []Discrepancy {
	return compare(membersOf(ev, cs), k)
}

// membersOf picks the event's claims out of cs.
func membersOf(ev Event, cs []claims.Claim) []*claims.Claim {
	var want map[string]bool
	if len(ev.Claims) > 0 {
		want = make(map[string]bool, len(ev.Claims))
		for _, id := range ev.Claims {
			want[id] = true
		}
	}
	out := make([]*claims.Claim, 0, len(ev.Claims))
	seen := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if want != nil && !want[c.ID] {
			continue
		}
		if c.ID != "" && seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		out = append(out, c)
	}
	return out
}

func compare(cs []*claims.Claim, k Knowledge) []Discrepancy {
	accs := accountsOf(cs, k)
	evType := consensusType(cs)
	var out []Discrepancy
	out = append(out, casualtyConflicts(accs, k)...)
	out = append(out, perpetratorConflicts(accs)...)
	out = append(out, targetConflicts(accs, k)...)
	out = append(out, occurrenceConflicts(accs, evType, k)...)
	out = append(out, gaps(accs)...)
	out = append(out, revisions(accs, k)...)
	slices.SortFunc(out, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(kindOrder[a.Kind], kindOrder[b.Kind]), cmp.Compare(a.Field, b.Field),
			slices.Compare(a.Sources, b.Sources), slices.Compare(a.Claims, b.Claims),
			cmp.Compare(a.Summary, b.Summary))
	})
	return out
}

// newDiscrepancy assembles a discrepancy from positions.
func newDiscrepancy(kind, field, rule, summary string, ps ...Position) Discrepancy {
	d := Discrepancy{Kind: kind, Field: field, Rule: rule, Summary: sentence(summary), Positions: ps}
	for _, p := range ps {
		d.Sources = append(d.Sources, p.Source)
		d.Values = append(d.Values, p.Value)
		d.Claims = append(d.Claims, p.Claims...)
	}
	slices.Sort(d.Claims)
	d.Claims = slices.Compact(d.Claims)
	return d
}

func claimIDs(cs ...*claims.Claim) []string {
	ids := make([]string, 0, len(cs))
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func speaks(c *claims.Claim) bool {
	return c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnconfirmed || c.Stance == ""
}

// --- casualties and revisions ---

type figRef struct {
	f claims.Figure
	c *claims.Claim
}

func (r figRef) hi() int {
	if r.f.High == nil {
		return int(^uint(0) >> 1)
	}
	return *r.f.High
}

func overlap(a, b figRef) bool { return a.f.Low <= b.hi() && b.f.Low <= a.hi() }

// accountFigures returns an account's figures for one outcome that can
// take part in comparisons: from claims that assert (or report), not
// subsets. earlier selects tolls the source gave before.
func accountFigures(a *account, outcome string, earlier bool) []figRef {
	var out []figRef
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, f := range c.Figures {
			if f.Outcome == outcome && !f.Subset && f.Earlier == earlier {
				out = append(out, figRef{f, c})
			}
		}
	}
	return out
}

// current picks an account's present figure per victim group: the latest
// published article, then the highest figure.
func current(refs []figRef, k Knowledge) []figRef {
	byGroup := map[string]figRef{}
	var groups []string
	for _, r := range refs {
		g := r.f.Group
		old, ok := byGroup[g]
		if !ok {
			groups = append(groups, g)
			byGroup[g] = r
			continue
		}
		if laterFigure(r, old, k) {
			byGroup[g] = r
		}
	}
	slices.Sort(groups)
	out := make([]figRef, 0, len(groups))
	for _, g := range groups {
		out = append(out, byGroup[g])
	}
	return out
}

func laterFigure(a, b figRef, k Knowledge) bool {
	pa, pb := k.published(a.c.Article), k.published(b.c.Article)
	if pa != pb && pa != "" && pb != "" {
		return pa > pb
	}
	if a.f.Low != b.f.Low {
		return a.f.Low > b.f.Low
	}
	if a.hi() != b.hi() {
		return a.hi() > b.hi()
	}
	return claimOrder(k)(a.c, b.c) < 0
}

func outcomesOf(accs []*account) []string {
	var os []string
	for _, a := range accs {
		for _, c := range a.claims {
			for _, f := range c.Figures {
				os = append(os, f.Outcome)
			}
		}
	}
	slices.Sort(os)
	return slices.Compact(os)
}

func figurePosition(a *account, refs []figRef) Position {
	var vals, descs []string
	var cs []*claims.Claim
	for _, r := range refs {
		vals = append(vals, FigureValue(r.f))
		descs = append(descs, DescribeFigure(r.f))
		cs = append(cs, r.c)
	}
	return Position{Source: a.source, Value: strings.Join(descs, ", "), Side: strings.Join(vals, "; "),
		Claims: claimIDs(cs...)}
}

func casualtyConflicts(accs []*account, k Knowledge) []Discrepancy {
	var out []Discrepancy
	for _, o := range outcomesOf(accs) {
		cur := make([][]figRef, len(accs))
		for i, a := range accs {
			for _, r := range current(accountFigures(a, o, false), k) {
				if r.f.Qualifier != claims.QualVague {
					cur[i] = append(cur[i], r)
				}
			}
		}
		for i := range accs {
			for j := i + 1; j < len(accs); j++ {
				var ri, rj []figRef
				for _, x := range cur[i] {
					for _, y := range cur[j] {
						if GroupsCompatible(x.f.Group, y.f.Group) && !overlap(x, y) {
							ri = appendRef(ri, x)
							rj = appendRef(rj, y)
						}
					}
				}
				if len(ri) == 0 {
					continue
				}
				pi, pj := figurePosition(accs[i], ri), figurePosition(accs[j], rj)
				// Higher figure first.
				if cmp.Or(cmp.Compare(ri[0].f.Low, rj[0].f.Low), cmp.Compare(ri[0].hi(), rj[0].hi())) < 0 {
					pi, pj = pj, pi
				}
				ni, nj := nameOf(accs, pi.Source, k), nameOf(accs, pj.Source, k)
				d := newDiscrepancy(KindCasualties, o, "casualties.ranges_disjoint",
					verb(ni, "says "+pi.Value)+"; "+verb(nj, "says "+pj.Value), pi, pj)
				for x := range d.Values {
					d.Values[x] = d.Positions[x].Side
				}
				out = append(out, d)
			}
		}
	}
	return out
}

func appendRef(rs []figRef, r figRef) []figRef {
	for _, x := range rs {
		if x.c == r.c && x.f == r.f {
			return rs
		}
	}
	return append(rs, r)
}

func nameOf(accs []*account, source string, k Knowledge) string {
	for _, a := range accs {
		if a.source == source {
			return a.name
		}
	}
	return k.name(source, "")
}

func revisions(accs []*account, k Knowledge) []Discrepancy {
	var out []Discrepancy
	for _, o := range outcomesOf(accs) {
		for _, a := range accs {
			earlier := accountFigures(a, o, true)
			now := accountFigures(a, o, false)
			if len(earlier) > 0 && len(now) > 0 {
				cur := current(now, k)
				var before, after []figRef
				for _, e := range earlier {
					for _, n := range cur {
						if GroupsCompatible(e.f.Group, n.f.Group) {
							before = appendRef(before, e)
							after = appendRef(after, n)
						}
					}
				}
				if len(before) > 0 {
					pb, pa := figurePosition(a, before), figurePosition(a, after)
					pb.Side, pa.Side = "earlier", "later"
					pb.Value = strings.ReplaceAll(pb.Value, " (earlier toll)", "")
					d := newDiscrepancy(KindRevision, o, "revision.earlier_toll",
						verb(a.name, "revised its "+OutcomeName(o)+" toll from "+pb.Value+" to "+pa.Value), pb, pa)
					d.Values = []string{figuresValue(before), figuresValue(after)}
					out = append(out, d)
					continue
				}
			}
			// Different tolls from one account in different articles.
			if d, ok := crossArticleRevision(a, o, now, k); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

func figuresValue(rs []figRef) string {
	var vs []string
	for _, r := range rs {
		vs = append(vs, FigureValue(r.f))
	}
	return strings.Join(vs, "; ")
}

// crossArticleRevision notes an account whose figures for one outcome
// and compatible groups, given in different articles, do not overlap.
func crossArticleRevision(a *account, o string, now []figRef, k Knowledge) (Discrepancy, bool) {
	order := claimOrder(k)
	slices.SortStableFunc(now, func(x, y figRef) int { return order(x.c, y.c) })
	for i, x := range now {
		for _, y := range now[i+1:] {
			if x.c.Article == y.c.Article || x.f.Qualifier == claims.QualVague ||
				y.f.Qualifier == claims.QualVague || !GroupsCompatible(x.f.Group, y.f.Group) || overlap(x, y) {
				continue
			}
			px, py := figurePosition(a, []figRef{x}), figurePosition(a, []figRef{y})
			px.Side, py.Side = "earlier", "later"
			pubX, pubY := k.published(x.c.Article), k.published(y.c.Article)
			var summary string
			if pubX != "" && pubY != "" && pubX < pubY {
				summary = verb(a.name, "gave "+px.Value+" on "+pubX+" and "+py.Value+" on "+pubY)
			} else {
				px.Side, py.Side = "one article", "another article"
				summary = verb(a.name, "gave "+px.Value+" in one article and "+py.Value+" in another")
			}
			d := newDiscrepancy(KindRevision, o, "revision.cross_article", summary, px, py)
			d.Values = []string{FigureValue(x.f), FigureValue(y.f)}
			return d, true
		}
	}
	return Discrepancy{}, false
}

// --- perpetrators ---

// actorStand is what one account says about who did it.
type actorStand struct {
	asserted map[string][]*claims.Claim // actor class → claims
	denied   map[string][]*claims.Claim
	unknown  []*claims.Claim // names "unknown" or says it does not know
}

func standOf(a *account) actorStand {
	s := actorStand{asserted: map[string][]*claims.Claim{}, denied: map[string][]*claims.Claim{}}
	for _, c := range a.claims {
		if c.Actor == nil || c.EventType == claims.EventInterception {
			continue
		}
		act := *c.Actor
		switch {
		case act == "unknown" || act == "":
			if c.Stance != claims.StanceDenies {
				s.unknown = append(s.unknown, c)
			}
		case c.Stance == claims.StanceUnknown:
			s.unknown = append(s.unknown, c)
		case c.Stance == claims.StanceDenies:
			if !isMovement(c.EventType) {
				s.denied[ActorClass(act)] = append(s.denied[ActorClass(act)], c)
			}
		default:
			s.asserted[ActorClass(act)] = append(s.asserted[ActorClass(act)], c)
		}
	}
	return s
}

func actorValue(class string, cs []*claims.Claim) string {
	hedged := true
	for _, c := range cs {
		if c.Stance != claims.StanceUnconfirmed {
			hedged = false
		}
	}
	// Name the actor as the claims name it (coalition vs us).
	name := class
	if len(cs) > 0 {
		name = *cs[0].Actor
	}
	if hedged {
		return ActorName(name) + " (unconfirmed)"
	}
	return ActorName(name)
}

func actorPosition(a *account, m map[string][]*claims.Claim, side string) Position {
	classes := slices.Sorted(mapKeys(m))
	var vals []string
	var cs []*claims.Claim
	for _, cl := range classes {
		vals = append(vals, actorValue(cl, m[cl]))
		cs = append(cs, m[cl]...)
	}
	if side == "" {
		side = strings.Join(classes, "+")
	}
	return Position{Source: a.source, Value: joinNames(vals), Side: side, Claims: claimIDs(cs...)}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func perpetratorConflicts(accs []*account) []Discrepancy {
	stands := make([]actorStand, len(accs))
	for i, a := range accs {
		stands[i] = standOf(a)
	}
	var out []Discrepancy
	for i := range accs {
		for j := range accs {
			if i == j {
				continue
			}
			si, sj := stands[i], stands[j]
			// Competing actors (each unordered pair once).
			if i < j && len(si.asserted) > 0 && len(sj.asserted) > 0 && disjointKeys(si.asserted, sj.asserted) {
				pi, pj := actorPosition(accs[i], si.asserted, ""), actorPosition(accs[j], sj.asserted, "")
				if accs[j].first != nil && accs[i].first != nil && firstBefore(accs[j], accs[i]) {
					pi, pj = pj, pi
				}
				ni, nj := nameOfPos(accs, pi), nameOfPos(accs, pj)
				d := newDiscrepancy(KindPerpetrator, "actor", "perpetrator.competing",
					verb(ni, "attributes it to "+pi.Value)+"; "+verb(nj, "attributes it to "+pj.Value), pi, pj)
				d.Values = []string{"actor: " + pi.Side, "actor: " + pj.Side}
				out = append(out, d)
			}
			// Asserted by i, denied by j.
			for cl, denied := range sortedEntries(sj.denied) {
				asserted, ok := si.asserted[cl]
				if !ok {
					continue
				}
				pi := actorPosition(accs[i], map[string][]*claims.Claim{cl: asserted}, cl)
				pj := Position{Source: accs[j].source, Value: "denies " + actorValue(cl, denied),
					Side: "not:" + cl, Claims: claimIDs(denied...)}
				d := newDiscrepancy(KindPerpetrator, "actor", "perpetrator.asserted_vs_denied",
					verb(accs[i].name, "attributes it to "+pi.Value)+"; "+verb(accs[j].name, "denies that "+
						strings.TrimSuffix(actorValue(cl, denied), " (unconfirmed)")+" did it"), pi, pj)
				d.Values = []string{"actor: " + cl, "actor: not " + cl}
				out = append(out, d)
			}
		}
	}
	return out
}

func sortedEntries(m map[string][]*claims.Claim) func(func(string, []*claims.Claim) bool) {
	return func(yield func(string, []*claims.Claim) bool) {
		for _, k := range slices.Sorted(mapKeys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// disjointKeys: no actor class in common. Accounts sharing one actor
// while one adds another are not in conflict.
func disjointKeys(a, b map[string][]*claims.Claim) bool {
	for k := range a {
		if _, ok := b[k]; ok {
			return false
		}
	}
	return true
}

func firstBefore(a, b *account) bool {
	x, y := a.first, b.first
	return cmp.Or(cmp.Compare(x.Article, y.Article), cmp.Compare(x.Start, y.Start)) < 0
}

func nameOfPos(accs []*account, p Position) string {
	for _, a := range accs {
		if a.source == p.Source {
			return a.name
		}
	}
	return p.Source
}

// --- targets ---

func targetConflicts(accs []*account, k Knowledge) []Discrepancy {
	type tstand struct {
		class string
		texts []string
		cs    []*claims.Claim
	}
	stands := make([]tstand, len(accs))
	for i, a := range accs {
		classes := map[string]bool{}
		for _, c := range a.claims {
			if c.Target == nil || c.EventType == claims.EventInterception || c.Stance == claims.StanceDenies {
				continue
			}
			cl := TargetClass(*c.Target)
			if cl == "" {
				continue
			}
			classes[cl] = true
			stands[i].texts = append(stands[i].texts, *c.Target)
			stands[i].cs = append(stands[i].cs, c)
		}
		switch {
		case len(classes) == 1 && !classes[TargetMixed]:
			for cl := range classes {
				stands[i].class = cl
			}
		default:
			stands[i].class = "" // mixed or none: not a side
		}
		slices.Sort(stands[i].texts)
		stands[i].texts = slices.Compact(stands[i].texts)
	}
	var out []Discrepancy
	for i := range accs {
		for j := i + 1; j < len(accs); j++ {
			si, sj := stands[i], stands[j]
			if si.class == "" || sj.class == "" || si.class == sj.class {
				continue
			}
			a, b := i, j
			if firstBefore(accs[j], accs[i]) {
				a, b = j, i
			}
			pa := Position{Source: accs[a].source, Value: strings.Join(stands[a].texts, "; ") + " (" + stands[a].class + ")",
				Side: stands[a].class, Claims: claimIDs(stands[a].cs...)}
			pb := Position{Source: accs[b].source, Value: strings.Join(stands[b].texts, "; ") + " (" + stands[b].class + ")",
				Side: stands[b].class, Claims: claimIDs(stands[b].cs...)}
			d := newDiscrepancy(KindTarget, "target", "target.military_vs_civilian",
				verb(accs[a].name, "describes the target as "+pa.Value)+"; "+accs[b].name+" as "+pb.Value, pa, pb)
			d.Values = []string{"target: " + pa.Value, "target: " + pb.Value}
			out = append(out, d)
		}
	}
	_ = k
	return out
}

// --- occurrence ---

// occurrenceDenials returns the claims in which an account denies the
// event itself.
func occurrenceDenials(a *account) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range a.claims {
		if c.Stance != claims.StanceDenies || c.Target != nil || len(c.Figures) > 0 {
			continue
		}
		if c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" || isMovement(c.EventType) {
			out = append(out, c)
		}
	}
	return out
}

func occurrenceConflicts(accs []*account, evType string, k Knowledge) []Discrepancy {
	var out []Discrepancy
	for j, d := range accs {
		denials := occurrenceDenials(d)
		if len(denials) == 0 {
			continue
		}
		typ := evType
		for _, c := range denials {
			if !isVagueType(c.EventType) {
				typ = c.EventType
				break
			}
		}
		for i, a := range accs {
			if i == j {
				continue
			}
			var asserting []*claims.Claim
			hedged := true
			for _, c := range a.claims {
				if !speaks(c) || isVagueType(c.EventType) || !TypesCompatible(c.EventType, typ) {
					continue
				}
				asserting = append(asserting, c)
				if c.Stance != claims.StanceUnconfirmed {
					hedged = false
				}
			}
			if len(asserting) == 0 {
				continue
			}
			v := "asserts"
			if hedged {
				v = "reports (unconfirmed)"
			}
			noun := strings.TrimPrefix(eventNoun(typ), "the ")
			pa := Position{Source: a.source, Value: v + " " + noun, Side: "asserts", Claims: claimIDs(asserting...)}
			pd := Position{Source: d.source, Value: "denies " + noun, Side: "denies", Claims: claimIDs(denials...)}
			dd := newDiscrepancy(KindOccurrence, "occurrence", "occurrence.asserted_vs_denied",
				verb(a.name, v+" "+eventNoun(typ))+"; "+verb(d.name, "denies it"), pa, pd)
			dd.Values = []string{"occurrence: " + v + " " + noun, "occurrence: denies " + noun}
			out = append(out, dd)
		}
	}
	_ = k
	return out
}

// --- gaps ---

// tollUnknown returns the claims in which an account says it does not
// know the toll: stance unknown, no figures, no actor.
func tollUnknown(a *account) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range a.claims {
		if c.Stance == claims.StanceUnknown && len(c.Figures) == 0 && c.Actor == nil {
			out = append(out, c)
		}
	}
	return out
}

func gaps(accs []*account) []Discrepancy {
	var out []Discrepancy
	stands := make([]actorStand, len(accs))
	for i, a := range accs {
		stands[i] = standOf(a)
	}
	for i, a := range accs {
		for j, b := range accs {
			if i == j {
				continue
			}
			// Perpetrator: a names, b does not know.
			if len(stands[i].asserted) > 0 && len(stands[j].unknown) > 0 && len(stands[j].asserted) == 0 {
				pa := actorPosition(a, stands[i].asserted, "")
				pb := Position{Source: b.source, Value: "does not know who carried it out", Side: "unknown",
					Claims: claimIDs(stands[j].unknown...)}
				d := newDiscrepancy(KindGap, "actor", "gap.perpetrator",
					verb(a.name, "names "+pa.Value+" as the perpetrator")+"; "+verb(b.name, "does not say who carried it out"), pa, pb)
				d.Values = []string{"actor: " + pa.Side, "actor: unknown"}
				out = append(out, d)
			}
			// Toll: a gives figures, b says it does not know.
			unk := tollUnknown(b)
			if len(unk) == 0 || hasFigures(b) {
				continue
			}
			var refs []figRef
			for _, o := range outcomesOf([]*account{a}) {
				if o == claims.OutcomeKilled || o == claims.OutcomeWounded || o == claims.OutcomeKilledOrWounded {
					refs = append(refs, accountFigures(a, o, false)...)
				}
			}
			if len(refs) == 0 {
				continue
			}
			pa := figurePosition(a, refs)
			pb := Position{Source: b.source, Value: "does not know the toll", Side: "unknown", Claims: claimIDs(unk...)}
			d := newDiscrepancy(KindGap, "casualties", "gap.toll",
				verb(a.name, "gives "+pa.Value)+"; "+verb(b.name, "says it does not know the toll"), pa, pb)
			d.Values = []string{pa.Side, "casualties: unknown"}
			out = append(out, d)
		}
	}
	return out
}

func hasFigures(a *account) bool {
	for _, c := range a.claims {
		if len(c.Figures) > 0 {
			return true
		}
	}
	return false
}
