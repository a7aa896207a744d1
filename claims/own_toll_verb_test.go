package claims_test

import "testing"

// TestOwnTollRaised checks that a verb that raises or lowers a toll
// speaks for its subject when the toll is the source's own, with its
// pronoun ("رفع المرصد حصيلته"، "خفّضت المنظمة حصيلتها"), as it does
// before "حصيلة القتلى".
func TestOwnTollRaised(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وبعد ساعات، رفع المرصد من جهته حصيلته إلى 33 قتيلاً في البلدة.", []string{"sohr asserts"}},
		{"وخفّض الدفاع المدني حصيلته إلى تسعة قتلى بعد مراجعة الأسماء.", []string{"white_helmets asserts"}},
		{"ورفعت وزارة الصحة حصيلتها إلى 20 قتيلاً.", []string{"syria_health asserts"}},
		// Not a toll: the raised thing is no count of victims.
		{"ورفع المتظاهرون أعلام الثورة في ساحة البلدة.", []string{"outlet asserts"}},
	}, sourceLine)
}
