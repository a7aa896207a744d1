package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Reading a generic attack word by its toll.
//
// A claim that names its attack only with a generic word — «قصف»,
// «استهداف», «اعتداء», «عدوان» (typed an airstrike by default) or «هجوم»
// (typed a ground attack by default), rule event_type:generic — does not
// say how the attack was carried out. A headline «مقتل سبعة بقصف على
// البلدة» over a body that tells of rocket shells killing seven there is
// the shelling, not an air raid beside it; «اعتداء إرهابي» that killed
// nine soldiers is the ambush the body tells of with the same nine dead.
// Left at its default type such a claim falls in another type class (see
// typeClass): it splits the article's one incident in two, or, linked to
// both, chains the shelling to the air raids told elsewhere in the
// article.
//
// readMeansByToll gives such a claim, for grouping only, the type of the
// one means its article names for the same toll (see sameToll) in the
// same place within a day, with no conflicting doer. When the article
// gives that toll to two different means, or also to an attack of the
// claim's own default type, the generic word stays as it was. Without a
// toll, a generic «قصف» in an article that names no strike from the air
// reads as the shelling its article names by a word of its own at the
// same town (see shellingNamed). The
// reading depends only on the claim's own article, which UpdateFrom
// always loads whole, so `reconcile --all` equals incremental ingest.

// readMeansByToll re-types the generic strong claims of each article by
// the toll they share with a claim typed by its means (see above). Nodes
// must be sorted by article. The claims themselves are not changed: a
// re-typed node points at a copy.
func (g *grouper) readMeansByToll() {
	for lo := 0; lo < len(g.nodes); {
		hi := articleEnd(g.nodes, lo)
		if namesOwnAir(g.nodes[lo:hi]) {
			for i := lo; i < hi; i++ {
				g.nodes[i].bareWord = false
			}
		}
		var retyped []int
		var types []string
		ownAir := namesOwnAir(g.nodes[lo:hi])
		flyingDoer := namesFlyingDoer(g.nodes[lo:hi])
		for i := lo; i < hi; i++ {
			t := g.meansByToll(i, lo, hi)
			if t == "" && (!ownAir && g.shellingNamed(i, lo, hi) || g.shellingNamedThere(i, lo, hi)) {
				t = claims.EventShelling
			}
			if t == "" && (g.raidNamed(i, lo, hi) || g.operationOnly(i, lo, hi)) {
				t = claims.EventGroundAttack
			}
			if t == "" && !ownAir && !flyingDoer && groundDoerStrike(&g.nodes[i]) {
				t = claims.EventShelling
			}
			if t != "" {
				retyped, types = append(retyped, i), append(types, t)
			}
		}
		// Re-type after the whole article is read, so that one re-typed
		// claim never decides another's reading.
		for x, i := range retyped {
			n := &g.nodes[i]
			c := *n.c
			c.EventType = types[x]
			c.Rules = append(slices.Clip(c.Rules), "event_type:means_by_toll")
			n.c = &c
			n.class = typeClass(n.c)
		}
		lo = hi
	}
}

// meansByToll returns the type that node i, a generic strong claim of an
// attack, takes from the claims of its article (nodes lo to hi), or ""
// when it keeps its own (see readMeansByToll).
func (g *grouper) meansByToll(i, lo, hi int) string {
	a := &g.nodes[i]
	if !a.strong || a.incident || !genericMeans(a.c) {
		return ""
	}
	found := ""
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if j == i || !b.strong || b.incident || !bombardment(b.c.EventType) ||
			slices.Contains(b.c.Rules, "event_type:generic") || !tollOfOneAttack(a, b) ||
			a.actor != "" && b.actor != "" && ActorClass(a.actor) != ActorClass(b.actor) ||
			!g.placesCompatible(a, b, true) {
			continue
		}
		if b.c.EventType == a.c.EventType {
			return "" // its default type is named for that toll too
		}
		if found != "" && found != b.c.EventType {
			return "" // two means for one toll: the word decides nothing
		}
		found = b.c.EventType
	}
	return found
}

// shellingNamed reports whether node i, a strong claim typed an airstrike
// only by a generic word or by pointing back at one (see typedByOwnWord),
// in an article that names no strike from the air and no drone by a word
// of its own (the caller checks that, see namesOwnAir), tells the
// shelling its article names by a word of its own ("قصف صاروخي", "قذائف
// مدفعية") in a compatible place within a day, with no conflicting doer:
// "twelve killed in a regime bombardment of the camp" over a body of
// rockets with cluster munitions that fell on the tents. The article
// gives no other means for «قصف», so it reads as the one it names, with
// or without a toll (see meansByToll for the reading by toll).
func (g *grouper) shellingNamed(i, lo, hi int) bool {
	a := &g.nodes[i]
	if !a.strong || a.incident || a.c.EventType != claims.EventAirstrike || typedByOwnWord(a.c) {
		return false
	}
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if j == i || !b.strong || b.incident || b.response || b.c.EventType != claims.EventShelling || !typedByOwnWord(b.c) ||
			!a.dated || !b.dated || a.day-b.day > 1 || b.day-a.day > 1 ||
			a.actor != "" && b.actor != "" && ActorClass(a.actor) != ActorClass(b.actor) ||
			onlyFromTheAir(a.actor) || onlyFromTheAir(b.actor) || !g.sameLocality(a, b) {
			continue
		}
		return true
	}
	return false
}

// shellingNamedThere is shellingNamed for an article that does name a
// strike from the air or a drone by a word of its own, but elsewhere: no
// such claim of the article stands in the generic claim's town or site
// (see sameLocality) within a day, or names nothing finer than the
// generic claim's region, while a shelling named by its own word does
// stand there. «The Russian centre denied any bombardment of the hospital
// in the town» in a report that also tells of Russian raids on a depot
// near another town reads as the shelling of the town the report tells
// of, not as the raids elsewhere. The generic claim must name a town or
// site itself: a region is shared with the raids. A toll of its own must
// not differ from one the shelling gives: with another toll it may tell
// of the raids.
func (g *grouper) shellingNamedThere(i, lo, hi int) bool {
	a := &g.nodes[i]
	if !a.strong || a.incident || a.c.EventType != claims.EventAirstrike || typedByOwnWord(a.c) ||
		!a.dated || !g.localized(a) {
		return false
	}
	named := false
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if j == i || !b.dated || b.day-a.day > 1 || a.day-b.day > 1 || len(b.places) == 0 {
			continue
		}
		if (b.c.EventType == claims.EventAirstrike || b.c.EventType == claims.EventDroneAttack) && typedByOwnWord(b.c) &&
			(g.sameLocality(a, b) || !g.localized(b) && g.placesCompatible(a, b, true)) {
			return false // the air is named there too: the word decides nothing
		}
		if b.strong && !b.incident && !b.response && b.c.EventType == claims.EventShelling && typedByOwnWord(b.c) &&
			(a.actor == "" || b.actor == "" || ActorClass(a.actor) == ActorClass(b.actor)) &&
			!onlyFromTheAir(a.actor) && !onlyFromTheAir(b.actor) && g.sameLocality(a, b) &&
			(!tollOf(a.c) || !tollOf(b.c) || sameToll(a, b)) {
			named = true
		}
	}
	return named
}

// tollOf reports whether a claim counts dead or wounded (not an earlier
// count).
func tollOf(c *claims.Claim) bool {
	return slices.ContainsFunc(c.Figures, func(f claims.Figure) bool {
		return !f.Earlier && (f.Outcome == claims.OutcomeKilled || f.Outcome == claims.OutcomeWounded)
	})
}

// groundDoers are the armed groups with no aircraft: their «قصف» or
// «اعتداء» on a town came from guns, rockets, mortars or men on the
// ground (drones apart, which are typed drone attacks by their own word).
var groundDoers = []string{"isis", "sdf", "iran_backed"}

// groundDoerStrike reports whether node n, a strong claim in an article that names no
// strike from the air and no drone by a word of its own (the caller checks
// that, see namesOwnAir), is typed an airstrike only by a generic word or
// by pointing back at one (see typedByOwnWord) while naming as its doer,
// asserted or denied, one of the groundDoers: «the victims of the terrorist attacks of the
// group on the city», «a bombardment by the Kurdish units on the town's
// market». The default type of the generic word is wrong for such a doer,
// who fired from the ground or stormed the town; left an airstrike, the
// claim falls in another type class than the shelling or the assault
// other reports of the same incident tell (see typeClass), and the
// incident splits in two. It reads as a shelling, which is compatible
// with both.
//
// The reading needs the article to name no doer with an air force either
// (see namesFlyingDoer): a doer read off the victims' side («seven
// Iranian advisers killed in the attack» beside «holding Israel
// responsible») is no ground doer of the strike.
func groundDoerStrike(n *node) bool {
	return n.strong && !n.incident && n.c.EventType == claims.EventAirstrike && !typedByOwnWord(n.c) &&
		n.c.Actor != nil && slices.Contains(groundDoers, *n.c.Actor)
}

// namesFlyingDoer reports whether some claim of an article names as its
// doer a state with an air force (see flies).
func namesFlyingDoer(ns []node) bool {
	return slices.ContainsFunc(ns, func(n node) bool { return flies(n.actor) })
}

// onlyFromTheAir reports whether an actor strikes in Syria from the air
// (or with missiles fired from aircraft or ships) and not with guns on
// the ground: Israel, the United States and the coalition, Russia. Their
// "missiles" on a site are an air strike whatever word tells them, so a
// shelling word beside them decides nothing.
func onlyFromTheAir(actor string) bool {
	switch actor {
	case "israel", "us", "coalition", "russia":
		return true
	}
	return false
}

// genericMeans: the claim tells of an attack by a generic word only (see
// readMeansByToll), asserted with a toll.
func genericMeans(c *claims.Claim) bool {
	return (c.EventType == claims.EventAirstrike || c.EventType == claims.EventGroundAttack) &&
		slices.Contains(c.Rules, "event_type:generic") && len(c.Figures) > 0 &&
		c.Stance == claims.StanceAsserts
}

// tollOfOneAttack: two claims of one article dated at most a day apart
// (a headline dated by publication over the body's "yesterday") give the
// same toll (see sameToll).
func tollOfOneAttack(a, b *node) bool {
	if !a.dated || !b.dated || a.day-b.day > 1 || b.day-a.day > 1 {
		return false
	}
	return sameToll(a, b)
}

// bombardment: the event types one attack is told as, depending on what
// the reporter saw or was told of its means: from the air, by rockets or
// guns, by a drone, or an assault.
func bombardment(t string) bool {
	switch t {
	case claims.EventAirstrike, claims.EventShelling, claims.EventDroneAttack, claims.EventGroundAttack:
		return true
	}
	return false
}

// tollTiedMeans: two reports in different articles of one attack that
// name its means differently — a raid (غارة) in one, rocket or artillery
// fire (قصف صاروخي، قذائف) or a drone (مسيّرة) in another — fall in two
// type classes (see typeClass) and are one incident when they agree on
// what else identifies it: the same toll (see sameToll), one town or site
// (checked by the caller, see sameLocality), dates at most a day apart
// (see related), and the same doer or one named by at most one of them.
// «قصف» alone does not tell aircraft from guns, and a reporter far from
// the town often cannot either. Interceptions are left out (they give no
// toll of their own), and two tolls that differ keep a raid and a
// shelling of one town on one day apart. Within an article the generic
// word is read by its toll instead (see readMeansByToll): there one claim
// linked to both classes would chain the article's air raids to its
// shelling.
func tollTiedMeans(a, b *node) bool {
	if a.c.Article == b.c.Article || !bombardment(a.c.EventType) || !bombardment(b.c.EventType) ||
		a.c.EventType == b.c.EventType {
		return false
	}
	if a.actor != "" && b.actor != "" && ActorClass(a.actor) != ActorClass(b.actor) {
		return false
	}
	return sameToll(a, b)
}

// bareWords: two claims of different articles dated to one day, each
// typed an airstrike only by a bare word («قصف», «استهداف») or by
// pointing back at one, in articles that name no strike from the air and
// no drone by a word of their own (see namesOwnAir), one of them read as
// another means by its toll (see readMeansByToll), that name one kind of
// facility hit (see sameFacility): «تنفي قصف المشفى» in a denial and
// «قتلى بقصف على مشفى البلدة» over a body of rocket shells. Neither word
// says how the attack came. An article that names raids or drones of its
// own keeps its bare word with them: linked across, it would chain them
// to the shelling.
func bareWords(a, b *node) bool {
	return a.c.Article != b.c.Article && a.bareWord && b.bareWord && a.c.EventType != b.c.EventType &&
		a.dated && b.dated && a.day == b.day && sameFacility(a.c.Target, b.c.Target)
}

// facilityKinds group the words a target gloss uses for one kind of
// civilian facility: a hospital is "the hospital" to one outlet, "a
// medical facility" to another.
var facilityKinds = [][]string{
	{"hospital", "medical", "health", "clinic", "infirmary"},
	{"school", "kindergarten"},
	{"market", "souk"},
	{"mosque"}, {"church"}, {"bakery", "bakeries"}, {"camp"},
}

// sameFacility: both targets name one kind of civilian facility (see
// facilityKinds).
func sameFacility(a, b *string) bool {
	if a == nil || b == nil {
		return false
	}
	x, y := strings.ToLower(*a), strings.ToLower(*b)
	for _, words := range facilityKinds {
		has := func(s string) bool {
			return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
		}
		if has(x) && has(y) {
			return true
		}
	}
	return false
}

// derivedTypeRules mark a claim whose event type does not come from an
// attack word of its own: a generic word typed by default, a word or
// pronoun pointing back at the event told before, or a clause on who did
// it or who is charged with it that takes the type of the event told
// («لم يتضح مصدر القذائف»، «حمّل ناشطون المسؤولية لـ...»).
var derivedTypeRules = []string{"event_type:generic", "event_type:anaphoric", "event_type:context",
	"event_type:actor_anaphoric", "event_type:pronoun_hit", "event_type:denier", "event_type:doer_context",
	"event_type:charged_context"}

// typedByOwnWord reports whether a claim's event type comes from an attack
// word of its own (see derivedTypeRules).
func typedByOwnWord(c *claims.Claim) bool {
	return !slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(derivedTypeRules, r) })
}

// namesOwnAir reports whether some claim of an article names a strike
// from the air, or a drone, by a word of its own.
func namesOwnAir(ns []node) bool {
	return slices.ContainsFunc(ns, func(n node) bool {
		return (n.c.EventType == claims.EventAirstrike || n.c.EventType == claims.EventDroneAttack) && typedByOwnWord(n.c)
	})
}

// airOnlyDoers are the states whose fire on Syrian towns came, with few
// exceptions, from aircraft or warships: a "Russian missile bombardment"
// (قصف صاروخي روسي، قصف بصواريخ من بوارج روسية) of a town is the raid
// other reports tell of. Turkey and the Syrian army are left out, their
// artillery shelled towns daily; so are Israel (tank and artillery fire on
// the Golan line and in Daraa) and the US (rocket launchers at its bases
// answering rockets on them), whose rocket fire is often fire from the
// ground.
var airOnlyDoers = []string{"russia"}

// doerTiedMeans: two reports in different articles, dated to one day, one
// telling a raid and the other a bombardment by rockets or guns, both
// naming the same doer (see ActorClass) of airOnlyDoers, whose rocket
// fire falls in the air class (see typeClass) and so never chains the raid
// to the army's shelling of the town. The caller checks that they name one
// town or site (see sameLocality); the other conditions of related
// (actors, responses) still hold.
func doerTiedMeans(a, b *node) bool {
	if a.c.Article == b.c.Article || !a.dated || !b.dated || a.day != b.day {
		return false
	}
	if !(a.c.EventType == claims.EventAirstrike && b.c.EventType == claims.EventShelling ||
		a.c.EventType == claims.EventShelling && b.c.EventType == claims.EventAirstrike) {
		return false
	}
	return a.actor != "" && b.actor != "" && ActorClass(a.actor) == ActorClass(b.actor) &&
		slices.Contains(airOnlyDoers, a.actor) && slices.Contains(airOnlyDoers, b.actor)
}
