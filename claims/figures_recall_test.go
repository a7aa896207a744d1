package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresRecallPhrasing checks toll phrasings common in news reports
// that the figure parser used to miss, each in a sentence written for the
// test.
func TestFiguresRecallPhrasing(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"eliminate verb split from its object by subject and time",
			"وقضت دورية للأمن العام مساء أمس على أربعة مطلوبين قرب الطريق الدولي.",
			[]string{"outlet killed unknown 4-4 exact"}},
		{"eliminate verb split by a long subject",
			"قضى الجيش الوطني في عملية تمشيط على خمسة إرهابيين.",
			[]string{"outlet killed fighters 5-5 exact"}},
		{"على without an eliminate verb is no toll",
			"وسيطرت القوات صباح اليوم على ثلاثة مواقع جديدة.",
			nil},
		{"executed with a plural verb",
			"وأفاد الأهالي بأن المسلحين أعدموا عدداً من الرهائن قبل انسحابهم.",
			[]string{"local_sources killed unknown 2-9 vague"}},
		{"the dead detailed after بأنهم",
			"وعرّفت المصادر الطبية الضحايا بأنهم أربعة عمال وطفلان.",
			[]string{"outlet killed civilians 4-4 exact", "outlet killed civilians 2-2 exact"}},
		{"wounded as an adjective of the counted noun",
			"وذكر المسؤول أن 14 عنصراً جريحاً وصلوا إلى المشفى الميداني.",
			[]string{"outlet wounded fighters 14-14 exact"}},
		{"relative clause head with a noun between",
			"وارتفع عدد المدنيين الذين قتلوا في الغارات التي شنتها الطائرات الحربية على المدينة منذ صباح الأحد إلى 21 شخصاً.",
			[]string{"outlet killed unknown 21-21 exact"}},
		{"relative clause head with تم القضاء عليهم",
			"وقال البيان إن عدد المسلحين الذين تم القضاء عليهم ارتفع إلى 9.",
			[]string{"outlet killed unknown 9-9 exact"}},
		{"toll head before a comma and a long description",
			"وارتفع عدد من قضوا في الانفجار الذي هز السوق الشعبي وسط البلدة مساء الجمعة، إلى 12 شخصاً بينهم ثلاث نساء.",
			[]string{"outlet killed unknown 12-12 exact", "outlet killed civilians 3-3 exact subset"}},
		{"a count after a comma without a toll head is no toll",
			"وارتفع منسوب المياه في السد خلال الأسبوع الماضي، إلى 7 أمتار.",
			nil},
		{"dual marked by a fatha before ين",
			"وأسفر القصف عن مقتل طفلَين في الحي الشرقي.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"dual with shadda and fatha",
			"وأدى الانفجار إلى إصابة مدنيَّين كانا يمران قرب الحاجز.",
			[]string{"outlet wounded civilians 2-2 exact"}},
		{"plural with kasra is no dual",
			"وأدى الانفجار إلى إصابة مدنيِّين كانوا في السوق.",
			nil},
		{"marked dual with اثنين is counted once",
			"وقتل القصف مدنيَّين اثنين في البلدة.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"the group of a toll stops at the next toll",
			"وأعلنت الوزارة تحييد 35 مسلحاً ومقتل مدنيَّين بقذائف الهاون.",
			[]string{"outlet killed_or_wounded fighters 35-35 exact", "outlet killed civilians 2-2 exact"}},
		{"a dual noun followed by اثنين is one count",
			"وأسفر الكمين عن مقتل عنصرين اثنين من الدورية.",
			[]string{"outlet killed fighters 2-2 exact"}},
		{"assassination of one person and his companion",
			"اغتيال مختار سابق في البلدة ومرافقه على طريق المزارع",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"assassination of one person",
			"وشهدت البلدة اغتيال شاب أمام منزله مساء أمس.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"an assassination attempt kills nobody",
			"ونجا عضو المجلس المحلي من محاولة اغتيال قرب السوق.",
			nil},
		{"an attempted killing of a number kills nobody",
			"وأحبطت الشرطة محاولة قتل ثلاثة تجار في الحي.",
			nil},
		{"a number of them after an outcome",
			"وقال المصدر إن الدورية قضت على عدد منهم قرب الوادي.",
			[]string{"outlet killed unknown 2-9 vague"}},
		{"one of a three-noun construct",
			"وأصيب أحد عناصر شرطة المرور بشظايا القذيفة.",
			[]string{"outlet wounded fighters 1-1 exact"}},
		{"a vague number of them in critical condition adds no toll",
			"وأصيب 14 شخصاً، وأن عدداً منهم في حالة حرجة.",
			[]string{"outlet wounded unknown 14-14 exact"}},
		{"an exact number of them in critical condition is a subset",
			"وأصيب 14 شخصاً، بينهم أربعة في حالة حرجة.",
			[]string{"outlet wounded unknown 14-14 exact", "outlet wounded unknown 4-4 exact subset"}},
		{"a subset whose toll is named only by the dead",
			"وذكرت المصادر أن القتلى سقطوا في حيين متجاورين، بينهم خمس نساء.",
			[]string{"outlet killed civilians 5-5 exact subset"}},
		{"medical staff are a group of people",
			"وقتل 20 شخصاً، بينهم ثمانية أطفال وأربعة من الطاقم الطبي.",
			[]string{"outlet killed unknown 20-20 exact", "outlet killed civilians 8-8 exact subset", "outlet killed civilians 4-4 exact subset"}},
		{"names documented are no toll",
			"وقتل 30 شخصاً، وتمكن الناشطون من معرفة أسماء 17 منهم.",
			[]string{"outlet killed unknown 30-30 exact"}},
		{"a definite person named after the outcome noun",
			"وأدى القصف إلى مقتل الطفل سامر الحسن في منزله.",
			[]string{"outlet killed civilians 1-1 exact"}},
		{"a definite person without a name is a reference back",
			"وأكدت العائلة أن الجندي الجريح نقل إلى المشفى.",
			nil},
		{"one person and another",
			"وأسفر الكمين عن مقتل شاب وآخر من أبناء البلدة.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"one named person and another person",
			"واتهمت الشرطة الخلية باغتيال المختار خالد الصالح وشخص آخر.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"another with its own outcome is a second figure",
			"وأسفر الانفجار عن مقتل شاب وإصابة آخر.",
			[]string{"outlet killed civilians 1-1 exact", "outlet wounded civilians 1-1 exact"}},
		{"a dual verb counts the two people before it",
			"وكان المختار، ومعه سائقه، قد قُتلا على طريق القرية.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"did away with them, after the people are counted",
			"وطوقت الوحدة أربعة مطلوبين في بناء مهجور ودار اشتباك انتهى بالقضاء عليهم.",
			[]string{"outlet killed unknown 4-4 exact"}},
		{"did away with the two of them",
			"وتسلل مسلحان إلى محيط النقطة فقضت الحامية عليهما.",
			[]string{"outlet killed fighters 2-2 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
