package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// targetOf renders a claim's characterisation of what was hit, or "-".
func targetOf(c claims.Claim) string {
	if c.Target == nil {
		return "-"
	}
	return *c.Target
}

// TestTargetTakenLocality checks that a town or village named in the reach
// of a verb or noun of taking or holding ("سيطرتها على"، "يستولون على") is
// not read as what was hit, while a town shelled still is.
func TestTargetTakenLocality(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وقالت الوزارة إن المسلحين يستولون على المعونات الواصلة إلى البلدة رغم القصف.", []string{"-"}},
		{"وقال مصدر محلي إن المدفعية قصفت البلدة طوال الليل.", []string{"town"}},
	}, targetOf)
}

// TestTargetDayApart checks that what follows "غداة" or "عشية" in a
// background frame ("ويأتي القصف غداة ...") was hit in another incident,
// not in the one the claim tells.
func TestTargetDayApart(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وتأتي الضربة غداة غارات طالت مدرسة في الريف الغربي.", []string{"-"}},
		{"ويأتي القصف عشية هجوم مرتقب على مستودعات الذخيرة.", []string{"-"}},
		{"وتأتي الضربة بعد قصف طال مدرسة في الريف الغربي.", []string{"school"}},
	}, targetOf)
}

// TestTargetMoreLexicon checks the characterisations added to the target
// lexicon: the plural "مقار", an armoured vehicle, journalists and the
// stalls of a market.
func TestTargetMoreLexicon(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وأفاد ضابط بأن الطائرات دكت مقار الفصيل شمال المدينة.", []string{"headquarters"}},
		{"وقال مصدر أمني إن عبوة ناسفة استهدفت مدرعة على طريق المطار.", []string{"armoured vehicle"}},
		{"وقالت النقابة إن القناص استهدف الصحفيين أثناء تغطيتهم.", []string{"journalists"}},
		{"وقال شهود إن القذيفة سقطت على البسطات وسط الساحة.", []string{"market stalls"}},
	}, targetOf)
}
