package claims_test

import "testing"

// TestPhrasingTolls11: tolls told in constructions found by comparing the
// retold sets (para1, para2) with their originals and seen in real news
// pages: a causative verb whose object names the toll ("أوقعت/خلّفت N
// جرحى"), an attribution set off by commas after "من بين القتلى", a year
// after a span of time ("الساعات الأولى من 2021"), wounded soldiers
// counted as a partitive beside another man's death, and soldiers counted
// as "others" after a toll of one side. Sentences written for the test.
func TestPhrasingTolls11(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"causative verb after a toll", "قتل مدنيان في القصف، وأوقع سبعة جرحى بينهم امرأتان.",
			[]string{"outlet killed civilians 2-2 exact", "outlet wounded unknown 7-7 exact", "outlet wounded civilians 2-2 exact subset"}},
		{"left wounded", "قضى راعيان وخلفت القذيفة عشرة جرحى.",
			[]string{"outlet killed civilians 2-2 exact", "outlet wounded unknown 10-10 exact"}},
		{"among the dead, aside", "ومن بين القتلى، بحسب المرصد، ثلاثة أطفال.",
			[]string{"sohr killed civilians 3-3 exact subset"}},
		{"among the dead, aside, dual", "وبين الضحايا، وفق المرصد، طفلان وامرأة.",
			[]string{"sohr killed civilians 2-2 exact subset", "sohr killed civilians 1-1 exact subset"}},
		{"year after hours of", "وفي الساعات الأولى من 2021 قتل أربعة مدنيين بقصف مدفعي.",
			[]string{"outlet killed civilians 4-4 exact"}},
		{"year after weeks of", "وخلال أسابيع 2019 الأخيرة قتل ثلاثة رعاة.",
			[]string{"outlet killed civilians 3-3 exact"}},
		{"wounded partitive beside another's death", "وأعلن الجيش إصابة خمسة من جنوده في هجوم قتل فيه مسلح.",
			[]string{"outlet wounded unknown 5-5 exact", "outlet killed fighters 1-1 exact"}},
		{"wounded who died stay the dead", "وتوفي ستة من الجرحى لاحقاً في المستشفى.",
			[]string{"outlet killed unknown 6-6 exact"}},
		{"soldiers counted as others", "قتل جنديان أميركيان وجرح أربعة عسكريين آخرون في الكمين.",
			[]string{"outlet killed us_forces 2-2 exact", "outlet wounded us_forces 4-4 exact"}},
	})
}

// TestOrgHeadDoer: a party named after an indefinite organisation head,
// with or without quote marks ("تنظيم «قسد»"، "جماعة «حزب الله»"), is the
// doer; the head alone names none. Sentences written for the test.
func TestOrgHeadDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قصف تنظيم \"قسد\" أحياء المدينة بالهاون.", "sdf"},
		{"قصف تنظيم قسد أحياء المدينة بالهاون.", "sdf"},
		{"قتل طفلان بقذائف أطلقها تنظيم «قسد» على الحي.", "sdf"},
		{"واستهدفت جماعة «حزب الله» موقعاً للجيش بصاروخ موجه.", "iran_backed"},
		{"هاجم تنظيم \"داعش\" حاجزاً للجيش.", "isis"},
		{"وقصفت مجموعة مسلحة مجهولة أطراف القرية.", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := firstActor(x, tt.text); got != tt.want {
				t.Errorf("actor %q, want %q", got, tt.want)
			}
		})
	}
}

// TestStruckPastPlacePhrase: the subject of "تعرّض ... لقصف" is the
// target past a phrase of where between it and the attack ("في ريف حماة
// الشمالي"), as it is past "بريف". Sentences written for the test.
func TestStruckPastPlacePhrase(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"تعرضت بلدة اللطامنة في ريف حماة الشمالي لقصف مدفعي عنيف.", "town"},
		{"وتعرضت قرية الزيارة في سهل الغاب لقصف صاروخي مساء أمس.", "village"},
		{"تعرضت بلدة اللطامنة بريف حماة لقصف مدفعي.", "town"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := firstTarget(x, tt.text); got != tt.want {
				t.Errorf("target %q, want %q", got, tt.want)
			}
		})
	}
}
