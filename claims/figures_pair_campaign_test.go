package claims_test

import "testing"

// TestFiguresPairOthersAndAddedCount checks a pair of verbs whose count
// are "others", and a count in words added after a part of a toll, in
// sentences written for the test.
func TestFiguresPairOthersAndAddedCount(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"others after the pair are the wounded only", "وقال المرصد إن أحد الحراس قُتل وأصيب أربعة آخرون عند البوابة.",
			[]string{"sohr killed unknown 1-1 exact", "sohr wounded unknown 4-4 exact"}},
		{"the pair before a plain count is one toll", "وقال المرصد إنه قتل وجرح 12 شخصاً في القصف.",
			[]string{"sohr killed_or_wounded unknown 12-12 exact"}},
		{"a part of the dead, then wounded added in words", "وقال الطبيب إن المستشفى تسلم جثث ستة قتلى، ثلاثة منهم نساء، إضافة إلى خمسة مصابين.",
			[]string{"medical_sources killed unknown 6-6 exact", "medical_sources killed civilians 3-3 exact subset", "medical_sources wounded unknown 5-5 exact"}},
	})
}

// TestFiguresCampaignToll checks that a vague count of the harm a
// campaign told with "منذ" and a long span caused is no toll of the
// story's event, in sentences written for the test.
func TestFiguresCampaignToll(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"hundreds over years of shelling", "وتتعرض القرى الجبلية منذ سنوات لقصف شبه يومي، خلّف مئات الضحايا بين السكان.", nil},
		{"tens over a campaign since a month", "وتشهد البلدات الحدودية منذ مطلع آذار حملة جوية مكثفة أودت بحياة عشرات المدنيين.", nil},
		{"a dated deed after the campaign keeps its toll", "وتواصل المدفعية منذ أشهر قصف المنطقة، وكان قصف قد طال السوق يوم الجمعة وأدى إلى مقتل عشرات المدنيين.",
			[]string{"outlet killed civilians 20-99 vague"}},
		{"a strike of today keeps its toll", "وشنت الطائرات منذ الصباح غارات على البلدة أودت بحياة عشرات المدنيين.",
			[]string{"outlet killed civilians 20-99 vague"}},
	})
}

// TestFiguresPartAtLeast checks "على الأقل" after "N منهم", in a sentence
// written for the test.
func TestFiguresPartAtLeast(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"the bound of the part", "وبلغ عدد الجرحى أكثر من أربعين، بُترت أطراف عشرة منهم على الأقل، بحسب المرصد.",
			[]string{"sohr wounded unknown 40--1 at_least", "sohr wounded unknown 10--1 at_least subset"}},
	})
}

// TestFiguresBareCountCause checks that the attack right after a bare
// count does not give the count the attackers' group, in a sentence
// written for the test.
func TestFiguresBareCountCause(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"the raiders are not the wounded", "وأحصى المرصد مقتل خمسة مدنيين وجرح 9 بقصف نفذته مقاتلات روسية على السوق.",
			[]string{"sohr killed civilians 5-5 exact", "sohr wounded unknown 9-9 exact"}},
	})
}
