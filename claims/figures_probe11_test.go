package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// casualtyProbes are tolls in constructions the engine used to lose, each
// written for the test after the ways outlets phrase them: the monitor's
// verb of documenting with a verbal noun and the doer in ل at the end (no
// إن/أن); a singular outcome noun beside a dual or a count ("قتيل
// وجريحان", "قتيلاً وخمسة جرحى"); a rise of the toll in the sentence after
// a source's toll; "آخرون" in the next sentence; the pluperfect earlier
// toll. Negative cases must keep no figure or not move the source.
var casualtyProbes = []figureCase{
	// (1) documenting verb + verbal noun + the doer in ل.
	{"documented killing by army shelling", "وثق المرصد مقتل ثلاثة مدنيين بقصف مدفعي للجيش السوري.",
		[]string{"sohr killed civilians 3-3 exact"}},
	{"documented with shadda", "ووثّق المرصد السوري مقتل طفلين بغارة جوية للطيران الروسي على قرية في ريف إدلب.",
		[]string{"sohr killed civilians 2-2 exact"}},
	{"recorded wounding by rockets of factions", "وسجل المرصد إصابة خمسة مواطنين بقذائف صاروخية للفصائل.",
		[]string{"sohr wounded civilians 5-5 exact"}},
	{"monitored martyrdom by army", "ورصد المرصد استشهاد طفل بقصف مدفعي للجيش التركي على قرية حدودية.",
		[]string{"sohr killed civilians 1-1 exact"}},
	{"counted killing by sdf", "وأحصى المرصد مقتل 12 عنصراً من التنظيم بهجوم لقسد في ريف دير الزور.",
		[]string{"sohr killed fighters 12-12 exact"}},
	{"network documented", "ووثقت الشبكة السورية لحقوق الإنسان مقتل سبعة مدنيين بقصف لقوات النظام.",
		[]string{"snhr killed civilians 7-7 exact"}},
	{"reported with ba and doer in lam", "وأفاد المرصد بمقتل ثلاثة مدنيين بقصف مدفعي للجيش السوري.",
		[]string{"sohr killed civilians 3-3 exact"}},
	{"mentioned killing by turkish drone", "وذكر المرصد مقتل عنصرين من قسد بضربة لمسيرة تركية.",
		[]string{"sohr killed sdf 2-2 exact"}},
	{"documented then place after doer", "ووثق المرصد مقتل أربعة مدنيين بقصف للجيش السوري على بلدة في ريف حماة.",
		[]string{"sohr killed civilians 4-4 exact"}},
	{"addressee still a medium", "وقال مصدر عسكري لسانا إن ثلاثة جنود قتلوا في الهجوم.",
		[]string{"syrian_army killed unknown 3-3 exact"}},
	{"addressee medium before content", "وأوضح مسؤول في الدفاع المدني لموقع محلي أن الغارة تسببت بمقتل طفلين.",
		[]string{"white_helmets killed civilians 2-2 exact"}},
	// (2) mixed counted outcomes.
	{"one dead two wounded", "وقالت مصادر طبية إن الحصيلة قتيل وجريحان.",
		[]string{"medical_sources killed unknown 1-1 exact", "medical_sources wounded unknown 2-2 exact"}},
	{"one dead two wounded genitive", "وأسفر القصف عن قتيل وجريحين، بحسب الدفاع المدني.",
		[]string{"white_helmets killed unknown 1-1 exact", "white_helmets wounded unknown 2-2 exact"}},
	{"headline one dead two wounded", "قتيل وجريحان بانفجار عبوة ناسفة في ريف درعا",
		[]string{"outlet killed unknown 1-1 exact", "outlet wounded unknown 2-2 exact"}},
	{"accusative one dead and five wounded", "وخلّف الانفجار قتيلاً وخمسة جرحى، بحسب سانا.",
		[]string{"sana killed unknown 1-1 exact", "sana wounded unknown 5-5 exact"}},
	{"accusative martyr and a number wounded", "وأوقع القصف شهيداً وعدداً من الجرحى، بحسب ناشطين.",
		[]string{"local_sources killed unknown 1-1 exact", "local_sources wounded unknown 2-9 vague"}},
	{"reporter with named outcome and doer in lam", "وأفاد مراسلنا باستشهاد طفل وإصابة آخرين بجروح، بقصف مدفعي لقوات النظام على القرية.",
		[]string{"outlet killed civilians 1-1 exact", "outlet wounded civilians 2--1 vague"}},
	{"headline accusative dual and count", "قتيلين وثلاثة مصابين بقصف مدفعي على ريف إدلب",
		[]string{"outlet killed unknown 2-2 exact", "outlet wounded unknown 3-3 exact"}},
	{"two dead three wounded", "وأسفر الانفجار عن قتيلين وثلاثة جرحى، وفق مصادر طبية.",
		[]string{"medical_sources killed unknown 2-2 exact", "medical_sources wounded unknown 3-3 exact"}},
	{"martyr and a number of wounded", "وسقط شهيد وعدد من الجرحى بقصف على البلدة، بحسب ناشطين.",
		[]string{"local_sources killed unknown 1-1 exact", "local_sources wounded unknown 2-9 vague"}},
	{"two martyrs one wounded", "وأسفر القصف عن شهيدين وجريح، بحسب الدفاع المدني.",
		[]string{"white_helmets killed unknown 2-2 exact", "white_helmets wounded unknown 1-1 exact"}},
	{"two dead one wounded fell", "وأدى القصف إلى سقوط قتيلين وجريح، بحسب المرصد.",
		[]string{"sohr killed unknown 2-2 exact", "sohr wounded unknown 1-1 exact"}},
	{"one dead one wounded", "وسقط قتيل وجريح في القصف، بحسب المرصد.",
		[]string{"sohr killed unknown 1-1 exact", "sohr wounded unknown 1-1 exact"}},
	{"headline martyr and wounded", "شهيد وجريح بقصف صاروخي على بلدة في ريف حلب",
		[]string{"outlet killed unknown 1-1 exact", "outlet wounded unknown 1-1 exact"}},
	{"neg tens between dead and wounded", "وسقط العشرات بين قتيل وجريح في القصف، بحسب المرصد.",
		[]string{"sohr killed_or_wounded unknown 20-99 vague"}},
	{"neg combined twenty", "ووقع 20 قتيلاً وجريحاً في القصف، بحسب المرصد.",
		[]string{"sohr killed_or_wounded unknown 20-20 exact"}},
	{"neg fell dead predicate", "وسقط الشاب قتيلاً برصاص قناص، بحسب المرصد.", nil},
	// (3) the toll rises in the sentence after the source's toll.
	{"rise next sentence keeps monitor", "قتل ثلاثة مدنيين بقصف على البلدة، بحسب المرصد. وارتفعت الحصيلة إلى 12 قتيلاً.",
		[]string{"sohr killed civilians 3-3 exact earlier", "sohr killed unknown 12-12 exact"}},
	{"rise next sentence count noun", "وأفاد الدفاع المدني بمقتل خمسة أشخاص في الغارة. ثم ارتفع عدد القتلى إلى تسعة.",
		[]string{"white_helmets killed unknown 5-5 exact earlier", "white_helmets killed unknown 9-9 exact"}},
	{"rise jumped next sentence", "وقال المرصد إن 20 مدنياً قتلوا في الغارات. وقفز عدد القتلى لاحقاً إلى 31.",
		[]string{"sohr killed civilians 20-20 exact earlier", "sohr killed unknown 31-31 exact"}},
	{"toll reached next sentence", "وقال المرصد إن ستة مدنيين قتلوا في القصف. وبلغت الحصيلة لاحقاً عشرة قتلى.",
		[]string{"sohr killed civilians 6-6 exact", "sohr killed unknown 10-10 exact"}},
	{"victims count reached next sentence", "وأعلن الدفاع المدني مقتل سبعة أشخاص بالغارة. ووصل عدد الضحايا مساءً إلى 11.",
		[]string{"white_helmets killed unknown 7-7 exact", "white_helmets killed unknown 11-11 exact"}},
	{"rise after a time phrase", "قتل خمسة مدنيين في الغارة، وفق المرصد. ومنذ الصباح ارتفعت حصيلة القتلى تدريجياً لتصل إلى 11.",
		[]string{"sohr killed civilians 5-5 exact earlier", "sohr killed unknown 11-11 exact"}},
	{"dual others next sentence", "قتل مدنيان بقصف على البلدة، بحسب الدفاع المدني. وأصيب اثنان آخران بجروح طفيفة.",
		[]string{"white_helmets killed civilians 2-2 exact", "white_helmets wounded civilians 2-2 exact"}},
	{"neg displaced count reached", "وقال المرصد إن ستة مدنيين قتلوا في القصف. وبلغ عدد النازحين 300 شخص.",
		[]string{"sohr killed civilians 6-6 exact"}},
	{"neg rise of prices", "قتل ثلاثة مدنيين بقصف على البلدة، بحسب المرصد. وارتفعت أسعار الخبز إلى 12 ليرة.",
		[]string{"sohr killed civilians 3-3 exact"}},
	{"neg rise after own voice", "قتل ثلاثة مدنيين بقصف على البلدة. وارتفعت الحصيلة إلى 12 قتيلاً.",
		[]string{"outlet killed civilians 3-3 exact earlier", "outlet killed unknown 12-12 exact"}},
	{"neg rise with its own source", "قتل ثلاثة مدنيين بقصف على البلدة، بحسب المرصد. وارتفعت الحصيلة إلى 5 وفق مصادر طبية.",
		[]string{"sohr killed civilians 3-3 exact", "medical_sources killed unknown 5-5 exact"}},
	{"neg separate incident", "قتل ثلاثة مدنيين بقصف على البلدة، بحسب المرصد. وفي حادث منفصل، ارتفعت حصيلة انفجار الأمس إلى 8.",
		[]string{"sohr killed civilians 3-3 exact", "outlet killed unknown 8-8 exact"}},
	// (4) "others" in the next clause or sentence.
	{"others same sentence soldiers", "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على حاجز، بحسب سانا.",
		[]string{"sana killed unknown 3-3 exact", "sana wounded unknown 5-5 exact"}},
	{"others next sentence civilians", "قتل ثلاثة مدنيين بقصف على البلدة، بحسب المرصد. وأصيب خمسة آخرون بجروح.",
		[]string{"sohr killed civilians 3-3 exact", "sohr wounded civilians 5-5 exact"}},
	{"others next sentence own voice", "قتل أربعة أطفال بغارة على المخيم. وأصيب تسعة آخرون بجروح بعضها خطرة.",
		[]string{"outlet killed civilians 4-4 exact", "outlet wounded civilians 9-9 exact"}},
	{"others next sentence sdf then source", "قتل أربعة عناصر من قسد بهجوم على حاجز. وأصيب ستة آخرون بجروح متفاوتة، بحسب المرصد.",
		[]string{"outlet killed sdf 4-4 exact", "sohr wounded sdf 6-6 exact"}},
	{"others fiima clause", "وقتل أربعة عناصر من قسد، فيما أصيب ستة آخرون، بحسب المرصد.",
		[]string{"sohr killed sdf 4-4 exact", "sohr wounded sdf 6-6 exact"}},
	{"others next sentence agency", "قتل جنديان بانفجار لغم في ريف حمص، وفق سانا. وجرح ثلاثة آخرون.",
		[]string{"sana killed unknown 2-2 exact", "sana wounded unknown 3-3 exact"}},
	{"neg others after separate", "قتل ثلاثة مدنيين بقصف على البلدة. وفي حادث منفصل، أصيب خمسة آخرون بانفجار لغم.",
		[]string{"outlet killed civilians 3-3 exact", "outlet wounded unknown 5-5 exact"}},
	// (5) pluperfect earlier toll, then the rise.
	{"pluperfect spoke of then rose", "وكان المرصد قد تحدث عن 5 قتلى قبل أن ترتفع الحصيلة إلى 9.",
		[]string{"sohr killed unknown 5-5 exact earlier", "sohr killed unknown 9-9 exact"}},
	{"pluperfect reported killing then rose", "وكان المرصد قد أفاد بمقتل 5 أشخاص، قبل أن يرتفع العدد إلى 9.",
		[]string{"sohr killed unknown 5-5 exact earlier", "sohr killed unknown 9-9 exact"}},
	{"earlier toll of the monitor next sentence", "وارتفع عدد القتلى إلى 15، بحسب المرصد. وكانت حصيلة سابقة للمرصد قد أشارت إلى سقوط 8 قتلى.",
		[]string{"sohr killed unknown 15-15 exact", "sohr killed unknown 8-8 exact earlier"}},
	{"pluperfect without qad", "وكان المرصد أفاد في وقت سابق بمقتل 5 أشخاص، قبل أن ترتفع الحصيلة إلى 9.",
		[]string{"sohr killed unknown 5-5 exact earlier", "sohr killed unknown 9-9 exact"}},
	{"after it had documented", "وقال المرصد إن 12 مدنياً قتلوا، بعدما كان قد وثق مقتل 7 في الصباح.",
		[]string{"sohr killed civilians 12-12 exact", "sohr killed unknown 7-7 exact earlier"}},
	{"medical sources spoke then rose", "وكانت مصادر طبية قد تحدثت عن أربعة قتلى، قبل أن يرتفع العدد إلى سبعة بوفاة جرحى.",
		[]string{"medical_sources killed unknown 4-4 exact earlier", "medical_sources killed unknown 7-7 exact"}},
	{"preliminary toll then li-rise", "وكان الدفاع المدني قد ذكر بحصيلته الأولى مقتل 3 مدنيين، لترتفع الحصيلة لاحقاً إلى 6.",
		[]string{"white_helmets killed civilians 3-3 exact earlier", "white_helmets killed unknown 6-6 exact"}},
	{"pluperfect documented then raised", "وكان الدفاع المدني قد أحصى مقتل 4 مدنيين، قبل أن ترتفع الحصيلة لاحقاً إلى 7.",
		[]string{"white_helmets killed civilians 4-4 exact earlier", "white_helmets killed unknown 7-7 exact"}},
}

// casualtyProbesWeak are phrasings still missed; logged, not asserted. A
// relative clause's party after the speaker is read as the doer by the
// rule of the party before the event word.
var casualtyProbesWeak = []figureCase{
	{"rise after a clause of its own", "قتل خمسة مدنيين في الغارة، وفق المرصد. ومع انتشال جثث من تحت الأنقاض ارتفعت الحصيلة إلى 9.",
		[]string{"sohr killed civilians 5-5 exact earlier", "sohr killed unknown 9-9 exact"}},
}

// typedProbes are documenting sentences whose event type the doer in ل
// used to hide.
var typedProbes = []struct {
	name, text, want string
}{
	{"army artillery", "وثق المرصد مقتل ثلاثة مدنيين بقصف مدفعي للجيش السوري.", claims.EventShelling},
	{"turkish army artillery", "ووثق المرصد مقتل مدنيين اثنين بقصف مدفعي للجيش التركي على قرية.", claims.EventShelling},
	{"sdf shelling", "وذكر المرصد إصابة طفل بقصف مدفعي لقسد على حي سكني.", claims.EventShelling},
	{"russian air raid", "ووثق المرصد مقتل أربعة مدنيين بغارة للطيران الروسي.", claims.EventAirstrike},
}

// TestCasualtyProbes checks the casualty probes and logs the weak ones.
func TestCasualtyProbes(t *testing.T) {
	x, _ := extractor(t)
	assertFigureLines(t, x, casualtyProbes)
	for _, tt := range typedProbes {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || cs[0].EventType != tt.want {
				t.Errorf("%s: want type %s, got %+v", tt.text, tt.want, cs)
			}
		})
	}
	pass := 0
	for _, tt := range casualtyProbesWeak {
		if cmp.Equal(tt.want, figureLines(x, tt.text)) {
			pass++
		} else {
			t.Logf("known weak %s: %s", tt.name, tt.text)
		}
	}
	t.Logf("casualty probes: %d asserted, %d/%d weak ones pass", len(casualtyProbes)+len(typedProbes), pass, len(casualtyProbesWeak))
}
