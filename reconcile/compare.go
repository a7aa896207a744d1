package reconcile

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims"
)

// Discrepancies.
//
// A discrepancy gathers every account (see AccountKey) that speaks to one
// disputed question of an event, those agreeing with each other included,
// so a line reads "SOHR: at least 11 killed; Iranian advisers: 7 killed".
// Claims of one account never conflict with each other; a source that
// changes its own figure gives a revision note instead.
//
//   - casualties: two accounts give figures for the same outcome and
//     compatible victim groups (see GroupsCompatible) whose ranges do not
//     overlap ("at least 6" and "at least 10" overlap; 7 and 6 do not;
//     an explicit 0 against "several wounded" does not). Totals (group
//     unknown) are compared with totals and named groups with compatible
//     named groups; a bare total is compared with the sum of another
//     account's breakdown ("31 killed" against "18 SDF fighters and 12
//     soldiers"), while an account that gives both a total and a
//     breakdown is compared by its parts only; but a civilians-only toll
//     is compared with a higher total whose account names fighters among
//     the dead (see civiliansOnlyAgainst). One discrepancy
//     per victim bucket in conflict (civilians; combatants; all, when only
//     unknown-group figures clash), with every account that gives a figure
//     in that bucket for the outcomes in conflict; when totals clash, one
//     discrepancy for everyone. Earlier tolls, subset
//     figures ("among them 4 children") and figures from denials or
//     professed ignorance take no part.
//   - perpetrator: two accounts assert (or report unconfirmed) actors with
//     nothing in common (see ActorClass), or one asserts an actor of an
//     attack that another denies; with every account that names or denies
//     an actor. Interception claims name the defender, not the
//     perpetrator, and take no part; nor do denials that deny the toll or
//     the event rather than who carried it out (see standOf).
//   - target: one account characterises what was hit as military, another
//     as civilian (see TargetClass); with every account that characterises
//     it either way. An account with no word for the target characterises
//     it by whom its death toll counts, when that is only civilians or
//     only fighters (see victimPosition), but two such tolls alone are no
//     dispute.
//   - occurrence: one account asserts what another denies: the event
//     itself (a denial naming no actor, a denied movement whose mover is
//     the actor, or a denial by an enemy of the actor it names, see
//     enemyDenial), or casualties (a denial carrying figures: "no truth that
//     two advisers were killed"). Denials that carry only a target deny
//     something about the target (Iran denying links with the groups
//     struck), not the event, and take no part.
//   - occurrence, field "hit": one account says the attack hit its
//     targets, another that it was intercepted (see interception.go).
//   - revision (note): one account gives an earlier toll (Figure.Earlier)
//     and a later one, or different tolls in different articles, or two
//     different tolls for the same outcome and victim group in one claim
//     ("raised the toll to 22 after 20"), or a toll that a claim says rose
//     against the account's own lower toll earlier in the same article;
//     one note per account.
//   - gap (note): accounts name the perpetrator while others name
//     "unknown" or say they do not know; when none names a party,
//     accounts that blame unnamed attackers ("terrorist organisations")
//     while others say they do not know who did it (see
//     vagueAgainstUnknown); or accounts give a toll while others say they
//     do not know it (claims.RuleTollUnknown, no figures), also when they
//     name who struck.
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
	cs = withoutRecalledTolls(cs)
	accs := accountsOf(cs, k)
	evType := consensusType(cs)
	var out []Discrepancy
	out = append(out, casualtyConflicts(accs, k)...)
	out = append(out, perpetratorConflicts(accs, k)...)
	out = append(out, targetConflicts(accs)...)
	out = append(out, occurrenceConflicts(accs, evType, k)...)
	out = append(out, hitConflicts(accs, k)...)
	out = append(out, civilianHarmConflicts(accs, k)...)
	out = append(out, chemicalConflicts(accs, k)...)
	out = append(out, gaps(accs, k)...)
	revs := revisions(accs, k)
	revs = append(revs, handedOnRevisions(accs, revs)...)
	revs = append(revs, handedOnEarlierRevisions(accs, revs, k)...)
	revs = append(revs, officialRevisions(accs, revs, k)...)
	out = append(out, revs...)
	out = append(out, attributionRevisions(accs, cs)...)
	slices.SortFunc(out, func(a, b Discrepancy) int {
		return cmp.Or(cmp.Compare(kindOrder[a.Kind], kindOrder[b.Kind]), cmp.Compare(a.Field, b.Field),
			slices.Compare(a.Sources, b.Sources), slices.Compare(a.Claims, b.Claims),
			cmp.Compare(a.Summary, b.Summary))
	})
	return out
}

// newDiscrepancy assembles a discrepancy from positions; values are the
// compact value of each position.
func newDiscrepancy(kind, field, rule, summary string, ps []Position, values []string) Discrepancy {
	d := Discrepancy{Kind: kind, Field: field, Rule: rule, Summary: sentence(summary), Positions: ps,
		Values: values, Sources: []string{}}
	for _, p := range ps {
		if !slices.Contains(d.Sources, p.Source) {
			d.Sources = append(d.Sources, p.Source)
		}
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

// speaks reports whether a claim asserts what it tells, hedged or not. A
// claim whose stance is unknown only because its doers are unknown people
// ("قتل ثلاثة برصاص مجهولين", claims rule stance:unknown_persons) or
// because it gives a toll of a weapon of unknown owner ("قتل خمسة بغارة
// مجهولة", claims.RuleUnknownOwner) or a toll beside saying it does not
// know who did it (claims.RuleTollDoerNotKnown) still asserts its toll, its target and
// that the attack took place.
func speaks(c *claims.Claim) bool {
	return c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnconfirmed || c.Stance == "" ||
		c.Stance == claims.StanceUnknown && slices.ContainsFunc(c.Rules, func(r string) bool { return doerOnlyUnknown[r] })
}

// doerOnlyUnknown are the rules of a claim whose stance is unknown only on
// who did it: unknown people as the doer, a toll of a weapon of unknown
// owner, a toll beside "دون أن يحدد الجهة".
var doerOnlyUnknown = map[string]bool{
	"stance:unknown_persons": true, claims.RuleUnknownOwner: true, claims.RuleTollDoerNotKnown: true,
}

// side is a group of positions that say the same, for summaries.
type side struct {
	names []string
	value string
}

// sidesOf groups positions by Side, in order of first appearance.
func sidesOf(ps []Position, names map[string]string) []side {
	var out []side
	idx := map[string]int{}
	for _, p := range ps {
		i, ok := idx[p.Side]
		if !ok {
			i = len(out)
			idx[p.Side] = i
			out = append(out, side{value: p.Value})
		}
		if n := names[p.Source]; !slices.Contains(out[i].names, n) {
			out[i].names = append(out[i].names, n)
		}
	}
	return out
}

// sidesOfValues is sidesOf for positions whose values differ within a
// side: they are grouped by side and value.
func sidesOfValues(ps []Position, names map[string]string) []side {
	keyed := make([]Position, len(ps))
	for i, p := range ps {
		keyed[i] = p
		keyed[i].Side = p.Side + "\x00" + p.Value
	}
	return sidesOf(keyed, names)
}

// summarize writes "A and B say X; C says Y" with verb phrases built by
// phrase(value).
func summarize(sides []side, phrase func(value string) string) string {
	var parts []string
	for _, s := range sides {
		parts = append(parts, conj(joinNames(s.names), len(s.names) > 1, phrase(s.value)))
	}
	return strings.Join(parts, "; ")
}

func accountNames(accs []*account) map[string]string {
	m := map[string]string{}
	for _, a := range accs {
		m[a.source] = a.name
	}
	return m
}

// earlierLater are the two positions of a revision: account a's earlier
// figure x and account b's later figure y (a and b may be one account),
// with their values.
func earlierLater(a *account, x figRef, b *account, y figRef) ([]Position, []string) {
	px, vx := figuresPosition(a, []figRef{x})
	py, vy := figuresPosition(b, []figRef{y})
	px.Side, py.Side = "earlier", "later"
	return []Position{px, py}, []string{vx, vy}
}

// assertedToll is the position of account a asserting the figures refs,
// against a denial of them.
func assertedToll(a *account, refs []figRef) Position {
	p, _ := figuresPosition(a, refs)
	p.Side = "asserts"
	return p
}

// opposedValues sets every position of ps against those of the other
// sides (see setAgainst) and returns their values labelled with the
// discrepancy's field ("occurrence: denies the airstrike").
func opposedValues(ps []Position, field string) []string {
	setAgainst(ps, nil)
	vs := make([]string, 0, len(ps))
	for _, p := range ps {
		vs = append(vs, field+": "+p.Value)
	}
	return vs
}

// setAgainst fills Position.Against: every source on another side.
func setAgainst(ps []Position, skip func(Position) bool) {
	for i := range ps {
		if skip != nil && skip(ps[i]) {
			continue
		}
		for _, q := range ps {
			if q.Side != ps[i].Side && q.Source != ps[i].Source && (skip == nil || !skip(q)) &&
				!slices.Contains(ps[i].Against, q.Source) {
				ps[i].Against = append(ps[i].Against, q.Source)
			}
		}
	}
}

// --- casualties and revisions ---

type figRef struct {
	f claims.Figure
	c *claims.Claim
}

// foreignAgainstArmy reports whether one of two figures counts a foreign
// contingent on the government's side ("15 عسكرياً روسياً", "ضباط
// إيرانيين") and the other the Syrian army's own men: loyal forces as a
// group may include the army, but a count of foreigners never counts
// Syrian soldiers, so the two figures do not dispute.
func foreignAgainstArmy(x, y figRef) bool {
	return x.f.Group == "syrian_army" && foreignContingent(y) || y.f.Group == "syrian_army" && foreignContingent(x)
}

// enemyKillsAgainstArmy reports whether one of two figures is the
// fighters a speaker's own side says it killed (see enemyKillCount:
// "our artillery killed 12 terrorists") and the other a count of the
// Syrian army's dead: no side's communiqué counts the soldiers of a
// regular army among the "terrorists" or "militants" it killed, so the
// two count different men.
func enemyKillsAgainstArmy(x, y figRef, k Knowledge) bool {
	return x.f.Group == "syrian_army" && enemyKillCount(y, k) || y.f.Group == "syrian_army" && enemyKillCount(x, k)
}

// foreignContingent reports whether a pro-government or Iran-backed figure
// names its dead by a foreign nationality.
func foreignContingent(r figRef) bool {
	if r.f.Group != "pro_government" && r.f.Group != "iran_backed" {
		return false
	}
	for _, w := range strings.Fields(normalizeWords(figureWords(r))) {
		w = strings.TrimLeft(w, "و")
		for _, n := range foreignNationals {
			if strings.HasPrefix(w, n) || strings.HasPrefix(w, "ال"+n) {
				return true
			}
		}
	}
	return false
}

// foreignNationals are the stems of the nationalities of foreign forces on
// the government's side, folded: "روسي", "روسياً", "الروس", "إيرانيين".
var foreignNationals = []string{"روس", "ايراني"}

// figureWords is the text of a figure with the two words after it, where
// the nationality of the counted people stands: "15 عسكرياً روسياً".
func figureWords(r figRef) string {
	if r.c == nil {
		return ""
	}
	lo, hi := r.f.Span.Start-r.c.Start, r.f.Span.End-r.c.Start
	if lo < 0 || hi > len(r.c.Text) || lo >= hi {
		return ""
	}
	rest := strings.Fields(r.c.Text[hi:])
	return strings.Join(append([]string{r.c.Text[lo:hi]}, rest[:min(2, len(rest))]...), " ")
}

// partNouns name some of the civilians a toll counts, folded: children,
// women, pupils. "ثلاثة أطفال قتلوا" is what one voice says of the
// children among the dead; another voice's "ثمانية مدنيين" counts them
// all.
var partNouns = []string{"اطفال", "طفلا", "طفل", "طفله", "طفلان", "طفلين", "طفلات", "رضع", "نساء", "نسوه", "سيدات",
	"سيدتان", "سيدتين", "امراه", "امراتان", "امراتين", "طلاب", "طالبا", "طالبات", "تلاميذ", "تلميذا"}

// countsPart reports whether a figure counts a part of the civilians
// (see partNouns): the word that names whom it counts is a part noun.
func countsPart(r figRef) bool {
	if r.f.Group != "civilians" {
		return false
	}
	for _, w := range strings.Fields(normalizeWords(figureWords(r))) {
		w = strings.Trim(w, "\"«»“”.,،:")
		if slices.Contains(partNouns, w) || slices.Contains(partNouns, strings.TrimPrefix(w, "ال")) {
			return true
		}
		if slices.Contains(civilianNouns, w) {
			return false
		}
	}
	return false
}

// civilianNouns name civilians as a whole, folded; the first of them or of
// partNouns after a figure tells whether it counts all or a part.
var civilianNouns = []string{"مدنيين", "مدنيا", "مدني", "مدنيون", "اشخاص", "شخصا", "مواطنين", "مواطنا", "قتلي", "ضحايا", "شهداء", "شهيدا"}

// othersEarlierToll reports whether an earlier toll is told in the
// outlet's own voice with the pronoun of a source's own count
// ("وكانت حصيلته الأولى ستة قتلى"): "its toll" is that of the source
// named before, not the outlet's, which gave no toll of its own.
func othersEarlierToll(r figRef) bool {
	if r.c == nil || !slices.Contains(r.c.Rules, "attribution:own_voice") {
		return false
	}
	s := normalizeWords(r.c.Text)
	return slices.ContainsFunc(ownTollWords, func(w string) bool { return strings.Contains(s, w) })
}

// partBelow: a figure that counts a part of the civilians ("ثلاثة أطفال
// قتلوا") against an account that counts them among its own civilian dead
// ("ثمانية مدنيين بينهم ثلاثة أطفال"): the voice tells of the children the
// other also counts, not of a smaller toll. Without that subset the part
// may be all the dead ("three women were killed") and disputes a total.
func partBelow(part figRef, other *account) bool {
	if !countsPart(part) {
		return false
	}
	for _, c := range other.claims {
		for _, f := range c.Figures {
			if f.Subset && f.Outcome == part.f.Outcome && f.Group == part.f.Group && f.Low >= part.f.Low {
				return true
			}
		}
	}
	return false
}

// victimsNouns name those already counted, with the article: a figure
// followed by "من" and one of them counts some of them ("أربعة من
// المصابين حالتهم مستقرة", "اثنان من القتلى أطفال"), a part of a toll,
// no toll of its own.
var victimsNouns = []string{"المصابين", "المصابون", "الجرحي", "القتلي", "الضحايا", "المصابات"}

// ofTheVictims reports whether a figure counts some of the victims (see
// victimsNouns).
func ofTheVictims(r figRef) bool {
	ws := wordsAfterFigure(r, 2)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "من" && slices.Contains(victimsNouns, ws[i+1]) {
			return true
		}
	}
	return false
}

// wordsAfterFigure returns the folded words of a figure and up to n
// words after it ("ثلاثة من عناصر التنظيم المهاجمين"), stopping at a
// comma or a full stop.
func wordsAfterFigure(r figRef, n int) []string {
	if r.c == nil {
		return nil
	}
	lo, hi := r.f.Span.Start-r.c.Start, r.f.Span.End-r.c.Start
	if lo < 0 || hi > len(r.c.Text) || lo >= hi {
		return nil
	}
	out := strings.Fields(normalizeWords(r.c.Text[lo:hi]))
	n += len(out)
	for _, w := range strings.Fields(normalizeWords(r.c.Text[hi:])) {
		if len(out) == n {
			break
		}
		stop := strings.ContainsAny(w, ".,،;؛")
		if w = strings.Trim(w, "\"«»“”.,،:;؛()"); w != "" {
			out = append(out, w)
		}
		if stop {
			break
		}
	}
	return out
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
			if f.Outcome == outcome && !f.Subset && f.Earlier == earlier && !ofTheVictims(figRef{f, c}) {
				out = append(out, figRef{f, c})
			}
		}
	}
	return out
}

// currentOf is an account's present figures for one outcome (see current),
// with the coordinated counts of one group added up (see
// coordinatedParts), leaving out those the account itself later calls an earlier toll: a
// figure that overlaps, for a compatible group, a figure marked Earlier in
// a later article of the account ("at least 35 killed" on Monday, "39
// civilians, after a previous toll of 35" on Tuesday).
func currentOf(a *account, outcome string, k Knowledge) []figRef {
	return currentAt(a, outcome, "", k)
}

// currentAt is currentOf with the account's tolls for another settlement
// than main left out when it also gives one for main (see
// atMainSettlement): a later toll of a neighbouring village is not the
// account's present toll of this event.
func currentAt(a *account, outcome, main string, k Knowledge) []figRef {
	refs := atMainSettlement(a, coordinatedParts(accountFigures(a, outcome, false)), main, k)
	for _, r := range tollDenials(a, k) {
		if r.f.Outcome == outcome {
			refs = append(refs, r)
		}
	}
	earlier := accountFigures(a, outcome, true)
	if len(earlier) == 0 {
		return current(refs, k)
	}
	kept := refs[:0:0]
	for _, r := range refs {
		superseded := slices.ContainsFunc(earlier, func(e figRef) bool {
			pr, pe := k.published(r.c.Article), k.published(e.c.Article)
			return e.c.Article != r.c.Article && !(pr != "" && pe != "" && pr > pe) &&
				GroupsCompatible(r.f.Group, e.f.Group) && overlap(r, e)
		})
		if !superseded {
			kept = append(kept, r)
		}
	}
	return current(kept, k)
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
	// "سقط عدد من الشهداء ... استشهاد عسكريين اثنين": a vague count and
	// a number it holds, told at the same time, are one toll said twice;
	// the number says it more closely.
	if va, vb := a.f.Qualifier == claims.QualVague, b.f.Qualifier == claims.QualVague; va != vb && overlap(a, b) {
		return vb
	}
	if a.f.Low != b.f.Low {
		return a.f.Low > b.f.Low
	}
	if a.hi() != b.hi() {
		return a.hi() > b.hi()
	}
	return claimOrder(k)(a.c, b.c) < 0
}

var outcomeRank = map[string]int{
	claims.OutcomeKilled: 0, claims.OutcomeWounded: 1, claims.OutcomeKilledOrWounded: 2,
	claims.OutcomeCaptured: 3, claims.OutcomeMissing: 4,
}

func sortOutcomes(os []string) []string {
	slices.SortFunc(os, func(a, b string) int {
		ra, oka := outcomeRank[a]
		rb, okb := outcomeRank[b]
		if !oka {
			ra = len(outcomeRank)
		}
		if !okb {
			rb = len(outcomeRank)
		}
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(a, b))
	})
	return slices.Compact(os)
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
	return sortOutcomes(os)
}

// splitTotals separates an account's figures for one outcome into totals
// (unknown group) and figures for named groups.
func splitTotals(rs []figRef) (totals, groups []figRef) {
	for _, r := range rs {
		if isUnknownGroup(r.f.Group) {
			totals = append(totals, r)
		} else {
			groups = append(groups, r)
		}
	}
	return totals, groups
}

// attackerStems are the folded stems that count the attackers' own dead:
// "ثلاثة من المهاجمين", "انغماسيين", "متسللين".
var attackerStems = []string{"مهاجم", "انغماسي", "متسلل"}

// splitAttackers parts figures into those of the attack's victims and
// those that count the attackers' own dead ("قتل ثلاثة من المهاجمين في
// الاشتباك"): the attackers are neither among the victims a total counts
// nor a breakdown of it, so they dispute only another count of
// attackers.
func splitAttackers(rs []figRef) (victims, attackers []figRef) {
	for _, r := range rs {
		if countsAttackers(r) || countsRescuers(r) {
			// rescuers hit at work are counted apart as well (see
			// countsRescuers)
			attackers = append(attackers, r)
		} else {
			victims = append(victims, r)
		}
	}
	return victims, attackers
}

// countsAttackers reports whether a combatant figure names whom it counts
// by an attacker word (see attackerStems).
//
// Not in a claim of a strike from afar (an air raid, a drone, shelling):
// its doers are out of reach, and "the attacking force" it killed is the
// ground force the strike hit ("الغارات قتلت نحو ثمانين من القوة
// المهاجمة"), the strike's victims like any other count of them.
func countsAttackers(r figRef) bool {
	if r.f.Group == "civilians" || isUnknownGroup(r.f.Group) || fromAfar(r.c.EventType) {
		return false
	}
	for _, w := range wordsAfterFigure(r, 5) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ال")
		for _, st := range attackerStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// groupsOf lists the victim groups of figures.
func groupsOf(rs []figRef) []string {
	var gs []string
	for _, r := range rs {
		if !slices.Contains(gs, r.f.Group) {
			gs = append(gs, r.f.Group)
		}
	}
	return gs
}

// sumOf adds up a breakdown by group, and says which bucket it counts.
func sumOf(rs []figRef) (figRef, string) {
	b, _ := combine(rs)
	sum := figRef{f: claims.Figure{Low: b.low, High: b.high, Group: "unknown"}}
	civ, com := false, false
	for _, r := range rs {
		if r.f.Group == "civilians" {
			civ = true
		} else {
			com = true
		}
	}
	switch {
	case civ && !com:
		return sum, bucketCivilians
	case com && !civ:
		return sum, bucketCombatants
	}
	return sum, bucketAll
}

// civiliansOnlyAgainst reports whether one account's toll counts civilians
// only (civ: no total, no other group) while another's total (tot) is
// higher and its own account splits the same dead into civilians and
// fighters ("three killed, among them a Hezbollah member and two
// civilians"). Both then tell who died, and disagree: "two civilians
// killed" against a toll that adds a fighter. A total that names fighters
// only ("seven killed, five of them militia men") may still hold the
// civilians of the other account, and a total that names nobody holds
// them as a part; neither conflicts, unless the fighters it names add up
// to the whole total (see completeWithoutCivilians): then any count of
// civilians does.
func civiliansOnlyAgainst(civ, tot []figRef, total *account, outcome string) bool {
	if len(civ) == 0 {
		return false
	}
	for _, r := range civ {
		if r.f.Group != "civilians" {
			return false
		}
	}
	totals, _ := splitTotals(tot)
	if len(totals) == 0 {
		return false
	}
	sum, _ := sumOf(civ)
	if sum.f.Low > 0 && completeWithoutCivilians(tot, total, outcome) {
		return true // however many civilians: the other names none
	}
	if !slices.ContainsFunc(totals, func(x figRef) bool { return x.f.Low > sum.hi() }) {
		return false
	}
	byGroup := groupTolls(total, outcome)
	_, civs := byGroup["civilians"]
	return civs && len(byGroup) > 1
}

// groupTolls returns, for each named victim group an account counts for
// the outcome (its current figures, not earlier ones), the highest count
// it gives: one entry a group however many claims repeat it.
func groupTolls(a *account, outcome string) map[string]int {
	byGroup := map[string]int{}
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, f := range c.Figures {
			if f.Outcome != outcome || f.Earlier || isUnknownGroup(f.Group) {
				continue
			}
			byGroup[f.Group] = max(byGroup[f.Group], f.Low)
		}
	}
	return byGroup
}

// completeWithoutCivilians reports whether an account's toll is broken
// down into groups that are all combatants and add up to its total ("19
// killed: 3 soldiers, 11 militiamen and 5 foreign fighters"): it accounts
// for every dead and names no civilian among them. Each group counts once,
// at its highest figure, however many claims repeat it.
func completeWithoutCivilians(tot []figRef, total *account, outcome string) bool {
	totals, _ := splitTotals(tot)
	if len(totals) == 0 {
		return false
	}
	byGroup := groupTolls(total, outcome)
	if _, civs := byGroup["civilians"]; civs || len(byGroup) < 2 {
		return false
	}
	sum := 0
	for _, n := range byGroup {
		sum += n
	}
	for _, t := range totals {
		if sum < t.f.Low {
			return false
		}
	}
	return true
}

// victimsDisputed reports whether one account counts only civilians among
// the victims (civ, its figures by group) and the other only combatants
// (com), each a positive count, the latter with no total of unknown people
// (comTotals) that civilians could be among: "four girls killed" against
// "six terrorists neutralised" disputes who died, which no count of either
// group alone can show. Attackers killed by the defenders
// (claims.RuleAttackersKilled) are other dead, and dispute nothing. Nor
// does an account whose own count of unknown people (civTotals) goes
// beyond its civilians ("three wounded, besides a woman of the town"): it
// does not say the victims were civilians only.
func victimsDisputed(civ, civTotals, comTotals, com []figRef) bool {
	if len(civ) == 0 || len(com) == 0 || len(comTotals) > 0 {
		return false
	}
	for _, r := range civ {
		if r.f.Group != "civilians" || r.f.Low == 0 {
			return false
		}
	}
	if sum, _ := sumOf(civ); slices.ContainsFunc(civTotals, func(t figRef) bool { return t.f.Low > sum.hi() }) {
		return false
	}
	for _, r := range com {
		if r.f.Group == "civilians" || isUnknownGroup(r.f.Group) || r.f.Low == 0 {
			return false
		}
		if slices.Contains(r.c.Rules, claims.RuleAttackersKilled) {
			// the attackers killed by those who repelled them are other
			// dead than the civilians the attack killed
			return false
		}
	}
	return !victimsApart(civ, com)
}

// deniesSomething: some claim of the account is a denial.
func deniesSomething(a *account) bool {
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool { return c.Stance == claims.StanceDenies })
}

// harmClash is a bucket and outcome in which a count of harm contradicts a
// statement that nobody was harmed.
type harmClash struct{ bucket, outcome string }

// zeroHarmAgainst finds where one account's "no human losses" (a zero for
// killed or wounded together, in zs) meets another account's positive
// count of dead or wounded (in ps) for a compatible victim group: "the
// strikes caused no losses among our men" against "twenty militants
// killed". Zero and positive counts for one outcome are compared by
// casualtyConflicts itself; the combined outcome is compared here against
// each of its parts.
func zeroHarmAgainst(zs, ps map[string][]figRef) []harmClash {
	var out []harmClash
	for _, z := range zs[claims.OutcomeKilledOrWounded] {
		if z.hi() != 0 {
			continue
		}
		for _, o := range []string{claims.OutcomeKilled, claims.OutcomeWounded} {
			for _, r := range ps[o] {
				if r.f.Low > 0 && GroupsCompatible(z.f.Group, r.f.Group) {
					out = append(out, harmClash{pairBucket(z.f.Group, r.f.Group), o})
				}
			}
		}
	}
	return out
}

// Victim buckets of casualty discrepancies.
const (
	bucketCivilians  = "civilians"
	bucketCombatants = "combatants"
	bucketAll        = "all"
)

func isUnknownGroup(g string) bool { return g == "" || g == "unknown" }

// pairBucket is the bucket of a clash between two compatible groups.
func pairBucket(a, b string) string {
	switch {
	case a == "civilians" || b == "civilians":
		return bucketCivilians
	case !isUnknownGroup(a) || !isUnknownGroup(b):
		return bucketCombatants
	}
	return bucketAll
}

// inBucket: a figure for group g belongs in the bucket.
func inBucket(bucket, g string) bool {
	switch bucket {
	case bucketCivilians:
		return g == "civilians" || isUnknownGroup(g)
	case bucketCombatants:
		return g != "civilians"
	}
	return true
}

func figuresPosition(a *account, refs []figRef) (Position, string) {
	var vals, descs []string
	var cs []*claims.Claim
	for _, r := range refs {
		vals = append(vals, FigureValue(r.f))
		descs = append(descs, DescribeFigure(r.f))
		cs = append(cs, r.c)
	}
	v := strings.Join(vals, "; ")
	return Position{Source: a.source, Value: strings.Join(descs, ", "), Side: v, Claims: claimIDs(cs...)}, v
}

func casualtyConflicts(accs []*account, k Knowledge) []Discrepancy {
	outcomes := outcomesOf(accs)
	main := mainSettlement(accs, k)
	// cur[i][o]: account i's current figures for outcome o.
	cur := make([]map[string][]figRef, len(accs))
	// atk[i][o]: those of them that count the attackers' own dead, which
	// are compared with each other only (see splitAttackers).
	atk := make([]map[string][]figRef, len(accs))
	for i, a := range accs {
		cur[i] = map[string][]figRef{}
		atk[i] = map[string][]figRef{}
		for _, o := range outcomes {
			cur[i][o] = currentAt(a, o, main, k)
			if len(cur[i][o]) == 0 {
				// "وكانت الإذاعة الحكومية قد ذكرت بداية 5 قتلى":
				// a voice whose only toll is the first one it gave still
				// stands against another voice's count.
				cur[i][o] = current(slices.DeleteFunc(accountFigures(a, o, true), othersEarlierToll), k)
			}
			cur[i][o], atk[i][o] = splitAttackers(cur[i][o])
		}
	}
	// sub[i][o]: the civilians account i counts among its total, when it
	// gives no civilians toll of its own (see civiliansAmongTotal); used[i][o]
	// those of them that clash.
	sub := make([]map[string][]figRef, len(accs))
	used := make([]map[string][]figRef, len(accs))
	for i, a := range accs {
		sub[i], used[i] = map[string][]figRef{}, map[string][]figRef{}
		for _, o := range outcomes {
			sub[i][o] = civiliansAmongTotal(a, o, cur[i][o])
		}
	}
	type clash struct {
		outcomes []string
		against  map[int]map[int]bool // account → accounts it clashes with
	}
	clashes := map[string]*clash{}
	type victimClash struct {
		outcomes []string
		i, j     int
	}
	var victims []victimClash
	mark := func(b, o string, i, j int) {
		cl := clashes[b]
		if cl == nil {
			cl = &clash{against: map[int]map[int]bool{}}
			clashes[b] = cl
		}
		if !slices.Contains(cl.outcomes, o) {
			cl.outcomes = append(cl.outcomes, o)
		}
		for _, p := range [][2]int{{i, j}, {j, i}} {
			if cl.against[p[0]] == nil {
				cl.against[p[0]] = map[int]bool{}
			}
			cl.against[p[0]][p[1]] = true
		}
	}
	for _, o := range outcomes {
		for i := range accs {
			for j := i + 1; j < len(accs); j++ {
				ui, si := splitTotalsFor(o, cur[i][o])
				uj, sj := splitTotalsFor(o, cur[j][o])
				// Same kind of count: totals with totals, groups with
				// compatible groups.
				// Two villages' tolls are no dispute (see villagesApart).
				apart := func(x, y figRef) bool { return villagesApart(x, y, accs, k) }
				for _, x := range ui {
					for _, y := range uj {
						if !overlap(x, y) && !apart(x, y) {
							mark(bucketAll, o, i, j)
						}
					}
				}
				for _, x := range si {
					for _, y := range sj {
						if GroupsCompatible(x.f.Group, y.f.Group) && !foreignAgainstArmy(x, y) && !enemyKillsAgainstArmy(x, y, k) && !overlap(x, y) && !partBelow(x, accs[j]) && !partBelow(y, accs[i]) && !apart(x, y) {
							mark(pairBucket(x.f.Group, y.f.Group), o, i, j)
						}
					}
				}
				for _, x := range atk[i][o] {
					for _, y := range atk[j][o] {
						if !overlap(x, y) && !apart(x, y) {
							mark(bucketCombatants, o, i, j)
						}
					}
				}
				// "400 civilians killed" against "at least 223 killed, 70 of
				// them civilians": the civilians each counts.
				for _, p := range [][2]int{{i, j}, {j, i}} {
					for _, y := range sub[p[0]][o] {
						for _, x := range cur[p[1]][o] {
							if x.f.Group == "civilians" && !countsPart(x) && !overlap(x, y) && x.f.Low > wholeToll(cur[p[0]][o]) && !apart(x, y) {
								mark(bucketCivilians, o, i, j)
								if !slices.ContainsFunc(used[p[0]][o], func(u figRef) bool { return u.c == y.c && u.f.Span == y.f.Span }) {
									used[p[0]][o] = append(used[p[0]][o], y)
								}
							}
						}
					}
				}
				// A civilians-only toll against a total whose account counts
				// fighters among its dead (see civiliansOnlyAgainst).
				for _, p := range [][2]int{{i, j}, {j, i}} {
					if civiliansOnlyAgainst(cur[p[0]][o], cur[p[1]][o], accs[p[1]], o) || fewerCiviliansToldApart(cur[p[0]][o], cur[p[1]][o], accs[p[1]], o) {
						mark(bucketAll, o, i, j)
					}
				}
				// Who the dead were: civilians only by one account,
				// combatants only by the other (see victimsDisputed);
				// marked once every other clash is known.
				// An account that denies something of the event tells of
				// another happening with its toll ("we struck militants
				// there; the gas attack is a fabrication"): that dispute is
				// the denial's, not the victims'. A denial that the place had
				// residents at all is the victims' dispute itself (see
				// deniesOtherThanVictims).
				if (victimsDisputed(si, ui, uj, sj) || victimsDisputed(sj, uj, ui, si)) && !deniesOtherThanVictims(accs[i]) && !deniesOtherThanVictims(accs[j]) {
					victims = append(victims, victimClash{[]string{o}, i, j})
				}
				// A bare total against a breakdown by group: against the
				// breakdown's sum. A source that gives both a total and a
				// breakdown is compared by its parts only.
				for _, p := range [][2]int{{i, j}, {j, i}} {
					ua, _ := splitTotalsFor(o, cur[p[0]][o])
					ub, sb := splitTotalsFor(o, cur[p[1]][o])
					_, sa := splitTotalsFor(o, cur[p[0]][o])
					if len(ua) == 0 || len(sa) > 0 || len(ub) > 0 || len(sb) == 0 {
						continue
					}
					// "قضت وحداتنا على عشرات الإرهابيين" is no part of
					// another voice's toll of the dead (see enemyKillCount).
					if onlyEnemyKills(sb, k) {
						continue
					}
					sum, bucket := sumOf(sb)
					partial := len(groupsOf(sb)) < 2
					// "ثلاثة قتلى بينهم طفلان" against "قُتل طفل": the part
					// the total names is above the other's count of that
					// group (see subsetAbove).
					if partial && slices.ContainsFunc(sb, func(y figRef) bool { return subsetAbove(accs[p[0]], o, y) }) {
						mark(bucket, o, i, j)
						continue
					}
					for _, x := range ua {
						// A figure for one group is a part of the total, not
						// its breakdown: the total may count others too
						// ("at least 30 killed" against "23 civilians"), so
						// only a total below the part conflicts.
						if partial && x.hi() >= sum.f.Low {
							continue
						}
						if !overlap(x, sum) {
							mark(bucket, o, i, j)
						}
					}
				}
			}
		}
	}
	// Civilians killed against fighters "neutralised" (see
	// neutralisedAgainstCivilians).
	for i := range accs {
		for j := i + 1; j < len(accs); j++ {
			if deniesSomething(accs[i]) || deniesSomething(accs[j]) {
				continue
			}
			for _, p := range [][2]int{{i, j}, {j, i}} {
				if neutralisedAgainstCivilians(cur[p[0]], cur[p[1]], accs) {
					victims = append(victims, victimClash{neutralisedOutcomes(cur[p[0]]), i, j})
				}
			}
		}
	}
	// A combined toll of the killed and wounded against separate counts
	// (see combinedAgainstParts).
	for i := range accs {
		for j := i + 1; j < len(accs); j++ {
			for _, p := range [][2]int{{i, j}, {j, i}} {
				if combinedAgainstParts(cur[p[0]], cur[p[1]], k) {
					g := cur[p[0]][claims.OutcomeKilledOrWounded][0].f.Group
					for _, o := range []string{claims.OutcomeKilledOrWounded, claims.OutcomeKilled, claims.OutcomeWounded} {
						if len(cur[p[1]][o]) > 0 || o == claims.OutcomeKilledOrWounded {
							mark(pairBucket(g, g), o, i, j)
						}
					}
				}
			}
		}
	}
	// A dispute over who died stands alone: accounts already in a clash
	// of counts are compared by those counts.
	inClash := func(i int) bool {
		for _, cl := range clashes {
			if len(cl.against[i]) > 0 {
				return true
			}
		}
		return false
	}
	for _, v := range victims {
		if !inClash(v.i) && !inClash(v.j) {
			for _, o := range v.outcomes {
				mark(bucketAll, o, v.i, v.j)
			}
		}
	}
	// "No human losses" against a count of dead or wounded.
	for i := range accs {
		for j := i + 1; j < len(accs); j++ {
			for _, p := range [][2]int{{i, j}, {j, i}} {
				for _, h := range zeroHarmAgainst(cur[p[0]], cur[p[1]]) {
					mark(h.bucket, claims.OutcomeKilledOrWounded, i, j)
					mark(h.bucket, h.outcome, i, j)
				}
			}
		}
	}
	// Totals in conflict concern everyone killed: one discrepancy for all
	// the clashes. Otherwise civilians and combatants are disputed apart.
	if all := clashes[bucketAll]; all != nil {
		for _, b := range []string{bucketCivilians, bucketCombatants} {
			if cl := clashes[b]; cl != nil {
				for _, o := range cl.outcomes {
					if !slices.Contains(all.outcomes, o) {
						all.outcomes = append(all.outcomes, o)
					}
				}
				for i, m := range cl.against {
					if all.against[i] == nil {
						all.against[i] = map[int]bool{}
					}
					for j := range m {
						all.against[i][j] = true
					}
				}
				delete(clashes, b)
			}
		}
	}
	names := accountNames(accs)
	var out []Discrepancy
	for _, b := range []string{bucketAll, bucketCivilians, bucketCombatants} {
		cl := clashes[b]
		if cl == nil {
			continue
		}
		os := sortOutcomes(cl.outcomes)
		type entry struct {
			p    Position
			v    string
			low  int
			high int
		}
		var es []entry
		for i, a := range accs {
			var refs []figRef
			for _, o := range os {
				for _, r := range slices.Concat(cur[i][o], atk[i][o], used[i][o]) {
					if inBucket(b, r.f.Group) {
						refs = append(refs, r)
					}
				}
			}
			if len(refs) == 0 {
				continue
			}
			p, v := figuresPosition(a, refs)
			for j := range cl.against[i] {
				p.Against = append(p.Against, accs[j].source)
			}
			slices.Sort(p.Against)
			es = append(es, entry{p, v, refs[0].f.Low, refs[0].hi()})
		}
		// Highest figure first.
		slices.SortStableFunc(es, func(x, y entry) int {
			return cmp.Or(cmp.Compare(y.low, x.low), cmp.Compare(y.high, x.high), cmp.Compare(names[x.p.Source], names[y.p.Source]))
		})
		var ps []Position
		var vs []string
		for _, e := range es {
			ps = append(ps, e.p)
			vs = append(vs, e.v)
		}
		summary := summarize(sidesOf(ps, names), func(v string) string { return "says " + v })
		out = append(out, newDiscrepancy(KindCasualties, strings.Join(os, ","), "casualties.ranges_disjoint", summary, ps, vs))
	}
	return out
}

// wholeToll is the highest lower bound of an account's totals of unknown
// people for one outcome, or the largest int when it gives none.
func wholeToll(cur []figRef) int {
	totals, _ := splitTotals(cur)
	if len(totals) == 0 {
		return int(^uint(0) >> 1)
	}
	n := 0
	for _, t := range totals {
		n = max(n, t.f.Low)
	}
	return n
}

// civiliansAmongTotal returns the civilians an account counts among its
// total ("أكثر من 223 قتيلاً، بينهم 70 مدنياً") for an outcome, when its
// present figures (cur) hold no civilians toll of their own: how many of the
// dead were civilians by its word, which disputes another account's count
// of civilians. Only exact counts of civilians as a whole: "بينهم ثلاثة
// أطفال" counts a part of them (see countsPart).
//
// The other count must also pass the account's whole toll (its highest
// total's lower bound): below it, the dead the breakdown leaves unnamed
// may be civilians too ("six killed, three of them fighters and one
// civilian" against "two civilians"): see wholeToll.
func civiliansAmongTotal(a *account, outcome string, cur []figRef) []figRef {
	if slices.ContainsFunc(cur, func(r figRef) bool { return r.f.Group == "civilians" }) {
		return nil
	}
	var out []figRef
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, f := range c.Figures {
			r := figRef{f, c}
			if f.Subset && f.Outcome == outcome && f.Group == "civilians" && !f.Earlier && f.Qualifier == claims.QualExact && !countsPart(r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// revisions gives one note per account whose tolls changed: its earlier
// tolls (Figure.Earlier), or, without such marks, non-overlapping tolls
// for one outcome in different articles, ordered by publication, or else
// two non-overlapping tolls for one outcome and one victim group in one
// claim (see withinClaimRevision).
func revisions(accs []*account, k Knowledge) []Discrepancy {
	var out []Discrepancy
	outcomes := outcomesOf(accs)
	for _, a := range accs {
		var before, after []figRef
		var steps []string
		rule := "revision.earlier_toll"
		for _, o := range outcomes {
			earlier := earlierTolls(a, o)
			now := currentOf(a, o, k)
			var eb, na []figRef
			for _, e := range earlier {
				// The later toll for the same group when the account gives
				// one ("25 killed" then "31 killed", not the "18 SDF
				// fighters" among them), else for compatible groups.
				same := slices.ContainsFunc(now, func(n figRef) bool { return n.f.Group == e.f.Group })
				for _, n := range now {
					if same && n.f.Group == e.f.Group || !same && GroupsCompatible(e.f.Group, n.f.Group) {
						eb = appendRef(eb, e)
						na = appendRef(na, n)
					}
				}
			}
			if len(eb) == 0 {
				continue
			}
			slices.SortStableFunc(eb, func(x, y figRef) int { return cmp.Compare(x.f.Low, y.f.Low) })
			before = append(before, eb...)
			after = append(after, na...)
			var chain []string
			for _, r := range eb {
				if s := amount(r.f); len(chain) == 0 || chain[len(chain)-1] != s {
					chain = append(chain, s)
				}
			}
			var parts []string // the later toll, by group when broken down
			for _, r := range na {
				parts = append(parts, amount(r.f))
			}
			if later := strings.Join(parts, " + "); chain[len(chain)-1] != later {
				chain = append(chain, later)
			}
			steps = append(steps, OutcomeName(o)+" "+strings.Join(chain, " → "))
		}
		if len(before) == 0 {
			if d, ok := crossArticleRevision(a, outcomes, k); ok {
				out = append(out, d)
			} else if d, ok := withinClaimRevision(a, outcomes); ok {
				out = append(out, d)
			} else if d, ok := withinArticleRevision(a, outcomes); ok {
				out = append(out, d)
			}
			continue
		}
		pb, vb := figuresPosition(a, before)
		pa, va := figuresPosition(a, after)
		pb.Side, pa.Side = "earlier", "later"
		pb.Value = strings.ReplaceAll(pb.Value, " (earlier toll)", "")
		vb = strings.ReplaceAll(vb, " (earlier)", "")
		summary := verb(a.name, "revised its toll: "+strings.Join(steps, "; "))
		out = append(out, newDiscrepancy(KindRevision, revisionField(before), rule, summary,
			[]Position{pb, pa}, []string{vb, va}))
	}
	return out
}

// riseWords say that a toll went up (normalised as by normalizeWords):
// "ارتفع عدد الضحايا إلى"، "ارتفاع الحصيلة"، "حصيلة جديدة".
var riseWords = []string{"ارتفع", "ارتفاع", "حصيله جديده"}

// speaksOfRise reports whether a claim's text says that a toll went up.
func speaksOfRise(text string) bool {
	s := normalizeWords(text)
	return slices.ContainsFunc(riseWords, func(w string) bool { return strings.Contains(s, w) }) ||
		hasVerbOf(s, raiseVerbs)
}

// raiseVerbs are verbs (past and present stems, normalised) with which a
// toll climbs or a source raises it: "صعدت حصيلة القتلى إلى"، "قفز عدد
// الضحايا"، "رفع المرصد حصيلته".
var raiseVerbs = []string{"صعد", "تصاعد", "يتصاعد", "قفز", "يقفز", "تقفز", "رفع", "يرفع", "ترفع"}

// lowerVerbs are verbs with which a source lowers or corrects its toll:
// "خفّضت الوزارة حصيلتها"، "عدّل المرصد الحصيلة"، "صحّحت الأرقام".
var lowerVerbs = []string{"خفض", "يخفض", "تخفض", "عدل", "يعدل", "تعدل", "صحح", "يصحح", "تصحح"}

// hasVerbOf reports whether a word of the normalised text s is one of
// the verbs, with و or ف before it and a person ending after it
// ("ورفعت"، "صعدت").
func hasVerbOf(s string, verbs []string) bool {
	for w := range strings.FieldsFuncSeq(s, notArabic) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
		for _, v := range verbs {
			rest, ok := strings.CutPrefix(w, v)
			if ok && (rest == "" || rest == "ت" || rest == "وا" || rest == "ها" || rest == "ته" || rest == "تها") {
				return true
			}
		}
	}
	return false
}

// handedOnRevisions note a toll that one account says rose ("قال مدير
// المستشفى إن حصيلة القتلى صعدت إلى 14") above the lower toll another
// account gave earlier in the same article ("9 قتلى" in the outlet's
// lead) for the same outcome and victim group: the article's toll was
// revised, by another voice. Accounts that already carry a revision note
// are left out; one note per rising account.
func handedOnRevisions(accs []*account, done []Discrepancy) []Discrepancy {
	noted := map[string]bool{}
	for _, d := range done {
		for _, src := range d.Sources {
			noted[src] = true
		}
	}
	outcomes := outcomesOf(accs)
	var out []Discrepancy
	for _, a := range byFirstClaim(accs) {
		if noted[a.source] {
			continue
		}
		if d, ok := handedOnRevision(a, accs, outcomes); ok {
			out = append(out, d)
			noted[a.source] = true
		}
	}
	return out
}

func handedOnRevision(a *account, accs []*account, outcomes []string) (Discrepancy, bool) {
	for _, o := range outcomes {
		for _, y := range accountFigures(a, o, false) {
			if !speaksOfRise(y.c.Text) {
				continue
			}
			for _, b := range byFirstClaim(accs) {
				if b == a || b.source == a.source {
					continue
				}
				for _, x := range accountFigures(b, o, false) {
					if x.c.Article != y.c.Article || x.c.Start >= y.c.Start || x.f.Group != y.f.Group ||
						overlap(x, y) || x.f.Low > y.f.Low {
						continue
					}
					ps, vs := earlierLater(b, x, a, y)
					summary := b.name + " gave " + amount(x.f) + " " + OutcomeName(o) + "; " +
						verb(a.name, "raised it to "+amount(y.f))
					return newDiscrepancy(KindRevision, o, "revision.handed_on", summary,
						ps, vs), true
				}
			}
		}
	}
	return Discrepancy{}, false
}

func revisionField(rs []figRef) string {
	var os []string
	for _, r := range rs {
		os = append(os, r.f.Outcome)
	}
	return strings.Join(sortOutcomes(os), ",")
}

func appendRef(rs []figRef, r figRef) []figRef {
	for _, x := range rs {
		if x.c == r.c && x.f == r.f {
			return rs
		}
	}
	return append(rs, r)
}

// crossArticleRevision notes an account whose figures for one outcome and
// compatible groups, given in different articles, do not overlap.
func crossArticleRevision(a *account, outcomes []string, k Knowledge) (Discrepancy, bool) {
	order := claimOrder(k)
	for _, o := range outcomes {
		now := accountFigures(a, o, false)
		slices.SortStableFunc(now, func(x, y figRef) int { return order(x.c, y.c) })
		for i, x := range now {
			for _, y := range now[i+1:] {
				if x.c.Article == y.c.Article || !GroupsCompatible(x.f.Group, y.f.Group) {
					continue
				}
				if overlap(x, y) {
					// "at least 41" and, in an update, "more than seventy":
					// the ranges meet, but the account says it raised its count.
					e, l, ok := raisedInUpdate(x, y)
					if !ok {
						continue
					}
					x, y = e, l
				}
				ps, vs := earlierLater(a, x, a, y)
				pubX, pubY := k.published(x.c.Article), k.published(y.c.Article)
				var summary string
				if pubX != "" && pubY != "" && pubX < pubY {
					summary = verb(a.name, "gave "+ps[0].Value+" on "+pubX+" and "+ps[1].Value+" on "+pubY)
				} else {
					ps[0].Side, ps[1].Side = "one article", "another article"
					summary = verb(a.name, "gave "+ps[0].Value+" in one article and "+ps[1].Value+" in another")
				}
				return newDiscrepancy(KindRevision, o, "revision.cross_article", summary,
					ps, vs), true
			}
		}
	}
	return Discrepancy{}, false
}

// raisedInUpdate orders two overlapping tolls of one account from
// different articles when exactly one of them speaks of a revision
// ("في تحديث لحصيلته"، "ارتفعت الحصيلة إلى") and counts more: that one is
// the later toll, the other the earlier.
func raisedInUpdate(x, y figRef) (earlier, later figRef, ok bool) {
	rx, ry := speaksOfRevision(x.c.Text), speaksOfRevision(y.c.Text)
	switch {
	case ry && !rx && y.f.Low > x.f.Low:
		return x, y, true
	case rx && !ry && x.f.Low > y.f.Low:
		return y, x, true
	}
	return x, y, false
}

// earlierWords mark what a source said first ("في البداية", "بادئ الأمر").
var earlierWords = []string{"في البدايه", "في باديء الامر", "بادئ الامر", "باديء الامر", "في بادئ الامر", "في وقت سابق", "اول الامر"}

// retractWords withdraw or correct what was said ("قبل أن تحذف", "ثم
// تراجعت عن").
var retractWords = []string{"تحذف", "يحذف", "حذفت", "حذف", "تتراجع", "يتراجع", "تراجعت", "تراجع", "تعدل", "عدلت",
	"تصحح", "صححت", "تسحب", "سحبت", "تستبدل", "استبدلت"}

// retractsAttribution reports whether a claim tells that its source first
// named the perpetrator it names, then withdrew it: "the agency first said
// the aggression may have been American, before deleting the reference".
// It needs a word of what was said first and, after "قبل أن" or "ثم", a
// verb of withdrawing or correcting.
func retractsAttribution(c *claims.Claim) bool {
	if c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" || c.Stance == claims.StanceDenies {
		return false
	}
	s := normalizeWords(c.Text)
	if !slices.ContainsFunc(earlierWords, func(w string) bool { return strings.Contains(s, w) }) {
		return false
	}
	ws := arabicWords(s)
	for i := 0; i+1 < len(ws); i++ {
		var next []string
		switch {
		case ws[i] == "قبل" && ws[i+1] == "ان":
			next = ws[i+2 : min(len(ws), i+4)]
		case ws[i] == "ثم" || ws[i] == "وثم":
			next = ws[i+1 : min(len(ws), i+3)]
		}
		if slices.ContainsFunc(next, func(w string) bool { return slices.Contains(retractWords, w) }) {
			return true
		}
	}
	return false
}

// attributionRevisions are the revisions of a source's own attribution:
// an account that first named one perpetrator and withdrew it (see
// retractsAttribution). The later attribution is the other actor the
// account names, or that a claim it relays names ("then quoted a military
// source blaming Israel"), when there is one.
func attributionRevisions(accs []*account, cs []*claims.Claim) []Discrepancy {
	var out []Discrepancy
	for _, a := range accs {
		for _, c := range a.claims {
			if !retractsAttribution(c) {
				continue
			}
			first := ActorClass(*c.Actor)
			earlier := Position{Source: a.source, Value: "perpetrator: " + ActorName(*c.Actor), Side: "earlier",
				Claims: claimIDs(c)}
			ps, vs := []Position{earlier}, []string{earlier.Value}
			summary := a.name + " first attributed it to " + ActorName(*c.Actor) + ", then withdrew that attribution"
			if later := laterAttribution(a, cs, first); later != nil {
				p := Position{Source: a.source, Value: "perpetrator: " + ActorName(*later.Actor), Side: "later",
					Claims: claimIDs(later)}
				ps, vs = append(ps, p), append(vs, p.Value)
				summary += " and named " + ActorName(*later.Actor)
			}
			out = append(out, newDiscrepancy(KindRevision, "perpetrator", "revision.attribution", summary, ps, vs))
			break
		}
	}
	return out
}

// laterAttribution is a claim of account a, or relayed by its source, that
// asserts another actor than class first: the account's own first, then
// the relayed claim with the smallest id, whatever the order of cs.
func laterAttribution(a *account, cs []*claims.Claim, first string) *claims.Claim {
	names := func(c *claims.Claim) bool {
		return c.Actor != nil && *c.Actor != "" && *c.Actor != "unknown" && c.Stance != claims.StanceDenies &&
			ActorClass(*c.Actor) != first
	}
	var best *claims.Claim
	for _, c := range a.claims {
		if names(c) && (best == nil || c.ID < best.ID) {
			best = c
		}
	}
	if best != nil {
		return best
	}
	for _, c := range cs {
		if names(c) && slices.ContainsFunc(c.Via, func(r claims.Relay) bool { return r.ID == a.source }) &&
			(best == nil || c.ID < best.ID) {
			best = c
		}
	}
	return best
}

// --- perpetrators ---

// actorStand is what one account says about who did it.
type actorStand struct {
	asserted map[string][]*claims.Claim // actor class → claims
	denied   map[string][]*claims.Claim
	unknown  []*claims.Claim // names "unknown" or says it does not know
}

// standOf gathers what an account says about the perpetrator. Not every
// denial naming an actor denies responsibility: a denied movement is an
// occurrence denial; a denial carrying figures denies the toll ("no truth
// that two advisers were killed in the Israeli strike"), and so does any
// other denial of that actor by the same account (the headline that
// repeats it without the number); a denial by an enemy of the named
// actor denies the event (see enemyDenial); and a denial of the party the
// same account says did it denies a detail.
func standOf(a *account, k Knowledge) actorStand {
	s := actorStand{asserted: map[string][]*claims.Claim{}, denied: map[string][]*claims.Claim{}}
	tollDenied := map[string]bool{}
	for _, c := range a.claims {
		if c.Actor != nil && c.Stance == claims.StanceDenies && len(c.Figures) > 0 {
			tollDenied[ActorClass(*c.Actor)] = true
		}
	}
	for _, c := range a.claims {
		if c.Actor == nil || c.EventType == claims.EventInterception && *c.Actor != "unknown" {
			// Who intercepted is not the perpetrator; but a source that
			// says, of the attack its air defences met, that it does not
			// name who launched it still leaves the doer unknown.
			continue
		}
		act := *c.Actor
		if tellsAnswered(c) && c.Stance != claims.StanceDenies && slices.Contains(c.Rules, "event_type:generic") {
			// "ورداً على العدوان الإسرائيلي، ...": the doer of what the
			// speaker's act answers, named by a bare word of aggression
			// that tells no strike of its own, is another event's.
			continue
		}
		if ownsOwnTarget(c) && c.Stance != claims.StanceDenies {
			// "ضربنا قوات موالية هاجمت مقراً": the struck side is not
			// the doer (see ownsOwnTarget).
			continue
		}
		if slices.Contains(c.Rules, "actor:abettor") {
			// "متهماً أنقرة بغض الطرف عنهم": a charge of letting the
			// attackers act names no perpetrator.
			continue
		}
		if isMovement(c.EventType) && c.Stance != claims.StanceDenies {
			// Who moved is not a perpetrator: parties that deploy or
			// withdraw together are not competing for an attack.
			continue
		}
		switch {
		case act == "unknown" || act == "":
			if c.Stance != claims.StanceDenies {
				s.unknown = append(s.unknown, c)
			}
		case c.Stance == claims.StanceUnknown:
			s.unknown = append(s.unknown, c)
		case c.Stance == claims.StanceDenies:
			if !isMovement(c.EventType) && len(c.Figures) == 0 && !tollDenied[ActorClass(act)] &&
				!enemyDenial(c, k) && !deniesCivilianTargetOnly(c, a) && !deniesTollFirst(c) {
				s.denied[ActorClass(act)] = append(s.denied[ActorClass(act)], c)
			}
		default:
			s.asserted[ActorClass(act)] = append(s.asserted[ActorClass(act)], c)
		}
	}
	// An account that says who did it and "denies" the same party denies a
	// detail ("نافياً قصف أي موقع روسي" by an army that says it struck
	// the militants there), not who did it; unless the denial disowns a
	// part or throws back an accusation ("نفى أي دور له في إسقاط المروحية",
	// "نفى مزاعم استخدام الجيش مواد سامة") while the account owns another
	// deed of the event: the accused deed is still denied.
	for cl, cs := range s.denied {
		if _, ok := s.asserted[cl]; !ok {
			continue
		}
		if cs = slices.DeleteFunc(slices.Clone(cs), func(c *claims.Claim) bool { return !rejectsAccusation(c) }); len(cs) > 0 {
			s.denied[cl] = cs
			continue
		}
		delete(s.denied, cl)
	}
	return s
}

// accusationWords name an accusation or a report thrown back ("مزاعم",
// "ادعاءات", "الأنباء التي تناقلتها"), the spreading of it with the
// pronoun that points back to it ("ما تروّجه", "ما زعمته"), or what the
// denier calls it ("كاذبة", "ملفقة", "مفبركة"). Forms are normalised
// (see normalizeWords) and matched without a leading conjunction,
// preposition or article.
var accusationWords = []string{
	"مزاعم", "ادعاءات", "ادعاء", "اتهامات", "اتهام", "اكاذيب", "افتراء", "افتراءات", "انباء", "اشاعات", "شائعات",
	"تروجه", "يروجه", "روجته", "روجه", "زعمته", "زعمه", "يزعمه", "تزعمه", "ادعته", "ادعاه", "تدعيه", "يدعيه",
	"تداولته", "تتداوله", "يتداوله", "تناقلته", "تتناقله", "يتناقله", "اشاعته", "تشيعه", "تناقلتها", "تداولتها",
	"كاذبه", "باطله", "ملفقه", "مفبركه", "مختلقه",
}

// rejectsAccusation reports whether a denial disowns someone's part in
// the event ("أي مسؤولية", "لا علاقة لنا", see deniesInvolvement) or
// rejects what others accuse or spread ("رفضت الاتهامات", "نفى ما تروجه
// الصفحات عن ..."), rather than correcting a detail of a deed the
// denier owns.
func rejectsAccusation(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	if c.Stance != claims.StanceDenies {
		return false
	}
	if deniesInvolvement(c) || slices.Contains(c.Rules, "stance:denial_falsehood") {
		return true
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		for _, x := range clitics(w, &cf) {
			if slices.Contains(accusationWords, strings.TrimPrefix(x, "ال")) {
				return true
			}
			if strings.HasPrefix(x, "مسؤول") && i > 0 && (ws[i-1] == "غير" || strings.HasSuffix(ws[i-1], "عدم")) {
				return true // "غير مسؤولة عن", "أعلنت عدم مسؤوليتها"
			}
		}
	}
	return false
}

// dropAnswerers leaves out of the stands the actors named only by claims
// that tell of a response ("ردت قوات التحالف بقصف مدفعي على مصادر
// النيران") when another claim of the event, no response, names an actor
// opposed to them: the party that answered the attack is not a rival
// perpetrator of it.
func dropAnswerers(stands map[*account]actorStand) {
	var attackers []string
	for _, s := range stands {
		for cl, cs := range s.asserted {
			if slices.ContainsFunc(cs, func(c *claims.Claim) bool { return !isResponse(c) }) {
				attackers = append(attackers, cl)
			}
		}
	}
	for _, s := range stands {
		for cl, cs := range s.asserted {
			if slices.ContainsFunc(cs, func(c *claims.Claim) bool { return !isResponse(c) }) {
				continue
			}
			if slices.ContainsFunc(attackers, func(a string) bool { return actorsOpposed(a, cl) }) {
				delete(s.asserted, cl)
			}
		}
	}
}

// selfClaimRules are the actor rules by which a speaker names its own
// side as the doer (see claims' actor rules): its own forces, its own
// strikes, a claim of responsibility.
var selfClaimRules = []string{"actor:self_reference", "actor:claims_responsibility", "actor:own_forces",
	"actor:possessive", "actor:first_person", "actor:admission"}

// selfClaim reports whether a claim names the doer by the speaker's own
// side ("أعلنت أنها هاجمت", "قواتنا استهدفت").
func selfClaim(c *claims.Claim) bool {
	return slices.ContainsFunc(selfClaimRules, func(r string) bool { return slices.Contains(c.Rules, r) })
}

// selfClearing reports whether a denial clears the speaker's own side
// only ("تبرأت طهران من الهجمات", "نفت أي صلة لها"): it names no other
// party.
func selfClearing(c *claims.Claim) bool {
	return slices.Contains(c.Rules, "actor:denied_own_act") || slices.Contains(c.Rules, "actor:denies_involvement")
}

// dropSelfClearings leaves out of the stands a denial by which a voice
// clears only itself of the event when every voice that names the same
// actor class claims the deed as its own: an armed group that announces
// "we attacked the base" and a government of its camp that says "we had
// no part in it" do not contradict each other; they name two parties
// that the actor classes lump together. A third voice that accuses the
// class keeps the denial a dispute.
func dropSelfClearings(stands map[*account]actorStand) {
	for b, sb := range stands {
		for cl, ds := range sb.denied {
			if slices.ContainsFunc(ds, func(c *claims.Claim) bool { return !selfClearing(c) }) {
				continue
			}
			claimed, accused := false, false
			for a, sa := range stands {
				if a == b {
					continue
				}
				for _, c := range sa.asserted[cl] {
					if selfClaim(c) {
						claimed = true
					} else {
						accused = true
					}
				}
			}
			if claimed && !accused {
				delete(sb.denied, cl)
			}
		}
	}
}

// deniesCivilianTargetOnly: a denial that a civilian target was hit, by
// an account that says it struck military targets, disputes what was hit,
// not who struck (see civilianDenial).
func deniesCivilianTargetOnly(c *claims.Claim, a *account) bool {
	return c.Target != nil && TargetClass(*c.Target) == TargetCivilian && assertsMilitaryTarget(a)
}

// actorValue names an actor class as the claims name it ("the coalition"
// rather than "the US"), marking hedged-only attributions.
func actorValue(class string, cs []*claims.Claim) string {
	hedged := true
	for _, c := range cs {
		if c.Stance != claims.StanceUnconfirmed {
			hedged = false
		}
	}
	name := class
	for _, c := range cs {
		if c.Actor != nil && *c.Actor != "" && *c.Actor != "unknown" {
			name = *c.Actor // a denial or a vague blame that clears its side names none (see campClearings, vagueClearings)
			break
		}
	}
	if hedged {
		return ActorName(name) + " (unconfirmed)"
	}
	return ActorName(name)
}

func actorsOf(m map[string][]*claims.Claim) (value, side string, cs []*claims.Claim) {
	classes := slices.Sorted(mapKeys(m))
	var vals []string
	for _, cl := range classes {
		vals = append(vals, actorValue(cl, m[cl]))
		cs = append(cs, m[cl]...)
	}
	return joinNames(vals), strings.Join(classes, "+"), cs
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

// byFirstClaim orders accounts in the order they first speak.
func byFirstClaim(accs []*account) []*account {
	out := slices.Clone(accs)
	slices.SortStableFunc(out, func(a, b *account) int {
		switch {
		case firstBefore(a, b):
			return -1
		case firstBefore(b, a):
			return 1
		}
		return cmp.Compare(a.key, b.key)
	})
	return out
}

func perpetratorConflicts(accs []*account, k Knowledge) []Discrepancy {
	stands := map[*account]actorStand{}
	for _, a := range accs {
		stands[a] = standOf(a, k)
	}
	sides := sidesAsserted(stands, k)
	dropCampTargetDenials(accs, stands, k)
	for a, cs := range campClearings(accs, k, sides) {
		cl := ActorClass(affiliationActors[k.affiliation(a.source)])
		if _, ok := stands[a].asserted[cl]; !ok {
			stands[a].denied[cl] = append(stands[a].denied[cl], cs...)
		}
	}
	for a, cs := range vagueClearings(accs, stands, k, sides) {
		cl := ActorClass(affiliationActors[k.affiliation(a.source)])
		stands[a].denied[cl] = append(stands[a].denied[cl], cs...)
	}
	dropAnswerers(stands)
	dropSelfClearings(stands)
	for _, s := range stands {
		dropGuessesBesideFirm(s)
	}
	competing, denied := false, false
	for i, a := range accs {
		for j, b := range accs {
			if i == j {
				continue
			}
			sa, sb := stands[a], stands[b]
			if i < j && len(sa.asserted) > 0 && len(sb.asserted) > 0 && disjointKeys(sa.asserted, sb.asserted) &&
				!strikesTheOthersDoer(a, b, sa, sb) && !assaultAndSupport(sa, sb) {
				competing = true
			}
			for cl := range sb.denied {
				if _, ok := sa.asserted[cl]; ok {
					denied = true
				}
			}
		}
	}
	if !competing && !denied {
		return nil
	}
	names := accountNames(accs)
	var vs []string
	var assertedParts, deniedParts []Position
	for _, a := range byFirstClaim(accs) {
		s := stands[a]
		if asserted := ownedNotDenied(s); len(asserted) > 0 {
			val, side, cs := actorsOf(asserted)
			assertedParts = append(assertedParts, Position{Source: a.source, Value: val, Side: side, Claims: claimIDs(cs...)})
		}
		if len(s.denied) > 0 {
			val, side, cs := actorsOf(s.denied)
			deniedParts = append(deniedParts, Position{Source: a.source, Value: "denies " + strings.TrimSuffix(val, " (unconfirmed)"),
				Side: "not:" + side, Claims: claimIDs(cs...)})
		}
	}
	ps := append(assertedParts, deniedParts...)
	// Against: asserted sides with nothing in common, and denials of an
	// asserted actor.
	for i := range ps {
		for _, q := range ps {
			if q.Source == ps[i].Source || slices.Contains(ps[i].Against, q.Source) {
				continue
			}
			if actorsClash(ps[i].Side, q.Side) {
				ps[i].Against = append(ps[i].Against, q.Source)
			}
		}
	}
	for _, p := range ps {
		if strings.HasPrefix(p.Side, "not:") {
			vs = append(vs, "actor: not "+strings.TrimPrefix(p.Side, "not:"))
		} else {
			vs = append(vs, "actor: "+p.Side)
		}
	}
	summary := summarize(sidesOf(ps, names), func(v string) string {
		if strings.HasPrefix(v, "denies ") {
			return "denies that " + strings.TrimPrefix(v, "denies ") + " did it"
		}
		return "attributes it to " + v
	})
	rule := "perpetrator.competing"
	switch {
	case competing && denied:
		rule = "perpetrator.competing+asserted_vs_denied"
	case denied:
		rule = "perpetrator.asserted_vs_denied"
	}
	return []Discrepancy{newDiscrepancy(KindPerpetrator, "actor", rule, summary, ps, vs)}
}

// dropGuessesBesideFirm leaves out of an account's stand the parties it
// only guesses at ("يعتقد ناشطون أن الطيران الأمريكي نفّذها") when it
// firmly names another ("حمّل مجلس البلدة سلاح الجو السوري المسؤولية"):
// the firm attribution is the account's word on who did it, and a guess
// beside it does not make the account agree with a third voice that
// names the guessed party.
func dropGuessesBesideFirm(s actorStand) {
	firm := func(cs []*claims.Claim) bool {
		return slices.ContainsFunc(cs, func(c *claims.Claim) bool { return c.Stance == claims.StanceAsserts })
	}
	if !slices.ContainsFunc(slices.Collect(maps.Values(s.asserted)), firm) {
		return
	}
	for cl, cs := range s.asserted {
		if !firm(cs) {
			delete(s.asserted, cl)
		}
	}
}

// ownedNotDenied is what an account asserts of who did it, less the
// parties it also denies (see standOf): an army that owns one deed of the
// event and rejects the accusation of another speaks, on who did it, by
// its denial.
func ownedNotDenied(s actorStand) map[string][]*claims.Claim {
	out := map[string][]*claims.Claim{}
	for cl, cs := range s.asserted {
		if _, ok := s.denied[cl]; !ok {
			out[cl] = cs
		}
	}
	return out
}

// actorsClash compares two perpetrator sides ("us+israel", "not:us").
func actorsClash(a, b string) bool {
	na, nb := strings.HasPrefix(a, "not:"), strings.HasPrefix(b, "not:")
	sa := strings.Split(strings.TrimPrefix(a, "not:"), "+")
	sb := strings.Split(strings.TrimPrefix(b, "not:"), "+")
	common := false
	for _, x := range sa {
		if slices.Contains(sb, x) {
			common = true
		}
	}
	switch {
	case na && nb:
		return false
	case na || nb:
		return common
	}
	return !common
}

// --- targets ---

func targetConflicts(accs []*account) []Discrepancy {
	type tstand struct {
		class string
		texts []string
		cs    []*claims.Claim
	}
	var parts []Position
	classes, implied := map[string]bool{}, map[string]bool{}
	worded := map[string]bool{} // explicit classes given by more than a bare locality
	// ownsOther: a voice that words a class counts, itself, victims of the
	// other class ("the jets struck positions; two civilians were killed",
	// "the strike on the farm killed six of the party's fighters"). One
	// voice that tells both shows they go together: another voice's toll
	// of those victims, or its word for them as the target ("fighters"),
	// says nothing against the place. people and stands count, per class,
	// the voices whose words name only people and all the voices.
	ownsOther := map[string]bool{}
	people, stands := map[string]int{}, map[string]int{}
	deed, doer := eventDeed(accs), eventDoer(accs)
	for _, a := range byFirstClaim(accs) {
		var st tstand
		seen := map[string]bool{}
		responds := slices.ContainsFunc(a.claims, isResponse)
		tells := func(c *claims.Claim) bool {
			return c.Target != nil && !frontLocality(c) && (c.EventType != claims.EventInterception || debrisHit(c)) &&
				(c.Stance != claims.StanceDenies || deniedPresence(c)) && !(responds && tellsAnswered(c) && !answerClauseOwn(c))
		}
		// A bare locality ("the town") beside the account's own word for
		// what was hit there says where, not what: the word decides.
		// So does what most of the victims were ("victims mostly
		// civilians"): the bomb's target, when the account names it,
		// says what was hit.
		specific := slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
			return tells(c) && !onlyLocality(*c.Target) && !victimsOnly(*c.Target) && TargetClass(*c.Target) != ""
		})
		var told []*claims.Claim
		for _, c := range a.claims {
			if !tells(c) || specific && (onlyLocality(*c.Target) || victimsOnly(*c.Target)) {
				continue
			}
			if TargetClass(*c.Target) != "" {
				told = append(told, c)
			}
		}
		for _, c := range ofDoer(ofDeed(told, deed), deed, doer) {
			seen[TargetClass(*c.Target)] = true
			st.texts = append(st.texts, *c.Target)
			st.cs = append(st.cs, c)
		}
		if len(seen) == 0 {
			// No word for what was hit: who was hit, by its figures.
			if p, ok := victimPosition(a); ok {
				implied[p.Side] = true
				parts = append(parts, p)
			} else if p, ok := sparedCiviliansPosition(a); ok {
				implied[p.Side] = true
				parts = append(parts, p)
			}
			continue
		}
		if !slices.ContainsFunc(st.texts, func(t string) bool { return !onlyLocality(t) }) {
			// Only the town or village it struck, and a denial that
			// the attack was aimed at civilians: the place says where.
			if p, ok := sparedCiviliansPosition(a); ok {
				implied[p.Side] = true
				parts = append(parts, p)
				continue
			}
		}
		if len(seen) != 1 || seen[TargetMixed] {
			continue // mixed: not a side
		}
		for cl := range seen {
			st.class = cl
		}
		classes[st.class] = true
		if slices.ContainsFunc(st.texts, func(t string) bool { return !onlyLocality(t) }) {
			worded[st.class] = true
			if p, ok := victimPosition(a); ok && p.Side != st.class || st.class == TargetMilitary && civiliansCountedEarlier(a) {
				ownsOther[st.class] = true
			}
		}
		if !slices.ContainsFunc(st.texts, func(t string) bool { return !peopleTarget(t) }) {
			people[st.class]++
		}
		stands[st.class]++
		st.texts = slices.Compact(st.texts)
		parts = append(parts, Position{Source: a.source, Value: strings.Join(st.texts, "; ") + " (" + st.class + ")",
			Side: st.class, Claims: claimIDs(st.cs...)})
	}
	// A dispute needs words for what was hit on both sides, or on one side
	// against the other's toll; two tolls of different victims alone may
	// count different people, and a town or village named against a toll
	// of fighters says where they were hit, not who.
	peopleOf := func(cl string) bool { return people[cl] == stands[cl] && ownsOther[otherClass(cl)] }
	switch {
	case classes[TargetMilitary] && classes[TargetCivilian] && !peopleOf(TargetMilitary) && !peopleOf(TargetCivilian):
	case worded[TargetMilitary] && implied[TargetCivilian] && !ownsOther[TargetMilitary],
		worded[TargetCivilian] && implied[TargetMilitary] && !ownsOther[TargetCivilian]:
	default:
		return nil
	}
	setAgainst(parts, nil)
	names := accountNames(accs)
	var vs []string
	for _, p := range parts {
		vs = append(vs, "target: "+p.Value)
	}
	// "A and B describe the target as military (x; y); C as civilian (z)".
	var sums []string
	for i, cl := range []string{parts[0].Side, otherClass(parts[0].Side)} {
		var ns, texts []string
		for _, p := range parts {
			if p.Side == cl {
				if n := names[p.Source]; !slices.Contains(ns, n) {
					ns = append(ns, n)
				}
				t := strings.TrimSuffix(p.Value, " ("+cl+")")
				if !slices.Contains(texts, t) {
					texts = append(texts, t)
				}
			}
		}
		name := joinNames(ns)
		what := strings.Join(texts, "; ") + " (" + cl + ")"
		if i == 0 {
			sums = append(sums, conj(name, len(ns) > 1, "describes the target as "+what))
		} else {
			sums = append(sums, name+" as "+what)
		}
	}
	return []Discrepancy{newDiscrepancy(KindTarget, "target", "target.military_vs_civilian",
		strings.Join(sums, "; "), parts, vs)}
}

// civiliansCountedEarlier reports whether an account, in a toll it gave
// before its present one, counted civilians dead ("two civilians killed",
// then "three killed"): a later count that names no group takes nothing
// back of who they were, so a voice that words the target as military
// owns civilian victims (see ownsOther in targetConflicts) as much as if
// it still said so. An earlier count of fighters beside a civilian target
// is left alone: the fighters may be the attackers or the guards.
func civiliansCountedEarlier(a *account) bool {
	for _, o := range []string{claims.OutcomeKilled, claims.OutcomeKilledOrWounded} {
		for _, r := range accountFigures(a, o, true) {
			if r.f.Low > 0 && r.f.Group == "civilians" {
				return true
			}
		}
	}
	return false
}

// eventDeed returns the kind of deed most of the event's claims tell
// (an air strike, shelling), or "" when no kind leads.
func eventDeed(accs []*account) string {
	n := map[string]int{}
	for _, a := range accs {
		for _, c := range a.claims {
			if c.EventType != "" && c.EventType != claims.EventOther {
				n[c.EventType]++
			}
		}
	}
	var best string
	top, tie := 0, false
	for t, k := range n {
		switch {
		case k > top:
			best, top, tie = t, k, false
		case k == top:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// ofDeed narrows one voice's characterisations of what was hit to those
// told of the event's own deed, when the voice's words are of both
// classes only because a claim of another deed (the counter-strike
// "our units answered the sources of fire", an earlier attack recalled)
// names a target of the other class: what the voice says the deed
// itself struck is its account of the target. Otherwise all stand.
func ofDeed(cs []*claims.Claim, deed string) []*claims.Claim {
	if deed == "" || classOf(cs) != TargetMixed {
		return cs
	}
	var own []*claims.Claim
	for _, c := range cs {
		if c.EventType == deed {
			own = append(own, c)
		}
	}
	if cl := classOf(own); cl == TargetMilitary || cl == TargetCivilian {
		return own
	}
	return cs
}

// classOf is the class of the targets of claims taken together: mixed
// when they are of both classes, "" when none has one.
func classOf(cs []*claims.Claim) string {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[TargetClass(*c.Target)] = true
	}
	switch {
	case seen[TargetMixed] || seen[TargetMilitary] && seen[TargetCivilian]:
		return TargetMixed
	case seen[TargetMilitary]:
		return TargetMilitary
	case seen[TargetCivilian]:
		return TargetCivilian
	}
	return ""
}

// deniedPresence: a denial that anything armed or military was at the
// place hit ("نفى وجود أي مقرات عسكرية في الحي"), which the claims layer
// reads as a civilian characterisation of the target: the speaker says
// what the place was, as an assertion would.
func deniedPresence(c *claims.Claim) bool {
	return c.Target != nil && strings.HasPrefix(*c.Target, "civilian") && deniesDetail(c)
}

// debrisStems begin the words for the pieces of a projectile brought down:
// شظايا / شظية (fragments), حطام (wreckage), بقايا (remains).
var debrisStems = []string{"شظايا", "شظيه", "حطام", "بقايا"}

// debrisHit reports whether an interception claim tells where the pieces
// of what was brought down fell ("سقطت شظايا الصواريخ المعترضة على
// منازل"): what they fell on was hit on the ground, and the claim's target
// says what that was, as any claim of the attack would.
func debrisHit(c *claims.Claim) bool {
	for _, w := range arabicWords(normalizeWords(c.Text)) {
		w = stripClitic(w)
		if slices.ContainsFunc(debrisStems, func(p string) bool { return strings.HasPrefix(w, p) }) || slices.Contains(getThroughWords, w) {
			return true
		}
	}
	return false
}

// getThroughWords say that a projectile of an intercepted salvo got
// through and hit what follows: "أصابت بعض الصواريخ مبنى"، "طالت"، "سقطت
// على"، "تساقطت على" (normalised, without their proclitic).
var getThroughWords = []string{"اصابت", "اصاب", "طالت", "طال", "سقطت", "سقط", "تساقطت"}

// tellsAnswered reports whether a claim is nothing but the clause of what
// its speaker's act answered ("رداً على «قصف القرى منذ أيام»"). When
// the account's response itself is in the event, what that clause says
// was hit was hit in the other event, not in this one; without it, the
// clause may well be what the event is.
func tellsAnswered(c *claims.Claim) bool {
	head, whole := c.Text, 2
	if len(head) > 120 {
		// The two opening words are all it reads; a third word shows
		// the cut left the second whole.
		head, whole = head[:120], 3
	}
	// The first words of arabicWords(normalizeWords(head)), one by one.
	var bufs [3][64]byte
	var ws [3][]byte
	for i, n := 0, 0; n < whole; n++ {
		if ws[n], i = nextNormWord(head, i, bufs[n][:0]); len(ws[n]) == 0 {
			return false
		}
	}
	return (string(ws[0]) == "ردا" || string(ws[0]) == "وردا") && string(ws[1]) == "علي"
}

// localityWords name where people live without saying more of what was
// hit: "the town", "villages".
var localityWords = []string{"town", "towns", "village", "villages", "city", "area", "areas", "neighbourhood"}

// onlyLocality reports whether a characterisation is a bare locality.
func onlyLocality(t string) bool {
	return slices.Contains(localityWords, strings.ToLower(strings.TrimSpace(t)))
}

// placeHeads are the English heads of what a target description names
// as a place or an object rather than people.
var placeHeads = []string{"position", "post", "base", "headquarters", "hq", "depot", "camp", "site", "farm", "building",
	"vehicle", "car", "convoy", "checkpoint", "barracks", "house", "home", "warehouse", "airport", "point", "office",
	"school", "hospital", "market", "village", "town", "area", "neighbourhood", "neighborhood", "store"}

// peopleTarget reports whether a target description names only people
// ("fighters", "6 Iran-backed fighters killed"), no place or object.
func peopleTarget(t string) bool {
	s := strings.ToLower(t)
	if !namesPeople(s) && !strings.HasSuffix(s, " killed") {
		return false
	}
	for _, h := range placeHeads {
		if strings.Contains(s, h) {
			return false
		}
	}
	return true
}

// victimsOnly reports whether a characterisation says only what most of
// the victims were ("victims mostly civilians"), not what was hit.
func victimsOnly(t string) bool {
	return strings.HasPrefix(t, "victims mostly ")
}

// victimPosition characterises what an account says was hit by whom its
// death toll counts, when it has no word for the target: only civilians
// killed is a civilian target, only fighters (of any force) killed a
// military one ("the drone killed three PKK militants" against "a
// civilian car"); tolls "killed or wounded" count as deaths. Wounded
// bystanders, totals of unknown victims, captives, earlier tolls, subsets,
// figures from denials and the attackers killed by those who repelled them
// (claims.RuleAttackersKilled) say nothing about it.
func victimPosition(a *account) (Position, bool) {
	var civ, com []figRef
	for _, o := range []string{claims.OutcomeKilled, claims.OutcomeKilledOrWounded} {
		for _, r := range accountFigures(a, o, false) {
			switch {
			case isUnknownGroup(r.f.Group) || r.f.High != nil && *r.f.High == 0:
			case slices.Contains(r.c.Rules, claims.RuleAttackersKilled):
				// the attackers killed by those who fought them off
			case r.f.Group == "civilians":
				civ = append(civ, r)
			default:
				com = append(com, r)
			}
		}
	}
	class, refs := TargetCivilian, civ
	switch {
	case len(civ) > 0 && len(com) == 0:
	case len(com) > 0 && len(civ) == 0:
		class, refs = TargetMilitary, com
	default:
		return Position{}, false
	}
	var descs []string
	var cs []*claims.Claim
	for _, r := range refs {
		if d := DescribeFigure(r.f); !slices.Contains(descs, d) {
			descs = append(descs, d)
		}
		cs = append(cs, r.c)
	}
	return Position{Source: a.source, Value: strings.Join(descs, ", ") + " (" + class + ")", Side: class,
		Claims: claimIDs(cs...)}, true
}

func otherClass(c string) string {
	if c == TargetMilitary {
		return TargetCivilian
	}
	return TargetMilitary
}

// --- occurrence ---

// counterAccount reports whether an account denies only by rejecting
// reports or accounts, never calling anything false in words ("لا صحة"،
// "مفبركة", rule stance:denial_falsehood). From a voice of no side (local
// sources, residents), "نافياً رواية الطرف الآخر عن هجوم على حاجزه"
// beside its own story of the clash, with a named doer, is a rival account
// of who struck whom, not a denial that anything happened (see
// occurrenceDenials). A voice of a side whose men are blamed denies the
// deed by the same words (see counter_accusation.go).
func counterAccount(a *account) bool {
	return !slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return c.Stance == claims.StanceDenies && slices.Contains(c.Rules, "stance:denial_falsehood")
	})
}

// occurrenceDenials returns the claims in which an account denies the
// event itself, and those in which it denies casualties.
//
// Not every denial without an actor denies the event. An account that
// denies its own side's part ("نفت ... أي صلة لها") disputes the
// perpetrator, and its other denials go with that; a denial of casualties
// that gives no figure ("نفى وقوع إصابات في صفوفه") disputes the toll; and
// an account that itself asserts the event denies some detail of it, not
// the event. A denial that calls reports of the attack on a target false
// ("تقارير قصف السوق مفبركة") denies the event whoever makes it, and so
// may a denial that a civilian target was hit (see civilianDenial).
// accused holds the actor classes some account of the event names as the
// perpetrator.
func occurrenceDenials(a *account, k Knowledge, accused map[string]bool) (event, figures []*claims.Claim) {
	own := affiliationActors[k.affiliation(a.source)]
	ownDenied, cleared := false, false
	var asserted, armed []string
	for _, c := range a.claims {
		c := occurrenceView(c)
		if c.Stance == claims.StanceDenies && c.Actor != nil && own != "" && ActorClass(*c.Actor) == ActorClass(own) &&
			!isMovement(c.EventType) {
			ownDenied = true
		}
		// "نفى الفصيل أي دور له في الهجوم": a voice that clears itself
		// grants the deed, whether or not its side is an actor the
		// contract names; its other denials ("إنها لا تستهدف المدنيين")
		// go with that.
		cleared = cleared || deniesInvolvement(c)
		if speaks(c) && !isVagueType(c.EventType) && c.EventType != claims.EventInterception && c.Actor != nil {
			asserted = append(asserted, c.EventType)
		}
		// "the operation hit a headquarters of the gunmen": what the
		// account says was hit, military, tells of the deed too.
		if militaryHit(c) && !isVagueType(c.EventType) {
			armed = append(armed, c.EventType)
		}
	}
	callsFalse := own != "" || !counterAccount(a)
	for _, c := range a.claims {
		if c.Stance != claims.StanceDenies || deniesCivilianConfined(c, a) {
			continue
		}
		asserts := assertsKind(asserted, c.EventType)
		falsehood := slices.Contains(c.Rules, "stance:denial_falsehood")
		switch {
		case slices.Contains(c.Rules, "stance:"+claims.RuleOnlyFlew):
			// "المقاتلات اكتفت بالتحليق": the aircraft flew over and
			// struck nothing, whoever's they were; what it adds of its
			// own side's unhurt men goes with that
			event = append(event, c)
		case len(c.Figures) > 0 && noneCounted(c.Figures) && falsehood && c.Target != nil && !deniesTollFirst(c) && !deniesDetail(c):
			// "لا مخبز قُصف ولا أحد جُرح": the report of the strike on
			// the place is called false; the nobody hurt that goes with
			// it denies no one's toll but says nothing happened
			event = append(event, c)
		case len(c.Figures) > 0 && (deniesLink(c) || deniesAffiliationFirst(c)):
			// "الشاب طالب جامعي لا علاقة له بأي تنظيم": the dead's ties are
			// denied, not the toll that counts him
		case len(c.Figures) > 0 && deniesInvolvement(c) && !deniesTollFirst(c):
			// "نفى الفصيل علاقته بالهجوم الدامي، وقد أودى بالعشرات": the toll
			// tells which blast; the speaker's part is what is denied
		case len(c.Figures) > 0:
			figures = append(figures, c)
		case continuesLossDenial(c, a):
			// "نفى خبر أسر جنوده، ثم عدّ تلك الأخبار كاذبة":
			// the reports called false are those of the loss
		case deniesDetail(c):
			// what was there, not whether it was hit
		case callsExaggerated(c):
			// "الأرقام المنشورة مبالغ فيها": how many, not whether
		case len(c.Figures) == 0 && (deniesVictimsCivilian(c) || massacreOnly(c)) && admitsArmedHit(a) && !accused[ActorClass(own)]:
			// "نفى رواية إعدام مدنيين" from a side that counts the gunmen
			// it killed: who the dead were is disputed, not the attack.
			// A side accused of the massacre denies its part instead (see
			// campClearings).
		case falsehood && massacreOnly(c):
			// "رواية مفبركة عن مجزرة بحق الأهالي": the massacre, the
			// killing of civilians, is denied, not the attack
		case (falsehood || deniesReport(c) && !deniesToll(c) && !deniesInvolvement(c) && !ownPartDenied(c, own)) &&
			(c.Target != nil && (falsehood || !asserts || callsFalse) || deniesReport(c) && !asserts && !(countsToll(a, c.EventType) && reportNamesDoer(c))) &&
			!(ownPartDenied(c, own) && namesOtherDoer(a, own)):
			// a verb of denial whose object is the report of the deed
			// ("نفى ما تداولته الصفحات عن هجوم على الحاجز") calls it false
			// too; but a voice of no side that tells such a deed of its
			// own, by a named doer, and rejects a side's account of the
			// clash without a word of falsehood anywhere (see
			// counterAccount) disputes who struck whom, not whether;
			// nor does a denial of a report of who carried the deed out,
			// by a voice that counts the deed's dead itself ("نفى ما
			// ادعته القيادة عن تنفيذ فصيل للعملية" beside its own toll
			// of it): the doer is denied, the deed granted (see
			// reportNamesDoer)
			event = append(event, c)
		case falsehood && !asserts && reportOfOthersDeedFalse(c, a, own):
			// "أنباء قصف الجيش للبلدة مفبركة" from a voice that is not of
			// the army and names no doer of its own: the report, doer and
			// all, is called false, not who did it
			event = append(event, c)
		case civilianDenial(c, a, own, accused):
			event = append(event, c)
		case deniesAbsentAndFalse(c):
			// "لم تحلّق مقاتلاتنا فوق المنطقة، وما نُشر من صور مزوّر": not
			// there, and the report of the deed is false
			event = append(event, c)
		case slices.Contains(c.Rules, claims.RuleAnyEventDenied) && !ownDenied && !asserts && !deniesToll(c) &&
			(c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown"):
			// "نفى حصول أي هجوم على المعسكر": nothing happened
			event = append(event, c)
		case slices.Contains(c.Rules, claims.RuleAnyEventDenied) && slices.Contains(c.Rules, "stance:negated_event") &&
			!deniesToll(c) && (c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown"):
			// "المخبز لم يتعرض لأي قصف"، "لم تسجل أي غارة على
			// البلدة": no attack by anyone, even from a side that denies
			// its own part elsewhere
			event = append(event, c)
		case slices.Contains(c.Rules, "stance:no_trace"):
			// "لم يجد المحققون أثراً لإصابة الحافلات بقنابل طائرات":
			// no strike at all, whatever the speaker says of its own or
			// others' aircraft; the claims layer has made sure the traces
			// are of a strike, not of harm ("لا آثار لإصابات")
			event = append(event, c)
		case slices.Contains(c.Rules, "stance:mishap_cause") && !ownDenied && !namesDoer(a) && !countsToll(a, c.EventType):
			// "الانفجار نجم عن انفجار مستودع للمسلحين": no strike at all
			event = append(event, c)
		case isMovement(c.EventType) && deniesLink(c):
			// "لا صلة للعائلة بالتهريب": a tie denied is no movement
			// denied
		case c.Target == nil && isMovement(c.EventType) && !deniesToll(c):
			event = append(event, c) // "لم نسحب أي جندي"
		case own != "" && !accused[ActorClass(own)] && ownTargetDenied(c, k.affiliation(a.source)):
			event = append(event, c) // "نفى إصابة أي أهداف إيرانية"
		case c.Target != nil, ownDenied, asserts, cleared, deniesToll(c), deniesInvolvement(c), deniesTies(c), assertsKind(armed, c.EventType):
		case c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" || isMovement(c.EventType) ||
			enemyDenial(c, k):
			event = append(event, c)
		}
	}
	return event, figures
}

// noneCounted reports whether every figure of a claim counts no one
// ("ولا أحد جُرح"، "لم يسقط أي قتيل").
func noneCounted(fs []claims.Figure) bool {
	return !slices.ContainsFunc(fs, func(f claims.Figure) bool { return f.Low != 0 || f.High == nil || *f.High != 0 })
}

// victimTargets are characterisations of the people hit, not of a place:
// a denial that names them denies who was harmed.
var victimTargets = []string{"civilian", "residents", "people", "families", "children", "women", "inhabitants"}

// placeTargetWords are words of a place in a target phrase ("civilian
// homes", "residential quarters"): a denial of those denies a strike on
// the place.
var placeTargetWords = []string{"home", "house", "quarter", "neighbo", "market", "building", "camp", "school", "hospital", "mosque", "area", "village", "town", "shop"}

// deniesVictimsCivilian reports whether denial c says that civilians, as
// people, were not the ones harmed ("نفى قتل أي مدني"، "رواية إعدام
// مدنيين"), not that a civilian place was not struck.
func deniesVictimsCivilian(c *claims.Claim) bool {
	if c.Target == nil || TargetClass(*c.Target) != TargetCivilian {
		return false
	}
	t := strings.ToLower(*c.Target)
	return slices.ContainsFunc(victimTargets, func(w string) bool { return strings.Contains(t, w) }) &&
		!slices.ContainsFunc(placeTargetWords, func(w string) bool { return strings.Contains(t, w) })
}

// admitsArmedHit reports whether account a, in a claim that is not a
// denial, tells of the deed against armed men: a military target, or a
// toll of fighters or soldiers. Such an account grants that the attack
// took place.
func admitsArmedHit(a *account) bool {
	if assertsMilitaryTarget(a) {
		return true
	}
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return speaks(c) && slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
			return !f.Earlier && combatantGroups[f.Group] && (f.High == nil || *f.High > 0)
		})
	})
}

// countsToll reports whether account a itself gives a toll of the deed
// of type denied (see assertsKind) in a claim that is not a denial: it
// tells that the blast took place, whatever cause it gives for it. A toll
// of another kind of deed ("the sound was the car bomb", against shells
// denied) grants nothing of the deed denied.
func countsToll(a *account, denied string) bool {
	var typs []string
	for _, c := range a.claims {
		if speaks(c) && !isVagueType(c.EventType) && slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
			return f.High == nil || *f.High > 0
		}) {
			typs = append(typs, c.EventType)
		}
	}
	return assertsKind(typs, denied)
}

// assertsKind reports whether an account that asserts deeds of the types
// asserted grants the deed of type denied, so that its denial disputes a
// detail of it. A denial of a deed of another specific kind than any the
// account tells of denies that deed: a security source that tells of a
// car bomb and denies that shells fell near the prison ("الصوت كان دوي
// التفجير نفسه") denies the shelling. A vague or generic (ground_attack)
// denial goes with any deed the account asserts.
func assertsKind(asserted []string, denied string) bool {
	if len(asserted) == 0 {
		return false
	}
	if isVagueType(denied) || denied == claims.EventGroundAttack {
		return true
	}
	return slices.Contains(asserted, denied)
}

// deniesReport: the denial calls false what others reported of the deed,
// the report named with its content ("وصف ما تداولته وسائل الإعلام عن
// مقتل أطفال في الملجأ بأنه مسرحية", read by the claims layer as
// attribution:embedded_report). Calling the account of the deed itself
// staged or made up denies that it happened, like a report of an attack
// on a named target called false; a side that only says its own forces
// took no part disputes who did it.
func deniesReport(c *claims.Claim) bool {
	return slices.Contains(c.Rules, "attribution:embedded_report") || slices.Contains(c.Rules, claims.RuleReportDenied)
}

// namesDoer: some claim of the account, not a denial, names who carried
// out an attack (a party, not "unknown" attackers).
func namesDoer(a *account) bool {
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return speaks(c) && c.Actor != nil && *c.Actor != "" && *c.Actor != "unknown" &&
			!isVagueType(c.EventType) && c.EventType != claims.EventInterception
	})
}

// deniesLink: the denial denies a link or tie ("لا صلة له", "لا
// علاقة لها"), read by the claims layer as stance:denial_link.
func deniesLink(c *claims.Claim) bool {
	return slices.Contains(c.Rules, "stance:denial_link")
}

// struckSideTargetDenials returns, per account, the denials that a
// military target was hit ("ما يبثه الخصم عن نسف مستودع ذخيرة
// أكاذيب") made by a voice of the side that was struck: its side names an
// enemy as the attacker, and another of its voices tells of the attack
// and of the civilian place it hit ("the strike set the container yard
// ablaze"). Such a side grants the attack; it disputes what was there,
// like a denial that fighters or arms were present (see deniesDetail).
func struckSideTargetDenials(accs []*account, k Knowledge, sides sideStands) map[*account][]*claims.Claim {
	var out map[*account][]*claims.Claim
	for _, a := range accs {
		aff := k.affiliation(a.source)
		own := affiliationActors[aff]
		if own == "" {
			continue
		}
		enemy, civilian := false, false
		for cl := range sides[aff] {
			enemy = enemy || actorsOpposed(own, cl)
		}
		for _, b := range accs {
			if k.affiliation(b.source) != aff {
				continue
			}
			civilian = civilian || slices.ContainsFunc(b.claims, func(c *claims.Claim) bool {
				return speaks(c) && c.Target != nil && TargetClass(*c.Target) == TargetCivilian &&
					!isVagueType(c.EventType) && c.EventType != claims.EventInterception
			})
		}
		if !enemy || !civilian {
			continue
		}
		for _, c := range a.claims {
			if c.Stance == claims.StanceDenies && c.Target != nil && TargetClass(*c.Target) == TargetMilitary &&
				len(c.Figures) == 0 && (c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown") {
				if out == nil {
					out = map[*account][]*claims.Claim{}
				}
				out[a] = append(out[a], c)
			}
		}
	}
	return out
}

// ownAdjectives are the English adjectives by which a target is said to
// belong to a side, by affiliation.
var ownAdjectives = map[string][]string{
	"iran": {"iranian"}, "russia": {"russian"}, "us": {"american", "us "}, "turkey": {"turkish"},
	"israel": {"israeli"}, "syria_gov": {"syrian army", "syrian government"},
}

// ownTargetDenied reports whether a denial says that targets of the
// denier's own side were not hit: an IRGC commander that denies "any
// Iranian target was hit" disputes that the strike its enemy claims on
// them took place at all. The denier must not be the accused (checked by
// the caller): a side that denies striking denies its part instead.
func ownTargetDenied(c *claims.Claim, aff string) bool {
	if c.Target == nil {
		return false
	}
	t := strings.ToLower(*c.Target)
	return slices.ContainsFunc(ownAdjectives[aff], func(adj string) bool { return strings.HasPrefix(t, adj) })
}

// campClearings returns, per account, the denials of the event that clear
// the account's own side instead: a belligerent's voice that denies an
// attack its accusers blame on its side ("no aircraft flew over the
// university this morning"), while another voice of the same side tells
// of that very event with its toll or what was hit ("the toll of the
// terrorist attack on the university rose to 81"), does not deny that
// anything happened; it denies its side's part, which is a perpetrator
// dispute. Only denials that name no doer are read so, and only while no
// voice of the side says that its side acted.
func campClearings(accs []*account, k Knowledge, sides sideStands) map[*account][]*claims.Claim {
	accused := sides.accused()
	var out map[*account][]*claims.Claim
	for _, a := range accs {
		aff := k.affiliation(a.source)
		own := affiliationActors[aff]
		if own == "" || !accused[ActorClass(own)] || sides[aff][ActorClass(own)] || counterAccuses(a, sides, aff) {
			continue // not accused, or its side says it acted or blames its accuser: the denial is of some version of the deed
		}
		// The deeds of which another voice of the side tells the toll or
		// what was hit.
		var told []string
		for _, b := range accs {
			if b == a || k.affiliation(b.source) != aff {
				continue
			}
			for _, c := range b.claims {
				if tellsOutcome(c) {
					told = append(told, c.EventType)
				}
			}
		}
		if len(told) == 0 {
			continue
		}
		ev, _ := occurrenceDenials(a, k, accused)
		for _, c := range ev {
			// A denial of a deed of another specific kind than any the
			// side tells of denies that deed (see assertsKind): the
			// army's voice that says no shell was fired at a town,
			// while the state agency tells of gunmen's attack on a
			// checkpoint there, denies the shelling, not its part.
			if (c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown") && !deniesDeedOutright(c) && assertsKind(told, c.EventType) {
				if out == nil {
					out = map[*account][]*claims.Claim{}
				}
				out[a] = append(out[a], c)
			}
		}
	}
	return out
}

// vagueClearings returns, per account, the claims by which a belligerent's
// voice blames unnamed attackers ("terrorist groups committed the
// massacre", see vagueBlame) for an attack that another voice, of another
// side, blames on the belligerent's own side: laying it on someone
// unnamed answers the accusation, a perpetrator dispute as much as an
// outright denial. Only while no voice of its side says that its side
// acted, and only when the voice names no party itself.
func vagueClearings(accs []*account, stands map[*account]actorStand, k Knowledge, sides sideStands) map[*account][]*claims.Claim {
	var out map[*account][]*claims.Claim
	for _, a := range accs {
		aff := k.affiliation(a.source)
		own := affiliationActors[aff]
		if own == "" || sideOwnsDeed(accs, stands, k, aff, ActorClass(own)) || ownsAnyDeed(stands[a]) ||
			sideConfinesStrikes(accs, k, aff) {
			continue
		}
		accused := false
		for other, cls := range sides {
			if other != aff && cls[ActorClass(own)] {
				accused = true
			}
		}
		if !accused {
			continue
		}
		for _, c := range stands[a].unknown {
			if vagueBlame(c) {
				if out == nil {
					out = map[*account][]*claims.Claim{}
				}
				out[a] = append(out[a], c)
			}
		}
	}
	return out
}

// ownsAnyDeed reports whether an account names some party as the doer
// by a claim that is not its side's answer to the attack: "the army
// pounded the sources of the fire" tells who answered, not who fired.
func ownsAnyDeed(s actorStand) bool {
	for _, cs := range s.asserted {
		if slices.ContainsFunc(cs, func(c *claims.Claim) bool { return !isResponse(c) }) {
			return true
		}
	}
	return false
}

// sideOwnsDeed reports whether a voice of side aff names class, its own
// side, as the doer by a claim that is no answer (see ownsAnyDeed).
func sideOwnsDeed(accs []*account, stands map[*account]actorStand, k Knowledge, aff, class string) bool {
	return slices.ContainsFunc(accs, func(b *account) bool {
		return k.affiliation(b.source) == aff &&
			slices.ContainsFunc(stands[b].asserted[class], func(c *claims.Claim) bool { return !isResponse(c) })
	})
}

// dropCampTargetDenials leaves out of the stands the denials that a
// civilian target was hit ("واشنطن تنفي استهداف مسجد") made by a voice
// whose side, in another voice, says what military target it struck
// there ("the ministry said it struck a gathering of militants"): the
// side disputes what was hit, not that it struck (see
// deniesCivilianTargetOnly, which sees one account only).
func dropCampTargetDenials(accs []*account, stands map[*account]actorStand, k Knowledge) {
	for _, a := range accs {
		s := stands[a]
		if len(s.denied) == 0 {
			continue
		}
		aff := k.affiliation(a.source)
		if affiliationActors[aff] == "" || !slices.ContainsFunc(accs, func(b *account) bool {
			return k.affiliation(b.source) == aff && assertsMilitaryTarget(b)
		}) {
			continue
		}
		for cl, cs := range s.denied {
			cs = slices.DeleteFunc(slices.Clone(cs), func(c *claims.Claim) bool {
				return c.Target != nil && TargetClass(*c.Target) == TargetCivilian
			})
			if len(cs) == 0 {
				delete(s.denied, cl)
			} else {
				s.denied[cl] = cs
			}
		}
	}
}

// tellsOutcome: the claim tells of an attack with its toll or what it hit.
func tellsOutcome(c *claims.Claim) bool {
	return speaks(c) && !isVagueType(c.EventType) && !isMovement(c.EventType) && c.EventType != claims.EventInterception &&
		(len(c.Figures) > 0 || c.Target != nil)
}

// deniesDeedOutright reports whether denial c says that no deed took
// place whoever the doer: no trace of a strike was found ("لا أثر لأي
// ضربة على المبنى"), or the report of the attack on a named target is a
// fabrication ("المشاهد عن قصف المدرسة مفبركة"). Such a denial is no
// answer to an accusation of the denier's camp, even while another voice
// of the camp tells of some outcome: it disputes the event itself.
func deniesDeedOutright(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	if slices.Contains(c.Rules, "stance:no_trace") {
		return true
	}
	return slices.Contains(c.Rules, "stance:denial_falsehood") && c.Target != nil && !massacreOnly(c) && !deniesToll(c)
}

// reportOfOthersDeedFalse reports whether falsehood denial c, made by
// account a whose side is own, calls false a report that names a doer
// other than the denier's own side, while the account names no doer of
// its own and the denial is not of the toll, of a tie, or of a part.
// Whoever the report blames, the deed is what is called made up; a voice
// that blamed someone else instead would dispute the doer.
func reportOfOthersDeedFalse(c *claims.Claim, a *account, own string) bool {
	if c.Actor == nil || *c.Actor == "" || *c.Actor == "unknown" || ownPartDenied(c, own) {
		return false
	}
	if deniesToll(c) || deniesInvolvement(c) || deniesLink(c) || deniesTies(c) || massacreOnly(c) {
		return false
	}
	return !namesDoer(a)
}

// ownPartDenied: the denial names the denier's own side as the party it
// clears ("نفى أن يكون حزب الله قد قصف البلدة").
func ownPartDenied(c *claims.Claim, own string) bool {
	return own != "" && c.Actor != nil && *c.Actor != "unknown" && *c.Actor != "" && ActorClass(*c.Actor) == ActorClass(own)
}

// namesOtherDoer: some claim of the account, not a denial, says that a
// party other than its own side carried out the attack ("the Syrian army
// fired them"). An account that clears its side and names another doer
// disputes who did it, not whether it happened.
func namesOtherDoer(a *account, own string) bool {
	return slices.ContainsFunc(a.claims, func(c *claims.Claim) bool {
		return speaks(c) && c.Actor != nil && *c.Actor != "" && *c.Actor != "unknown" &&
			ActorClass(*c.Actor) != ActorClass(own) && !isVagueType(c.EventType) && !isMovement(c.EventType)
	})
}

// civilianDenial reports whether c, a denial by account a (whose side is
// own), disputes that a civilian target was hit at all: "نفى متحدث
// عسكري أن تكون الغارات استهدفت مناطق سكنية" against reports of homes
// hit. It must deny with a denial word (not a denial of a link, nor a
// report called false, which the other rules read), name a civilian
// target and no casualties, and come from a belligerent side that either
// is not the one accused of the event (an army denying that "the market"
// was struck, when others blame its ally) or admits striking military
// targets in it (it struck, but not the homes). A side accused of the
// event that admits nothing denies its part, which is a perpetrator
// dispute ("نفت قسد قصف المشفى").
func civilianDenial(c *claims.Claim, a *account, own string, accused map[string]bool) bool {
	if c.Target == nil || TargetClass(*c.Target) != TargetCivilian || deniesToll(c) || own == "" ||
		!slices.Contains(c.Rules, "stance:cue") {
		return false
	}
	if assertsMilitaryTarget(a) {
		return true
	}
	return !accused[ActorClass(own)] && (c.Actor == nil || ActorClass(*c.Actor) != ActorClass(own))
}

// assertsMilitaryTarget: some claim of the account, not a denial, says
// that what was hit was military. A rule the speaker says its strikes
// keep ("قصفنا يقتصر دوماً على الأهداف العسكرية", see habitualLimit)
// admits no strike of this event.
func assertsMilitaryTarget(a *account) bool {
	return slices.ContainsFunc(a.claims, militaryHit)
}

// militaryHit reports whether claim c, not a denial, says that what was
// hit was military (see assertsMilitaryTarget).
func militaryHit(c *claims.Claim) bool {
	return c.Target != nil && c.Stance != claims.StanceDenies && c.EventType != claims.EventInterception &&
		TargetClass(*c.Target) == TargetMilitary && !habitualLimit(c.Text)
}

// habitualLimitWords are the imperfect verbs of keeping to something
// ("تقتصر"، "ينحصر"), with which a speaker states the rule of its
// operations rather than telling a strike: "غاراتنا تنحصر في الأهداف
// العسكرية" against "القصف اقتصر يومها على ثكنة للجيش".
var habitualLimitWords = []string{"تقتصر", "يقتصر", "تنحصر", "ينحصر"}

// habitualLimit reports whether text states such a rule.
func habitualLimit(text string) bool {
	for _, f := range strings.Fields(text) {
		f = strings.TrimLeft(f, "وف")
		for _, w := range habitualLimitWords {
			if strings.HasPrefix(f, w) {
				return true
			}
		}
	}
	return false
}

// sideStands are, per side (registry affiliation), the actor classes
// that its voices name as the perpetrator.
type sideStands map[string]map[string]bool

// sidesAsserted sums the accounts' stands (see standOf) by side.
func sidesAsserted(stands map[*account]actorStand, k Knowledge) sideStands {
	out := sideStands{}
	for a, s := range stands {
		aff := k.affiliation(a.source)
		for cl := range s.asserted {
			if out[aff] == nil {
				out[aff] = map[string]bool{}
			}
			out[aff][cl] = true
		}
	}
	return out
}

// accused are the actor classes that some side names as the perpetrator
// (see accusedActors).
func (s sideStands) accused() map[string]bool {
	m := map[string]bool{}
	for _, cls := range s {
		for cl := range cls {
			m[cl] = true
		}
	}
	return m
}

// accusedActors are the actor classes that some account names as the
// perpetrator.
func accusedActors(accs []*account, k Knowledge) map[string]bool {
	m := map[string]bool{}
	for _, a := range accs {
		for cl := range standOf(a, k).asserted {
			m[cl] = true
		}
	}
	return m
}

// tollDenials are an account's denials of casualties that give no figure
// ("نفى وقوع أي إصابات في صفوف الجيش"): each is a toll of zero killed and
// zero wounded, among the denier's own ranks when it speaks of them
// ("في صفوفه"), else among anyone, compared like any other toll.
//
// A denial of the victims of a poison ("ضحايا الغاز"، "إصابات بالكلور")
// denies the manner of the deed, not that it hurt anyone: its speaker
// may own the strike with conventional arms. It counts nobody; the
// dispute over the manner is chemicalConflicts'.
func tollDenials(a *account, k Knowledge) []figRef {
	var out []figRef
	for _, c := range a.claims {
		if c.Stance != claims.StanceDenies || len(c.Figures) > 0 || !deniesToll(c) || deniesInvolvement(c) || mentionsChemical(c) {
			// "لا مسؤولية لنا في سقوط المروحية" disowns a part in the
			// event; it counts nobody.
			continue
		}
		group := "unknown"
		if s := normalizeWords(c.Text); strings.Contains(s, "صفوف") {
			if group = ownRanks[k.affiliation(a.source)]; group == "" {
				continue // whose ranks cannot be told
			}
		}
		for _, o := range []string{claims.OutcomeKilled, claims.OutcomeWounded} {
			out = append(out, figRef{claims.Figure{Outcome: o, Group: group, Low: 0, High: new(int),
				Qualifier: claims.QualExact}, c})
		}
	}
	return out
}

// ownRanks is the victim group of a side's own fighters.
var ownRanks = map[string]string{
	"syria_gov": "syrian_army", "us": "us_forces", "iran": "iran_backed", "sdf": "sdf",
	"russia": "pro_government", "turkey": "fighters",
}

// tollWords are the nouns of casualties: a denial that names them denies
// the toll ("نفى وقوع إصابات"), not the event. The nouns of capture are
// read word by word (see lossWordAt).
var tollWords = []string{"اصابات", "اصابه", "قتلي", "ضحايا", "خسائر بشريه", "جرحي", "مقتل", "سقوط", "استشهاد", "شهداء"}

// deniesTollFirst reports whether what a denial denies is a loss: a toll
// word right after the verb of denial ("ينفي مقتل أي مستشار في العدوان
// ...", "نفى سقوط قتلى"). The attacker it names is not denied.
func deniesTollFirst(c *claims.Claim) bool {
	ws := strings.Fields(normalizeWords(c.Text))
	if c.Cue != "" && tollAfter(ws, -1) {
		return true // the verb of denial is the cue, outside the text
	}
	for i, w := range ws {
		switch strings.TrimLeft(w, "و") {
		case "ينفي", "نفي", "نفت", "تنفي", "نافيا", "نافيه", "نفيا":
			if tollAfter(ws, i) {
				return true
			}
		}
	}
	return false
}

// tollAfter: the toll comes first after word i ("ينفي مقتل", "نفى وقوع
// إصابات"), or as what a report said ("نفى صحة ما نشرته مواقع عن
// مقتل ..."), before any word of the event itself.
func tollAfter(ws []string, i int) bool {
	prev := ""
	for j := i + 1; j < len(ws) && j <= i+10; j++ {
		x := strings.Trim(ws[j], "\"«»“”.,،:")
		for _, t := range tollWords {
			if (strings.HasSuffix(x, t) || x == t) && (j <= i+3 || prev == "عن") && !(t == "سقوط" && (projectileFalls(ws, j) || placeFalls(ws, j))) {
				return true
			}
		}
		if (j <= i+3 || prev == "عن") && lossWordAt([]string{prev, x}, 1) {
			return true // "نفى ما تداولته الصفحات عن أسر جنود"
		}
		for _, e := range []string{"العدوان", "الغاره", "الغارات", "القصف", "الهجوم", "الضربه", "الضربات", "التفجير", "مسؤوليه", "علاقه", "صله"} {
			if strings.HasSuffix(x, e) {
				return false
			}
		}
		prev = x
	}
	return false
}

// involvementWords deny that someone had a part in the event ("نفت أي
// علاقة لها بالتفجيرات", "لا صلة لنا"): such a denial disputes who did
// it, never that it happened, whether or not the denier is an actor the
// contract names.
var involvementWords = []string{"اي علاقه", "اي صله", "اي مسؤوليه", "اي دور", "اي رابط", "لا علاقه", "لا صله", "لا دور",
	"علاقتها", "علاقته", "علاقتهم", "صلتها", "صلته", "صلتهم", "تورطها", "تورطه", "تورطهم", "ضلوعها", "ضلوعه", "ضلوعهم",
	"مسؤوليتها", "مسؤوليته", "مسؤوليتهم", "لا مسؤوليه", "غير مسؤول", "غير مسؤوله", "غير مسؤولين",
	// the bare noun is in construct with the party whose part is denied:
	// "نفت القيادة مسؤولية واشنطن عن الضربة"، "ينفي تورط الجيش"، "نفى ضلوع الحزب"
	"مسؤوليه", "تورط", "ضلوع",
	// a leading role denied ("نفى أن يكون عناصره يقودون المعركة"): who
	// led the fight is disputed, not the fight
	"يقود", "يقودون", "يقودوا", "تقود", "يقودان",
	// a side's share in planning the deed: "نفت أي تنسيق معها قبل الغارات"
	"تنسيق", "التنسيق", "بالتنسيق", "بتنسيق", "تنسيقها", "تنسيقه", "بتنسيقها", "بتنسيقه"}

// deniesInvolvement reports whether a denial denies someone's part in the
// event rather than the event (see involvementWords).
func deniesInvolvement(c *claims.Claim) bool {
	if c.Stance != claims.StanceDenies {
		return false
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		w = strings.TrimPrefix(w, "و")
		if i+1 < len(ws) {
			if slices.Contains(involvementWords, w+" "+ws[i+1]) {
				return true
			}
		}
		if slices.Contains(involvementWords, w) {
			return true
		}
	}
	return false
}

// presenceHeads name someone's being somewhere ("نشاط", "وجود"): a denial
// of them ("نفى أي وجود لمقاتلين في المبنى") disputes what the place hit
// was, not that it was hit.
var presenceHeads = []string{"نشاط", "وجود", "تواجد", "انتشار", "تمركز", "تحركات"}

// presenceNouns are who or what a presence denial says was not there.
var presenceNouns = []string{"عناصر", "مقاتلين", "مسلحين", "قوات", "مقرات", "مقر", "مواقع", "مستودعات", "مخازن",
	"اسلحه", "ذخائر", "عسكريين", "ميليشيات", "قواعد", "منصات", "مراكز",
	// advisers, experts and officers of a party said to be at the site
	"مستشارين", "مستشارون", "خبراء", "ضباط"}

// presupposedWords refer to the place hit as a given ("المنطقة
// المستهدفة"): a denial that uses them takes the attack as having happened.
// "القتيل" (the man killed, as the victim's kin and neighbours say it)
// grants the death, and so the strike.
var presupposedWords = []string{"المستهدف", "المستهدفه", "المستهدفين", "المقصوف", "المقصوفه", "القتيل", "القتيله"}

// belongingWords say whose a place or a thing is ("تابع لـ", "يتبع") or
// what it served for ("لأغراض عسكرية"): a denial of them disputes what was
// hit or who flew what, never that something was hit.
//
// A person's affiliation ("انتماء", "انتمائه", "انتسابه") is the same kind
// of detail: "ما يشاع عن انتمائه للفصائل كذب" disputes who the dead man
// was.
var belongingWords = []string{"تابع", "تابعه", "تابعا", "تابعين", "تابعون", "يتبع", "تتبع", "اغراض",
	"انتماء", "انتمائه", "انتمائها", "انتمائهم", "انتماءه", "انتسابه", "انتسابها"}

// controlNouns name a side's hold on ground ("سيطرة"، "السيطرة"): the
// outcome of a fight.
var controlNouns = []string{"سيطره"}

// deniesControl reports whether denial c denies that a side took or holds
// ground ("نفى الناشطون سيطرة الجيش على وسط البلدة"): it disputes how the
// fight went, and so takes the fight as given.
func deniesControl(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	if c.Stance != claims.StanceDenies {
		return false
	}
	for _, w := range strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.ContainsFunc(clitics(w, &cf), func(x string) bool {
			return slices.Contains(controlNouns, strings.TrimPrefix(x, "ال"))
		}) {
			return true
		}
	}
	return false
}

// deniesDetail reports whether a denial disputes a detail of an attack it
// takes as given: the presence or activity of fighters or arms at the
// place ("نفى الحزب أي نشاط له هناك", "نفت وجود مستودعات أسلحة في
// الموقع"), whose the place was or what it served for ("نفى أن تكون
// المزرعة تابعة للفصيل", "لأغراض عسكرية"), or anything it says of "the
// targeted place", whose very name grants the strike.
func deniesDetail(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	if c.Stance != claims.StanceDenies {
		return false
	}
	if deniesRoute(c) {
		return true // "لم تدخل الطائرة الأجواء": where, not whether
	}
	if deniesControl(c) {
		return true // "نفى سيطرة القوات على الحي": the outcome, not the fight
	}
	if deniesCapture(c) {
		return true // "نفى اعتقال أي قيادي خلال الإنزال": who was taken, not the raid
	}
	ws := strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		if slices.ContainsFunc(clitics(w, &cf), func(x string) bool {
			return slices.Contains(presupposedWords, x) || slices.Contains(belongingWords, x) && !spreadersBelonging(ws, i)
		}) {
			return true
		}
		if !isPresenceHead(w) || (i+1 < len(ws) && airborne(ws[i+1])) {
			continue // "لم يرصد أي نشاط للطيران" denies the strike
		}
		if i > 0 && (ws[i-1] == "اي" || ws[i-1] == "لا") {
			return true
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			for _, x := range clitics(ws[j], &cf) {
				x = strings.TrimPrefix(x, "ال")
				if slices.Contains(presenceNouns, x) || strings.HasPrefix(x, "عسكري") {
					return true
				}
			}
		}
	}
	return false
}

// isPresenceHead: w is one of presenceHeads, with or without a
// preposition, the article or an accusative ending ("للتواجد", "نشاطا").
func isPresenceHead(w string) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, x := range clitics(w, &cf) {
		x = strings.TrimPrefix(x, "ال")
		if slices.Contains(presenceHeads, x) || slices.Contains(presenceHeads, strings.TrimSuffix(x, "ا")) {
			return true
		}
	}
	return false
}

// cliticForms holds the forms of a word that clitics gives: the caller's
// own, so that reading a word's forms allocates nothing.
type cliticForms [7]string

// clitics returns w and w without one leading conjunction or preposition
// (و، ب، ل، وب، ول، لل→ال), for matching a word list, in buf.
func clitics(w string, buf *cliticForms) []string {
	out := append(buf[:0], w)
	for _, p := range []string{"و", "ب", "ل", "وب", "ول"} {
		if x, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(x) > 2 {
			out = append(out, x)
		}
	}
	if x, ok := strings.CutPrefix(w, "لل"); ok {
		out = append(out, "ال"+x)
	}
	return out
}

// airborne: the word names aircraft or the air ("للطيران", "جوي").
func airborne(w string) bool {
	for _, a := range []string{"طيران", "جوي", "طائرات", "مسير"} {
		if strings.Contains(w, a) {
			return true
		}
	}
	return false
}

func deniesToll(c *claims.Claim) bool {
	s := normalizeWords(c.Text)
	ws := arabicWords(s)
	for _, w := range tollWords {
		if w == "سقوط" {
			continue // read word by word below
		}
		if strings.Contains(s, w) {
			return true
		}
	}
	for i, w := range ws {
		if lossWordAt(ws, i) || strings.HasSuffix(w, "سقوط") && !projectileFalls(ws, i) && !placeFalls(ws, i) {
			return true
		}
	}
	return false
}

// projectileFalls reports whether "سقوط" at ws[i] is the fall of what was
// fired ("نفى سقوط قذائف على المدينة"، "سقوط أي صاروخ"): the deed
// itself, not a loss. Past "أي", the next word decides.
func projectileFalls(ws []string, i int) bool {
	for j := i + 1; j < min(len(ws), i+3); j++ {
		w := strings.Trim(ws[j], "\"«»“”.,،:")
		if w == "اي" {
			continue
		}
		w = stripClitic(w)
		return slices.ContainsFunc(projectileStems, func(p string) bool { return strings.HasPrefix(w, p) }) ||
			strings.HasPrefix(w, "برميل") || strings.HasPrefix(w, "براميل")
	}
	return false
}

// fallenPlaceHeads are the nouns (normalised, without the article) of a
// place whose fall is a capture: a city, a town, a village, a quarter, an
// airport or base, a stronghold ("سقوط المدينة"، "سقوط مطار الثعلة"،
// "سقوط آخر معاقل الفصائل"). An army post or position that falls in a
// fight is counted as a loss, like its men (see TestDeniesLossWords).
var fallenPlaceHeads = []string{"مدينه", "بلده", "قريه", "مدن", "بلدات", "قري", "مدينتي", "بلدتي", "قريتي", "حي", "احياء",
	"مطار", "قاعده", "معقل", "معاقل"}

// placeFalls reports whether "سقوط" at ws[i] is the fall of a place
// ("نفى سقوط البلدة بيد المسلحين"، "ينفي سقوط مطار عسكري"): the capture,
// the deed itself, not a loss of men ("سقوط قتلى"). "آخر" before the noun
// ("سقوط آخر معاقل") is passed over.
func placeFalls(ws []string, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	j := i + 1
	if ws[j] == "اخر" && j+1 < len(ws) {
		j++
	}
	w := strings.TrimPrefix(stripClitic(strings.Trim(ws[j], "\"«»“”.,،:")), "ال")
	return slices.Contains(fallenPlaceHeads, w)
}

// The capture of men ("نفى أسر جنود"، "وقوع عسكريين في الأسر"، "وجود
// أسرى") is a loss of the side captured, like its dead: a denial of it
// grants the fight it took place in, as a denial of the dead does.

// lossWordAt reports whether ws[i] (normalised words) names a loss of
// people in a way tollWords cannot tell by substring: a noun of capture.
func lossWordAt(ws []string, i int) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, x := range clitics(ws[i], &cf) {
		switch x {
		case "اسر", "اسري", "الاسري":
			// "أسر جنود", "أسرى"
			return true
		case "الاسر":
			// alone as often "the families": only "في الأسر"
			return i > 0 && ws[i-1] == "في"
		}
	}
	return false
}

// affiliationActors maps a source's registry affiliation to the actor it
// is part of.
var affiliationActors = map[string]string{
	"syria_gov": "syria_gov", "us": "us", "russia": "russia", "iran": "iran_backed",
	"turkey": "turkey", "israel": "israel", "sdf": "sdf", "isis": "isis",
}

// enemyDenial reports whether a denial names an actor opposed to the
// denier's own side (see actorsOpposed): a Syrian military source that
// denies an Israeli commando raid does not clear Israel of it, it denies
// that the raid took place. The accused and its allies denying
// responsibility is a perpetrator dispute instead.
func enemyDenial(c *claims.Claim, k Knowledge) bool {
	if c.Stance != claims.StanceDenies || c.Actor == nil {
		return false
	}
	own := affiliationActors[k.affiliation(c.Source.ID)]
	act := *c.Actor
	return own != "" && act != "" && act != "unknown" && actorsOpposed(own, act)
}

// deniedType is the event type a denial denies: that of its first claim
// naming the deed by a word of its own (see typedByOwnWord), else the
// event's own type, else that of its first typed claim. «لا قصف على
// المشفى» names no means: «قصف» is typed an airstrike by default, and
// it denies the shelling of the hospital when that is what the event is.
func deniedType(ev []*claims.Claim, evType string) string {
	for _, c := range ev {
		if !isVagueType(c.EventType) && typedByOwnWord(c) {
			return c.EventType
		}
	}
	if !isVagueType(evType) {
		return evType
	}
	for _, c := range ev {
		if !isVagueType(c.EventType) {
			return c.EventType
		}
	}
	return ""
}

func occurrenceConflicts(accs []*account, evType string, k Knowledge) []Discrepancy {
	names := accountNames(accs)
	var out []Discrepancy

	// The event itself.
	stands := map[*account]actorStand{}
	for _, a := range accs {
		stands[a] = standOf(a, k)
	}
	sides := sidesAsserted(stands, k)
	accused := sides.accused()
	cleared := campClearings(accs, k, sides)
	granted := struckSideTargetDenials(accs, k, sides)
	var deniers []Position
	var typ string
	named := false // some denial names the deed by a word of its own
	for _, a := range byFirstClaim(accs) {
		ev, _ := occurrenceDenials(a, k, accused)
		ev = slices.DeleteFunc(ev, func(c *claims.Claim) bool {
			return slices.Contains(cleared[a], c) || slices.Contains(granted[a], c)
		})
		for _, c := range accusedTotalDenials(a, accs, stands, sides, k) {
			if !slices.Contains(ev, c) {
				ev = append(ev, c)
			}
		}
		if len(ev) == 0 {
			continue
		}
		if typ == "" {
			typ = deniedType(ev, evType)
		}
		named = named || namesDeniedDeed(ev)
		deniers = append(deniers, Position{Source: a.source, Side: "denies", Claims: claimIDs(ev...)})
	}
	if len(deniers) > 0 {
		if typ == "" {
			typ = evType
		}
		noun := strings.TrimPrefix(eventNoun(typ), "the ")
		var asserters []Position
		exact := named && typ != claims.EventGroundAttack && slices.ContainsFunc(accs, func(a *account) bool {
			return !slices.ContainsFunc(deniers, func(p Position) bool { return p.Source == a.source }) &&
				slices.ContainsFunc(a.claims, func(c *claims.Claim) bool { return speaks(c) && c.EventType == typ })
		})
		for _, a := range byFirstClaim(accs) {
			if slices.ContainsFunc(deniers, func(p Position) bool { return p.Source == a.source }) {
				continue
			}
			var cs []*claims.Claim
			hedged := true
			for _, c := range a.claims {
				// A specific deed denied is asserted by those who tell of
				// that deed, when some do: the shells denied, not the car
				// bomb the same voices report (see assertsKind); a jet
				// said to be downed still tells of the raid.
				if speaks(c) && !isVagueType(c.EventType) && (TypesCompatible(c.EventType, typ) || genericDenialMeets(named, c.EventType, typ)) &&
					(!exact || c.EventType == typ || typeCompat(c.EventType, typ) == compatSkipActors) {
					cs = append(cs, c)
					if c.Stance != claims.StanceUnconfirmed {
						hedged = false
					}
				}
			}
			if len(cs) == 0 {
				continue
			}
			v := "asserts " + noun
			if hedged {
				v = "reports (unconfirmed) " + noun
			}
			asserters = append(asserters, Position{Source: a.source, Value: v, Side: "asserts", Claims: claimIDs(cs...)})
		}
		if len(asserters) > 0 {
			for i := range deniers {
				deniers[i].Value = "denies " + noun
			}
			ps := append(asserters, deniers...)
			vs := opposedValues(ps, "occurrence")
			summary := summarize(sidesOf(ps, names), func(v string) string {
				if strings.HasPrefix(v, "denies") {
					return "denies it"
				}
				return strings.Replace(v, noun, eventNoun(typ), 1)
			})
			out = append(out, newDiscrepancy(KindOccurrence, "occurrence", "occurrence.asserted_vs_denied", summary, ps, vs))
		}
	}

	// Casualties denied: figures a source says are not true.
	var fdeniers []Position
	var denied []figRef
	for _, a := range byFirstClaim(accs) {
		_, fs := occurrenceDenials(a, k, accused)
		var refs []figRef
		for _, c := range fs {
			for _, f := range c.Figures {
				if !f.Subset && !assertsLoss(a, f) && !countsNone(a, f) {
					refs = append(refs, figRef{f, c})
				}
			}
		}
		if len(refs) == 0 {
			continue
		}
		p, _ := figuresPosition(a, refs)
		p.Value, p.Side = "denies "+p.Value, "denies"
		fdeniers = append(fdeniers, p)
		denied = append(denied, refs...)
	}
	if len(fdeniers) == 0 {
		return out
	}
	var asserters []Position
	var os []string
	for _, a := range byFirstClaim(accs) {
		if slices.ContainsFunc(fdeniers, func(p Position) bool { return p.Source == a.source }) {
			continue
		}
		var refs []figRef
		for _, d := range denied {
			for _, r := range currentOf(a, d.f.Outcome, k) {
				if GroupsCompatible(r.f.Group, d.f.Group) && r.hi() > 0 {
					refs = appendRef(refs, r)
					os = append(os, r.f.Outcome)
				}
			}
		}
		if len(refs) == 0 {
			continue
		}
		asserters = append(asserters, assertedToll(a, refs))
	}
	if len(asserters) == 0 {
		return out
	}
	ps := append(asserters, fdeniers...)
	vs := opposedValues(ps, "occurrence")
	// Asserters share a side but not their figures: each figure is named.
	summary := summarize(sidesOfValues(ps, names), func(v string) string {
		if strings.HasPrefix(v, "denies ") {
			return "denies it"
		}
		return "says " + v
	})
	return append(out, newDiscrepancy(KindOccurrence, strings.Join(sortOutcomes(os), ","),
		"occurrence.casualties_denied", summary, ps, vs))
}

// assertsLoss reports whether account a itself asserts losses of the kind
// that figure f, which it denies, counts, and at least as many: a figure
// for the same or an overlapping outcome (killed, or killed or wounded,
// against either) and a compatible victim group, whose upper bound
// reaches f's lower one. Such an account denies who the dead were ("not
// a prominent commander", while it names two of its fighters killed), not
// that they were killed; one that denies five dead while it counts one
// still disputes the toll.
func assertsLoss(a *account, f claims.Figure) bool {
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, g := range c.Figures {
			if g.Earlier || g.High != nil && *g.High < max(f.Low, 1) || !GroupsCompatible(g.Group, f.Group) {
				continue
			}
			if g.Outcome == f.Outcome || g.Outcome == claims.OutcomeKilledOrWounded || f.Outcome == claims.OutcomeKilledOrWounded {
				return true
			}
		}
	}
	return false
}

// countsNone reports whether account a, which denies figure f, itself
// counts none of that outcome ("لم يسقط أي قتيل"): its answer to the
// figure is a number, zero, and the two tolls are a casualties conflict,
// not a denial that anyone was hit.
func countsNone(a *account, f claims.Figure) bool {
	for _, c := range a.claims {
		if !speaks(c) {
			continue
		}
		for _, g := range c.Figures {
			if g.Earlier || g.Low != 0 || g.High == nil || *g.High != 0 || !GroupsCompatible(g.Group, f.Group) {
				continue
			}
			if g.Outcome == f.Outcome || g.Outcome == claims.OutcomeKilledOrWounded {
				return true
			}
		}
	}
	return false
}

// combatantGroups are the victim groups of armed men: a toll of them is
// no toll of civilians.
var combatantGroups = map[string]bool{
	"fighters": true, "syrian_army": true, "pro_government": true, "iran_backed": true, "sdf": true, "us_forces": true,
}

// --- gaps ---

// tollUnknown returns the claims in which an account says it does not
// know the toll (claims.RuleTollUnknown), with no figures and no denial:
// "لم تتضح نتائجها" is such a claim also when it names who struck. Other
// professions of ignorance ("لا يعرف أين سقطت بقية الصواريخ") say
// nothing of the toll.
func tollUnknown(a *account) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range a.claims {
		if len(c.Figures) == 0 && c.Stance != claims.StanceDenies && slices.Contains(c.Rules, claims.RuleTollUnknown) {
			out = append(out, c)
		}
	}
	return out
}

// vagueBlame reports whether a claim blames someone it does not name:
// actor "unknown" asserted from a word for the doer ("تنظيمات إرهابية"),
// not from a statement that the doer is not known or has not claimed it,
// nor from calling the doer unknown ("مسلحون مجهولون").
func vagueBlame(c *claims.Claim) bool {
	if c.Actor == nil || *c.Actor != "unknown" || c.Stance != claims.StanceAsserts && c.Stance != claims.StanceUnconfirmed {
		return false
	}
	return !slices.ContainsFunc(c.Rules, func(r string) bool { return notNamingRules[r] }) && !unknownIdentity(c.Text)
}

// unknownIdentity reports whether a text calls the doer unknown by a form
// of "مجهول" ("مسلحون مجهولون"، "مسيّرة مجهولة الهوية"، "برصاص مجهولين"):
// it says who did it is not known, it blames no one.
func unknownIdentity(text string) bool {
	for _, w := range arabicWords(normalizeWords(text)) {
		for _, p := range []string{"", "و", "ب", "ل", "وب", "ول"} {
			if strings.HasPrefix(w, p+"مجهول") {
				return true
			}
		}
	}
	return false
}

// notNamingRules are the actor rules of claims that say the doer is not
// known or not named, rather than blame an unnamed party.
var notNamingRules = map[string]bool{
	"actor:unnamed": true, "actor:doer_not_known": true, "actor:identity_unclear": true, "actor:alternatives": true,
	claims.RuleUnknownOwner: true,
}

// vagueAgainstUnknown is the perpetrator gap when no account names a
// party: accounts that blame unnamed attackers ("terrorist
// organisations") against accounts that say they do not know who did it.
// Both leave the doer unnamed, but only one claims to know something.
func vagueAgainstUnknown(ordered []*account, stands map[*account]actorStand) (vague, unknown []Position) {
	for _, a := range ordered {
		s := stands[a]
		var blame, ignorant []*claims.Claim
		for _, c := range s.unknown {
			if vagueBlame(c) {
				blame = append(blame, c)
			} else {
				ignorant = append(ignorant, c)
			}
		}
		switch {
		case len(blame) > 0:
			vague = append(vague, Position{Source: a.source, Value: "unnamed attackers", Side: "unnamed",
				Claims: claimIDs(blame...)})
		case len(ignorant) > 0:
			unknown = append(unknown, Position{Source: a.source, Value: "does not know who carried it out",
				Side: "unknown", Claims: claimIDs(ignorant...)})
		}
	}
	return vague, unknown
}

func gaps(accs []*account, k Knowledge) []Discrepancy {
	names := accountNames(accs)
	var out []Discrepancy
	ordered := byFirstClaim(accs)

	// Perpetrator: some name it, others do not know.
	var namers, unknowns, professed []Position
	stands := map[*account]actorStand{}
	for _, a := range ordered {
		s := standOf(a, k)
		stands[a] = s
		switch {
		case len(s.asserted) > 0:
			val, side, cs := actorsOf(s.asserted)
			namers = append(namers, Position{Source: a.source, Value: val, Side: side, Claims: claimIDs(cs...)})
			if apart := doerUnknownApart(a, s, k); len(apart) > 0 {
				// Unnamed speakers under one name in two articles ("local
				// sources"; "a police source", "a security official" of
				// one body) are different people: the one who does not
				// know stands apart from the one who names the doer.
				unknowns = append(unknowns, Position{Source: a.source, Value: "does not know who carried it out",
					Side: "unknown", Claims: claimIDs(apart...)})
			} else if own := professedUnknown(s); len(own) > 0 {
				professed = append(professed, Position{Source: a.source, Value: "does not know who carried it out",
					Side: "unknown", Claims: claimIDs(own...)})
			}
		case len(s.unknown) > 0:
			unknowns = append(unknowns, Position{Source: a.source, Value: "does not know who carried it out",
				Side: "unknown", Claims: claimIDs(s.unknown...)})
		}
	}
	// An account's profession of not knowing stands against the others
	// that name the doer, not against its own naming.
	for _, p := range professed {
		if slices.ContainsFunc(namers, func(n Position) bool { return n.Source != p.Source }) {
			unknowns = append(unknowns, p)
		}
	}
	if len(namers) == 0 && len(unknowns) > 0 {
		namers, unknowns = vagueAgainstUnknown(ordered, stands)
	}
	if len(namers) > 0 && len(unknowns) > 0 {
		ps := append(namers, unknowns...)
		var vs []string
		for _, p := range ps {
			vs = append(vs, "actor: "+p.Side)
		}
		summary := summarize(sidesOf(ps, names), func(v string) string {
			switch v {
			case "does not know who carried it out":
				return "does not say who carried it out"
			case "unnamed attackers":
				return "blames attackers it does not name"
			}
			return "names " + v + " as the perpetrator"
		})
		out = append(out, newDiscrepancy(KindGap, "actor", "gap.perpetrator", summary, ps, vs))
	}

	// Toll: some give it, others do not know it.
	namers, unknowns = nil, nil
	var vs1 []string
	for _, a := range ordered {
		if unk := tollUnknown(a); len(unk) > 0 && !hasFigures(a) {
			unknowns = append(unknowns, Position{Source: a.source, Value: "does not know the toll", Side: "unknown",
				Claims: claimIDs(unk...)})
			continue
		} else if apart := unknownApart(a, unk, k); len(apart) > 0 {
			// "local sources" of one article do not know the toll, those
			// of another give it: different people under one name.
			unknowns = append(unknowns, Position{Source: a.source, Value: "does not know the toll", Side: "unknown",
				Claims: claimIDs(apart...)})
		}
		var refs []figRef
		for _, o := range []string{claims.OutcomeKilled, claims.OutcomeKilledOrWounded} {
			refs = append(refs, currentOf(a, o, k)...)
		}
		if len(refs) > 0 {
			p, v := figuresPosition(a, refs)
			namers = append(namers, p)
			vs1 = append(vs1, v)
		}
	}
	if len(namers) > 0 && len(unknowns) > 0 {
		ps := append(namers, unknowns...)
		vs := vs1
		for range unknowns {
			vs = append(vs, "casualties: unknown")
		}
		summary := summarize(sidesOf(ps, names), func(v string) string {
			if v == "does not know the toll" {
				return "says it does not know the toll"
			}
			return "gives " + v
		})
		out = append(out, newDiscrepancy(KindGap, "casualties", "gap.toll", summary, ps, vs))
	}
	return out
}

// officialsUnknownApart returns an account's professions of not knowing
// who did it, told by unnamed speakers in articles where the account names
// no one, when every naming of the doer is an unnamed speaker's of another
// article too: one body's anonymous officials in two articles are two
// voices, not one that changed its mind.
func officialsUnknownApart(s actorStand) []*claims.Claim {
	naming := map[string]bool{}
	for _, cs := range s.asserted {
		for _, c := range cs {
			if !c.Source.Anonymous {
				return nil
			}
			naming[c.Article] = true
		}
	}
	var out []*claims.Claim
	for _, c := range s.unknown {
		if !c.Source.Anonymous || naming[c.Article] {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// unnamedCategory reports whether the account is an unnamed category of
// speakers with no side ("مصادر محلية"، "ناشطون"): the same name in two
// articles covers different people.
func unnamedCategory(a *account, k Knowledge) bool {
	return a.first.Source.Kind == "anonymous" && k.affiliation(a.source) == "unknown"
}

// unknownApart returns the claims of unk, an account's professions of not
// knowing the toll, told in articles where the account gives no figure,
// when the account is an unnamed category of speakers ("مصادر محلية",
// "ناشطون") with no side: such sources in two articles are different
// people, so the ones who do not know the toll stand apart from the ones
// who give it. A named source is one voice across articles.
func unknownApart(a *account, unk []*claims.Claim, k Knowledge) []*claims.Claim {
	if len(unk) == 0 || !unnamedCategory(a, k) {
		return nil
	}
	counted := map[string]bool{}
	for _, c := range a.claims {
		if len(c.Figures) > 0 {
			counted[c.Article] = true
		}
	}
	var out []*claims.Claim
	for _, c := range unk {
		if !counted[c.Article] {
			out = append(out, c)
		}
	}
	return out
}

// doerUnknownApart returns the claims in which an account of unnamed
// speakers says it does not know who did it, apart from the ones who name
// the doer: one body's anonymous officials (officialsUnknownApart), or
// categoryUnknownApart.
func doerUnknownApart(a *account, s actorStand, k Knowledge) []*claims.Claim {
	if apart := categoryUnknownApart(a, s, k); len(apart) > 0 {
		return apart
	}
	return officialsUnknownApart(s)
}

// categoryUnknownApart returns the claims in which an account says it does
// not know who did it (stance unknown, or a doer not known or not clear),
// told in articles where the account asserts no doer, when the account is
// an unnamed category of speakers ("مصادر محلية", "ناشطون") with no side:
// the head of a local council who does not know whose aircraft struck and
// the local sources of another article who name them are different
// people, as for the toll (see unknownApart). A hedged guess ("رجّح
// ناشطون") in the same article names no doer for this purpose: it is
// often other people's. A named source is one voice across articles.
func categoryUnknownApart(a *account, s actorStand, k Knowledge) []*claims.Claim {
	if len(s.unknown) == 0 || !unnamedCategory(a, k) {
		return nil
	}
	named := map[string]bool{}
	for _, cs := range s.asserted {
		for _, c := range cs {
			if c.Stance == claims.StanceAsserts {
				named[c.Article] = true
			}
		}
	}
	var out []*claims.Claim
	for _, c := range s.unknown {
		if named[c.Article] || vagueBlame(c) {
			continue
		}
		if c.Stance == claims.StanceUnknown || slices.Contains(c.Rules, "actor:doer_not_known") ||
			slices.Contains(c.Rules, "actor:identity_unclear") || unknownOwnerToll(c) {
			out = append(out, c)
		}
	}
	return out
}

// professedUnknown returns the claims in which an account says, in so
// many words, that who did it is not known ("لم تُعرف الجهة المنفذة",
// "هوية الطائرات غير معروفة", "لم يتسنَّ تحديد الجهة"): a claim of stance
// unknown that names no party and gives no toll. Such a profession is the
// account's word on the doer of this event, and stands against the other
// accounts that name the doer even when the same account names one
// elsewhere (a party it quotes, a guess, another strike told beside this
// one): a monitor notes that the source does not know. Alone, an account
// that both names and does not know makes no gap of its own. A toll told
// of aircraft or shells of unknown owner (claims.RuleUnknownOwner) is such
// a profession too: "بقصف مقاتلات مجهولة الهوية" says who struck is
// not known, though its toll is asserted.
func professedUnknown(s actorStand) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range s.unknown {
		if c.Stance == claims.StanceUnknown && len(c.Figures) == 0 && (c.Actor == nil || *c.Actor == "unknown" || *c.Actor == "" ||
			slices.Contains(c.Rules, claims.RuleAffiliationUnknown)) ||
			unknownOwnerToll(c) || unknownPersonsDoer(c) {
			out = append(out, c)
		}
	}
	return out
}

// unknownPersonsDoer reports whether a claim's only doer is unknown
// people ("أطلق أفراد مجهولون النار"، "من قبل مجهولين", rule
// actor:unknown_persons): the speaker says who did it is not known, though
// it may name who answered them. Its stance is "unknown"
// (claims: stance:unknown_persons) or, where something else keeps it, asserted.
func unknownPersonsDoer(c *claims.Claim) bool {
	return c.Actor != nil && *c.Actor == "unknown" && (c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnknown) &&
		slices.Contains(c.Rules, "actor:unknown_persons")
}

// unknownOwnerToll reports whether a claim gives a toll of a weapon or
// strike it calls of unknown owner (claims.RuleUnknownOwner), naming no
// one.
func unknownOwnerToll(c *claims.Claim) bool {
	return c.Actor != nil && *c.Actor == "unknown" && (c.Stance == claims.StanceAsserts || c.Stance == claims.StanceUnknown) &&
		slices.Contains(c.Rules, claims.RuleUnknownOwner)
}

func hasFigures(a *account) bool {
	for _, c := range a.claims {
		if len(c.Figures) > 0 {
			return true
		}
	}
	return false
}

// withinClaimRevision notes an account that gives, in one claim that
// speaks of a revision (see revisionWords), two non-overlapping tolls for
// one outcome and the very same victim group, neither marked earlier nor
// a subset ("raised its toll to 22 dead, after speaking of 20"): the
// figures are successive tolls, the lower taken as the earlier (the
// current toll is the higher, as for estimates). Figures for different
// groups (a total and a breakdown) never make such a note.
func withinClaimRevision(a *account, outcomes []string) (Discrepancy, bool) {
	for _, o := range outcomes {
		for _, c := range a.claims {
			if !speaks(c) || !speaksOfRevision(c.Text) {
				continue
			}
			var fs []figRef
			for _, f := range c.Figures {
				if f.Outcome == o && !f.Subset && !f.Earlier {
					fs = append(fs, figRef{f, c})
				}
			}
			for i, x := range fs {
				for _, y := range fs[i+1:] {
					if x.f.Group != y.f.Group || overlap(x, y) {
						continue
					}
					if y.f.Low < x.f.Low {
						x, y = y, x
					}
					ps, vs := earlierLater(a, x, a, y)
					summary := verb(a.name, "revised its toll: "+OutcomeName(o)+" "+amount(x.f)+" → "+amount(y.f))
					return newDiscrepancy(KindRevision, o, "revision.within_claim", summary,
						ps, vs), true
				}
			}
		}
	}
	return Discrepancy{}, false
}

// withinArticleRevision notes an account whose claim speaks of a changed
// toll ("ارتفعت الحصيلة إلى ستة قتلى") and gives, for one outcome and
// victim group, a toll that does not overlap one the account gave before
// it in the same article ("خمسة قتلى" in the headline or the lead).
func withinArticleRevision(a *account, outcomes []string) (Discrepancy, bool) {
	for _, o := range outcomes {
		refs := accountFigures(a, o, false)
		for _, y := range refs {
			rev := speaksOfRevision(y.c.Text)
			for _, x := range refs {
				if x.c == y.c || x.c.Article != y.c.Article || x.f.Group != y.f.Group && !successiveGroups(x, y) || overlap(x, y) {
					continue
				}
				stopped := tellsStoppedAt(x.c) && x.f.Low < y.f.Low
				if !rev && !stopped {
					continue
				}
				if x.c.Start >= y.c.Start && !(tellsEarlierToll(x.c.Text) && x.f.Low < y.f.Low) && !stopped {
					continue
				}
				ps, vs := earlierLater(a, x, a, y)
				summary := verb(a.name, "revised its toll: "+OutcomeName(o)+" "+amount(x.f)+" → "+amount(y.f))
				return newDiscrepancy(KindRevision, o, "revision.within_article", summary,
					ps, vs), true
			}
		}
	}
	return Discrepancy{}, false
}

// earlierTollWords say that a toll was given before ("كان قد وثّق 53
// قتيلاً", "في حصيلة أولية", "الحصيلة السابقة"): told after the raised
// toll, such a toll is still the earlier one.
var earlierTollWords = []string{"قد وثق", "حصيله اوليه", "حصيله اولي", "الحصيله الاولي",
	"الحصيله الاوليه", "الحصيله السابقه", "في وقت سابق"}

// tellsEarlierToll reports whether a claim's text presents its toll as one
// given before (see earlierTollWords).
func tellsEarlierToll(text string) bool {
	s := normalizeWords(text)
	for _, w := range earlierTollWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	// "كان (المرصد) قد أحصى": the pluperfect, its subject between.
	ws := arabicWords(s)
	for i, w := range ws {
		if w != "كان" && w != "وكان" && w != "كانت" && w != "وكانت" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			if ws[j] == "قد" {
				return true
			}
		}
	}
	return false
}

// revisionWords are the words with which Arabic news says that a toll
// changed (normalised as by normalizeWords): ارتفعت الحصيلة إلى، ارتفاع
// حصيلة، حصيلة جديدة، بعد أن كانت، الحصيلة السابقة، الحصيلة الأولى، في
// تحديث لحصيلته، الحصيلة المحدّثة.
var revisionWords = []string{"ارتفع", "ارتفاع", "حصيله جديده", "بعد ان كان", "الحصيله السابقه",
	"الحصيله الاولي", "حصيله اولي", "الحصيله الاوليه", "حصيله اوليه",
	"في تحديث", "حصيله محدثه", "الحصيله المحدثه", "حصيله نهائيه", "الحصيله النهائيه", "بدلا من"}

// speaksOfRevision reports whether a claim's text says that a toll
// changed.
func speaksOfRevision(text string) bool {
	s := normalizeWords(text)
	for _, w := range revisionWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return hasVerbOf(s, raiseVerbs) || hasVerbOf(s, lowerVerbs)
}

// massacreOnly reports whether the only event word of a claim is a
// massacre noun ("مجزرة"، "مجازر"، "مذبحة"): its type is generic, and the
// text names the massacre. Calling such a report fabricated denies the
// killing of civilians, a dispute of the target or the toll, not that the
// attack took place.
func massacreOnly(c *claims.Claim) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	if !slices.Contains(c.Rules, "event_type:generic") {
		return false
	}
	for _, w := range strings.FieldsFunc(normalizeWords(c.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, x := range clitics(w, &cf) {
			x = strings.TrimPrefix(x, "ال")
			if strings.HasPrefix(x, "مجزر") || strings.HasPrefix(x, "مجازر") || strings.HasPrefix(x, "مذبح") || strings.HasPrefix(x, "مذابح") {
				return true
			}
		}
	}
	return false
}
