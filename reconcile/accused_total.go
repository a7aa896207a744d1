package reconcile

import (
	"slices"

	"github.com/riwaya/riwaya/claims"
)

// Total denial by the accused.
//
// When the side that others name as the doer denies that its forces did
// any such thing ("قواتنا لم تنفذ أي عملية هناك"، "نفت أن تكون قواتها قد
// هاجمت الموقع"، "لم نطلق أي صاروخ") and nothing its voices say grants
// that the deed took place, one source asserts what another denies: an
// occurrence dispute, beside the perpetrator dispute that the accusation
// and the denial make (CONTRACT.md: perpetrator, "one names an actor that
// another denies"; occurrence, "one source asserts what another denies").
//
// Not so, and left to the perpetrator dispute:
//   - a denial of a part: of the victims ("لم تستهدف أي مدنيين"), of a
//     civilian place struck (the target rules read it), of a role, tie or
//     link in the deed ("لا علاقة لنا بالهجوم"), or of the charge just laid
//     on the side ("اتهمت الوزارة الفصيل بالهجوم، وهو ما نفاه"): what is
//     denied is the charge, who did it, not the deed;
//   - a side that grants the deed: a voice of it names another doer or
//     unnamed attackers, owns the deed, counts a toll of it or says what
//     military target the strike hit;
//   - an air force's denial that its aircraft struck ("طائراتنا لم تنفذ أي
//     غارة"): several air forces fly over the same ground, and the raid
//     whose bombs were seen to fall is left to the others; the dispute is
//     over whose jets they were, not over the raid.

// accusedTotalDenials returns the claims by which account a, whose side
// others name as the doer, denies in total that its side did the deed
// (see above). accs are the event's accounts, stands their stands and
// sides what each side names as the doer.
func accusedTotalDenials(a *account, accs []*account, stands map[*account]actorStand, sides sideStands, k Knowledge) []*claims.Claim {
	aff := k.affiliation(a.source)
	own := affiliationActors[aff]
	if own == "" || !sides.accused()[ActorClass(own)] || sideGrantsDeed(accs, stands, k, aff) {
		return nil
	}
	var out []*claims.Claim
	for _, c := range a.claims {
		if c.Stance != claims.StanceDenies || !ownPartDenied(c, own) {
			continue
		}
		if partDenied(c) || continuesLossDenial(c, a) {
			// one denial of a part, the victims or a civilian place
			// tells what the account's other denials are about; so
			// does one that calls the reports of a loss it just denied
			// false ("معتبراً تلك الأخبار كاذبة")
			return nil
		}
		if !airDeed(c) && !grantsOutcome(a, c.EventType) {
			out = append(out, c)
		}
	}
	if len(out) == 0 || airAccused(accs, stands, ActorClass(own)) {
		return nil
	}
	return out
}

// partDenied reports whether denial c denies a part of the deed rather
// than the deed: its toll, a role, tie or link in it, a detail, the
// massacre, the size, a chemical agent, the charge laid on the denier's
// side, the victims or a civilian place other than a bare locality.
func partDenied(c *claims.Claim) bool {
	if len(c.Figures) > 0 || deniesToll(c) || deniesInvolvement(c) || deniesLink(c) || deniesTies(c) ||
		deniesDetail(c) || massacreOnly(c) || callsExaggerated(c) || mentionsChemical(c) || isMovement(c.EventType) ||
		slices.Contains(c.Rules, "actor:denies_involvement") || slices.Contains(c.Rules, "actor:denied_charge") {
		return true
	}
	return namesCivilians(c) || c.Target != nil && TargetClass(*c.Target) == TargetCivilian && !onlyLocality(*c.Target)
}

// sideGrantsDeed reports whether some voice of side aff says, in a claim
// that is not a denial, who did the deed (its own side or another,
// unnamed attackers too), or clears itself of a role in it: the side
// takes the deed as done.
//
// Two kinds of claim grant nothing of the deed: one with no date of its
// own or of its story ("the two sides have traded charges for months"),
// which tells of no one deed; and one in which a side that names aff's
// side as the doer hits civilians ("the army's guns struck our villages
// at dawn"), which tells of a blow aff's side suffered from its accuser,
// not of the deed it is blamed for.
func sideGrantsDeed(accs []*account, stands map[*account]actorStand, k Knowledge, aff string) bool {
	accusers := accuserClasses(accs, stands, k, ActorClass(affiliationActors[aff]))
	grants := func(c *claims.Claim) bool { return !isResponse(c) && !sufferedBlow(c, accusers) }
	return slices.ContainsFunc(accs, func(b *account) bool {
		s := stands[b]
		owns := false
		for _, cs := range s.asserted {
			owns = owns || slices.ContainsFunc(cs, grants)
		}
		return k.affiliation(b.source) == aff && (owns || slices.ContainsFunc(s.unknown, vagueBlame) ||
			slices.ContainsFunc(b.claims, deniesInvolvement))
	})
}

// accuserClasses returns the actor classes of the sides whose voices name
// class as the doer.
func accuserClasses(accs []*account, stands map[*account]actorStand, k Knowledge, class string) map[string]bool {
	out := map[string]bool{}
	if class == "" {
		return out
	}
	for _, b := range accs {
		side := affiliationActors[k.affiliation(b.source)]
		if side != "" && ActorClass(side) != class && len(stands[b].asserted[class]) > 0 {
			out[ActorClass(side)] = true
		}
	}
	return out
}

// sufferedBlow reports whether claim c tells of no one deed (it has no
// date) or of one of the accusers striking civilians: a blow the accused
// side suffered (see sideGrantsDeed).
func sufferedBlow(c *claims.Claim, accusers map[string]bool) bool {
	if c.Date == nil {
		return true
	}
	return c.Actor != nil && accusers[ActorClass(*c.Actor)] &&
		c.Target != nil && TargetClass(*c.Target) == TargetCivilian
}

// grantsOutcome reports whether account a itself tells of the deed of
// the type denied with its toll or what it hit ("the shelling that
// killed civilians in the village"), or says what military target or
// armed men the strike hit: it takes the deed as done, and its denial is
// of who did it or of a detail. A toll or a target of a deed of another
// kind ("the blast among the houses", against a missile denied) grants
// nothing of the deed denied (see assertsKind).
func grantsOutcome(a *account, denied string) bool {
	var told []string
	for _, c := range a.claims {
		if tellsOutcome(c) {
			told = append(told, c.EventType)
		}
	}
	return assertsKind(told, denied) || admitsArmedHit(a)
}

// airDeed reports whether claim c tells of an air raid by a word of its
// own, not one it took from its context or a generic word of striking.
func airDeed(c *claims.Claim) bool {
	return c.EventType == claims.EventAirstrike && !slices.ContainsFunc(c.Rules, func(r string) bool {
		return r == "event_type:generic" || r == "event_type:context" || r == "event_type:anaphoric"
	})
}

// airAccused reports whether some account names class as the doer of an
// air raid (see airDeed).
func airAccused(accs []*account, stands map[*account]actorStand, class string) bool {
	return slices.ContainsFunc(accs, func(b *account) bool {
		return slices.ContainsFunc(stands[b].asserted[class], airDeed)
	})
}
