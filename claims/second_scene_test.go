package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSecondSceneInOneSentence checks, on sentences written for the test,
// that a clause opened by a comma and a connective of contrast or
// addition ("في حين"، "فيما"، "بينما"، "كما") that tells another attack
// is a claim of its own, with its own type and place, and that a clause
// after such a connective with no attack word of its own (a toll, a
// speaker) stays with the sentence: "type [places]".
func TestSecondSceneInOneSentence(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		{"وقال ناشطون إن مدنيين أصيبا بغارة روسية على قرية بليون، في حين قتل طفل بقذائف مدفعية سقطت على بلدة البارة.",
			[]string{"airstrike [balyun]", "shelling [al_bara]"}},
		{"وذكر المرصد أن الطائرات الحربية قصفت أطراف سرمين، بينما استهدفت المدفعية قرية بليون بعدة قذائف.",
			[]string{"airstrike [sarmin]", "shelling [balyun]"}},
		{"وقال الدفاع المدني إن قذائف سقطت على أطراف سرمين، كما أغارت طائرة حربية على قرية بليون.",
			[]string{"shelling [sarmin]", "airstrike [balyun]"}},
		{"وقال المرصد إن غارة استهدفت منزلا في سرمين، فيما أصيب ثلاثة آخرون بجروح.",
			[]string{"airstrike [sarmin]"}},
		{"وقالت الإدارة إن آلاف السكان نزحوا من سرمين، في حين تستمر الاشتباكات قرب قرية بليون.",
			[]string{"ground_attack [balyun sarmin]"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		return c.EventType + " [" + strings.Join(c.Places, " ") + "]"
	})
}
