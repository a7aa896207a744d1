package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFiguresRecount checks how a toll reaches its figure and how a
// source's first count is told: a verb of reaching before a long toll
// head ("وصل عدد قتلى ...، إلى"), the cues of a first report ("في أول
// الأمر", "في بيانه الأول", "في إحصائية سابقة") and a recount after "ثم"
// with a time of day. Sentences written for the test.
func TestFiguresRecount(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"reach verb before a long toll head",
			"وصل عدد قتلى القصف على أحياء المدينة، جنوبي إدلب، إلى 14 شخصاً، وفق الدفاع المدني.",
			[]string{"white_helmets killed unknown 14-14 exact"}},
		{"reach verb with a group",
			"بلغ عدد قتلى الغارات على مواقع الفصائل قرب البلدة، شرقي حمص، إلى 31 عنصراً، بحسب المرصد السوري.",
			[]string{"sohr killed fighters 31-31 exact"}},
		{"present reach verb without إلى",
			"يبلغ عدد القتلى 7 بحسب المرصد.",
			[]string{"sohr killed unknown 7-7 exact"}},
		{"first word of another voice",
			"وقالت الوزارة إن 6 جنود قتلوا، علماً أن وكالة سانا نقلت في أول الأمر أربعة قتلى.",
			[]string{"outlet killed unknown 6-6 exact", "outlet killed unknown 4-4 exact earlier"}},
		{"first statement of a body",
			"وكان الدفاع المدني قد ذكر في بيانه الأول مقتل سبعة مدنيين.",
			[]string{"white_helmets killed civilians 7-7 exact earlier"}},
		{"former tally",
			"وكانت الشبكة قد وثقت في إحصائية سابقة مقتل 30 شخصاً.",
			[]string{"outlet killed unknown 30-30 exact earlier"}},
		{"recount in the evening",
			"ووثق المرصد 9 قتلى صباح السبت ثم 15 مساءً.",
			[]string{"sohr killed unknown 9-9 exact earlier", "sohr killed unknown 15-15 exact"}},
		{"recount after a comma",
			"وأحصت الشبكة 20 قتيلاً ظهراً، ثم 31 في المساء.",
			[]string{"outlet killed unknown 20-20 exact earlier", "outlet killed unknown 31-31 exact"}},
		{"bare recount ending the clause",
			"وأحصى المرصد 11 قتيلاً ثم 14.",
			[]string{"sohr killed unknown 11-11 exact earlier", "sohr killed unknown 14-14 exact"}},
		{"victims of successive blows are no recount",
			"وقال الدفاع المدني إن 4 قتلوا في الغارة الأولى ثم 6 في الغارة الثانية.",
			[]string{"white_helmets killed unknown 4-4 exact"}},
		{"victims in another town are no recount",
			"وقال المرصد إن 5 قتلوا في سراقب ثم 3 في أريحا.",
			[]string{"sohr killed unknown 5-5 exact"}},
		{"another group counted after ثم is no recount",
			"وأحصى المرصد 5 مدنيين قتلى ثم 3 عسكريين قتلى.",
			[]string{"sohr killed civilians 5-5 exact", "sohr killed unknown 3-3 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestTollAnnouncerAfter: "في حصيلة أعلنها" (or أعلنتها) and a body
// after a toll names who gave it. Sentences written for the test.
func TestTollAnnouncerAfter(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"toll announced by a body",
			"قُتل 10 مدنيين، بينهم ثلاثة أطفال، وأصيب 21 آخرون، مساء أمس، إثر قصف صاروخي استهدف القرية، في حصيلة أعلنتها منظمة الخوذ البيضاء.",
			[]string{"white_helmets killed civilians 10-10 exact", "white_helmets killed civilians 3-3 exact subset",
				"white_helmets wounded civilians 21-21 exact"}},
		{"toll documented by a monitor",
			"ولقي 6 أشخاص حتفهم في الانفجار، في حصيلة وثقها المرصد السوري.",
			[]string{"sohr killed unknown 6-6 exact"}},
		{"a body's toll stays its own",
			"وبلغت حصيلة المرصد 12 قتيلاً.",
			[]string{"sohr killed unknown 12-12 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
