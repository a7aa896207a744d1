package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Reading a generic operation by the raid its article names.
//
// Communiqués of raids by special forces name the deed by a verb of doing
// and "an operation" ("قتلت القوات قياديين في عملية مشتركة نفذت في
// المحافظة"، "نفذت القوات عملية أمنية"), which the extractor types an air
// strike by default (rule event_type:generic), while the same article
// tells, a sentence later, the airdrop or the storming by a word of its
// own ("خلال الإنزال على البلدة"، "اقتحمت القوة المنزل"). Another outlet
// tells the same raid as helicopters firing on homes, or as the airdrop
// itself: the generic sentence is the raid its article names, not an air
// strike of its own.
//
// raidNamed gives such a claim, when it names "an operation" (see
// namesOperation) and no bombardment, the raid's type when its article names, by a
// word of its own, an attack on the ground (see typedByOwnWord) in a
// place compatible with the claim's (see placesCompatible) within a day,
// and names no strike from the air or drone there by a word of its own
// (a habitual "the coalition carries out raids and airdrops" counts: the
// article then names both). A claim that names a bombardment by any word
// ("قصف"، "ضربة"، "غارة"، "استهداف"، rockets or shells) keeps its type:
// a bombardment is not a raid.

// bombardStems begin the normalised words of a bombardment or a strike.
var bombardStems = []string{"قصف", "ضرب", "غار", "استهدا", "صاروخ", "صواريخ", "قذيف", "قذائف", "طائر", "طيران", "مسير"}

// namesBombardment reports whether a text names a bombardment or strike
// by some word (see bombardStems), behind a proclitic or article.
func namesBombardment(text string) bool {
	var cf cliticForms
	for _, w := range arabicWords(normalizeWords(text)) {
		for _, x := range clitics(w, &cf) {
			x = strings.TrimPrefix(x, "ال")
			if slices.ContainsFunc(bombardStems, func(p string) bool { return strings.HasPrefix(x, p) }) {
				return true
			}
		}
	}
	return false
}

// namesOperation reports whether a text names "an operation" ("عملية"،
// "العملية"، "عمليات"، "بعملية"), the word communiqués give a raid.
func namesOperation(text string) bool {
	var cf cliticForms
	for _, w := range arabicWords(normalizeWords(text)) {
		for _, x := range clitics(w, &cf) {
			if x = strings.TrimPrefix(x, "ال"); x == "عمليه" || x == "عمليات" {
				return true
			}
		}
	}
	return false
}

// raidNamed reports whether node i, a generic strong claim typed an air
// strike, tells the raid on the ground its article (nodes lo to hi) names
// (see above).
func (g *grouper) raidNamed(i, lo, hi int) bool {
	a := &g.nodes[i]
	if !a.strong || a.incident || !a.dated || a.c.EventType != claims.EventAirstrike ||
		!slices.Contains(a.c.Rules, "event_type:generic") || !namesOperation(a.c.Text) || namesBombardment(a.c.Text) {
		return false
	}
	named := false
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		if j == i || !b.dated || b.day-a.day > 1 || a.day-b.day > 1 || len(b.places) == 0 ||
			!typedByOwnWord(b.c) || !g.placesCompatible(a, b, true) {
			continue
		}
		switch b.c.EventType {
		case claims.EventAirstrike, claims.EventDroneAttack, claims.EventShelling:
			return false // the article names a bombardment there too
		case claims.EventGroundAttack:
			if !b.incident && !b.response && g.localized(b) &&
				(a.actor == "" || b.actor == "" || ActorClass(a.actor) == ActorClass(b.actor)) {
				named = true
			}
		}
	}
	return named
}

// Reading an operation by the article's silence on means.
//
// An article that names its deed only as "an operation" ("نفذت القوات
// عملية في البلدة"، "العملية انطلقت فجراً") and names no bombardment,
// strike from the air or drone anywhere by a word of its own tells a deed
// on the ground: a raid, a siege, a storming. The extractor types "عملية"
// an air strike by default (rule event_type:generic), and the sentences
// that point back at it take that type (event_type:context, anaphoric,
// denier); left so, they fall in the air class and stay apart from the
// ground assault other outlets tell of the same day in the same town.

// operationTypeRules are the rules of a type that is the default of a
// generic word or taken from one around the claim.
var operationTypeRules = []string{"event_type:generic", "event_type:context", "event_type:anaphoric", "event_type:denier"}

// operationOnly reports whether node i, a strong claim typed an air strike
// by a generic word or by its context, names "an operation" and no
// bombardment (see namesOperation, namesBombardment) in an article (nodes
// lo to hi) none of whose claims is typed a bombardment, an air strike or
// a drone attack by a word of its own (see typedByOwnWord).
func (g *grouper) operationOnly(i, lo, hi int) bool {
	a := &g.nodes[i]
	if !a.strong || a.incident || a.response || a.c.EventType != claims.EventAirstrike ||
		!slices.ContainsFunc(a.c.Rules, func(r string) bool { return slices.Contains(operationTypeRules, r) }) ||
		!namesOperation(a.c.Text) || namesBombardment(a.c.Text) {
		return false
	}
	for j := lo; j < hi; j++ {
		b := &g.nodes[j]
		switch b.c.EventType {
		case claims.EventAirstrike, claims.EventDroneAttack, claims.EventShelling, claims.EventInterception:
			if typedByOwnWord(b.c) {
				return false
			}
		}
	}
	return true
}
