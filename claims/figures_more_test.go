package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// figureLines renders the figures of an article's claims for comparison:
// "source outcome group low-high qualifier [subset] [earlier]", high -1
// when open.
func figureLines(x *claims.Extractor, text string) []string {
	var got []string
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"}) {
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
	return got
}

// TestFiguresNewsPhrasing checks ways news outlets state tolls that the
// first rounds did not cover, each in a sentence written for the test.
func TestFiguresNewsPhrasing(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"subset with من ضمنهم",
			"ووثقت الشبكة السورية لحقوق الإنسان مقتل 23 مدنياً، من ضمنهم 8 أطفال، في القصف.",
			[]string{"snhr killed civilians 23-23 exact", "snhr killed civilians 8-8 exact subset"}},
		{"subset with بمن فيهم",
			"وقال المرصد إن 40 شخصاً قتلوا بمن فيهم 11 مدنياً.",
			[]string{"sohr killed unknown 40-40 exact", "sohr killed civilians 11-11 exact subset"}},
		{"others named by a partitive",
			"وأفاد المرصد بمقتل 5 عناصر وإصابة نحو 30 آخرين من المدنيين بشظايا.",
			[]string{"sohr killed fighters 5-5 exact", "sohr wounded civilians 30-30 about"}},
		{"a bare number keeps no group from its subset",
			"وقال المرصد إن الضربة أودت بحياة 6 بينهم قيادي.",
			[]string{"sohr killed unknown 6-6 exact", "sohr killed fighters 1-1 exact subset"}},
		{"at least of a subset stays with the subset",
			"وأحصى المرصد 11 قتيلاً بينهم اثنان على الأقل من الأجانب.",
			[]string{"sohr killed unknown 11-11 exact", "sohr killed unknown 2--1 at_least subset"}},
		{"a count with its own outcome is not part of the subset before",
			"وأعلنت سانا مقتل 9 عسكريين بينهم عدد من الضباط وإصابة 14 آخرين.",
			[]string{"sana killed unknown 9-9 exact", "sana killed unknown 2-9 vague subset", "sana wounded unknown 14-14 exact"}},
		{"a feminine rank is a person",
			"وأقر الجيش بإصابة أربعة جنود، بينهم ضابطة.",
			[]string{"outlet wounded unknown 4-4 exact", "outlet wounded unknown 1-1 exact subset"}},
		{"digits in brackets",
			"وقال المرصد إن حصيلة القتلى منذ بداية الشهر بلغت (312) شخصاً.",
			[]string{"sohr killed unknown 312-312 exact"}},
		{"a qualifier before digits in brackets",
			"وأفاد المرصد بأن عدد الجرحى ارتفع إلى أكثر من (90) جريحاً.",
			[]string{"sohr wounded unknown 90--1 at_least"}},
		{"the number of those who were killed",
			"وقال المرصد إن عدد من قتلوا في المعارك ارتفع إلى 64.",
			[]string{"sohr killed unknown 64-64 exact"}},
		{"the tally of the dead",
			"وسجل المرصد ارتفاع تعداد القتلى إلى 17.",
			[]string{"sohr killed unknown 17-17 exact"}},
		{"an unspecified number",
			"وقالت مصادر محلية إن عدداً غير محدد من المسلحين قتلوا في الاشتباك.",
			[]string{"local_sources killed fighters 1--1 vague"}},
		{"one killed by a singular noun",
			"وذكرت سانا أن قذيفة سقطت على الحي ما أدى إلى سقوط شهيد وعدد من الجرحى.",
			[]string{"sana killed unknown 1-1 exact", "sana wounded unknown 2-9 vague"}},
		{"killed and wounded singular nouns together are a combined toll",
			"وأسفر الانفجار عن ثلاثة أشخاص بين قتيل وجريح.",
			[]string{"outlet killed_or_wounded unknown 3-3 exact"}},
		{"a wounded person who died",
			"وارتفعت الحصيلة إلى خمسة قتلى بعد وفاة جريح في المشفى.",
			[]string{"outlet killed unknown 5-5 exact", "outlet killed unknown 1-1 exact subset"}},
		{"wounded who died are part of the toll before them",
			"وقال المرصد إن الحصيلة صارت 9 قتلى إثر وفاة اثنين من المصابين.",
			[]string{"sohr killed unknown 9-9 exact", "sohr killed unknown 2-2 exact subset"}},
		{"wounded who died with no toll before are a toll",
			"وقال مصدر طبي إن جريحين توفيا متأثرين بإصابتهما.",
			[]string{"medical_sources killed unknown 2-2 exact"}},
		// Counts carried by a fraction or a pronoun refer to people
		// counted before them.
		{"a fraction with a pronoun",
			"وقال المرصد إن القصف قتل 15 شخصاً، ثلثهم من النساء.",
			[]string{"sohr killed unknown 15-15 exact", "sohr killed civilians 5-5 exact subset"}},
		{"a fraction that does not divide is about",
			"وأفاد الدفاع المدني بإصابة 9 أشخاص، نصفهم تقريباً من الأطفال.",
			[]string{"white_helmets wounded unknown 9-9 exact", "white_helmets wounded civilians 5-5 about subset"}},
		{"a fraction of the toll its noun names",
			"وقالت مصادر طبية إن 4 قتلوا و30 أصيبوا، وإن نحو ثلث الجرحى في حالة حرجة.",
			[]string{"medical_sources killed unknown 4-4 exact", "medical_sources wounded unknown 30-30 exact", "medical_sources wounded unknown 10-10 about subset"}},
		{"counted among the dead named elsewhere",
			"وقال مراسل الوكالة إن بين القتلى ثلاثة أطفال وامرأة.",
			[]string{"outlet killed civilians 3-3 exact subset", "outlet killed civilians 1-1 exact subset"}},
		{"a fraction of a toll before a clause cut",
			"وقال الدفاع المدني إن فرقه أسعفت 40 مصاباً، مشيراً إلى أن نحو ربع المصابين من النساء.",
			[]string{"white_helmets wounded unknown 40-40 exact", "white_helmets wounded civilians 10-10 about subset"}},
		{"a fraction of a part is not taken",
			"وقال مصدر طبي إن حالة ستة من المصابين خطرة، وإن نصف المصابين من الأطفال.",
			[]string{"medical_sources wounded unknown 6-6 exact"}},
		{"killed after capture",
			"وقالت مصادر محلية إن مسلحين خطفوا خمسة عمال ثم أقدموا على إعدامهم.",
			[]string{"local_sources captured civilians 5-5 exact", "local_sources killed civilians 5-5 exact"}},
		{"a dual pronoun counts two",
			"وذكر المرصد أن مجهولين أطلقوا النار على شقيقين في سيارتهما ما أدى إلى مقتلهما.",
			[]string{"sohr killed unknown 2-2 exact"}},
		{"a pronoun repeating the outcome adds nothing",
			"وأكد المرصد مقتل سبعة عناصر، وقال إن مقتلهم جاء بعد كمين.",
			[]string{"sohr killed fighters 7-7 exact"}},
		{"an injury pronoun explains, it does not count",
			"وقال مدير المشفى إن حالة ثلاثة من الجرحى حرجة نظراً لإصابتهم بشظايا.",
			[]string{"medical_sources wounded unknown 3-3 exact"}},
		// Whose count an outcome belongs to.
		{"an outcome verb with a count of its own",
			"وتسلل إلى القرية تسعة مهاجمين، قتل ثلاثة منهم في الاشتباك.",
			[]string{"outlet killed unknown 3-3 exact"}},
		{"counts of operations are no casualties",
			"وأحصى المرصد 15 عملية تفجير قتل خلالها 22 شخصاً.",
			[]string{"sohr killed unknown 22-22 exact"}},
		{"one that describes a thing is no count",
			"وقالت سانا إن القصف أدى إلى استشهاد خمسة من عائلة واحدة.",
			[]string{"sana killed unknown 5-5 exact"}},
		{"one of her sons",
			"وقالت مصادر محلية إن القذيفة تسببت بمقتل أحد أبنائها.",
			[]string{"local_sources killed unknown 1-1 exact"}},
		{"one of the members of a checkpoint",
			"وذكر المرصد أن الهجوم أسفر عن مقتل أحد عناصر الحاجز.",
			[]string{"sohr killed fighters 1-1 exact"}},
		{"one of the schools is no count",
			"وقالت مصادر محلية إن 3 أطفال أصيبوا بقذيفة سقطت قرب إحدى مدارس البلدة.",
			[]string{"local_sources wounded civilians 3-3 exact"}},
		{"the two are named after هما",
			"وقال المرصد إن شخصين قتلا، هما امرأة وطفل.",
			[]string{"sohr killed unknown 2-2 exact", "sohr killed civilians 1-1 exact subset", "sohr killed civilians 1-1 exact subset"}},
		// Revisions and rejected numbers.
		{"a bare toll after بعد أن كانت is the earlier one",
			"وقالت مصادر طبية إن حصيلة الانفجار ارتفعت إلى 11 قتيلاً بعد أن كانت 6.",
			[]string{"medical_sources killed unknown 11-11 exact", "medical_sources killed unknown 6-6 exact earlier"}},
		{"a toll that rose from one value to another",
			"وقال المرصد إن حصيلة قتلى الغارة ارتفعت من سبعة إلى عشرة.",
			[]string{"sohr killed unknown 7-7 exact earlier", "sohr killed unknown 10-10 exact"}},
		{"a toll corrected downwards",
			"وقالت الشبكة السورية لحقوق الإنسان إنها عدّلت حصيلة الضحايا من 20 إلى 17 بعد مراجعة الأسماء.",
			[]string{"snhr killed unknown 20-20 exact earlier", "snhr killed unknown 17-17 exact"}},
		{"a range without a word of change stays a range",
			"وقال المرصد إن الغارة قتلت من 8 إلى 12 شخصاً.",
			[]string{"sohr killed unknown 8-12 range"}},
		{"the number rejected after a toll is not the source's",
			"وقال المرصد إن القوات اعتقلت ستة شبان لا ثمانية.",
			[]string{"sohr captured civilians 6-6 exact"}},
		{"a correction takes the outcome of the number it replaces",
			"وقال الدفاع المدني إن عدد المصابين ليس 12 بل 19.",
			[]string{"white_helmets wounded unknown 19-19 exact"}},
		// "منهم" refers back across the clauses a claim is cut into.
		{"part of the people a definite outcome noun names",
			"وقال مدير المشفى إن المصابين وصلوا تباعاً، وإن حالة خمسة منهم حرجة.",
			[]string{"medical_sources wounded unknown 5-5 exact subset"}},
		{"part of a toll given before a subject-less speech verb",
			"ووثق المرصد مقتل 16 شخصاً، قال إن عشرة منهم من عناصر الفصائل.",
			[]string{"sohr killed unknown 16-16 exact", "sohr killed fighters 10-10 exact subset"}},
		{"a verb with a dual object pronoun",
			"وذكر المرصد أن دورية رصدت مسلحين اثنين قرب السد وقتلتهما.",
			[]string{"sohr killed fighters 2-2 exact"}},
		{"arrest by توقيف",
			"وقالت مصادر محلية إن الشرطة أوقفت أربعة أشخاص للاشتباه بهم.",
			[]string{"local_sources captured unknown 4-4 exact"}},
		// Verbs of injury and death after one person.
		{"a member of a force was injured",
			"وقال مسؤول أمريكي إن جندياً أمريكياً تعرض لإصابة خفيفة في الهجوم.",
			[]string{"us_government wounded us_forces 1-1 exact"}},
		{"several were injured",
			"وذكر المرصد أن أربعة مدنيين تعرضوا لإصابات بشظايا القذيفة.",
			[]string{"sohr wounded civilians 4-4 exact"}},
		{"fell dead",
			"وقال المرصد إن عنصراً في قوات النظام سقط قتيلاً برصاص قناص.",
			[]string{"sohr killed syrian_army 1-1 exact"}},
		// People freed or exchanged are no casualties; a shooting is not a
		// release.
		{"detainees freed",
			"وقالت مصادر محلية إن الفصائل أفرجت عن 6 معتقلين بوساطة عشائرية.",
			nil},
		{"prisoners exchanged",
			"وشملت صفقة التبادل 9 أسرى من كل طرف.",
			nil},
		{"a toll in an exchange of fire stays",
			"وخلال تبادل إطلاق النار قتل 3 عناصر من الحاجز.",
			[]string{"outlet killed fighters 3-3 exact"}},
		{"eliminated",
			"وذكر مصدر عسكري أن وحدات الجيش قضت على 12 إرهابياً في البادية.",
			[]string{"syrian_army killed fighters 12-12 exact"}},
		{"a man and his two children",
			"وقال الدفاع المدني إن الغارة تسببت بمقتل رجل وطفليه.",
			[]string{"white_helmets killed civilians 3-3 exact"}},
		// Lost their lives is killed, not missing.
		{"lost their lives after the count",
			"وقال مراسل الوكالة إن طفلين اثنين فقدا حياتهما جراء القصف.",
			[]string{"outlet killed civilians 2-2 exact"}},
		{"the loss of their lives",
			"وأدى الانفجار إلى فقدان أربعة عمال حياتهم.",
			[]string{"outlet killed civilians 4-4 exact"}},
		{"neutralising them repeats the toll",
			"وقالت وزارة الدفاع التركية إن 3 إرهابيين حاولوا التسلل فتمكنت القوات من تحييدهم.",
			[]string{"turkey_mod killed_or_wounded fighters 3-3 exact"}},
		{"feminine plural verbs",
			"وقالت مصادر محلية إن أربع نساء أصبن بشظايا القذيفة.",
			[]string{"local_sources wounded civilians 4-4 exact"}},
		{"wounded who died",
			"وقال مصدر طبي إن ثلاثة من المصابين فارقوا الحياة في المشفى.",
			[]string{"medical_sources killed unknown 3-3 exact"}},
		{"up to",
			"وقال مسؤول محلي إن ما يصل إلى 25 شخصاً ربما قتلوا في الانفجار.",
			[]string{"local_sources killed unknown 0-25 at_most"}},
		// Nobody hurt, said in many ways: a negation, a verb of occurring,
		// "أي" and what nobody suffered, with whose ranks after it.
		{"no losses among the forces",
			"وقال المتحدث إن الضربة لم تخلف أي خسائر بشرية بين الجنود الأمريكيين.",
			[]string{"outlet killed_or_wounded us_forces 0-0 exact"}},
		{"without anyone being hurt",
			"وقال الدفاع المدني إن الصاروخ هوى في بستان من دون أن يُصاب أحد بأذى.",
			[]string{"white_helmets wounded unknown 0-0 exact"}},
		{"the absence of injuries",
			"وتحدثت الوكالة الرسمية عن عدم وقوع إصابات جراء سقوط الصاروخ.",
			[]string{"outlet wounded unknown 0-0 exact"}},
		{"suffered no losses",
			"وقالت قيادة العمليات إن قواتها لم تتكبد أي خسائر خلال الاشتباك.",
			[]string{"outlet killed_or_wounded unknown 0-0 exact"}},
		{"no material word is no zero",
			"وقال المصدر إن القصف لم يسفر عن أضرار في المبنى.",
			nil},
		// A list after "بينهم" stays in the subset however its members
		// are named.
		{"a list of parts",
			"وقال المرصد إن القصف أدى إلى سقوط 7 قتلى بينهم 3 من عناصر الشرطة و4 مدنيين.",
			[]string{"sohr killed unknown 7-7 exact", "sohr killed syrian_army 3-3 exact subset", "sohr killed civilians 4-4 exact subset"}},
		{"two critical cases among the wounded",
			"وذكر المرصد أن 12 شخصاً جرحوا، بينهم حالتان خطرتان.",
			[]string{"sohr wounded unknown 12-12 exact", "sohr wounded unknown 2-2 exact subset"}},
		{"cases of death and of suffocation",
			"وقالت مديرية الصحة إن المشفى سجل 3 حالات وفاة و15 حالة اختناق.",
			[]string{"syria_health killed unknown 3-3 exact", "syria_health wounded unknown 15-15 exact"}},
		// A companion after an adjective makes a pair.
		{"an official and his driver",
			"وقالت مصادر محلية إن العبوة أودت بحياة موظف حكومي وسائقه.",
			[]string{"local_sources killed civilians 2-2 exact"}},
		{"counted among the dead after the count",
			"وقال مصدر طبي إن 5 نساء بين القتلى.",
			[]string{"medical_sources killed civilians 5-5 exact subset"}},
		// A second count joined by و keeps its own noun and group.
		{"two counts of two groups",
			"وأفادت الوكالة بمقتل 9 عسكريين ومدنيين اثنين وإصابة آخرين.",
			// "وإصابة آخرين" with no number: wounded, at least two (bare plural).
			[]string{"outlet killed unknown 9-9 exact", "outlet killed civilians 2-2 exact", "outlet wounded civilians 2--1 vague"}},
		{"people of other nationalities",
			"وقال المرصد إن القتلى هم 7 من قوات النظام و4 من جنسيات غير سورية.",
			[]string{"sohr killed syrian_army 7-7 exact", "sohr killed unknown 4-4 exact"}},
		{"Russian personnel",
			"وأعلنت وزارة الدفاع الروسية مقتل ثلاثة عسكريين روس في الانفجار.",
			[]string{"russia_mod killed pro_government 3-3 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFiguresDoersVerb: the doers' plural verb "قتلوا" (they killed) takes
// the count after it for object, also past a time phrase; the doers named
// before it are no victims. A count before the verb is its subject.
func TestFiguresDoersVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the count right after the verb",
			"وقال ناشطون إن عناصر الميليشيا قتلوا 23 شخصا من سكان القرية.",
			[]string{"local_sources killed civilians 23-23 exact"}},
		{"past a weekday phrase",
			"وأفاد ناشطون بأن مسلحين موالين قتلوا فجر الجمعة 14 مدنيا في أطراف البلدة.",
			[]string{"local_sources killed civilians 14-14 exact"}},
		{"past yesterday",
			"وقالت الهيئة إن المهاجمين قتلوا أمس تسعة من أفراد عائلة واحدة.",
			[]string{"outlet killed unknown 9-9 exact"}},
		{"a count before the verb is its subject",
			"وقال المرصد إن 6 مقاتلين قتلوا في المعارك.",
			[]string{"sohr killed fighters 6-6 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// figureCase is a named text written for a test and the figure lines (see
// figureLines) it must give, in order.
type figureCase struct {
	name, text string
	want       []string
}

// assertFigureLines extracts each case's text and compares its figure
// lines with the case's want.
func assertFigureLines(t *testing.T, x *claims.Extractor, tests []figureCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
