package claims

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// armyPlaceNouns are the places of a force (folded stems) that a strike
// hits: "مواقع الجيش"، "نقاط للجيش"، "ثكنة للجيش".
var armyPlaceNouns = foldedSet("مواقع", "موقع", "نقاط", "نقطه", "مقرات", "مقر", "ثكنه", "ثكنات",
	"حواجز", "حاجز", "قواعد", "قاعده", "مراكز", "مركز", "وحدات", "كتيبه", "لواء", "فوج")

// armySideGroups gives the state's army group to bare counts of soldiers
// ("11 عسكرياً"، "خمسة جنود") that the claim leaves of no side, when the
// claim names the Syrian army as the side hit ("على مواقع الجيش السوري"،
// "من عناصر الجيش") and names no other armed side, nor counts men of
// another side: the soldiers are that army's. With both sides' men
// spoken of the count stays of no known side.
func armySideGroups(d *doc, figs []Figure, r region) {
	bare := false
	for _, f := range figs {
		switch {
		case isUnknownGroupWord(f.Group) && soldiersCounted(d, f.Span):
			bare = true
		case f.Group != "" && f.Group != "unknown" && f.Group != "civilians" && f.Group != "syrian_army":
			return // "جنود ومسلحون": men of another side are counted too
		}
	}
	if !bare || !armyHitIn(d, r) {
		return
	}
	for i := range figs {
		if isUnknownGroupWord(figs[i].Group) && soldiersCounted(d, figs[i].Span) {
			figs[i].Group = "syrian_army"
		}
	}
}

// soldiersCounted reports whether a soldier noun of no side ("جنود"،
// "عسكريين"، "ضباط") is among the figure's words or is the word right
// after them ("بمقتل ستة جنود", whose span may stop at the number).
func soldiersCounted(d *doc, sp Span) bool {
	for _, t := range d.toks {
		if t.Start < sp.Start {
			continue
		}
		if t.Kind == arabic.TokWord && soldierNouns[t.Stem] {
			return true
		}
		if t.Start >= sp.End {
			return false
		}
	}
	return false
}

// armyHitIn reports whether the claim's tokens name the Syrian state's
// forces as a place or body of men ("مواقع الجيش السوري"، "عناصر
// الجيش"، "مواقع عسكرية للجيش") and name no other armed force.
func armyHitIn(d *doc, r region) bool {
	army := false
	for k := r.lo; k < r.hi && k < len(d.toks); k++ {
		g, m, ok := forceBodies.at(d.toks, k)
		if !ok {
			continue
		}
		g = resolveForce(d, g, m)
		switch g {
		case "syrian_army":
			if armyOwnerAt(d, m, r.lo) {
				army = true
			}
		case "civilians":
		default:
			return false // another side's force or another state's army
		}
		k = max(k, m.Last-1)
	}
	return army
}

// armyOwnerAt reports whether the force matched at m is named as the
// owner of men or places: right after a member or place noun ("عناصر
// الجيش"، "مواقع الجيش"), or with ل two words at most after a place
// noun ("مواقع عسكرية للجيش").
func armyOwnerAt(d *doc, m arabic.Match, lo int) bool {
	k := m.First - m.Lead
	if k-1 < lo {
		return false
	}
	prev := d.toks[k-1]
	if m.Clitics == "" {
		return prev.Kind == arabic.TokWord && (forceMemberNouns[prev.Stem] || armyPlaceNouns[prev.Stem])
	}
	if m.Clitics != "ل" {
		return false
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if t := d.toks[j]; t.Kind == arabic.TokWord && armyPlaceNouns[t.Stem] {
			return true
		}
	}
	return false
}
