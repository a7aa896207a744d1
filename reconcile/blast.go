package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// Blasts of an unnamed cause.
//
// Outlets that cannot or will not say what struck a place tell only what
// was heard and seen: "انفجارات هزت المدينة"، "دوي انفجار عنيف في محيط
// المطار"، "انفجار في مستودع للذخيرة". The extractor types such a claim a
// ground attack (a blast is the weakest attack word), which puts it in
// another type class than the raid other outlets tell of the same night
// at the same place ("غارات إسرائيلية على مصياف"): a monitor's "explosions
// shook the town" and a ministry's "aggression from the air" are one deed,
// and whether it was a raid, an accident or sabotage is itself what they
// dispute.
//
// blastThere lets a claim that names its deed only by a blast join, across
// articles, a strike from the air told on the same day in the same town or
// site (see sameLocality), when it names no doer or the strike's. A blast
// with a bomb, a mine, a suicide attacker, gunmen or a fight (see
// groundDeedStems) is an attack on the ground of its own and stays apart,
// as does any blast told the day before or after: a car bomb and a raid in
// one town the same day are two incidents, and the bomb is named as one.

// blastStems begin the normalised words (see normalizeWords) of a blast or
// a boom, after a proclitic and an article: "انفجار"، "انفجارات"،
// "بانفجارين"، "انفجرت"، "دوي".
var blastStems = []string{"انفجار", "انفجر", "تنفجر", "ينفجر", "دوي"}

// groundDeedStems begin the words of an attack on the ground or by a
// bomb, which a blast word beside them only describes: bombs and mines,
// car and belt bombs, suicide attackers, bombings, gunmen, fights,
// ambushes, raids, assassinations, gunfire and shells. Rockets and
// missiles are left out: they fly from ships and aircraft as well as from
// the ground ("صواريخ إسرائيلية أصابت المستودعات"), and fire that breaks
// out after a strike ("اشتعال النيران") is no deed.
var groundDeedStems = []string{
	"عبوه", "عبوات", "ناسف", "مفخخ", "لغم", "الغام", "انتحاري", "انتحاريه", "تفجير", "حزام", "احزمه",
	"مسلح", "اشتباك", "هجوم", "هجمات", "كمين", "اقتحام", "اغتيال", "رصاص", "قذيف", "قذائف", "هاون", "مدفع",
}

// blastOnly reports whether a claim typed a ground attack names its deed
// only by a blast (see blastStems) and by no word of an attack on the
// ground or by a bomb (see groundDeedStems).
func blastOnly(c *claims.Claim) bool {
	if c.EventType != claims.EventGroundAttack {
		return false
	}
	blast := false
	var cf cliticForms
	for _, w := range arabicWords(normalizeWords(c.Text)) {
		for _, x := range clitics(w, &cf) {
			x = strings.TrimPrefix(x, "ال")
			has := func(p string) bool { return strings.HasPrefix(x, p) }
			if slices.ContainsFunc(groundDeedStems, has) {
				return false
			}
			if slices.ContainsFunc(blastStems, has) {
				blast = true
			}
		}
	}
	return blast
}

// blastThere: claim bl names its deed only by a blast (see blastOnly),
// and another article's claim s tells of a strike from the air (not an
// interception) on the same day in the same town or site; bl names no
// doer, an unknown one, or the strike's, or a state with an air force
// (see flies) when the strike names none ("explosions after Israeli
// missiles hit the depots" beside "an aggression on the town's
// outskirts").
func (g *grouper) blastThere(bl, s *node) bool {
	if bl.c.Article == s.c.Article || s.class != "air" || s.c.EventType == claims.EventInterception ||
		!bl.dated || !s.dated || bl.day != s.day || !blastOnly(bl.c) || !g.sameLocality(bl, s) {
		return false
	}
	if bl.actor == "" || bl.actor == "unknown" {
		return true
	}
	if s.actor == "" {
		return flies(bl.actor)
	}
	return ActorClass(bl.actor) == ActorClass(s.actor)
}
