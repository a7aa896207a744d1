package reconcile

// civiliansToldApart returns how many of the dead an exact total says
// were civilians when the same claim tells every one of them apart:
// "خمسة قتلى، أربعة منهم جنود والخامس عامل" counts exactly one
// civilian, since its parts (4 + 1) add up to the whole. ok is false when
// the account gives no such complete breakdown with a civilian part. A
// breakdown that leaves some of the dead unnamed says nothing of how
// many civilians there were.
func civiliansToldApart(total figRef, outcome string) (int, bool) {
	if total.f.High == nil || *total.f.High != total.f.Low || total.f.Low == 0 {
		return 0, false
	}
	sum, civ, named := 0, 0, false
	for _, f := range total.c.Figures {
		if f.Outcome != outcome || !f.Subset || f.Earlier {
			continue
		}
		if f.High == nil || *f.High != f.Low {
			return 0, false // a vague part: the rest is unknown
		}
		sum += f.Low
		if f.Group == "civilians" {
			civ += f.Low
			named = true
		}
	}
	if !named || sum != total.f.Low {
		return 0, false
	}
	return civ, true
}

// fewerCiviliansToldApart reports whether one account counts more
// civilians (civ, its figures, all of civilians) than another account's
// complete breakdown of its total leaves room for (see
// civiliansToldApart): "two farmers killed" against "five killed, four
// soldiers and a farmer". A count at or under the breakdown's civilians
// may be a part of them and conflicts with nothing; a count as high as the
// whole total is a dispute over who the same dead were, which this rule
// leaves to civiliansOnlyAgainst.
func fewerCiviliansToldApart(civ, tot []figRef, total *account, outcome string) bool {
	if len(civ) == 0 {
		return false
	}
	for _, r := range civ {
		if r.f.Group != "civilians" {
			return false
		}
	}
	sum, _ := sumOf(civ)
	totals, _ := splitTotals(tot)
	for _, t := range totals {
		// the claim that breaks the total down may be another than the
		// one picked as current ("4 killed" in the headline, "four
		// killed, three of them ..." in the body)
		for _, c := range total.claims {
			if !speaks(c) {
				continue
			}
			for _, f := range c.Figures {
				if f.Outcome != outcome || f.Subset || f.Earlier || !isUnknownGroup(f.Group) || f.Low != t.f.Low || f.High == nil || *f.High != t.hi() {
					continue
				}
				if n, ok := civiliansToldApart(figRef{f, c}, outcome); ok && sum.f.Low > n && sum.f.Low < t.f.Low {
					return true
				}
			}
		}
	}
	return false
}
