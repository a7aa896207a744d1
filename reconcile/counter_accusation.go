package reconcile

import "github.com/riwaya/riwaya/claims"

// Two sides that each say the other attacked ("the SDF attacked our
// checkpoints", "the army's factions attacked our positions") do not grant
// one deed and argue over its doer: each denies that the attack the other
// tells of took place at all, and tells of the reverse. A voice that, in
// one statement, denies the deed blamed on its side and blames the very
// side that accuses it ("we attacked no one; they attacked us") denies the
// deed's occurrence, even while another voice of its side tells of the
// fight with its toll (see campClearings); the clash of doers is flagged
// as a perpetrator dispute besides. A voice that only points at some third
// party, or whose side's other voices do the blaming, is left to the
// perpetrator dispute.

// counterAccuses reports whether account a, of side aff, itself names as
// the doer of some deed a class X other than its own side's, while the
// side whose own class is X names aff's class as the doer.
func counterAccuses(a *account, sides sideStands, aff string) bool {
	own := ActorClass(affiliationActors[aff])
	if own == "" {
		return false
	}
	for _, c := range a.claims {
		if !speaks(c) || c.Actor == nil || c.EventType == claims.EventInterception || isVagueType(c.EventType) {
			continue
		}
		x := ActorClass(*c.Actor)
		if x == own || x == "" || x == "unknown" {
			continue
		}
		for other, cls := range sides {
			if other != aff && ActorClass(affiliationActors[other]) == x && cls[own] {
				return true
			}
		}
	}
	return false
}
