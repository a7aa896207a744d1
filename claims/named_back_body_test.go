package claims_test

import "testing"

// TestNamedBackBodies checks bodies named back by their head word
// ("المنظمة"، "الحزب") after the article named them in full, and speakers
// the registry knows by a second spelling or a second title, on sentences
// written for the test.
func TestNamedBackBodies(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		// An organisation named as the hospital's supporter, then named back.
		{"قصفت الطائرات مستوصفاً في ريف حلب تموّله منظمة أطباء بلا حدود. وكانت المنظمة قد ذكرت أن تسعة أشخاص قتلوا في القصف.", "msf"},
		{"قصفت الطائرات مستوصفاً في ريف حلب تموّله منظمة أطباء بلا حدود، وقتل بحسب المنظمة تسعة أشخاص.", "msf"},
		// A party that spoke before, named back when it mourns its dead.
		{"قال حزب الله إن غارة إسرائيلية أصابت سيارة قرب القنيطرة. وفي المساء نعى الحزب أربعة من مقاتليه.", "hezbollah"},
		// "الحزب" with no party named before is nobody the text names.
		{"قصفت الطائرات سيارة قرب القنيطرة. وفي المساء نعى الحزب أربعة من مقاتليه.", "unidentified"},
		// The network spoken to is the outlet, not a monitor named back.
		{"نشرت شبكة الخابور 24 صوراً من القرية. وبحسب مصادر محلية تواصلت معها الشبكة، قتل أربعة شبان في الاشتباك.", "local_sources"},
		// A capital after a body's name is the place it serves, not a
		// second speaker before "في تصريح".
		{"قتل 22 شخصاً في انفجار سيارة مفخخة بسوق شعبي، وفقاً لقيادة شرطة دمشق في تصريح لوكالة سانا.", "syria_interior"},
		{"أصيب تسعة أشخاص بقذائف على المدينة، بحسب مديرية صحة دمشق في تصريح للصحفيين.", "syria_health"},
		// Kilis spelt with a long vowel.
		{"قال والي كليس إن 12 مدنياً قتلوا بقذائف سقطت على المدينة.", "turkey_interior"},
		{"أكد والي كيليس مقتل ثلاثة مدنيين بقذيفة.", "turkey_interior"},
		// The interior minister of the government in Damascus by its titles.
		{"قال وزير الداخلية في الحكومة السورية إن 9 عناصر قتلوا في كمين بريف اللاذقية.", "syria_interior"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if id, _ := lastSource(t, x, tt.text, ""); id != tt.want {
				t.Errorf("source %q, want %q", id, tt.want)
			}
		})
	}
}

// TestTollCollectorsAndRelativeSpeakers checks who is credited with a
// figure given by a toll someone collected or prepared ("وفق حصيلة
// جمعها ناشطون"), and by a relative clause whose verb names its own
// speaker ("القصف الذي قال المرصد إنه ..."), on sentences written for
// the test.
func TestTollCollectorsAndRelativeSpeakers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتل 40 مدنياً في غارات على البلدة أمس، بحسب حصيلة جمعها ناشطون محليون.", "local_sources"},
		{"قضى 12 شخصاً في القصف، بحسب إحصائية أعدها ناشطون.", "local_sources"},
		{"قضى 12 شخصاً في القصف، حسب حصيلة تقريبية أعدتها الشبكة السورية لحقوق الإنسان.", "snhr"},
		{"وجاءت الغارة بعد أيام من قصف السوق، الذي قال المرصد السوري إنه أوقع 11 قتيلاً.", "sohr"},
		{"وتذكّر الضربة بالهجوم على المخبز الشهر الماضي، والذي أكد الدفاع المدني أنه أودى بحياة ستة مدنيين.", "white_helmets"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			if id, _ := lastSource(t, x, tt.text, ""); id != tt.want {
				t.Errorf("source %q, want %q", id, tt.want)
			}
		})
	}
}
