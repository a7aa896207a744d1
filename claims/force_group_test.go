package claims_test

import "testing"

// TestForceAfterPartitive: the force or body named after a partitive "من"
// or a member noun tells whose men a toll counts, in every number form of
// the counted noun ("جريحان"، "قتيلين"، "عنصرين"، "ثلاثة"), and a place
// beside the force's building counts nobody's men. Sentences written for
// the test.
func TestForceAfterPartitive(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"أسفر الانفجار عن جريحين من الشرطة في ريف درعا.", "syrian_army"},
		{"قتل ثلاثة من عناصر الشرطة بهجوم على مخفر في ريف حمص.", "syrian_army"},
		{"أصيب عنصران من الأمن الداخلي بنيران مسلحين قرب السخنة.", "syrian_army"},
		{"سقط قتيلان من الأمن العام في كمين على طريق إدلب.", "syrian_army"},
		{"وأفادت الوزارة بإصابة خمسة من أفراد قوى الأمن الداخلي في الانفجار.", "syrian_army"},
		{"قتل أربعة عسكريين من الجيش في هجوم على نقطة قرب تدمر.", "syrian_army"},
		{"أصيب عنصران من الأسايش بهجوم مسلح في ريف الحسكة.", "sdf"},
		{"أصيب عضوان من قوى الأمن الداخلي (الأسايش) بانفجار عبوة قرب الهول.", "sdf"},
		{"قتل ستة من مقاتلي الجيش الوطني في اشتباكات قرب منبج.", "fighters"},
		{"نعت صفحات محلية عشرة من عناصر الدفاع الوطني قضوا ليلاً.", "pro_government"},
		{"أصيب جنديان من الجيش الإسرائيلي في انفجار قرب الحدود.", "unknown"},
		{"جرح سبعة من العمال في القصف على المعمل.", "civilians"},
		{"قتل اثنان من الصحفيين بغارة على الطريق.", "civilians"},
		// a force's building beside the place counts no one's men
		{"أصيب خمسة أشخاص قرب مخفر الشرطة في المدينة.", "unknown"},
	}
	checkFirstGroups(t, x, tests)
}

// TestPronounMembersNoSide: members counted as "من عناصرها" are the men
// of the body named before: a rescue team's members are no fighters, an
// armed body's stay fighters; staff ("من موظفيها") stay civilians.
// Sentences written for the test.
func TestPronounMembersNoSide(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت فرق الإسعاف إن قذيفة سقطت قرب سيارتها ما أدى إلى جرح ثلاثة من عناصرها.", "unknown"},
		{"وأعلنت المديرية وفاة اثنين من موظفيها في القصف على المطار.", "civilians"},
		{"وأعلن الهلال الأحمر إصابة اثنين من متطوعيه وأحد عناصره بالقصف.", "civilians"},
		{"ونعت الكتيبة أربعة من عناصرها قتلوا في الاشتباك.", "fighters"},
	}
	checkFirstGroups(t, x, tests)
}

// TestFiredByNotTarget: the men named after a relative verb whose pronoun
// stands for the weapon or the deed ("قذائف أطلقها عناصر ..."، "غارات شنتها
// ..."، "قنبلة رماها مسلحون") fired it; they are not what was hit.
// Sentences written for the test.
func TestFiredByNotTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"تعرضت بلدات الريف الشرقي مساء أمس لقذائف أطلقها عناصر الفصيل.", "-"},
		{"وتعرض الحي لقصف بقذائف صاروخية أطلقها مسلحون من التلال المجاورة.", "-"},
		{"سقطت قنبلة رماها مسلحون مجهولون قرب المخفر.", "-"},
		// what was hit may follow the men who fired, after a preposition
		{"نجا السائق من كمين نصبه مجهولون لدورية للشرطة على طريق المطار.", "patrol"},
		// the fighters hit are still the target when no such verb stands before them
		{"استهدفت المدفعية عناصر التنظيم في البادية.", "fighters"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := firstTarget(x, tt.text); got != tt.want {
				t.Errorf("target %q, want %q", got, tt.want)
			}
		})
	}
}
