package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTrailingCreditBodies checks speakers the credit names in forms the
// registry alone does not: a police word as the subject of a closing
// credit, a body named back by the head word of its name ("القوى" for
// قوى الأمن الداخلي), a generic speaker with its place before a headline's
// colon, the front named by its second word in a headline that speaks,
// and the verb of answering with a بأن complement (while answering fire
// and "وردت" of news stay no speech). Sentences written for the test.
func TestTrailingCreditBodies(t *testing.T) {
	x, _ := extractor(t)
	probes := []attrProbe{
		{"", "وسقطت قذيفتان على حي سكني في حمص فقتلتا طفلاً، بحسب ما أعلنته شرطة حمص صباحاً.", []string{"syria_interior asserts"}},
		{"", "وأصيب ثلاثة من أفراد قوى الأمن الداخلي بقصف طال حاجزاً قرب الحسكة، بحسب ما نشرته القوى على موقعها.", []string{"asayish asserts"}},
		{"", "أهالي القرية: تسعة مدنيين قتلوا في المداهمة\n\nشنت قوات الأمن حملة على القرية أمس.", []string{"local_sources asserts", "outlet asserts"}},
		{"", "\"النصرة\" تتحدث عن سقوط 30 جندياً في الجرود\n\nدارت معارك عنيفة في الجرود أمس.", []string{"hts asserts", "outlet asserts"}},
		{"", "قصفت طائرات تركية محطة كهرباء في القامشلي.\n\nوردّت الدفاع التركية بأن ضرباتها طالت مواقع للمسلحين فقط.", []string{"outlet asserts", "turkey_mod asserts"}},
		{"", "وردت القوات على مصدر النيران فقتلت مسلحين اثنين.", []string{"outlet asserts"}},
		{"", "وردت أنباء بأن ثلاثة مدنيين قتلوا في القصف.", []string{"outlet unconfirmed"}},
	}
	for _, p := range probes {
		if diff := cmp.Diff(p.want, attrProbeLines(x, p)); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", p.text, diff)
		}
	}
}
