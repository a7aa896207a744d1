package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeedHeldLinkDeniesNoPart: a denial that one incident is linked to
// another ("the blast has no link to the raid") denies no party's part
// in either; a side that denies its own link to a deed still denies its
// part. Each line is "source actor [rule]". Sentences written for the
// test.
func TestDeedHeldLinkDeniesNoPart(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال مصدر في الشرطة السورية إن الانفجار لا علاقة له بالغارة التي استهدفت المدينة ليلاً.",
			[]string{"syria_interior -"}},
		{"وأكد مسؤول في وزارة الداخلية السورية أن الحادث «لا صلة له» بالهجوم على الحاجز.",
			[]string{"syria_interior -"}},
		{"ونفت وزارة الدفاع التركية أي صلة لها بالهجوم على الحاجز.",
			[]string{"turkey_mod turkey actor:denies_involvement"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		line := c.Source.ID + " " + a
		if slices.Contains(c.Rules, "actor:denies_involvement") {
			line += " actor:denies_involvement"
		}
		return line
	})
}
