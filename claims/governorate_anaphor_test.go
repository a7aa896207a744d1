package claims_test

import "testing"

// TestGovernorateAnaphor: "المحافظة" as a speaker names back the
// governorate named before as a body, or its governor; with neither
// before it names no one, never the last speaker. Sentences in our own
// words.
func TestGovernorateAnaphor(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وقالت محافظة حماة في بيان إن القذائف جرحت 4 أطفال. وأضافت المحافظة أن الفرق أخلت الحي.",
			[]string{"syria_government asserts", "syria_government asserts"}},
		{"وقال محافظ حماة إن القذائف جرحت 4 أطفال. وأوضحت المحافظة أن الفرق أخلت الحي.",
			[]string{"syria_government asserts", "syria_government asserts"}},
		{"وقال المرصد إن القذائف جرحت 4 أطفال. وذكرت المحافظة أن الفرق أخلت الحي.",
			[]string{"sohr asserts", "unidentified asserts"}},
	}, sourceLine)
}
