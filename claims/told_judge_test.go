package claims_test

import "testing"

// TestToldJudgeVerbs: after a relative that takes up what was just told
// ("وهو ما"، "وهذا ما"، "الأمر الذي"), a verb of judging or calling with an
// object pronoun ("اعتبرته"، "وصفه") opens the answer of the speaker named
// after it; elsewhere such a verb describes a deed its subject before has
// spoken of, and no new speaker is taken. Sentences in our own words.
func TestToldJudgeVerbs(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وقال المرصد إن طائرات تركية قصفت المزرعة، وهو ما اعتبرته وزارة الدفاع التركية \"رواية مختلقة\".",
			[]string{"sohr asserts", "turkey_mod denies"}},
		{"قالت مواقع معارضة إن القصف قتل 5 مدنيين، وهو ما وصفته وزارة الدفاع الروسية بأنه رواية ملفقة.",
			[]string{"media asserts", "russia_mod denies"}},
		{"قالت مواقع معارضة إن القصف قتل 5 مدنيين، الأمر الذي وصفه ضابط في الجيش الروسي بأنه رواية ملفقة.",
			[]string{"media asserts", "russia_mod denies"}},
		{"وادعى الجيش أنه عثر على عبوات قرب الشريط، وهذا ما اعتبره مصدر مطلع \"قصة مختلقة\".",
			[]string{"outlet asserts", "informed_sources denies"}},
		// The speaker is before: the pronoun's verb is his own description.
		{"أدان وزير الخارجية الإيراني الهجوم، ووصفه بأنه عمل جبان.", []string{"iran_mfa asserts"}},
		{"وأعلنت القيادة أن قواتها قتلت ثلاثة في غارة وصفتها بالدقيقة.", []string{"outlet asserts"}},
	}, sourceLine)
}

// TestSingularFalseClaim: a claim called false in the singular ("ادعاء
// كاذب"، "زعم باطل") denies it, as the plural forms do.
func TestSingularFalseClaim(t *testing.T) {
	x, _ := extractor(t)
	assertLines(t, x, []lineCase{
		{"وقالت مواقع معارضة إن الغارة قتلت 4 مدنيين، وهو ما وصفته وزارة الدفاع الروسية بأنه ادعاء كاذب.",
			[]string{"media asserts", "russia_mod denies"}},
		{"وقال المتحدث باسم الجيش السوري إن الحديث عن قصف المشفى زعم باطل.", []string{"syrian_army denies"}},
	}, sourceLine)
}
