package claims_test

import "testing"

// TestTargetTollVictims checks that civilians counted in a toll after a
// noun of harm ("إصابة"، "مقتل"، "أودى بحياة"، "راح ضحيته") are the harmed,
// not the characterisation of what was hit: the claim keeps no target, or
// the object of the attack when one is named. Civilians who are the
// object of the attack verb, or whom the attack killed as its subject,
// still characterise it. Sentences written for the test.
func TestTargetTollVictims(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		// the toll only: no characterisation of what was hit
		{"وقال المصدر إن القصف أسفر عن إصابة أربعة من المدنيين بجروح متوسطة.", "-"},
		{"وذكرت الشبكة أن القذائف تسببت بمقتل سبعة من المدنيين مساء الأحد.", "-"},
		{"وأفاد الدفاع المدني بأن الغارة أودت بحياة خمسة مدنيين في المدينة.", "-"},
		{"وقالت الوزارة إن الهجوم راح ضحيته عشرات المدنيين في الحي.", "-"},
		{"وأكدت مصادر طبية أن القصف خلف أضراراً وأدى إلى إصابة مدنيين اثنين.", "-"},
		// the toll beside an object of the attack: the object is the target
		{"وقال ناشطون إن صاروخاً سقط على سوق شعبي ما أدى إلى مقتل ستة مدنيين.", "market"},
		// civilians as the object of the attack verb stay the target
		{"وقالت الإدارة إن المسيرات استهدفت مدنيين في ريف البلدة.", "civilians"},
		{"وقال المرصد إن الغارات قتلت ثلاثة مدنيين في القرية.", "civilians"},
		// fighters in a toll are left as they were
		{"وأفاد المصدر بأن الضربة أدت إلى مقتل أربعة مقاتلين من الفصيل.", "fighters"},
	})
}

// TestTargetDeniedVictims checks that a statement that no civilians were
// harmed ("لا مؤشرات على سقوط ضحايا مدنيين") does not characterise what was
// hit as civilian, while civilian victims that are not denied still do.
// Sentences written for the test.
func TestTargetDeniedVictims(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقال المتحدث إنه لا يملك أي دلائل تشير إلى ضحايا مدنيين بعد الغارة.", "-"},
		{"وأكد البيان أن الضربة نفذت دون وقوع ضحايا مدنيين في المنطقة.", "-"},
		{"وقال المرصد إن الغارة استهدفت مدنيين في سوق البلدة.", "civilians"},
	})
}
