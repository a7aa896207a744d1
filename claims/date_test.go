package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestResponseDate: a response takes no date from the part of its
// sentence that tells the event it answers.
func TestResponseDate(t *testing.T) {
	x, _ := extractor(t)
	text := "شنت مقاتلات أمريكية فجر اليوم غارات على مواقع قرب الميادين. " +
		"وجاءت هذه الغارات رداً على هجوم بطائرات مسيرة استهدف قاعدة للتحالف في 3 أيار الجاري."
	var response bool
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-06"}) {
		d := "-"
		if c.Date != nil {
			d = *c.Date
		}
		t.Logf("%q response=%v date=%s rules=%v", c.Text, c.Response, d, c.Rules)
		if c.Response {
			response = true
			if d == "2023-05-03" {
				t.Errorf("response %q dated by the event it answers", c.Text)
			}
		}
	}
	if !response {
		t.Errorf("no response claim")
	}
}

// TestWeekPhrases: "مطلع الأسبوع" is the first days of the week, dated
// to its Sunday (the Syrian working week starts on Sunday); a weekday right after an event noun is that event's day,
// even Sunday and Monday, which alone may mean "the one", "the two".
func TestWeekPhrases(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		// published Wednesday 2023-12-13
		{"وقال مسؤول إن الهجوم على المطار مطلع الأسبوع لم يوقع إصابات.", "2023-12-10"},
		{"وقصفت الطائرات أطراف القرية مطلع الأسبوع الماضي.", "2023-12-03"},
		{"وأكد مسؤول أن هجوم الأحد على المطار لم يوقع إصابات.", "2023-12-10"},
		{"وأكد مسؤول أن غارات الاثنين على المطار دمرت مستودعين.", "2023-12-11"},
		{"وقال مسؤول إن الأحد من المهاجمين قتل في الاشتباك.", "2023-12-13"},
	}
	checkFirstDates(t, x, "2023-12-13", tests)
}

// TestTypeRefinements: the type the strongest event word gives, corrected
// by the rest of the claim.
func TestTypeRefinements(t *testing.T) {
	x, _ := extractor(t)
	tests := []textWant{
		// incursions are ground attacks
		{"وتوغلت قوة عسكرية في أطراف قرية حضر صباح اليوم.", claims.EventGroundAttack},
		// men repelling men: no interception without something in the air
		{"وقال شاهد إن مسلحين تسللوا إلى أطراف البلدة فتصدى لهم الأهالي.", claims.EventGroundAttack},
		{"وتصدت الدفاعات الجوية لعدوان إسرائيلي في سماء دمشق.", claims.EventInterception},
		// a bare قصف from the ground is shelling
		{"وتعرضت بلدات حدودية لقصف من الأراضي السورية صباح اليوم.", claims.EventShelling},
		{"وقصفت الطائرات مواقع في ريف إدلب.", claims.EventAirstrike},
	}
	checkFirstEventTypes(t, x, "2023-12-13", tests)
}

// TestDayAfterDates: "بعد يوم من هجوم" dates a claim the day after the
// attack it refers to, dated in its own clause or in the sentence that
// goes on to tell it; with no such date the claim keeps its own.
func TestDayAfterDates(t *testing.T) {
	x, _ := extractor(t)
	// published Thursday 2023-05-04
	tests := []struct{ text, want string }{
		{"قصفت المدفعية مواقع المسلحين قرب البلدة، بعد يوم من هجوم شنوه على نقطة عسكرية. " +
			"وكان المسلحون قد تسللوا فجر الثلاثاء إلى محيط النقطة.", "2023-05-03"},
		{"قصفت المدفعية مواقع المسلحين قرب البلدة، بعد يومين من هجوم شنوه يوم الاثنين على نقطة عسكرية.", "2023-05-03"},
		{"قصفت المدفعية مواقع المسلحين قرب البلدة، غداة هجوم شنوه الثلاثاء على نقطة عسكرية.", "2023-05-03"},
		{"قصفت المدفعية اليوم مواقع المسلحين قرب البلدة، بعد يوم من هجوم شنوه على نقطة عسكرية. " +
			"ودعت الأمم المتحدة الثلاثاء إلى التهدئة في المنطقة.", "2023-05-04"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-04"})
			if len(cs) == 0 || cs[0].Date == nil || *cs[0].Date != tt.want {
				var got []string
				for _, c := range cs {
					if c.Date != nil {
						got = append(got, *c.Date+" "+c.Text)
					}
				}
				t.Errorf("%s\ngot %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestStrikeContextDate: a strike sentence with no date of its own takes
// the day the article gave the strike it last told, even when the event
// types differ, but not a date known only to its month nor the
// publication day.
func TestStrikeContextDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []dateCase{
		{"weekday carries to a ground attack",
			"استهدفت طائرة مسيرة مساء السبت قاعدة عسكرية قرب مدينة الميادين. " +
				"وقال شاهد إن هجوماً مسلحاً استهدف نقطة حراسة عند مدخل القاعدة.", "2023-05-06"},
		{"yesterday carries to shelling",
			"شنت مقاتلات حربية أمس غارات على بلدة كفرنبل. " +
				"وأفاد ناشطون بأن مدفعية الجيش قصفت أطراف البلدة بعشرات القذائف.", "2023-05-07"},
		{"month only does not carry",
			"وكانت طائرات حربية قد قصفت مدينة الباب في شباط 2017. " +
				"وأفاد ناشطون بأن هجوماً مسلحاً استهدف حاجزاً عند مدخل مدينة منبج.", "2023-05-08"},
	}
	checkClaimDates(t, x, "2023-05-08", true, tests)
}

// TestResponseFramePhrases: "في إطار الرد على", "للرد على" and "في الرد
// على" introduce the event answered like "رداً على": the claim is a
// response, and a weekday after the cue dates the answered event, not
// the response, which keeps the day its speaker gave.
func TestResponseFramePhrases(t *testing.T) {
	x, _ := extractor(t)
	tests := []string{
		"أعلنت وزارة الدفاع يوم الأربعاء أن طائراتها قصفت مواقع للمسلحين في إطار الرد على الهجوم الذي طال نقطة حدودية الأحد.",
		"قال الجيش يوم الأربعاء إن مدفعيته استهدفت تجمعات للمقاتلين للرد على هجوم استهدف دورية له الأحد.",
		"أكدت القيادة يوم الأربعاء أن قواتها دمرت مخازن أسلحة في الرد على الاعتداء الذي تعرض له موقع عسكري الأحد.",
	}
	for _, text := range tests {
		t.Run(text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-10"})
			if len(cs) == 0 {
				t.Fatalf("no claim: %s", text)
			}
			c := cs[0]
			d := "-"
			if c.Date != nil {
				d = *c.Date
			}
			if !c.Response || d != "2023-05-10" {
				t.Errorf("%q\ngot response=%v date=%s (rules %v), want a response of 2023-05-10", c.Text, c.Response, d, c.Rules)
			}
		})
	}
}

// TestCharacterisationTakesContextDate: a sentence that speaks of the
// article's event only through its target ("among the sites struck was a
// power plant") takes the event's day with its type, unless it gives a
// date of its own.
func TestCharacterisationTakesContextDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"the event's day",
			"شنت طائرات حربية مساء الاثنين غارات على ريف مدينة القامشلي. " +
				"وذكر مراسل محلي أن أحد المباني المستهدفة محطة لتوليد الكهرباء في المدينة.", "2023-05-08"},
		{"a day of its own",
			"شنت طائرات حربية مساء الاثنين غارات على ريف مدينة القامشلي. " +
				"وأوضح المراسل أن الموقع المستهدف السبت كان مستودعا للحبوب.", "2023-05-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-09"})
			if len(cs) < 2 {
				t.Fatalf("want two claims, got %d: %s", len(cs), tt.text)
			}
			last := cs[len(cs)-1]
			d := "-"
			if last.Date != nil {
				d = *last.Date
			}
			if d != tt.want || last.EventType != claims.EventAirstrike {
				t.Errorf("%q\ngot %s %s, want %s airstrike (rules %v)", last.Text, last.EventType, d, tt.want, last.Rules)
			}
		})
	}
}

// TestAccordDates: a date right after an agreement or a meeting names it
// ("اتفاق آذار", "تفاهم 5 آذار", "قمة أيلول"), as does a date after a
// participle of signing ("الموقعة في آب"), and does not date the claim,
// which keeps its own day or its article's; a date after a word of time
// still does.
func TestAccordDates(t *testing.T) {
	x, _ := extractor(t)
	tests := []dateCase{
		{"an accord named by its month",
			"وقال قيادي في الفصيل إن الغارة الروسية على المعسكر خرق واضح لاتفاق آذار بين الضامنين.", "2023-10-26"},
		{"an understanding named by its day",
			"واعتبر المتحدث أن قصف القرية ينسف تفاهم 5 آذار ويهدد التهدئة.", "2023-10-26"},
		{"a summit named by its month",
			"وأكدت الخارجية أن الغارات تخالف مقررات قمة أيلول الماضي.", "2023-10-26"},
		{"a date after a participle of signing names the text signed",
			"ودانت الإدارة القصف على الحي، ودعت الضامنين إلى احترام الاتفاقات المبرمة في تموز 2021 بين الطرفين.", "2023-10-26"},
		{"a feminine plural participle of signing",
			"وقصفت المدفعية أطراف القرية، في خرق جديد للتفاهمات الموقعة في 9 آب الماضي.", "2023-10-26"},
		{"the start of a month right after a participle of signing",
			"وقال المصدر إن المسلحين أطلقوا النار على الحاجز، في خرق للاتفاق الموقع مطلع حزيران بشأن الحي.", "2023-10-26"},
		{"a participle of signing with the parties before the date",
			"وقصفت الطائرات محيط البلدة، خلافاً لمذكرة التفاهم المبرمة بين الضامنين في أيلول الماضي.", "2023-10-26"},
		{"a month after a word of time dates the claim",
			"وقال المرصد إن الطائرات قصفت القرية في آذار الماضي.", "2023-03-01"},
	}
	checkClaimDates(t, x, "2023-10-26", false, tests)
}

// TestClockTimeTakesStoryDay: after a toll dated to its day, a sentence
// that tells an hour of the day and no day ("نحو الرابعة عصراً") tells
// that day; with no hour it keeps its article's date.
func TestClockTimeTakesStoryDay(t *testing.T) {
	x, _ := extractor(t)
	toll := "قال ناشطون إن مسلحين قتلوا مساء الثلاثاء 15 شخصا في قرية على أطراف المدينة. "
	tests := []struct{ text, want string }{
		{toll + "وروى أحد السكان أن دبابتين حاصرتا القرية نحو الرابعة عصراً ثم قصفتها.", "2023-12-12"},
		{toll + "وقال شاهد إن الجنود اقتحموا البيوت عند الساعة السادسة وأطلقوا النار.", "2023-12-12"},
		{toll + "وروى أحد السكان أن دبابتين حاصرتا القرية ثم قصفتها.", "2023-12-14"},
	}
	for _, tt := range tests {
		t.Run(tt.text[len(toll):len(toll)+30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-12-14"})
			last := cs[len(cs)-1]
			got := "-"
			if last.Date != nil {
				got = *last.Date
			}
			if got != tt.want {
				t.Errorf("%q: date %s (rules %v), want %s", last.Text, got, last.Rules, tt.want)
			}
		})
	}
}

// TestSinceStartOfDeedDates: a running toll counted since the start of an
// attack on a day of the past week is dated to that start; a start months
// or years back, or the start of some other span, dates nothing.
func TestSinceStartOfDeedDates(t *testing.T) {
	x, _ := extractor(t)
	// published Tuesday 2023-10-17
	tests := []dateCase{
		{"a weekday after the start of the attack",
			"وقال المرصد إن 45 مقاتلاً قتلوا منذ بدء الهجوم على البلدة فجر الأحد.", "2023-10-15"},
		{"yesterday after the launch of the operation",
			"وأفاد ناشطون بأن 12 مدنياً قتلوا في القصف منذ انطلاق العملية مساء أمس.", "2023-10-16"},
		{"a year after the start of the war",
			"وقال المرصد إن الطائرات قصفت القرية منذ بدء الحرب عام 2011 مرات كثيرة.", "2023-10-17"},
		{"a deed that is not a start",
			"وقال المرصد إن الطائرات قصفت البلدة منذ طرد التنظيم منها يوم الأحد.", "2023-10-17"},
	}
	checkClaimDates(t, x, "2023-10-17", false, tests)
}

// dateCase is one sentence or short text and the date its first (or last)
// claim should carry, "-" for none.
type dateCase struct{ name, text, want string }

// checkClaimDates extracts each case's text as an article published on
// published and checks the date of its first claim, or of its last when
// last is set.
func checkClaimDates(t *testing.T, x *claims.Extractor, published string, last bool, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: published})
			if len(cs) == 0 {
				t.Fatalf("no claim: %s", tt.text)
			}
			c := cs[0]
			if last {
				c = cs[len(cs)-1]
			}
			d := "-"
			if c.Date != nil {
				d = *c.Date
			}
			if d != tt.want {
				t.Errorf("%q\ngot %s, want %s (rules %v)", c.Text, d, tt.want, c.Rules)
			}
		})
	}
}
