package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestContrastDenialAndAdmission: a speaker that admits a deed and, after
// "لكنه"/"غير أنها"/"إلا أنه", denies something of it makes two claims,
// the admission (its own side as the doer) and the denial with a stance
// of its own; an admission "بقصف"/"بتنفيذ ضربة" names the speaker's side.
// Each line is "source actor stance". Sentences written for the test.
func TestContrastDenialAndAdmission(t *testing.T) {
	x, _ := extractor(t)
	tests := []lineCase{
		// Admission of a strike, then denial of a part in what followed.
		{"وأقرت إسرائيل بقصف المطار لكنها رفضت أي مسؤولية عن إسقاط الطائرة.",
			[]string{"israel_government israel asserts", "israel_government israel denies"}},
		// Admission through a verbal noun of carrying out.
		{"واعترفت القيادة المركزية الأمريكية بتنفيذ الغارة، غير أنها نفت مسؤوليتها عن مقتل المدنيين.",
			[]string{"centcom us asserts", "centcom us denies"}},
		{"وأقر البنتاغون بتنفيذ ضربة على مخزن قرب دير الزور.", []string{"pentagon us asserts"}},
		{"واعترفت أنقرة بشن غارات على مواقع قرب القامشلي.", []string{"turkey_government turkey asserts"}},
		// The speaker said it struck, then denies hitting civilians.
		{"وقال الجيش التركي إنه قصف مواقع للوحدات الكردية، لكنه نفى استهداف أي مدنيين.",
			[]string{"turkey_army turkey asserts", "turkey_army turkey denies"}},
		// Returning fire is a deed of its own (see TestAnswerNamesItsDoer).
		{"وقالت قسد إنها ردت على مصادر النيران، غير أنها نفت قصف الأحياء السكنية في البلدة.",
			[]string{"sdf sdf asserts", "sdf sdf denies"}},
		// Admitting that one was hit is no deed of one's own.
		{"وأقر الجيش السوري بتعرض أحد مواقعه قرب القنيطرة لقصف إسرائيلي.", []string{"syrian_army israel asserts"}},
		// Admitting a difficulty is no deed.
		{"وأقر المرصد بصعوبة التحقق من الحصيلة.", []string{"sohr - asserts"}},
		// Neither confirming nor denying after the contrast: no denial.
		// The activists guess (a verb of guessing before them is a cue).
		{"ويرجح ناشطون أن تكون إسرائيل وراء الغارات، إلا أنها لم تؤكد أو تنف مسؤوليتها عنها.",
			[]string{"local_sources israel unconfirmed"}},
		// A contrast with a new speaker named is that speaker's own frame.
		{"وقال المرصد إن طائرات روسية قصفت البلدة، لكن وزارة الدفاع الروسية نفت ذلك.",
			[]string{"sohr russia asserts", "russia_mod - denies"}},
	}
	assertLines(t, x, tests, func(c claims.Claim) string {
		a := "-"
		if c.Actor != nil {
			a = *c.Actor
		}
		return c.Source.ID + " " + a + " " + c.Stance
	})
}
