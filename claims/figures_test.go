package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestFigures checks casualty figures with their source on sentences
// written for the test, one phenomenon each.
func TestFigures(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // "source outcome group low-high qualifier [subset]"; high -1 is open
	}{
		{"وقال المرصد إنه قتل ثلاثة عشر شخصاً وأصيب عشرون آخرون في القصف.",
			[]string{"sohr killed unknown 13-13 exact", "sohr wounded unknown 20-20 exact"}},
		{"وأسفر القصف عن سقوط 5 قتلى و12 جريحاً بحسب الدفاع المدني.",
			[]string{"white_helmets killed unknown 5-5 exact", "white_helmets wounded unknown 12-12 exact"}},
		{"لقي 4 عناصر من قوات النظام حتفهم في هجوم لخلايا داعش، وفق المرصد.",
			[]string{"sohr killed syrian_army 4-4 exact"}},
		{"ارتفع عدد ضحايا المجزرة إلى 17 قتيلاً، وفق مصادر طبية.",
			[]string{"medical_sources killed unknown 17-17 exact"}},
		{"وأعلن البنتاغون أن جنديين أمريكيين أصيبا بجروح طفيفة.",
			[]string{"pentagon wounded us_forces 2-2 exact"}},
		{"وأفاد ناشطون بأن 3 أطفال قضوا في الغارة.",
			[]string{"local_sources killed civilians 3-3 exact"}},
		{"ووثق المرصد مقتل 21 عنصراً، بينهم 4 ضباط، خلال الاشتباكات.",
			[]string{"sohr killed fighters 21-21 exact", "sohr killed unknown 4-4 exact subset"}},
		{"وقالت مصادر محلية إن نحو 30 شخصاً سقطوا بين قتيل وجريح.",
			[]string{"local_sources killed_or_wounded unknown 30-30 about"}},
		{"وذكرت وكالة سانا أن أكثر من عشرين مدنياً قتلوا.",
			[]string{"sana killed civilians 20--1 at_least"}},
		{"وأكدت مصادر طبية مقتل ما بين 10 و15 شخصاً.",
			[]string{"medical_sources killed unknown 10-15 range"}},
		{"وبحسب حصيلة غير نهائية للدفاع المدني، بلغ عدد القتلى 9.",
			[]string{"white_helmets killed unknown 9-9 exact"}},
		{"وقال المراسل إن مدنياً قتل وأصيب اثنان آخران.",
			[]string{"outlet killed civilians 1-1 exact", "outlet wounded civilians 2-2 exact"}},
		{"الدفاع المدني: ٧ قتلى بقصف على أريحا",
			[]string{"white_helmets killed unknown 7-7 exact"}},
		{"وأعلنت القيادة المركزية إصابة 3 جنود أمريكيين بارتجاج في الدماغ.",
			[]string{"centcom wounded us_forces 3-3 exact"}},
		{"ونقلت رويترز عن مصدر أمني قوله إن ستة أشخاص على الأقل قتلوا.",
			[]string{"informed_sources killed unknown 6--1 at_least"}},
		{"أطلقت الفصائل 12 صاروخاً على القاعدة دون وقوع إصابات، بحسب التحالف.",
			[]string{"coalition wounded unknown 0-0 exact"}},
		{"وقال الجيش السوري إن الهجوم لم يسفر عن خسائر بشرية.",
			[]string{"syrian_army killed_or_wounded unknown 0-0 exact"}},
		{"ولم ترد معلومات عن إصابات في صفوف الجنود.", nil},
		{"وقال الجيش السوري إن القصف لم يسفر عن خسائر بشرية في صفوف المرابطين على الجبهة.",
			[]string{"syrian_army killed_or_wounded fighters 0-0 exact"}},
		{"وقال الجيش السوري إن الغارة لم تسفر عن خسائر بشرية بين الثوار.",
			[]string{"syrian_army killed_or_wounded fighters 0-0 exact"}},
		{"ولقي ثلاثة مدنيين مصرعهم وجرح خمسة آخرون جراء انفجار لغم.",
			[]string{"outlet killed civilians 3-3 exact", "outlet wounded civilians 5-5 exact"}},
		{"وأشار المرصد إلى أن عدد القتلى ارتفع إلى 40 بينهم 11 طفلاً و7 نساء.",
			[]string{"sohr killed unknown 40-40 exact", "sohr killed civilians 11-11 exact subset", "sohr killed civilians 7-7 exact subset"}},
		{"وقال مسؤول أمريكي إن الضربات قتلت أكثر من 100 مقاتل.",
			[]string{"us_government killed fighters 100--1 at_least"}},
		{"وانسحب 150 جندياً من القاعدة، وسحبت القوات 10 آليات.", nil},
		// Fallen into the enemy's hands: captured, not killed.
		{"وقال المرصد إن 20 جندياً قتلوا، ووقع 7 منهم في قبضة المسلحين.",
			[]string{"sohr killed unknown 20-20 exact", "sohr captured unknown 7-7 exact subset"}},
		{"وأكدت مصادر محلية أن أربعة مقاتلين وقعوا في الأسر خلال الهجوم.",
			[]string{"local_sources captured fighters 4-4 exact"}},
		{"وأضاف المرصد أن خمسة عناصر سقطوا أسرى بيد التنظيم.",
			[]string{"sohr captured fighters 5-5 exact"}},
		{"وأفادت الوكالة بسقوط 21 قتيلاً وجريحاً في القصف.",
			[]string{"outlet killed_or_wounded unknown 21-21 exact"}},
		{"وكانت الحصيلة السابقة 9 قتلى قبل أن ترتفع إلى 12 قتيلاً، بحسب المرصد.",
			[]string{"sohr killed unknown 9-9 exact earlier", "sohr killed unknown 12-12 exact"}},
		{"وقال المرصد إن عشرات المدنيين أصيبوا.",
			[]string{"sohr wounded civilians 20-99 vague"}},
		{"وذكرت الشبكة السورية لحقوق الإنسان أن ثلاثة أو أربعة أشخاص ما زالوا مفقودين.",
			[]string{"snhr missing unknown 3-4 range"}},
		// Two counts joined by و are two figures, not one sum.
		{"وقال المتحدث إن الحصيلة النهائية قتيل واحد وثلاثة جرحى.",
			[]string{"outlet killed unknown 1-1 exact", "outlet wounded unknown 3-3 exact"}},
		// A noun behind a preposition is the means, not what is counted.
		{"مقتل 12 على الأقل بقصف مدفعي على بلدة في ريف إدلب",
			[]string{"outlet killed unknown 12--1 at_least"}},
		{"وأفاد الدفاع المدني بإصابة ثلاثة بشظايا صاروخ سقط قرب السوق.",
			[]string{"white_helmets wounded unknown 3-3 exact"}},
		// An interview: the answer's paragraph belongs to the interviewee
		// introduced before the first question, not to a source the
		// question cites.
		{"حاورت الصحيفة المتحدث باسم الدفاع المدني في المدينة.\n\nسؤال: ماذا حدث في السوق؟\n\nجواب: سقطت قذيفتان قرب المدخل. قتل شخصان وأصيب خمسة آخرون.\n\nسؤال: الشبكة السورية لحقوق الإنسان تقول إن القتلى ثلاثة. ما ردكم؟\n\nجواب: الرقم غير دقيق. توفي أحد الجرحى في المشفى صباح اليوم.",
			[]string{"white_helmets killed unknown 2-2 exact", "white_helmets wounded unknown 5-5 exact", "snhr killed unknown 3-3 exact", "white_helmets killed unknown 1-1 exact"}},
		// A side that "lost" some of its members counts its dead; lost
		// equipment counts no one.
		{"وأكدت هيئة الحشد الشعبي في بيانها أنها فقدت 17 من عناصرها جراء الضربات الليلية.",
			[]string{"pmf killed fighters 17-17 exact"}},
		{"وقالت الوزارة إن القوات فقدت ثلاث طائرات مسيرة خلال المعارك.", nil},
		// "فقد" before a verb is ف + قد, not "went missing".
		{"وأصيب عنصر في الكمين، أما مرافقه فقد فارق الحياة بعد ساعات.",
			[]string{"outlet wounded fighters 1-1 exact", "outlet killed unknown 1-1 exact"}},
		// A second proposition (وإن) keeps its own outcome verb.
		{"وذكر المرصد أن حملة الدهم شملت نحو خمسة عشر شاباً، وإن اثنين من العابرين جرحوا.",
			[]string{"sohr wounded unknown 2-2 exact"}},
		// A statement quoted after a colon, over two paragraphs: the
		// quotation is the speaker's until it closes.
		{"وقال المرصد السوري في بيان:\n\n«وثقنا مقتل 9 مدنيين في القصف.\n\nكما أصيب 14 آخرون بجروح متفاوتة».\n\nوتشهد المنطقة توتراً، وقتل شخص في حادث منفصل.",
			[]string{"sohr killed civilians 9-9 exact", "sohr wounded civilians 14-14 exact", "outlet killed unknown 1-1 exact"}},
		// A subject-less "قالت" after a body that opened the sentence as the
		// subject of another verb.
		{"نفذت هيئة تحرير الشام هجوماً على مواقع قرب المدينة قالت إنه أسفر عن مقتل 6 عناصر.",
			[]string{"hts killed fighters 6-6 exact"}},
		// A subject-less verb followed right away by its content goes on
		// with the speaker before.
		{"وقال المرصد إن القصف استمر ساعتين. ووثق مقتل خمسة مدنيين بينهم طفلان.",
			[]string{"sohr killed civilians 5-5 exact", "sohr killed civilians 2-2 exact subset"}},
		{"ونعت هيئة الحشد الشعبي ثلاثة من عناصرها سقطوا بضربة ليلية.",
			[]string{"pmf killed fighters 3-3 exact"}},
		// A relative clause said of a source: the source speaks.
		{"وتختلف هذه الأرقام عن أرقام الشبكة السورية لحقوق الإنسان التي أحصت تسعة قتلى بينهم طفلان.",
			[]string{"snhr killed unknown 9-9 exact", "snhr killed civilians 2-2 exact subset"}},
		// A relative clause said of anything else reports no speech.
		{"ونفى المسؤول الأنباء التي تكلمت عن مقتل 5 جنود.",
			[]string{"outlet killed unknown 5-5 exact"}},
		// A denied report: the toll is the reporters', not the denier's; the
		// denier's own figure follows its continuation.
		{"نفى مصدر أمني ما نشرته مواقع معارضة عن مقتل خمسة عناصر في الكمين، مؤكداً أن عنصراً واحداً أصيب.",
			[]string{"media killed fighters 5-5 exact", "informed_sources wounded fighters 1-1 exact"}},
		// Noun and number counted once; an outcome word does not reach over
		// a complementizer into the next clause.
		{"وقال الدفاع المدني إن طفلاً واحداً أصيب وأن مدنيين اثنين قتلا.",
			[]string{"white_helmets wounded civilians 1-1 exact", "white_helmets killed unknown 2-2 exact"}},
		// A toll said to be revised afterwards, or given "at first", is an
		// earlier toll.
		{"وكان المرصد قد نشر حصيلة بلغت 14 قتيلاً، قبل أن يعدلها إلى 11 بعد التعرف على الجثث.",
			[]string{"sohr killed unknown 14-14 exact earlier", "sohr killed unknown 11-11 exact"}},
		{"وقال المرصد إنه أحصى في البداية 6 قتلى في القصف.",
			[]string{"sohr killed unknown 6-6 exact earlier"}},
		{"وقال المرصد إنه أحصى 6 قتلى من المدنيين، ثم رفعها إلى 9 بعد وفاة جرحى.",
			[]string{"sohr killed civilians 6-6 exact earlier", "sohr killed civilians 9-9 exact"}},
		// An anaphor finds a body named earlier even when it did not speak.
		{"وسلّم مجلس منبج العسكري قرى غرب المدينة لقوات النظام قبل أسبوع. وقُتل ثلاثة مدنيين بقصف تركي على قرية مجاورة، وفق المجلس.",
			[]string{"manbij_military_council killed civilians 3-3 exact"}},
		// "Neutralised" is a combined toll.
		{"وأعلنت وزارة الدفاع التركية أنها حيّدت 7 إرهابيين في شمال سوريا.",
			[]string{"turkey_mod killed_or_wounded fighters 7-7 exact"}},
		// The head of a toll reaches its number over a phrase; a vague count
		// of things is no figure.
		{"وقال مصدر طبي إن عدد المصابين من سكان الحي أقل من عشرة.",
			[]string{"medical_sources wounded unknown 0-10 at_most"}},
		{"وذكرت سانا أن عدد المعتقلين سبعة.",
			[]string{"sana captured unknown 7-7 exact"}},
		{"وارتفعت حصيلة الغارات التي استهدفت عدداً من المقرات إلى 5 قتلى.",
			[]string{"outlet killed unknown 5-5 exact"}},
		// "على الأقل" after the noun and its adjective.
		{"وأفاد المرصد بمقتل 12 عنصراً أفغانياً على الأقل في الغارة.",
			[]string{"sohr killed fighters 12--1 at_least"}},
		// Present-tense capture verbs in a headline.
		{"قوات أمريكية تعتقل ثلاثة شبان في ريف الحسكة",
			[]string{"outlet captured civilians 3-3 exact"}},
		// "The facts confirm" is the article's own reasoning, not a speaker.
		{"وتؤكد الوقائع أن القوات اعتقلت عشرات المدنيين في حملات سابقة.",
			[]string{"outlet captured civilians 20-99 vague"}},
		// A toll that the same source later says rose is earlier; a rise
		// elsewhere in the sentence is not a revision of it.
		{"وأفاد المرصد بمقتل أربعة عناصر على الأقل في القصف، قبل أن يعود لاحقاً ويعلن ارتفاع الحصيلة إلى ستة.",
			[]string{"sohr killed fighters 4--1 at_least earlier", "sohr killed unknown 6-6 exact"}},
		{"وقتل ثلاثة مدنيين في قصف على إدلب، فيما ارتفعت حصيلة قصف آخر على حلب إلى عشرة قتلى.",
			[]string{"outlet killed civilians 3-3 exact", "outlet killed unknown 10-10 exact"}},
		// "نيف" adds a few to the tens.
		{"وذكر المرصد أن الاشتباكات انتهت بمقتل نيف وثلاثين مسلحاً.",
			[]string{"sohr killed fighters 31-39 vague"}},
		// A subset named further on in the clause is still part of the
		// toll before it; so is a count "of them" and "the remaining N".
		{"وقال المرصد إن 12 شخصاً قتلوا في القصف الذي طال سوقاً مزدحمة وسط البلدة القديمة صباح الجمعة، بينهم خمسة أطفال.",
			[]string{"sohr killed unknown 12-12 exact", "sohr killed civilians 5-5 exact subset"}},
		{"وأحصت مصادر طبية مقتل عشرة أشخاص، أربعة منهم أطفال.",
			[]string{"medical_sources killed unknown 10-10 exact", "medical_sources killed civilians 4-4 exact subset"}},
		{"وقتل سبعة أشخاص في الانفجار، ثلاثة منهم عمال، أما الأربعة الباقون فمن عناصر الحاجز.",
			[]string{"outlet killed unknown 7-7 exact", "outlet killed civilians 3-3 exact subset", "outlet killed fighters 4-4 exact"}},
		// The noun before its number opens the count for the verb before it.
		{"وذكرت وزارة الدفاع التركية في بيان أن قواتها حيّدت قرب الحدود إرهابيَّين اثنين.",
			[]string{"turkey_mod killed_or_wounded fighters 2-2 exact"}},
		// "إضافة لـ" joins a count to the toll before it.
		{"وأفاد المرصد بمقتل 6 من عناصر الفصائل المسلحة في ريف حلب الغربي، إضافة لـ2 من المدنيين.",
			[]string{"sohr killed fighters 6-6 exact", "sohr killed civilians 2-2 exact"}},
		// "بعد أن كان ... قد" reports the toll before, however long the
		// clause; "في البداية" after a toll marks it as the first one.
		{"وقال الدفاع المدني إن الحصيلة ارتفعت إلى 10 قتلى، بعد أن كانت فرقه الميدانية قد انتشلت عند الظهيرة ستة قتلى.",
			[]string{"white_helmets killed unknown 10-10 exact", "white_helmets killed unknown 6-6 exact earlier"}},
		{"وذكرت مصادر طبية أن حصيلة الجرحى كانت ثمانية في البداية، قبل أن تتضاعف خلال الليل.",
			[]string{"medical_sources wounded unknown 8-8 exact earlier"}},
		// Killed and wounded named together make one combined toll.
		{"وقال مصدر طبي إن عدد القتلى والجرحى بلغ 25.",
			[]string{"medical_sources killed_or_wounded unknown 25-25 exact"}},
		{"وأسفرت الاشتباكات عن سقوط عدد من المسلحين قتلى ومصابين، وفق المرصد.",
			[]string{"sohr killed_or_wounded fighters 2-9 vague"}},
		// A person and their relative named as a pair are one count of two.
		{"وأصيب رجل وزوجته بشظايا قذيفة سقطت على سطح منزلهما، وفق الدفاع المدني.",
			[]string{"white_helmets wounded civilians 2-2 exact"}},
		{"وصلت الطائرة عند الساعة 1:38 وعلى متنها 4 مسؤولين في 9 آذار.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var got []string
			for _, c := range cs {
				for _, f := range c.Figures {
					h := -1
					if f.High != nil {
						h = *f.High
					}
					s := fmt.Sprintf("%s %s %s %d-%d %s", c.Source.ID, f.Outcome, f.Group, f.Low, h, f.Qualifier)
					if f.Subset {
						s += " subset"
					}
					if f.Earlier {
						s += " earlier"
					}
					got = append(got, strings.TrimSpace(s))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
