package claims_test

import "testing"

// TestTollPhrasingSession12 covers tolls the engine read wrongly or not at
// all, each in a sentence written for the test: people at a protest or at
// prayer are civilians; a negation of two harms ("not killed or hurt")
// gives a zero for each; a transfer verb joined by "و" speaks of all the
// wounded, not a part; the last one told apart after a part ("والخامس
// مدني") counts one more person and does not lend its group to the part
// before; "فضلاً عن" adds a count like "إضافة إلى"; a wanted man counts
// one, while "مطلوبين" with no number counts nobody.
func TestTollPhrasingSession12(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		// protesters, worshippers, rally participants
		{"protesters counted", "وأصيب أربعة متظاهرين برصاص عناصر الحاجز مساء أمس.",
			[]string{"outlet wounded civilians 4-4 exact"}},
		{"wounded among the protesters", "وتحدث ناشطون عن ستة جرحى بين المحتجين في ساحة البلدة.",
			[]string{"local_sources wounded civilians 6-6 exact"}},
		{"partitive of worshippers", "وقُتل اثنان من المصلين حين سقطت القذيفة قرب الجامع.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"participants of a march", "وأكد ناشطون أن خمسة من المشاركين في المسيرة أصيبوا بجروح.",
			[]string{"local_sources wounded civilians 5-5 exact"}},
		{"neg participants of an attack", "وقال ناشطون إن أربعة من المشاركين في الهجوم على الحاجز قتلوا.",
			[]string{"local_sources killed unknown 4-4 exact"}},
		{"one protester", "مقتل متظاهر بنيران الشرطة في وسط المدينة",
			[]string{"outlet killed civilians 1-1 exact"}},
		// two harms negated
		{"two passives joined by or", "وأكدت القيادة أنه لم يُقتل أو يُجرح أي طفل في المداهمة.",
			[]string{"outlet killed civilians 0-0 exact", "outlet wounded civilians 0-0 exact"}},
		{"two passives each negated", "وقال الناطق إنه لم يُصب ولم يُقتل أي جندي خلال العملية.",
			[]string{"outlet wounded unknown 0-0 exact", "outlet killed unknown 0-0 exact"}},
		{"two verbal nouns after a verb of occurring", "وأفاد البيان بأن الضربة لم تؤد إلى مقتل أو إصابة أي طفل.",
			[]string{"outlet killed civilians 0-0 exact", "outlet wounded civilians 0-0 exact"}},
		{"one verbal noun and nobody", "وقالت الوزارة إن القصف لم يؤد إلى إصابة أحد.",
			[]string{"outlet wounded unknown 0-0 exact"}},
		{"neg verbal noun of a named man", "وذكر البيان أن الغارة لم تسفر عن مقتل القائد المستهدف.", nil},
		{"neg any man approaching", "وحذر المرصد من أن القناصة يقتلون أي شخص يقترب من الجسر.", nil},
		// transfer joined by و
		{"wounded then taken to hospital", "وقال ناشطون إن سبعة من المارة أصيبوا بشظايا ونُقلوا إلى مستشفى المدينة.",
			[]string{"local_sources wounded unknown 7-7 exact"}},
		{"some of the wounded taken", "وأصيب 25 شخصاً ونُقل تسعة منهم إلى مستشفى المدينة.",
			[]string{"outlet wounded unknown 25-25 exact", "outlet wounded unknown 9-9 exact subset"}},
		// the last one told apart
		{"fifth a civilian", "ووثق المرصد مقتل خمسة أشخاص، أربعة منهم جنود والخامس مدني.",
			[]string{"sohr killed unknown 5-5 exact", "sohr killed unknown 4-4 exact subset", "sohr killed civilians 1-1 exact subset"}},
		{"third a child after among", "وقُتل ثلاثة أشخاص في السوق، بينهم اثنان من أفراد الشرطة، والثالث طفل.",
			[]string{"outlet killed unknown 3-3 exact", "outlet killed syrian_army 2-2 exact subset", "outlet killed civilians 1-1 exact subset"}},
		{"the rest keep their group apart", "وقُتل ستة أشخاص، أربعة منهم جنود والباقون من المدنيين.",
			[]string{"outlet killed unknown 6-6 exact", "outlet killed unknown 4-4 exact subset"}},
		{"neg ordinal with no part before", "وحلّ الفريق الأول والثالث في المسابقة الأخيرة.", nil},
		// "فضلاً عن" joins another count like "إضافة إلى"
		{"besides with fadlan", "وأحصت الشبكة تسعة جرحى بين المحتجين، فضلاً عن اثنين من عناصر الشرطة.",
			[]string{"outlet wounded civilians 9-9 exact", "outlet wounded syrian_army 2-2 exact"}},
		{"neg besides a thing", "وأصيب سبعة مدنيين، فضلاً عن ثلاثة منازل دمرها القصف.",
			[]string{"outlet wounded civilians 7-7 exact"}},
		{"an added count keeps its own outcome", "وذكر المرصد أن الضحايا هم 8 من الفصائل و20 مسلحاً من العشائر، فضلاً عن 31 جريحاً.",
			[]string{"sohr killed unknown 8-8 exact", "sohr killed fighters 20-20 exact", "sohr wounded unknown 31-31 exact"}},
		{"the same after idafa", "وذكر المرصد أن الضحايا هم 8 من الفصائل و20 مسلحاً من العشائر، إضافة إلى 31 جريحاً.",
			[]string{"sohr killed unknown 8-8 exact", "sohr killed fighters 20-20 exact", "sohr wounded unknown 31-31 exact"}},
		// wanted men
		{"a wanted man and a civilian", "مقتل مطلوب للتنظيم ومدني في مداهمة بريف الحسكة",
			[]string{"outlet killed fighters 1-1 exact", "outlet killed civilians 1-1 exact"}},
		{"neg bare plural of wanted men", "وداهمت الدورية منازل في القرية بحجة اعتقال مطلوبين.", nil},
	})
}

// TestMartyredSoldiersOwnForce: soldiers of no named side that a party
// with a force counts as martyrs are its own men; a plain "killed", or a
// monitor with no force, leaves them of no known side. Sentences written
// for the test.
func TestMartyredSoldiersOwnForce(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, []figureCase{
		{"army source martyred soldiers", "وأفاد مصدر في الجيش بأن القذائف تسببت باستشهاد خمسة عسكريين في الموقع.",
			[]string{"syrian_army killed syrian_army 5-5 exact"}},
		{"the wounded joined after stay apart", "وأفاد مصدر في الجيش لسانا بأن القصف تسبب باستشهاد أربعة عسكريين وإصابة جندي.",
			[]string{"syrian_army killed syrian_army 4-4 exact", "syrian_army wounded unknown 1-1 exact"}},
		{"neg plain killed", "وأفاد مصدر في الجيش بأن القذائف أدت إلى مقتل أربعة عسكريين.",
			[]string{"syrian_army killed unknown 4-4 exact"}},
		{"neg monitor has no force", "وقال المرصد إن القصف تسبب باستشهاد أربعة عسكريين.",
			[]string{"sohr killed unknown 4-4 exact"}},
		{"neg civilians stay civilians", "وقالت وزارة الدفاع السورية إن القصف الصاروخي أدى إلى استشهاد تسعة مدنيين.",
			[]string{"syria_mod killed civilians 9-9 exact"}},
	})
}
