package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAccusationAfterDenialAndResumedDenial: a speaker that denies a part
// in an attack and goes on "واتهم X بـ..." accuses X (X is the object, the
// speaker goes on); "وهو ما نفاه X" is X's denial of what was just told,
// not a report inside the first speaker's words; an organ "التابع لـ" a
// body speaks for it; the UN observer mission is the UN. Each line is
// "source actor stance". Sentences written for the test.
func TestAccusationAfterDenialAndResumedDenial(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// Denial, then an accusation whose only party is the accused.
		{"ونفى الجيش الحر مسؤوليته عن الانفجار واتهم قوات النظام بالوقوف وراءه.",
			[]string{"fsa unknown denies", "fsa syria_gov asserts"}},
		// A nisba adjective of the accused before the charge.
		{"نفت الحركة ذلك، واتهمت وزارة الدفاع التركية بقصف القرى.",
			[]string{"outlet - denies", "outlet turkey asserts"}},
		// Two parties after the verb: the first speaks, the second is accused.
		{"وقال المرصد إن الطائرات قصفت البلدة، واتهم المتحدث باسم قسد تركيا بقصف القرى.",
			[]string{"sohr - asserts", "sdf - asserts"}},
		// The participle of accusing already worked and still does.
		{"ونفت قسد أي صلة لها بالهجوم، متهمة تنظيم الدولة بتنفيذه.",
			[]string{"sdf sdf denies", "sdf isis asserts"}},
		// "وهو ما نفاه/نفته X": X's own denial, no echo for the accuser.
		{"واتهمت أنقرة الوحدات الكردية بتفخيخ الشاحنة، وهو ما نفته قوات سوريا الديمقراطية.",
			[]string{"turkey_government sdf asserts", "sdf - denies"}},
		{"واتهمت تركيا وحدات حماية الشعب بتفجير السيارة، وهذا ما نفاه قيادي في المكتب الإعلامي التابع لقسد، إذ قال إن مقاتليهم لا صلة لهم بما جرى.",
			[]string{"turkey_government sdf asserts", "sdf sdf denies"}},
		// An organ told as belonging to a body speaks for the body.
		{"وقال قيادي في مكتب الإعلام التابع لقسد إن قواته لا علاقة لها بالتفجير.",
			[]string{"sdf sdf denies"}},
		{"وقال المكتب الإعلامي التابع لهيئة تحرير الشام إن الغارات طالت منازل المدنيين.",
			[]string{"hts - asserts"}},
		// The head of the international observers' mission speaks for the UN.
		{"وصرح رئيس بعثة المراقبين الدوليين بأن أحدا لا يعرف من يقف وراء التفجير.",
			[]string{"un unknown unknown"}},
		{"وأكد المراقبون الدوليون أنهم عاينوا آثار القذائف في الحي.",
			[]string{"un - asserts"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return c.Source.ID + " " + a + " " + c.Stance
	})
}
