package claims_test

import "testing"

// TestGenericTargets checks that a category of targets named in a rule
// about targeting (what must stop, what it amounts to, whoever does it, a
// habit) or as the grievance a strike answered is not what this strike
// hit, while the same category reported as hit, or a demand told far from
// it, still is. Sentences written for the test; the first claim's target.
func TestGenericTargets(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وقالت الفصائل في بيانها إن قصف المدنيين أمر مرفوض أياً كان الطرف الذي ينفذه.", "-"},
		{"ودعت المنظمة إلى وقف استهداف المدنيين في المنطقة بعد الغارة.", "-"},
		{"وأكد المسؤول أن الضربة خُططت لتقليل المخاطر على المدنيين قدر الإمكان.", "-"},
		{"وقال المفوض إن الاستهداف المتعمد للمدنيين قد يرقى إلى جريمة حرب.", "-"},
		{"وقالت الهيئة إن استهداف المدنيين تحت أي ذريعة لا يمكن القبول به.", "-"},
		{"وناشد المنسق الأممي الأطراف إيقاف قصف المناطق السكنية في المحافظة.", "-"},
		{"واتهم ناشطون الطيران بأنه لا يتورع عن قصف المستشفيات في الريف.", "-"},
		{"وأعلنت الفصائل أنها قصفت مواقع للجيش رداً على استهداف المدنيين في القرى.", "positions of army forces"},
		{"وقالت الهيئة إن عمليتها جاءت رداً على استهداف المدنيين.", "-"},
		// reported as hit: the category is this strike's
		{"وذكر المسعفون أن الطائرات ضربت المدنيين في سوق البلدة.", "civilians"},
		{"واعتبرت الوزارة أن الغارة جريمة بحق المدنيين، ودعت المنظمة الدولية إلى التدخل من أجل وقف الاعتداءات المتكررة.", "civilians"},
	})
}

// TestHabitualTargets checks that what a background statement, a habit or
// a span of past years names as hit is no target of the story's strike,
// while a strike of the day told with an adverb of time keeps its target.
// Sentences written for the test; the first claim's target.
func TestHabitualTargets(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"ويذكر أن الطيران المعادي اعتاد على شن غارات على مواقع للجيش في الجنوب.", "-"},
		{"وكان الضباط قد صرحوا في مناسبات عدة بأن مقاتلاتهم لا تضرب إلا مقرات التنظيم.", "-"},
		{"وشهدت المحافظة خلال الأعوام الماضية ضربات كثيرة استهدفت قياديين في الفصائل.", "-"},
		{"وتتعرض القرى الحدودية منذ أسابيع لقصف مدفعي يطال منازل المدنيين.", "-"},
		{"وقصفت المدفعية صباح اليوم منازل المدنيين في القرية.", "civilian homes"},
		// a span of past weeks: what the campaign hit, not the story's strike
		{"وغادرت أسر كثيرة بعد أن أصاب القصف بيوتاً وبساتين خلال الأسبوعين الماضيين.", "-"},
		{"وهجر السكان الحي لأن القذائف سقطت على منازلهم على مدى أسابيع.", "-"},
	})
}

// TestWeeksCountNoCampaign checks that "خلال أسابيع" counting attacks, each
// with its own target, is no campaign span. Sentence written for the test.
func TestWeeksCountNoCampaign(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وهذه ثالث عملية خلال أسابيع، إذ فجّر مسلحون قبل ذلك عبوة استهدفت مقراً أمنياً في المدينة.", "security headquarters"},
	})
}
