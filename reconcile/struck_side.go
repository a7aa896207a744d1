package reconcile

import (
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// The struck side.
//
// A target description often says whose the thing hit was: "posts of
// the SDF", "a patrol of the army", "an ISIS commander", "regime
// forces". That owner is the party the deed was done TO. Two facts follow
// that hold in any report of the war:
//
//   - A claim never names as the doer of a deed the party it says was
//     struck by it: "the coalition struck pro-government forces that had
//     attacked an SDF base" names the struck forces as the doers of the
//     attack they answered, not of the strike; "a bomb went off under a
//     patrol of the SDF" does not say the SDF planted it. Such a claim's
//     actor is read from the owner phrase or a relative clause and says
//     nothing of who did the deed (see ownsOwnTarget).
//   - When one voice says "X did it" and another says "Y struck X", the
//     two tell opposite deeds of an exchange (the attack and the
//     counter-strike, a massacre and a raid on its suspected planners),
//     merged in one event: who did it is not disputed between them (see
//     strikesTheOthersDoer).

// ownerWords map the words of an English target description (lower case,
// split on spaces) to the actor class of the side it belongs to. Bare
// words only: "forces" or "militants" alone belong to no one.
var ownerWords = map[string]string{
	"isis": "isis", "daesh": "isis",
	"sdf": "sdf", "ypg": "sdf", "pkk": "sdf", "asayish": "sdf",
	"regime": "syria_gov", "pro-government": "syria_gov", "shabiha": "syria_gov",
	"turkish": "turkey", "russian": "russia", "american": "us", "coalition": "us",
	"iranian": "iran_backed", "irgc": "iran_backed", "pmf": "iran_backed", "hezbollah": "iran_backed",
	"israeli": "israel", "hts": "hts", "nusra": "hts",
}

// ownerPhrases are multi-word owners ("government forces", "national
// defence", "us army") matched on the whole lower-cased description.
var ownerPhrases = []struct{ phrase, class string }{
	{"government forces", "syria_gov"}, {"syrian army", "syria_gov"}, {"national defence", "syria_gov"},
	{"popular committees", "syria_gov"}, {"us army", "us"}, {"us forces", "us"},
}

// targetOwner returns the actor class of the side a target description
// says the thing hit belonged to, or "" when it names none or more than
// one side ("positions of the SDF and the regime").
func targetOwner(t string) string {
	s := strings.ToLower(t)
	found := ""
	add := func(cl string) bool {
		if found != "" && found != cl {
			return false
		}
		found = cl
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' }) {
		if cl, ok := ownerWords[w]; ok && !add(cl) {
			return ""
		}
	}
	for _, p := range ownerPhrases {
		if strings.Contains(s, p.phrase) && !add(p.class) {
			return ""
		}
	}
	return found
}

// ownsOwnTarget reports whether a claim names as its doer the side that,
// by its own target description, was struck (see the package note
// above): its actor does not say who did the deed.
func ownsOwnTarget(c *claims.Claim) bool {
	if c.Actor == nil || c.Target == nil {
		return false
	}
	own := targetOwner(*c.Target)
	return own != "" && own == ActorClass(*c.Actor)
}

// struckSides returns the sides an account's doer claims say their deed
// struck: the owners of the targets of its claims that assert a doer.
func struckSides(a *account) map[string]bool {
	out := map[string]bool{}
	for _, c := range a.claims {
		if c.Target == nil || namedActor(c) == "" || c.Stance != claims.StanceAsserts {
			continue
		}
		if own := targetOwner(*c.Target); own != "" {
			out[own] = true
		}
	}
	return out
}

// strikesTheOthersDoer reports whether one of two accounts names as its
// doer a side the other says its own doer struck (see the package note
// above): the two tell opposite deeds of an exchange, not rival doers of
// one deed.
func strikesTheOthersDoer(a, b *account, sa, sb actorStand) bool {
	for _, p := range []struct {
		s     actorStand
		other *account
	}{{sa, b}, {sb, a}} {
		struck := struckSides(p.other)
		for cl := range p.s.asserted {
			if struck[cl] {
				return true
			}
		}
	}
	return false
}

// Assault and fire support.
//
// An offensive is told in parts: the ground force that storms a quarter
// ("تواصل القوات هجومها على الحي") and the aircraft or guns of its backer
// that strike ahead of it ("ضربت طائرات التحالف ومدفعيته مواقع التنظيم").
// Two accounts that name, one only the assault by its force, the other
// only the strikes by another party not opposed to it (see
// actorsOpposed), tell two parts of one operation: each names the doer of
// its own part, and neither is a rival doer of the other's.

// assaultAndSupport reports whether, of two accounts' stands, one asserts
// doers only of a ground assault and the other only of strikes from the
// air or by guns, each deed named by a word of its own (see
// typedByOwnWord), and no doer of one is opposed to a doer of the other.
func assaultAndSupport(sa, sb actorStand) bool {
	kind := func(s actorStand) string {
		k := ""
		for _, cs := range s.asserted {
			for _, c := range cs {
				if !typedByOwnWord(c) {
					return ""
				}
				x := "support"
				switch c.EventType {
				case claims.EventGroundAttack:
					x = "assault"
				case claims.EventAirstrike, claims.EventShelling, claims.EventDroneAttack:
				default:
					return ""
				}
				if k != "" && k != x {
					return ""
				}
				k = x
			}
		}
		return k
	}
	ka, kb := kind(sa), kind(sb)
	if ka == "" || kb == "" || ka == kb {
		return false
	}
	for x := range sa.asserted {
		for y := range sb.asserted {
			if actorsOpposed(x, y) {
				return false
			}
		}
	}
	return true
}
