package reconcile

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/riwaya/riwaya/claims"
)

// Grouping.
//
// A claim is eventful when it has an event type other than "other", a
// figure, an actor or a target, or when its source says it does not know
// (stance unknown: "it is not known whether the attack caused
// casualties", which a gap note needs); anything else is commentary and
// belongs to no event.
//
// An eventful claim is strong when it has a specific event type (not
// "other"), a date known to the day or nearly (not only its month, week or
// year, see vagueDate), and at least one place below country level. Strong
// claims are linked across articles by a pairwise relation (see related):
// the same type class and compatible event types, dates at most one day
// apart (on different days, two claims that each name a town, in one
// article as across articles, must name the same one), places compatible
// through the gazetteer's hierarchy, actors that
// are not opposed, and no response link between them. Every other
// eventful claim is weak: it joins only its own article's events,
// attaching to the single nearest compatible strong claim of its article
// (see attaches) whose event in the article does not name only actors
// opposed to the one it names, if it names nothing but an actor (see
// opposesLocalEvent); weak claims with no such anchor group with each
// other inside their article. Because a weak claim
// attaches by one edge it can never bridge two events, and because only
// strong claims link across articles, a "strikes in Syria" sentence cannot
// chain every strike in the country into one event. Two kinds of weak
// claim with no anchor in their article may still join, by one edge, the
// event of another article's strong claim when it is the only one they
// can mean: a claim recalling an event by its week or month (recall.go),
// and a claim placing it only in a country (placeless.go).
//
// Strong claims of one date that are related form a day group; day groups
// of neighbouring dates merge as pairing.go says (a small cluster of them
// whole, elsewhere each with the group it ties to best), so that an event
// spans at most three dates however busy its site. Events are a pure
// function of the set of claims: the result does not depend on input
// order, and UpdateFrom reproduces it by regrouping the few rings of day
// groups around new claims.

// maxRespondWindow is how far (in bytes) from a response claim the claims
// of the event it answers may stand in the same article.
const maxRespondWindow = 300

// node is a claim with what grouping precomputes about it.
type node struct {
	c        *claims.Claim
	day      int  // days since 1970-01-01
	dated    bool // the claim has a parseable date
	eventful bool
	strong   bool
	response bool
	actor    string // asserted named actor, "" if none
	class    string // see typeClass
	places   []string
	anc      [][]string // ancestors of each place
	depth    []int      // number of ancestors of each place
	country  []string   // top-level place of each place
	specific bool       // some place lies below country level
	shallow  bool       // no place lies below the first level (governorate, region)
	deferred bool       // shallow, and its article places the same kind of event finer (see deferShallow)
	recall   bool       // a weak claim dated only to a week or month that may recall another article's event (see recallTarget)
	recallTo int        // the last day of a recall claim's week or month (its first is day)
	incident bool       // a toll with no event word, dated and placed at a town (see incident)
	bareWord bool       // typed an airstrike only by a bare word, in an article that names no air means (see bareWords)
	landing  bool       // a ground attack told as an airborne landing (see namesLanding)
	// placeless: a weak claim of a specific type dated to the day that
	// names no place below a country (see placeless.go).
	placeless bool
	turn      bool // opens with a turn to another incident (see turn.go)
	separate  bool // opens naming another incident (see separate_incident.go)
	meanwhile bool // opens with a meanwhile cue (see meanwhileCues)
	// droneFrom is the start of the first drone attack claim of the
	// claim's article, -1 when none (see markDroneArticles).
	droneFrom int
	// turnAt is the start of the last claim of the article, up to this
	// one, that opens with a turn (-1 when none): the part of the article
	// the claim is told in (see acrossTurn).
	turnAt int
	apart  []string // places that set a related turn apart (see related_turn.go)
}

type grouper struct {
	k        Knowledge
	ancCache map[string][]string
	nodes    []node
	pair     *pairing // the day groups of the last cluster call
	// zoneCache holds each place's blocking zones (see zones).
	zoneCache map[string]zoneSet
	// strongOn lists the strong nodes by day, made when a recall claim
	// first looks for its candidates (see recallCandidates).
	strongOn map[int][]int
	// anchors holds each weak claim's anchor in its article (see
	// localAnchors), made when first needed.
	anchors []int
	// strongBy lists the strong nodes by day, type and country, and
	// anchoredTo the weak claims anchored to each strong claim, made when a
	// placeless claim first looks for its candidates (see indexStrong).
	strongBy   map[placeKey][]int
	anchoredTo map[int][]int
}

// zoneSet is a place's own blocking zone and the zones it probes.
type zoneSet struct {
	own   string
	probe []string
}

func newGrouper(k Knowledge) *grouper {
	return &grouper{k: k, ancCache: map[string][]string{}, zoneCache: map[string]zoneSet{}}
}

func (g *grouper) ancestors(p string) []string {
	a, ok := g.ancCache[p]
	if !ok {
		a = g.k.ancestors(p)
		g.ancCache[p] = a
	}
	return a
}

// Eventful reports whether a claim speaks of an event at all: an event
// type other than "other", a figure, an actor, a target, or professed
// ignorance (stance unknown). Pure commentary is not eventful and belongs
// to no event.
func Eventful(c claims.Claim) bool { return eventful(&c) }

func eventful(c *claims.Claim) bool {
	return !isVagueType(c.EventType) || len(c.Figures) > 0 || c.Actor != nil || c.Target != nil ||
		c.Stance == claims.StanceUnknown
}

func parseDay(s *string) (int, bool) {
	if s == nil {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, *s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

func dayString(d int) string {
	return time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)
}

func (g *grouper) makeNode(c *claims.Claim) node {
	n := node{c: c, eventful: eventful(c), response: isResponse(c), actor: namedActor(c)}
	n.day, n.dated = parseDay(c.Date)
	n.class = typeClass(c)
	n.bareWord = c.EventType == claims.EventAirstrike && !typedByOwnWord(c)
	n.landing = c.EventType == claims.EventGroundAttack && namesLanding(c.Text)
	n.places = g.oneScene(g.finest(c.Places), c)
	n.anc = make([][]string, len(n.places))
	n.depth = make([]int, len(n.places))
	n.country = make([]string, len(n.places))
	n.shallow = true
	for i, p := range n.places {
		a := g.ancestors(p)
		n.anc[i], n.depth[i] = a, len(a)
		if len(a) > 0 {
			n.country[i] = a[len(a)-1]
		} else {
			n.country[i] = p
		}
		if g.k.Places == nil || len(a) > 0 {
			n.specific = true
		}
		if len(a) > 1 {
			n.shallow = false
		}
	}
	n.strong = n.eventful && !isVagueType(c.EventType) && n.dated && n.specific && !vagueDate(c)
	if !n.strong && n.dated && !n.shallow && !n.response && incident(c) {
		n.strong, n.incident, n.class = true, true, "incident"
	}
	if to, ok := recallSpan(c); ok && !n.strong && n.specific {
		n.recall, n.recallTo = true, to
	}
	n.placeless = g.k.Places != nil && placelessClaim(&n)
	n.turn, n.meanwhile = openers(c.Text)
	n.separate = n.turn && opensWithSeparateIncident(c.Text)
	return n
}

// oneScene keeps, of the places of a claim that sums up incidents its
// article tells apart (claims.SeveralScenesRule), those of the one scene
// the rule names (the place itself, the places inside it or holding it,
// and those within NearbyAirKm): through all of its places the claim
// would link the incidents into one event.
func (g *grouper) oneScene(ps []string, c *claims.Claim) []string {
	s, ok := claims.SceneOf(*c)
	if !ok || g.k.Places == nil {
		return ps
	}
	var keep []string
	for _, p := range ps {
		if p == s || slices.Contains(g.ancestors(p), s) || slices.Contains(g.ancestors(s), p) ||
			g.zone(p) == g.zone(s) || g.k.nearby(p, s, NearbyAirKm) {
			keep = append(keep, p)
		}
	}
	return keep
}

// vagueDates are the date rules (claims.Claim.Rules) of a date known only
// to its month, week or year ("مطلع شباط", "منذ بداية العام", "الأسبوع
// الماضي"): resolved to one day, it would link the claim to whatever
// happened on that day elsewhere, so the claim joins only its own
// article's events. "مطلع الأسبوع" (date:week_start) is not vague: it is
// dated to the week's Sunday, and a day's slack covers Saturday to Monday.
var vagueDates = []string{"date:month", "date:year", "date:this_year", "date:last_year", "date:this_month",
	"date:last_month", "date:this_week", "date:last_week", "date:recalled", "date:recalled_reply", "date:campaign"}

// vagueDate reports whether the claim's date is known only roughly.
func vagueDate(c *claims.Claim) bool {
	return slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(vagueDates, r) })
}

// deferShallow marks the strong claims that name nothing finer than a
// region or governorate while a strong claim of their own article, of the
// same date, related to them (see related) names a town or site inside it ("Syrian
// army units struck militants in Idlib" beside "the market in Maarat
// al-Numan"): such a claim belongs with its article's precise claims and
// links to other articles only through them, never to another article's
// towns by itself, where it would bridge every event of the governorate.
// It still links to other articles' claims that are no more precise than
// it. Nodes must be sorted by article. Whether a claim is deferred depends
// only on claims of its own event, which UpdateFrom always has.
func (g *grouper) deferShallow() {
	for lo := 0; lo < len(g.nodes); {
		hi := articleEnd(g.nodes, lo)
		for i := lo; i < hi; i++ {
			a := &g.nodes[i]
			if !a.strong || !a.shallow || g.k.Places == nil {
				continue
			}
			for j := lo; j < hi && !a.deferred; j++ {
				b := &g.nodes[j]
				if !b.strong || b.shallow || a.day != b.day || !sameClass(a, b) || !g.related(a, b) {
					continue
				}
				for x, p := range a.places {
					if a.depth[x] > 0 && slices.ContainsFunc(b.anc, func(anc []string) bool { return slices.Contains(anc, p) }) {
						a.deferred = true
						break
					}
				}
			}
		}
		lo = hi
	}
}

// finest drops the places that contain another place of the same claim:
// [mayadin deir_ez_zor] is at Mayadin, and the province it names for
// context must not make it compatible with every claim in the province.
func (g *grouper) finest(ps []string) []string {
	if g.k.Places == nil || len(ps) < 2 {
		return ps
	}
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		container := false
		for _, q := range ps {
			if q != p && slices.Contains(g.ancestors(q), p) {
				container = true
				break
			}
		}
		if !container {
			out = append(out, p)
		}
	}
	return out
}

// Classes of event types. Strong claims link only within one class, so
// that a claim compatible with two others cannot bridge two events
// (an interception compatible with an airstrike must not chain it to a
// rocket attack):
//
//	air        airstrike, interception, drone strikes by a state with an air force
//	           (us, coalition, israel, russia, turkey, syria_gov), and rocket fire by a
//	           state whose fire came from the air or the sea (see airOnlyDoers)
//	fire       shelling (rockets, artillery), ground_attack (an "attack" on a base or a town is told
//	           as rockets by some and as an assault by others), and drone attacks by anyone else
//	           or by an unnamed actor
//	movement   withdrawal, evacuation
//	deployment deployment
//
// An interception of a militia's drones or rockets therefore stays apart
// from the attack it met.
func typeClass(c *claims.Claim) string {
	switch c.EventType {
	case claims.EventAirstrike, claims.EventInterception:
		return "air"
	case claims.EventDroneAttack:
		if c.Actor != nil && flies(*c.Actor) {
			return "air"
		}
		return "fire"
	case claims.EventShelling:
		if c.Actor != nil && slices.Contains(airOnlyDoers, *c.Actor) {
			return "air"
		}
		return "fire"
	case claims.EventGroundAttack:
		return "fire"
	case claims.EventWithdrawal, claims.EventEvacuation:
		return "movement"
	}
	return c.EventType
}

// unknownDoer reports whether a claim says its doer is unknown (actor
// "unknown" by a rule of not knowing or not naming, or by a form of
// "مجهول"), rather than blaming an unnamed party.
func unknownDoer(c *claims.Claim) bool {
	return c.Actor != nil && *c.Actor == "unknown" && !vagueBlame(c) && c.Stance != claims.StanceDenies
}

// flies reports whether an actor is a state with an air force.
func flies(actor string) bool {
	switch actor {
	case "us", "coalition", "israel", "russia", "turkey", "syria_gov":
		return true
	}
	return false
}

// sameClass: the claims are of one type class (see typeClass), or they
// are drone attacks of one article of which at most one names who flew
// the drone: "a Turkish drone struck a car" in the headline and "the
// drone fired two missiles" in the body are one strike, although the
// second, naming nobody, falls in the fire class. Across articles the
// classes must agree, so an unnamed drone cannot chain a state's strike
// to a militia's attack; but a drone its source says it does not know
// ("مسيّرة لم تعرف هويتها"، "طائرة مجهولة") may be either's, and joins a
// drone attack of either class there that day: one source knows whose
// drone it was, the other does not (a gap).
func sameClass(a, b *node) bool {
	if a.class == b.class {
		return true
	}
	bothDrones := a.c.EventType == claims.EventDroneAttack && b.c.EventType == claims.EventDroneAttack
	if a.c.Article != b.c.Article {
		// "a drone whose identity is not known" and "a Turkish drone"
		// the same day at the same place are one strike told by one who
		// knows and one who does not: the unknown drone may be anyone's.
		return bothDrones && (unknownDoer(a.c) || unknownDoer(b.c))
	}
	return bothDrones && oneNamed(a, b) ||
		genericBeside(a, b) || genericBeside(b, a)
}

// genericAttackThere: claim gn mentions an attack only with the generic
// "هجوم" (typed a ground attack by default, rule event_type:generic),
// giving no toll and no target of its own (an account with its toll is a
// report of an attack of its own kind, "بهجوم إرهابي"), and
// another article's claim s tells of a strike from the air on the same
// day in the same town or site: "the attack on Khan Shaykhun on Tuesday"
// in a report on what answered it is the air raid other reports tell of.
// Both must be dated to the day, the generic claim by words of its own
// (a claim dated by its context is one of its article's own story), it
// must name no doer or the strike's, and the other conditions of related still hold: an
// attack by a militia and the air raids on the same town that day stay
// apart.
//
// A chemical attack told without its delivery ("41 dead of toxic gas in
// the town", "a chemical attack on the town"), typed generic likewise, is
// the same ambiguity with a toll: the agent names no means, and most such
// attacks were dropped from the air, so it joins the strike from the air
// there that day also with its toll and its target, and also when it
// names a doer with an air force (see flies) and the strike names none.
func (g *grouper) genericAttackThere(gn, s *node) bool {
	if gn.c.Article == s.c.Article || gn.c.EventType != claims.EventGroundAttack || s.class != "air" ||
		s.c.EventType == claims.EventInterception || !slices.Contains(gn.c.Rules, "event_type:generic") ||
		!gn.dated || !s.dated || gn.day != s.day || !ownDate(gn.c) || !g.sameLocality(gn, s) {
		return false
	}
	chem := chemicalAgent(gn.c.Text)
	if !chem && (len(gn.c.Figures) > 0 || gn.c.Target != nil) {
		return false
	}
	return gn.actor == "" || s.actor != "" && ActorClass(gn.actor) == ActorClass(s.actor) ||
		chem && s.actor == "" && flies(gn.actor)
}

// agentStems begin the normalised words (see normalizeWords) of a
// chemical agent or of choking on one, after an optional article:
// "كيميائي", "الكيماوي", "كيمياوية", "الكلور", "السارين", "الخردل",
// "اختناقا"; toxicWords are the adjectives of a poison ("غازات سامة",
// "المواد السامة"). Unlike chemicalStems, a bare "gas" is left out: a gas
// plant is a target, not an agent.
var (
	agentStems = []string{"كيميائ", "كيماوي", "كيمياوي", "كلور", "سارين", "خردل", "اختناق"}
	toxicWords = []string{"سامه", "السامه"}
)

// chemicalAgent reports whether a text names a chemical agent, a chemical
// weapon or choking on one (see agentStems), also behind a proclitic
// ("بالكلور", "وبغازات سامة").
func chemicalAgent(text string) bool {
	var cf cliticForms // the forms of one word at a time (see clitics)
	for _, w := range letterWords(normalizeWords(text)) {
		for _, x := range clitics(w, &cf) {
			if slices.Contains(toxicWords, x) {
				return true
			}
			x = strings.TrimPrefix(x, "ال")
			if slices.ContainsFunc(agentStems, func(p string) bool { return strings.HasPrefix(x, p) }) {
				return true
			}
		}
	}
	return false
}

// borrowedDates are the date rules of a claim dated by another claim or by
// the publication, not by words of its own.
var borrowedDates = []string{"date:context", "date:published", "date:actor_context", "date:strike_context", "date:denier",
	"date:recalled", "date:recalled_reply"}

// ownDate reports whether the claim is dated by words of its own ("يوم
// الثلاثاء", "أمس", a date).
func ownDate(c *claims.Claim) bool {
	return c.Date != nil && !slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(borrowedDates, r) })
}

// genericBeside: within one article, a claim that names its attack only
// with a generic word ("القصف", typed airstrike by default) and a claim
// that calls it a bombardment from the ground and the air ("القصف
// المدفعي والجوي", "قصف بالمدفعية والطيران") may be one attack: "the toll
// of the bombardment of the village rose to seven" in the headline is the
// artillery and air bombardment of the body. A shelling that says nothing
// of the air may be another attack of the article, and across articles
// the generic word decides nothing; the other conditions of related
// (date, place, actors) still hold.
func genericBeside(g, s *node) bool {
	return g.c.EventType == claims.EventAirstrike && s.c.EventType == claims.EventShelling &&
		slices.Contains(g.c.Rules, "event_type:generic") && alsoFromTheAir(s.c.Text)
}

// airWords say that a bombardment also came from the air.
var airWords = []string{"جوي", "الجوي", "وجوي", "والجوي", "الطيران", "والطيران", "بالطيران", "جويا", "والغارات", "وغارات"}

// alsoFromTheAir reports whether a text names the air among the means of
// a bombardment (see airWords).
func alsoFromTheAir(text string) bool {
	for _, w := range arabicWords(normalizeWords(text)) {
		if slices.Contains(airWords, w) {
			return true
		}
	}
	return false
}

// placesCompatible: some place of a equals, contains or lies inside some
// place of b, or the two are near each other (see nearKm) in the same
// country, one of them being a site or town (below the first level:
// region and governorate centroids say nothing about nearness).
//
// Strictly (for linking strong claims), only places below country level
// count: two claims that both mention "Syria", or "the United States" as
// the speaker's home, are not linked by it. Leniently (for attaching weak
// claims), a claim with only country-level places is compatible with any
// claim that shares a country. A claim that opens with a turn to another
// incident (see turn.go) is never compatible by nearness alone.
func (g *grouper) placesCompatible(a, b *node, strict bool) bool {
	tree := g.k.Places != nil
	if !strict && tree && (!a.specific || !b.specific) {
		for i := range a.places {
			if slices.Contains(b.country, a.country[i]) {
				return true
			}
		}
		return false
	}
	for i, p := range a.places {
		if tree && a.depth[i] == 0 {
			continue
		}
		for j, q := range b.places {
			if tree && b.depth[j] == 0 {
				continue
			}
			if g.riverAcross(a, b, p, q) {
				continue
			}
			if p == q || slices.Contains(a.anc[i], q) || slices.Contains(b.anc[j], p) {
				return true
			}
		}
	}
	if a.turn || b.turn {
		return false
	}
	km := nearKm(a.c.EventType, b.c.EventType)
	for i, p := range a.places {
		for j, q := range b.places {
			if g.riverAcross(a, b, p, q) {
				continue
			}
			if a.depth[i] > 0 && b.depth[j] > 0 && max(a.depth[i], b.depth[j]) >= 2 &&
				a.country[i] == b.country[j] && g.k.nearby(p, q, g.sceneKm(p, q, km)) {
				return true
			}
		}
	}
	return false
}

// RiverKinds is what a PlaceTree may also tell: whether a place is a
// river (see riverAcross).
type RiverKinds interface {
	River(id string) bool
}

// riverAcross reports whether claims a and b of different articles would
// be matched by places p and q where one of them is a river: a river runs
// hundreds of kilometres ("the Euphrates" from Jarablus to Albukamal), so
// two reports that share it, or whose town lies near its centroid, are
// not one scene by it. A town both name still links them, and within one
// article the river stays the scene the article has been telling of.
func (g *grouper) riverAcross(a, b *node, p, q string) bool {
	if a.c.Article == b.c.Article {
		return false
	}
	r, ok := g.k.Places.(RiverKinds)
	return ok && (r.River(p) || r.River(q))
}

// SettlementKinds is what a PlaceTree may also tell: whether a place is a
// town or a village (see sceneKm).
type SettlementKinds interface {
	Settlement(id string) bool
}

// sceneKm is the distance under which places p and q count as one scene
// for events whose types allow km: an air raid reported at a city, its
// airport or a suburb is one raid within NearbyAirKm, but two distinct
// towns or villages struck the same day ("al-Atarib" and "Maarat Misrin",
// 21 km apart) are two incidents beyond NearbyKm.
func (g *grouper) sceneKm(p, q string, km float64) float64 {
	if km <= NearbyKm {
		return km
	}
	if s, ok := g.k.Places.(SettlementKinds); ok && s.Settlement(p) && s.Settlement(q) {
		return NearbyKm
	}
	return km
}

// sameCountry: the claims share the country of a place below country
// level.
func sameCountry(a, b *node) bool {
	for i := range a.places {
		if a.depth[i] > 0 && slices.Contains(b.country, a.country[i]) {
			for j := range b.places {
				if b.depth[j] > 0 && b.country[j] == a.country[i] {
					return true
				}
			}
		}
	}
	return false
}

// answers reports whether claim b may be the event that response claim a
// answers: same article, within maxRespondWindow bytes of it in the text,
// not dated after it, and done by an actor opposed to a's (or unnamed).
func answers(a, b *node) bool {
	if !a.response || b.response || a.c.Article != b.c.Article {
		return false
	}
	if b.c.End < a.c.Start-maxRespondWindow || b.c.Start > a.c.End+maxRespondWindow {
		return false
	}
	if a.dated && b.dated && b.day > a.day {
		return false
	}
	// The answered event is the other side's doing (or its doer is not
	// named): nobody responds to their own or an ally's strike.
	return a.actor == "" || b.actor == "" || actorsOpposed(a.actor, b.actor)
}

// separatedByResponse: a response and the earlier event it answers are
// two events even when everything else would let them merge, also on the
// same day ("the army answered the sources of fire" after the attack).
func separatedByResponse(a, b *node) bool {
	if a.dated && b.dated && a.day != b.day {
		return (answers(a, b) && b.day < a.day) || (answers(b, a) && a.day < b.day)
	}
	return answers(a, b) || answers(b, a)
}

// responseAdrift: response claim a (ردا على) and claim b, no response,
// tell two events although day and type agree:
//
//   - a names no place of its own and b is of another article: the
//     answer may have struck anywhere, and its day and type alone would
//     fold it into the event it answered through another outlet's report;
//   - a names its doer and b names none, b being of another article or
//     told before a in its own (the deed answered, or its scene: "the
//     shells fell on the college ... the army answered by striking the
//     launch pads"), and a names no place or b names none that is or lies
//     in one of a's (a car bomb in one quarter, or in "Homs", and the
//     army's answer on another quarter of the city).
func responseAdrift(a, b *node) bool {
	if !a.response || b.response {
		return false
	}
	other := a.c.Article != b.c.Article
	if other && len(a.places) == 0 {
		return true
	}
	if a.actor == "" || b.actor != "" || !other && b.c.End > a.c.Start {
		return false
	}
	return len(a.places) == 0 || len(b.places) > 0 && !withinScene(b, a)
}

// withinScene: b names one of a's places or a place inside one of them.
func withinScene(b, a *node) bool {
	for i, p := range b.places {
		for _, q := range a.places {
			if p == q || slices.Contains(b.anc[i], q) {
				return true
			}
		}
	}
	return false
}

// placedElsewhere: b names a place below the governorate level that is
// none of a's places and neither holds nor lies in any of them.
func placedElsewhere(b, a *node) bool {
	for i, p := range b.places {
		if b.depth[i] < 2 {
			continue
		}
		related := false
		for j, q := range a.places {
			if p == q || slices.Contains(a.anc[j], p) || slices.Contains(b.anc[i], q) {
				related = true
				break
			}
		}
		if !related {
			return true
		}
	}
	return false
}

// actorsAgree checks the actor rule for a type compatibility level.
func actorsAgree(a, b *node, tc int, strict bool) bool {
	switch tc {
	case compatSkipActors:
		return true
	case compatSameActor:
		if a.actor == "" && b.actor == "" {
			return !strict
		}
		if a.actor == "" || b.actor == "" {
			return true
		}
		return ActorClass(a.actor) == ActorClass(b.actor)
	}
	return a.actor == "" || b.actor == "" || !actorsOpposed(a.actor, b.actor)
}

// oneNamed: at most one of the two claims names an actor (two named
// actors are either the same, see related, or a reason to keep a day's
// gap apart).
func oneNamed(a, b *node) bool { return a.actor == "" || b.actor == "" }

// sameLocality: the claims name one town or site, or one inside the
// other, both below the first level (a governorate or region does not
// place an event precisely enough to bridge a day's gap between reports
// that do not name the same actor).
func (g *grouper) sameLocality(a, b *node) bool {
	for i, p := range a.places {
		if g.k.Places != nil && a.depth[i] < 2 {
			continue
		}
		for j, q := range b.places {
			if g.k.Places != nil && b.depth[j] < 2 {
				continue
			}
			if p == q || slices.Contains(a.anc[i], q) || slices.Contains(b.anc[j], p) {
				return true
			}
		}
	}
	return false
}

// localized: the claim names a town or site (below the first level).
func (g *grouper) localized(n *node) bool {
	for i := range n.places {
		if g.k.Places == nil || n.depth[i] >= 2 {
			return true
		}
	}
	return false
}

// minSharedToll is the smallest casualty figure that, told alike by two
// reports a day apart, stands for one event (see sameToll): one or two
// dead are reported somewhere in a governorate most days.
const minSharedToll = 3

// sameToll: the claims give one casualty figure alike — the same outcome,
// the same exact count of at least minSharedToll, neither an earlier toll
// nor a part of another figure, and the same group or one of them
// unknown. Two reports a day apart in one governorate that agree on the
// type, on who did it and on the toll ("four girls killed by a Turkish
// drone in Hasakah" on Thursday evening and the next day) tell of one
// event, although neither names the village; a governorate alone does
// not bridge the day (see related).
func sameToll(a, b *node) bool {
	for _, f := range a.c.Figures {
		if !sharedTollFigure(f) {
			continue
		}
		for _, h := range b.c.Figures {
			if sharedTollFigure(h) && f.Outcome == h.Outcome && f.Low == h.Low &&
				(f.Group == h.Group || f.Group == "unknown" || h.Group == "unknown") {
				return true
			}
		}
	}
	return false
}

// sharedTollFigure: a figure precise enough to identify an event by its
// toll (see sameToll): exact, not earlier, not a subset, of the dead or
// the wounded, at least minSharedToll.
func sharedTollFigure(f claims.Figure) bool {
	return !f.Earlier && !f.Subset && f.High != nil && *f.High == f.Low && f.Low >= minSharedToll &&
		(f.Outcome == claims.OutcomeKilled || f.Outcome == claims.OutcomeWounded)
}

// tollTiedDrones: two drone attacks of which at most one names who flew
// the drone fall in two type classes (see typeClass) and link across
// articles only when they give the same toll (see sameToll): "a Turkish
// drone killed four girls" and "four killed by a drone" the next day in
// the same governorate are one strike, while an unnamed drone with no
// such agreement cannot chain a state's strike to a militia's attack.
func tollTiedDrones(a, b *node) bool {
	return a.c.EventType == claims.EventDroneAttack && b.c.EventType == claims.EventDroneAttack &&
		oneNamed(a, b) && sameToll(a, b)
}

// incident reports whether a claim with no event word tells of an incident
// by its toll: at least minSharedToll people killed or wounded (not an
// earlier count; one or two dead are told somewhere most days), on a day
// told by its own words or, in the headline, the day of publication ("28
// dead in a bombing in the quarter", "gunmen killed 81 people in the farm
// on Wednesday evening"). The caller checks that it is placed at a town or
// site. A suicide bombing, a massacre by gunmen or a shooting ("killed",
// "blew himself up", "opened fire") is told without any of the attack
// words that type a claim, while another report of it calls it an attack
// or a raid on the town (see incidentThere).
func incident(c *claims.Claim) bool {
	if !isVagueType(c.EventType) || c.Stance != claims.StanceAsserts || vagueDate(c) {
		return false
	}
	if !ownDate(c) && !(c.Start == 0 && slices.Contains(c.Rules, "date:published")) {
		return false
	}
	return slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
		return !f.Earlier && f.Low >= minSharedToll && (f.Outcome == claims.OutcomeKilled || f.Outcome == claims.OutcomeWounded)
	})
}

// keepIncidentsHome turns an incident claim (see incident) back into a
// weak one when its article tells, with an attack word, of an event it
// may belong to (see attaches) that it would not link to as an incident
// (see incidentThere): an air raid or a shelling ("five killed in the
// town on Tuesday" in a report of raids is a toll of the raids), or an
// attack of another day (a headline dated by its publication over the
// body's attack of the day before). Such a claim attaches to its
// article's event as before, so an incident never splits its article's
// story. Nodes must be sorted by article; whether a claim stays an
// incident depends only on its own article.
func (g *grouper) keepIncidentsHome() {
	for lo := 0; lo < len(g.nodes); {
		hi := articleEnd(g.nodes, lo)
		for i := lo; i < hi; i++ {
			a := &g.nodes[i]
			if !a.incident {
				continue
			}
			for j := lo; j < hi; j++ {
				b := &g.nodes[j]
				if b.strong && !b.incident && (b.c.EventType != claims.EventGroundAttack || b.day != a.day) &&
					g.attaches(a, b) {
					a.strong, a.incident, a.class = false, false, typeClass(a.c)
					break
				}
			}
		}
		lo = hi
	}
}

// incidentThere: incident claim in (see incident) and claim s tell of one
// incident: s is an incident too or a ground attack (an assault, a
// shooting, a bombing: the means that are told without an attack word),
// of the same day, in one town or site (across articles, see
// sameLocality) or compatible places (within an article), with actors not
// opposed and no response between them. An incident never joins an air
// raid or a shelling: with the two told in one town on one day (a strike
// on a hospital and the shelling of a quarter), a toll without its means
// would bridge them.
func (g *grouper) incidentThere(in, s *node) bool {
	if !in.incident || !(s.incident || s.c.EventType == claims.EventGroundAttack) || !in.dated || !s.dated ||
		in.day != s.day || in.actor != "" && s.actor != "" && actorsOpposed(in.actor, s.actor) || separatedByResponse(in, s) {
		return false
	}
	if in.c.Article == s.c.Article {
		return g.placesCompatible(in, s, true)
	}
	return g.sameLocality(in, s)
}

// related is the pairwise relation between two strong claims:
//
//   - the same type class (see typeClass) and compatible event types (see
//     typeCompat), with actors that agree with that compatibility (not
//     opposed; equivalent where required);
//   - dates at most one day apart; a one-day gap across articles also
//     needs the same event type (or two means tied by one exact toll in
//     one town or site, see tollTiedMeans: "six killed by a raid on the
//     town" on Monday night and "six killed by rockets on the town" dated
//     Tuesday by another outlet), actors that are the same or named by at
//     most one of the two (the announcement in Washington on Tuesday of
//     strikes at dawn on Wednesday), and one town or site named by both,
//     or one inside the other, below the first level (see sameLocality:
//     reports resolve "last night" and weekdays to neighbouring dates), or
//     else the same toll (see sameToll) in compatible places.
//     A governorate alone does not bridge the day: with it, an actor's
//     strikes in one governorate on consecutive days chained into one
//     event for weeks (a month of daily raids on Idlib is not one event);
//   - compatible places (see placesCompatible, strictly), or, within one
//     article, the same day, type and named actor in the same country when
//     one claim names nothing finer than a region or governorate ("east of
//     the Euphrates" and "Deir ez-Zor" in one report of one strike), or,
//     within one article, the same day and type and a doer named by one at
//     least and not another, at towns facing each other across a border
//     (see acrossBorder);
//   - across articles, not a deferred claim (see deferShallow) and a claim
//     placed finer than it;
//   - not a response and the earlier event it answers.
func (g *grouper) related(a, b *node) bool {
	if a.incident || b.incident {
		return g.incidentThere(a, b) || g.incidentThere(b, a)
	}
	meansTied := (tollTiedMeans(a, b) || bareWords(a, b)) && g.sameLocality(a, b)
	genericDrone := g.genericDroneThere(a, b) || g.genericDroneThere(b, a) ||
		g.genericShellingThere(a, b) || g.genericShellingThere(b, a)
	landing := g.landingThere(a, b) || g.landingThere(b, a) || g.blastThere(a, b) || g.blastThere(b, a) || genericDrone ||
		g.recalledBareStrike(a, b) || g.recalledBareStrike(b, a)
	if !sameClass(a, b) && !tollTiedDrones(a, b) && !meansTied && !g.genericAttackThere(a, b) && !g.genericAttackThere(b, a) &&
		!landing {
		return false
	}
	d := a.day - b.day
	if d < -1 || d > 1 {
		return false
	}
	tc := typeCompat(a.c.EventType, b.c.EventType)
	if tc == compatNever && (a.c.Article == b.c.Article && (genericBeside(a, b) || genericBeside(b, a)) ||
		g.genericAttackThere(a, b) || g.genericAttackThere(b, a) || landing) {
		tc = compatAlways
	}
	if meansTied || genericDrone {
		tc = compatAlways // the toll ties them, or genericDroneThere (genericShellingThere) checked the doers
	}
	if tc == compatNever && doerTiedMeans(a, b) && g.sameLocality(a, b) {
		tc = compatAlways
	}
	if tc == compatNever {
		return false
	}
	sameActor := a.actor != "" && b.actor != "" && ActorClass(a.actor) == ActorClass(b.actor)
	sameArticle := a.c.Article == b.c.Article
	if d != 0 && !sameArticle && (a.c.EventType != b.c.EventType && !meansTied ||
		!(sameActor || oneNamed(a, b)) || !(g.sameLocality(a, b) || sameToll(a, b))) {
		return false
	}
	if d != 0 && sameArticle && g.localized(a) && g.localized(b) && !g.sameLocality(a, b) && !sameToll(a, b) {
		// "وكانت طائرة قد قصفت الليلة السابقة مشفى القرية المجاورة":
		// one article telling strikes on two towns on two days tells two
		// incidents, however near the towns lie.
		return false
	}
	if !actorsAgree(a, b, tc, true) && !g.countersBlame(a, b) && !g.countersBlame(b, a) {
		return false
	}
	if separatedByResponse(a, b) || responseAdrift(a, b) || responseAdrift(b, a) {
		return false
	}
	if sameArticle && (turnedFrom(a, b) || acrossTurn(a, b)) || apartElsewhere(a, b) || apartElsewhere(b, a) {
		return false
	}
	if !sameArticle && (a.deferred && (!b.shallow || b.deferred) || b.deferred && !a.shallow) {
		// A deferred claim links to another article only through a claim
		// no more precise than it that is not deferred itself: two
		// deferred claims ("strikes on Idlib" beside a town in each of
		// their articles) would bridge the two towns' events.
		return false
	}
	if g.placesCompatible(a, b, true) {
		return true
	}
	if sameArticle && d == 0 && a.c.EventType == b.c.EventType && (sameActor || oneNamed(a, b)) &&
		(a.actor != "" || b.actor != "") && g.acrossBorder(a, b) {
		return true
	}
	return sameArticle && d == 0 && a.c.EventType == b.c.EventType && sameActor &&
		(a.shallow || b.shallow) && sameCountry(a, b)
}

// acrossBorder: claims a and b name towns or sites of two countries
// within NearbyAirKm of each other ("al-Qaim" in Iraq and "Albu Kamal" in
// Syria). One article telling, on one day, strikes of one type by one
// named doer on both sides of a border tells one raid (the caller checks
// all that); across articles, or in two countries far apart, places of
// two countries stay apart.
func (g *grouper) acrossBorder(a, b *node) bool {
	for i, p := range a.places {
		for j, q := range b.places {
			if a.depth[i] >= 1 && b.depth[j] >= 1 && max(a.depth[i], b.depth[j]) >= 2 &&
				a.country[i] != b.country[j] && g.k.nearby(p, q, NearbyAirKm) {
				return true
			}
		}
	}
	return false
}

// attaches reports whether weak claim w (of the same article) may belong
// to the event of claim s: whatever both say must agree.
func (g *grouper) attaches(w, s *node) bool { return g.attachesAs(w, s, false) }

// attachesAs is attaches; with anyAttack, a weak claim that names its
// attack only with a generic word may also belong to an attack of another
// type class (see genericAnyAttack).
func (g *grouper) attachesAs(w, s *node, anyAttack bool) bool {
	if w.c.Article != s.c.Article || acrossTurn(w, s) {
		return false
	}
	if w.dated && s.dated {
		wlo, whi := daySpan(w)
		slo, shi := daySpan(s)
		if slo > whi+1 || wlo > shi+1 {
			return false
		}
	}
	tc := compatAlways
	if !isVagueType(w.c.EventType) && !isVagueType(s.c.EventType) {
		tc = typeCompat(w.c.EventType, s.c.EventType)
		if !sameClass(w, s) && !interceptsAttack(w, s) {
			tc = compatNever
		}
		if genericShelling(w, s) || anyAttack && genericAnyAttack(w, s) {
			tc = compatAlways
		}
	}
	if tc == compatNever || !actorsAgree(w, s, tc, false) {
		return false
	}
	if answers(w, s) || answers(s, w) || responseAdrift(w, s) || responseAdrift(s, w) {
		return false
	}
	if len(w.places) > 0 && len(s.places) > 0 && !g.placesCompatible(w, s, false) {
		return false
	}
	return true
}

// daySpan is the first and last day a dated claim may stand for: its
// date, or for a claim dated to the week before its article (see
// recalledRules) that week.
func daySpan(n *node) (lo, hi int) {
	if recalledByArticle(n.c) {
		if to, ok := roughSpan(n.c); ok {
			return n.day, to
		}
	}
	return n.day, n.day
}

// genericShelling: weak claim w names its attack only with a generic word
// ("القصف", "استهداف"), which reads as an airstrike by default, and strong
// claim s of its article names it as shelling ("القصف المدفعي والجوي"):
// "the toll of the bombardment of the village rose to seven" belongs to
// the shelling its article tells of. A weak claim attaches by one edge
// and bridges nothing.
func genericShelling(w, s *node) bool {
	return w.c.EventType == claims.EventAirstrike && s.c.EventType == claims.EventShelling &&
		slices.Contains(w.c.Rules, "event_type:generic")
}

// genericAnyAttack: weak claim w names its attack only with a generic
// word ("عملية", "استهداف" read as an airstrike by default; "الهجوم" read
// as a ground attack), and strong claim s of its article names an attack
// by its means (an airstrike, a shelling, a ground or drone attack): "a
// site claimed that an operation hit a checkpoint" in an article of a
// bombing belongs to the bombing. The default type is a guess the words
// do not make. localAnchors asks it only of a weak claim that no claim of
// its own class takes, so it never moves a claim from an anchor it had.
func genericAnyAttack(w, s *node) bool {
	if !slices.Contains(w.c.Rules, "event_type:generic") ||
		w.c.EventType != claims.EventAirstrike && w.c.EventType != claims.EventGroundAttack {
		return false
	}
	switch s.c.EventType {
	case claims.EventAirstrike, claims.EventShelling, claims.EventGroundAttack, claims.EventDroneAttack:
		return true
	}
	return false
}

// anyAttackFallback reports whether weak claim w, which no claim of its
// own type class takes, may look for an anchor of another class (see
// genericAnyAttack): it names its attack only with a generic word, names
// no doer (a doer it names is the one fact that could set it apart), and
// is no recall of an earlier deed (a day known only roughly, or the deed a
// response answers, "رداً على الهجمات"), which is another event.
func anyAttackFallback(w *node) bool {
	return w.actor == "" && slices.Contains(w.c.Rules, "event_type:generic") && !vagueDate(w.c) && !answersDeed(w.c.Text)
}

// interceptsAttack: weak claim w tells of the interception of the drone
// attack that strong claim s of its article tells of ("the coalition
// brought down one of the two drones" beside "a drone attack on the
// base"). Strong interceptions stay in the air class so that they cannot
// chain a militia's drones to a state's strikes, but a weak claim attaches
// by one edge inside its article and bridges nothing.
func interceptsAttack(w, s *node) bool {
	return w.c.EventType == claims.EventInterception && s.c.EventType == claims.EventDroneAttack
}

// weakTogether: two unanchored weak claims of one article share an event
// when they agree and have something positive in common.
func (g *grouper) weakTogether(a, b *node) bool {
	if !g.attaches(a, b) {
		return false
	}
	if !isVagueType(a.c.EventType) && a.c.EventType == b.c.EventType {
		return true
	}
	if a.actor != "" && b.actor != "" && ActorClass(a.actor) == ActorClass(b.actor) {
		return true
	}
	return len(a.places) > 0 && len(b.places) > 0 && g.placesCompatible(a, b, true)
}

// localEvents links the strong claims of one article (nodes lo to hi)
// among themselves only, date by date (see related): the article's own
// view of its events, which depends on no other article and, being within
// day groups, never on claims of another event.
func (g *grouper) localEvents(lo, hi int) unionFind {
	u := newUnionFind(hi - lo)
	for i := lo; i < hi; i++ {
		if !g.nodes[i].strong {
			continue
		}
		for j := i + 1; j < hi; j++ {
			if g.nodes[j].strong && g.nodes[j].day == g.nodes[i].day && g.related(&g.nodes[i], &g.nodes[j]) {
				u.union(i-lo, j-lo)
			}
		}
	}
	return u
}

// opposesLocalEvent reports whether weak claim w, which says nothing of
// the event but who did it (no event type), names an actor opposed to one
// that a strong claim of its article, linked to strong claim s within the
// article (see localEvents), names, and the same actor as none of them:
// "Ankara blamed the YPG for [the bombing]" beside a sentence of Turkish
// strikes that names no actor belongs to the bombing, not the strikes.
// Interceptions name the defender and are not compared.
func (g *grouper) opposesLocalEvent(w *node, s, lo, hi int, local unionFind) bool {
	if w.actor == "" || !isVagueType(w.c.EventType) {
		return false
	}
	root := local.find(s - lo)
	opposed := false
	for t := lo; t < hi; t++ {
		n := &g.nodes[t]
		if !n.strong || n.actor == "" || n.c.EventType == claims.EventInterception || local.find(t-lo) != root {
			continue
		}
		if ActorClass(n.actor) == ActorClass(w.actor) {
			return false
		}
		if actorsOpposed(w.actor, n.actor) {
			opposed = true
		}
	}
	return opposed
}

// textDistance is the number of bytes between two claims of one article
// (0 when they overlap).
func textDistance(a, b *claims.Claim) int {
	switch {
	case b.End <= a.Start:
		return a.Start - b.End
	case b.Start >= a.End:
		return b.Start - a.End
	}
	return 0
}

// unionFind over node indices.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}

// canonicalClaims copies the claims, drops repeated ids and sorts them by
// (article, start, end, id) so that nothing depends on input order.
func canonicalClaims(cs []claims.Claim) []claims.Claim {
	if len(cs) == 0 {
		return slices.Clone(cs)
	}
	// Sort positions rather than claims: a Claim is large, and moving it
	// (or passing two to every comparison) cost more than comparing. The
	// position breaks ties, as a stable sort would.
	order := make([]int32, len(cs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &cs[i], &cs[j]
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), cmp.Compare(a.ID, b.ID), cmp.Compare(i, j))
	})
	out := make([]claims.Claim, 0, len(cs))
	for k, i := range order {
		// Repeated ids are adjacent now; the first is kept.
		if k > 0 && cs[i].ID != "" && cs[i].ID == cs[order[k-1]].ID {
			continue
		}
		out = append(out, cs[i])
	}
	return out
}

// linkStrong makes the nodes of the canonical claims cs, links the
// strong ones of one date into day groups and pairs the day groups (see
// pairing.go, whose result it leaves in g.pair). The returned union-find
// holds the day groups only.
func (g *grouper) linkStrong(cs []claims.Claim) unionFind {
	g.nodes = make([]node, len(cs))
	for i := range cs {
		g.nodes[i] = g.makeNode(&cs[i])
	}
	markDroneArticles(g.nodes)
	g.keepIncidentsHome()
	g.rebaseGuessedDays()
	g.readMeansByToll()
	g.readStateDrones()
	g.deferShallow()
	g.markRelatedTurns()
	markTurnParts(g.nodes)
	nodes := g.nodes
	uf := newUnionFind(len(nodes))

	// Strong claims: candidate pairs from (day, zone) buckets (see zones).
	type bucket struct {
		day  int
		zone string
	}
	buckets := map[bucket][]int{}
	probes := make([][]string, len(nodes))
	for i := range nodes {
		n := &nodes[i]
		if !n.strong {
			continue
		}
		var own []string
		own, probes[i] = g.zones(n)
		for _, z := range own {
			buckets[bucket{n.day, z}] = append(buckets[bucket{n.day, z}], i)
		}
	}
	// Same-day links make day groups; then links to neighbouring dates make
	// day groups adjacent (one related pair of claims is enough, so pairs
	// of groups already adjacent are not tested again), for pairing (see
	// pairing.go).
	visit := func(sameDay bool, each func(i, j int)) {
		for i := range nodes {
			n := &nodes[i]
			if !n.strong {
				continue
			}
			for _, z := range probes[i] {
				for d := n.day - 1; d <= n.day+1; d++ {
					if (d == n.day) != sameDay {
						continue
					}
					for _, j := range buckets[bucket{d, z}] {
						if j > i {
							each(i, j)
						}
					}
				}
			}
		}
		// Claims of one article may be related across zones (a strike
		// placed at a governorate and at a town of the next one).
		for lo := 0; lo < len(nodes); {
			hi := articleEnd(nodes, lo)
			for i := lo; i < hi; i++ {
				for j := i + 1; j < hi; j++ {
					if nodes[i].strong && nodes[j].strong && (nodes[i].day == nodes[j].day) == sameDay &&
						nodes[i].day-nodes[j].day <= 1 && nodes[j].day-nodes[i].day <= 1 {
						each(i, j)
					}
				}
			}
			lo = hi
		}
	}
	barrier := newIncidentBarrier(nodes)
	visit(true, func(i, j int) {
		if uf.find(i) != uf.find(j) && g.related(&nodes[i], &nodes[j]) && !barrier.blocks(nodes, uf, i, j) {
			barrier.union(uf, i, j)
		}
	})
	var cross [][2]int
	adjacent := map[[2]int]bool{}
	placed := map[[2]int]bool{} // adjacencies tied by two claims naming towns or sites
	visit(false, func(i, j int) {
		e := [2]int{uf.find(i), uf.find(j)}
		if e[0] > e[1] {
			e[0], e[1] = e[1], e[0]
		}
		local := g.localized(&nodes[i]) && g.localized(&nodes[j])
		if placed[e] || adjacent[e] && !local || !g.related(&nodes[i], &nodes[j]) {
			return
		}
		if !adjacent[e] {
			adjacent[e] = true
			cross = append(cross, e)
		}
		placed[e] = local
	})
	g.pair = g.newPairing(uf, cross, placed)
	return uf
}

// zones returns the blocking zones a strong node is filed under (own) and
// those it looks into for related claims (probe, which holds own). With a
// gazetteer that lists the places near a place (PlaceIndex), a place's zone
// is its first-level place (its governorate or region), and it probes the
// zones of the places within NearbyAirKm too: two claims are related
// through one place, one inside the other, or nearby places (see
// placesCompatible), so they always share a zone that one files and the
// other probes. Without such a gazetteer the zone is the country.
func (g *grouper) zones(n *node) (own, probe []string) {
	index, ok := g.k.Places.(PlaceIndex)
	for x, p := range n.places {
		if g.k.Places != nil && n.depth[x] == 0 {
			continue
		}
		if !ok {
			own = appendNew(own, n.country[x])
			continue
		}
		z, cached := g.zoneCache[p]
		if !cached {
			z.own = g.zone(p)
			z.probe = []string{z.own}
			for _, q := range index.Around(p, NearbyAirKm) {
				if len(g.ancestors(q)) > 0 {
					z.probe = appendNew(z.probe, g.zone(q))
				}
			}
			g.zoneCache[p] = z
		}
		own = appendNew(own, z.own)
		for _, q := range z.probe {
			probe = appendNew(probe, q)
		}
	}
	if !ok {
		return own, own
	}
	return own, probe
}

// zone is the first-level place of p (p itself at the first level).
func (g *grouper) zone(p string) string {
	anc := g.ancestors(p)
	if len(anc) < 2 {
		return p
	}
	return anc[len(anc)-2]
}

// appendNew appends s to list unless it is there already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// localAnchors returns, for every weak eventful claim, the strong claim
// of its own article it attaches to (see attaches): the nearest in the
// text, then the one it continues, then the first; -1 for a strong or
// non-eventful claim and for a weak claim with no anchor. A weak claim
// that names only an actor skips an anchor whose local event names only
// actors opposed to it (see opposesLocalEvent). Nodes must be sorted by
// article; the result depends only on each article's own claims.
func (g *grouper) localAnchors() []int {
	if g.anchors != nil {
		return g.anchors
	}
	nodes := g.nodes
	out := make([]int, len(nodes))
	for lo := 0; lo < len(nodes); {
		hi := articleEnd(nodes, lo)
		var local unionFind // the article's own events, computed when first needed
		for i := lo; i < hi; i++ {
			out[i] = -1
			w := &nodes[i]
			if !w.eventful || w.strong {
				continue
			}
			best, bestKey := -1, [3]int{}
			for pass := 0; pass < 2 && best < 0 && (pass == 0 || anyAttackFallback(w)); pass++ {
				for j := lo; j < hi; j++ {
					s := &nodes[j]
					if !s.strong || !g.attachesAs(w, s, pass == 1) {
						continue
					}
					if w.actor != "" && isVagueType(w.c.EventType) {
						if local == nil {
							local = g.localEvents(lo, hi)
						}
						if g.opposesLocalEvent(w, j, lo, hi, local) {
							continue
						}
					}
					after := 0
					if s.c.Start > w.c.Start {
						after = 1 // prefer the claim it continues
					}
					key := [3]int{textDistance(w.c, s.c), after, j}
					if best < 0 || slices.Compare(key[:], bestKey[:]) < 0 {
						best, bestKey = j, key
					}
				}
			}
			out[i] = best
		}
		lo = hi
	}
	g.anchors = out
	return out
}

// cluster partitions the eventful claims into components and returns them
// as lists of indices into g.nodes (each sorted ascending), in the order of
// their first member. uf is what linkStrong returned for them.
func (g *grouper) cluster(uf unionFind) [][]int {
	nodes := g.nodes
	for x, y := range g.pair.join {
		if y >= 0 {
			uf.union(g.pair.groups[x].first, g.pair.groups[y].first)
		}
	}

	// Weak claims, article by article (cs is sorted by article).
	anchors := g.localAnchors()
	for lo := 0; lo < len(nodes); {
		hi := articleEnd(nodes, lo)
		var loose []int
		for i := lo; i < hi; i++ {
			w := &nodes[i]
			if !w.eventful || w.strong {
				continue
			}
			best := anchors[i]
			if best < 0 && w.recall {
				// No anchor in its article: it may recall another
				// article's event (see recall.go), joined by one edge,
				// or else it stands alone, never grouping with its
				// article's loose claims: whether it is linked depends
				// on other articles, which must not regroup its own.
				best = g.recallTarget(i)
				if best < 0 {
					continue
				}
			}
			if best < 0 && w.placeless {
				// No anchor in its article: it may tell of the one
				// event of another article that it matches (see
				// placeless.go), and it stays with its article's
				// loose claims, which tell that event with it.
				if t := g.placelessTarget(i); t >= 0 {
					uf.union(i, t)
				}
			}
			if best >= 0 {
				uf.union(i, best)
			} else {
				loose = append(loose, i)
			}
		}
		for x, i := range loose {
			for _, j := range loose[x+1:] {
				if g.weakTogether(&nodes[i], &nodes[j]) {
					uf.union(i, j)
				}
			}
		}
		lo = hi
	}

	comps := map[int][]int{}
	var roots []int
	for i := range nodes {
		if !nodes[i].eventful {
			continue
		}
		r := uf.find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, comps[r])
	}
	return out
}

// anchorLess orders claims for choosing an event's anchor: dated claims
// first, earliest date, then earliest published article (when
// Knowledge.Articles knows it), then article id, then position.
func (g *grouper) anchorLess(a, b *node) int {
	// A claim dated only to the week before its article (see
	// recalledRules) counts as undated: its first day is no date of the
	// event.
	ad, bd := a.dated && !recalledByArticle(a.c), b.dated && !recalledByArticle(b.c)
	if ad != bd {
		if ad {
			return -1
		}
		return 1
	}
	if ad && a.day != b.day {
		return cmp.Compare(a.day, b.day)
	}
	pa, pb := g.k.published(a.c.Article), g.k.published(b.c.Article)
	if pa != pb {
		switch {
		case pa == "":
			return 1
		case pb == "":
			return -1
		}
		return cmp.Compare(pa, pb)
	}
	return cmp.Or(cmp.Compare(a.c.Article, b.c.Article), cmp.Compare(a.c.Start, b.c.Start),
		cmp.Compare(a.c.ID, b.c.ID))
}

// EventID derives an event id from its anchor claim: "ev_" and 16 hex
// digits of the SHA-256 of the claim id.
func EventID(anchor claims.Claim) string {
	key := anchor.ID
	if key == "" {
		key = anchor.Article + ":" + strconv.Itoa(anchor.Start) + ":" + strconv.Itoa(anchor.End)
	}
	sum := sha256.Sum256([]byte(key))
	return "ev_" + hex.EncodeToString(sum[:8])
}

// Group partitions the eventful claims into events. The result depends
// only on the set of claims (not their order); each event has its ID,
// Claims, consensus EventType, Date and Places, Sources and RespondsTo
// filled; Estimates, Grade and Discrepancies are left for Fill (or use
// Reconcile). Events come ordered by id.
//
// An event's id is derived from its anchor: the earliest dated claim,
// then the earliest published article (Knowledge.Articles), then article
// id and position. It changes only when a claim that sorts before the
// anchor joins, such as a later-ingested article dating the event earlier.
func Group(cs []claims.Claim, k Knowledge) []Event {
	evs, _ := group(cs, k)
	return evs
}

// group is Group that also returns the claims by id.
func group(cs []claims.Claim, k Knowledge) ([]Event, map[string]*claims.Claim) {
	cs = canonicalClaims(cs)
	g := newGrouper(k)
	return g.events(cs, g.linkStrong(cs))
}

// events makes the events of the canonical claims cs, whose strong claims
// linkStrong has linked into uf.
func (g *grouper) events(cs []claims.Claim, uf unionFind) ([]Event, map[string]*claims.Claim) {
	k := g.k
	comps := g.cluster(uf)
	evs := make([]Event, 0, len(comps))
	eventOf := make([]int, len(cs))
	for i := range eventOf {
		eventOf[i] = -1
	}
	for _, comp := range comps {
		anchor := comp[0]
		for _, i := range comp[1:] {
			if g.anchorLess(&g.nodes[i], &g.nodes[anchor]) < 0 {
				anchor = i
			}
		}
		ev := Event{ID: EventID(cs[anchor])}
		members := make([]*claims.Claim, 0, len(comp))
		for _, i := range comp {
			members = append(members, &cs[i])
			eventOf[i] = len(evs)
		}
		fillConsensusPtr(&ev, members, k)
		evs = append(evs, ev)
	}

	// Responses: an event answers every other event holding a claim that
	// one of its response claims may answer (see answers).
	byArticle := map[string][]int{}
	for i := range cs {
		if eventOf[i] >= 0 {
			byArticle[cs[i].Article] = append(byArticle[cs[i].Article], i)
		}
	}
	for i := range cs {
		if eventOf[i] < 0 || !g.nodes[i].response {
			continue
		}
		e := eventOf[i]
		for _, j := range byArticle[cs[i].Article] {
			if f := eventOf[j]; f != e && answers(&g.nodes[i], &g.nodes[j]) {
				evs[e].RespondsTo = append(evs[e].RespondsTo, evs[f].ID)
			}
		}
	}
	byID := make(map[string]*claims.Claim, len(cs))
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	for i := range evs {
		slices.Sort(evs[i].RespondsTo)
		evs[i].RespondsTo = slices.Compact(evs[i].RespondsTo)
	}
	slices.SortFunc(evs, func(a, b Event) int { return cmp.Compare(a.ID, b.ID) })
	return evs, byID
}

// BlockKey describes the blocking window of a claim for a store that
// looks up candidate events: the claim can only share an event with
// claims of other articles dated within [from, to] at one of places.
// from and to are empty (and places nil) for a claim that links only
// within its own article (a weak claim: not eventful, vague in type
// unless it tells an incident by its toll (see incident), undated, or
// placed no finer than a country). Without a gazetteer places
// are the claim's own; prefer Knowledge.BlockKey, which adds the places
// that contain and surround them.
func BlockKey(c claims.Claim) (from, to string, places []string) {
	return Knowledge{}.BlockKey(c)
}

// PlaceIndex is what a PlaceTree may also offer to narrow blocking: the
// places near a place (the gazetteer implements it). Around(id, km) must
// hold every other place q with Nearby(id, q, km).
type PlaceIndex interface {
	Around(id string, km float64) []string
}

// BlockKey describes the blocking window of a claim that may link to
// claims of other articles (a strong claim, see Group): dates from one day
// before to one day after its date, and as places its own places below
// country level, the places containing them below the country, and the
// places within NearbyAirKm of them, and the key of their country (see
// CountryKey), under which a store lists the events holding a claim that
// names only countries. A claim that names only countries (see
// placeless.go) has as block places the keys of its countries and type
// (see TypeKeys), so that every claim of its type in them in the window is
// loaded, and nothing else. Two strong claims of different
// articles that may be related have overlapping windows, and the places
// of one (with all their ancestors) meet the block places of the other:
// they share a place, one lies inside the other, or they are near each
// other. So a store that supplies UpdateFrom with every event holding a claim
// dated within [from, to] whose own places or their ancestors meet places
// (and the events that respond to those, see UpdateFrom) gives UpdateFrom all it
// needs.
//
// Countries are left out because two claims that share nothing finer than
// a country never link across articles; were they in, every event of the
// country in the window would be a candidate. When the PlaceTree does not
// implement PlaceIndex the countries stay in, which still covers nearby
// places, only less narrowly.
func (k Knowledge) BlockKey(c claims.Claim) (from, to string, places []string) {
	return k.blockKey(c, nil)
}

// BlockKeyIn is Knowledge.BlockKey for a claim read with the claims of
// its article (article holds at least its eventful ones): a claim whose
// day is only a guess reaches back only as far as the earliest day it may
// be rebased to (see rebaseFloor), not a whole week, so that a store
// loads no more candidates than its article allows.
func (k Knowledge) BlockKeyIn(c claims.Claim, article []claims.Claim) (from, to string, places []string) {
	if article == nil {
		article = []claims.Claim{}
	}
	return k.blockKey(c, article)
}

// blockKey is BlockKey, reading article (when not nil) for the days a
// guessed day may take.
func (k Knowledge) blockKey(c claims.Claim, article []claims.Claim) (from, to string, places []string) {
	if !eventful(&c) || isVagueType(c.EventType) && !incident(&c) || len(c.Places) == 0 {
		return "", "", nil
	}
	day, ok := parseDay(c.Date)
	if !ok {
		return "", "", nil
	}
	first, last := day-1, day+1
	if guessedShape(&c) {
		first = day - maxRebase - 1 // the day of its article it may take (see borrowed.go)
		if article != nil {
			first = min(day, rebaseFloor(c, day, article)) - 1
		}
	}
	if to, ok := recallSpan(&c); ok {
		last = max(last, to) // the week or month it may recall (see recall.go)
	}
	if keys := CountryKeys(c.Places, k.ancestors); k.Places != nil && keys != nil && placelessShape(&c) {
		// A claim naming only countries (see placeless.go): its
		// candidates, of its type, anywhere in them.
		return dayString(first), dayString(last), slices.Sorted(slices.Values(TypeKeys(c.Places, c.EventType, k.ancestors)))
	}
	index, _ := k.Places.(PlaceIndex)
	for _, p := range c.Places {
		if k.Places == nil {
			places = append(places, p)
			continue
		}
		anc := k.ancestors(p)
		if len(anc) == 0 {
			continue // a country, or a place the gazetteer does not know
		}
		places = append(places, p)
		if index == nil {
			places = append(places, anc...)
			places = append(places, CountryKey(anc[len(anc)-1]))
			continue
		}
		places = append(places, anc[:len(anc)-1]...)
		places = append(places, index.Around(p, NearbyAirKm)...)
		places = append(places, CountryKey(anc[len(anc)-1])) // the placeless claims it may answer
	}
	if len(places) == 0 {
		return "", "", nil
	}
	slices.Sort(places)
	return dayString(first), dayString(last), slices.Compact(places)
}

// ClaimEvents maps every claim id of the events to its event id (for
// filling Claim.Event).
func ClaimEvents(evs []Event) map[string]string {
	m := map[string]string{}
	for _, ev := range evs {
		for _, c := range ev.Claims {
			m[c] = ev.ID
		}
	}
	return m
}

// articleEnd returns the end of the run of nodes that starts at lo and
// belongs to one article (nodes are sorted by article).
func articleEnd(nodes []node, lo int) int {
	hi := lo
	for hi < len(nodes) && nodes[hi].c.Article == nodes[lo].c.Article {
		hi++
	}
	return hi
}
