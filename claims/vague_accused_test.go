package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAccusationOfUnnamedParty: an accusation that blames a party it does
// not name ("تنظيمات إرهابية", "مجموعات مسلحة") blames, also when the
// sentence adds that it named no group; saying no one claimed the attack,
// or not naming the doer without any blame, still leaves the doer unnamed.
// Each line is "source actor actor-rule". Sentences written for the test.
func TestAccusationOfUnnamedParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"واتهمت وزارة الدفاع السورية مجموعات إرهابية مدعومة من الخارج بشن الهجوم على الكلية، من دون أن تسمي أي فصيل.",
			[]string{"syria_mod unknown actor:unnamed_doer"}},
		{"واتهمت وزارة الداخلية السورية جماعات إرهابية بتفجير العبوة دون أن تذكر اسم أي جماعة.",
			[]string{"syria_interior unknown actor:unnamed_doer"}},
		// No blame at all: the doer stays unnamed.
		{"ولم تذكر وزارة الدفاع السورية الجهة التي نفذت الهجوم على الكلية.",
			[]string{"syria_mod unknown actor:unnamed"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a, rule := "-", "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		for _, r := range c.Rules {
			if len(r) > 6 && r[:6] == "actor:" {
				rule = r
			}
		}
		return c.Source.ID + " " + a + " " + rule
	})
}
