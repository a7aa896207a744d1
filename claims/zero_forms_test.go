package claims_test

import "testing"

// TestZeroForms: more ways of saying that nobody was hurt, seen in
// statements of ministries and commands: a verb of causing or of
// suffering with its preposition joined to "أي" ("لم تتسبب بأي"، "لم
// تتعرض لأي"), a dual verb, an adverb before the preposition, being
// there ("لا توجد أي إصابات"), "من غير أن", deaths and martyrs, damage
// or losses said to be human ("ضرر بشري"، "خسائر في الأرواح"), and "not
// one of <people> was hurt" told before the negated verb. Damage that is
// not called human, an attack nobody suffered, and a negated verb of
// another kind after "أحد من" count nobody. Sentences written for the
// test.
func TestZeroForms(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"causing with bi-ayy",
			"وذكرت وزارة الدفاع الروسية أن الطائرات المسيرة لم تتسبب بأي إصابات بين طواقم المطار.",
			[]string{"russia_mod wounded unknown 0-0 exact"}},
		{"causing with fi",
			"وقال متحدث عسكري إن سقوط الصاروخ لم يتسبب في أي ضحايا.",
			[]string{"syrian_army killed_or_wounded unknown 0-0 exact"}},
		{"suffering with li-ayy",
			"وقال البنتاغون إن الدورية لم تتعرض لأي إصابات خلال الاشتباك.",
			[]string{"pentagon wounded unknown 0-0 exact"}},
		{"dual verb and human harm",
			"وأوضح مركز المصالحة الروسي أن الهجومين لم يسفرا عن ضرر بشري أو مادي.",
			[]string{"russia_reconciliation killed_or_wounded unknown 0-0 exact"}},
		{"adverb before the preposition",
			"وأشار المرصد إلى أن القذائف لم تسفر حينها عن إصابات.",
			[]string{"sohr wounded unknown 0-0 exact"}},
		{"losses in lives",
			"وقال محافظ المدينة إن الانفجار لم يخلف أي خسائر في الأرواح.",
			[]string{"syria_government killed_or_wounded unknown 0-0 exact"}},
		{"being there",
			"وأفاد المركز بعدم وجود إصابات بين العسكريين الروس.",
			[]string{"outlet wounded pro_government 0-0 exact"}},
		{"deaths",
			"وقالت مديرية الصحة إن التسرب مر دون تسجيل أي وفاة.",
			[]string{"syria_health killed unknown 0-0 exact"}},
		{"martyrs",
			"وقال مصدر في الفصيل إن القصف لم يوقع أي شهداء بين المقاتلين.",
			[]string{"unidentified killed fighters 0-0 exact"}},
		{"min ghayr an",
			"وقال ناشطون إن الرصاص أصاب جدار المدرسة من غير أن يصاب أي من التلاميذ.",
			[]string{"local_sources wounded unknown 0-0 exact"}},
		{"not one of the soldiers was hurt",
			"وأكد مسؤول في البنتاغون أن أحداً من الجنود الأمريكيين لم يصب بأذى في الهجوم.",
			[]string{"pentagon wounded us_forces 0-0 exact"}},
		{"none of the workers was killed",
			"وقالت إدارة المحطة إن أياً من العمال لم يقتل في الغارة.",
			[]string{"outlet killed civilians 0-0 exact"}},
		// negatives
		{"damage not called human",
			"وقالت الوزارة إن الصواريخ لم تتسبب بأي أضرار في المطار.",
			nil},
		{"an attack nobody suffered is no toll",
			"وقال مصدر أمني إن الموكب لم يتعرض لأي هجوم على الطريق.",
			nil},
		{"none of the strikes hit a position",
			"وقال البيان إن أياً من القذائف لم يصب هدفاً للفصائل.",
			nil},
		{"another negated verb after one of",
			"وقال المتحدث إن أياً من الفصائل لم يعلن مسؤوليته عن التفجير.",
			nil},
	}
	assertFigureLines(t, x, tests)
}
