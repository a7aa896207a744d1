package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// actorStanceLine renders a claim as "source actor stance", "-" for no actor.
func actorStanceLine(c claims.Claim) string {
	a := "-"
	if c.Actor != nil {
		a = *c.Actor
	}
	return c.Source.ID + " " + a + " " + c.Stance
}

// TestSelfNotKnowing: a self complementizer ("إنها"، "أنه") whose content
// opens with a negated verb of knowing or settling ("لم تحسم"، "لا يعرف")
// has the speaker as the one who does not know, not as the doer: the
// claim gets no actor from the pronoun (a doer not known is still read).
// Sentences written for the test.
func TestSelfNotKnowing(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"تبنى تنظيم داعش الهجوم على نقطة التفتيش. وقالت قوى الأمن الداخلي إنها لم تحسم حتى الآن ما إذا كان المهاجم من التنظيم.",
			[]string{"isis isis asserts", "asayish - unknown"}},
		{"وقع هجوم على نقطة للجيش قرب البلدة. وقال الجيش التركي إنه لا يعرف بعد من يقف وراء الهجوم.",
			[]string{"outlet - asserts", "turkey_army unknown unknown"}},
	}
	assertLines(t, x, tests, actorStanceLine)
}
