package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// TestBareInstitutionContext: a body named by its bare institution word
// ("المتحدث باسم الجيش"، "مصدر أمني"، "مدير المرفأ") is credited by the
// context: the army that spoke before with its nationality, the outlet's
// own side, the new Syrian state after December 2024 in the opposition's
// media, and the state that runs a public facility. Sentences written for
// the test; want is the source of each claim that carries a figure.
func TestBareInstitutionContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureSourceCase{
		{"army spokesman after the Israeli army spoke", "skynews_arabia", "2025-06-02",
			"أعلن الجيش الإسرائيلي صباح الإثنين جرح جنديين من قواته قرب بلدة في ريف القنيطرة. وبيّن المتحدث باسم الجيش أن ثلاثة مسلحين قُتلوا في تبادل النار.",
			[]string{"idf", "idf"}},
		{"army spokesman with no army named, an Israeli medium", "israel_media", "2021-03-10",
			"وقال المتحدث باسم الجيش إن القوات قتلت مسلحَين اثنين قرب السياج في الجولان.",
			[]string{"idf"}},
		{"army spokesman with no army named, a Syrian state medium", "sana", "2021-03-10",
			"وقال المتحدث باسم الجيش إن الوحدات قتلت خمسة إرهابيين في ريف إدلب.",
			[]string{"syrian_army"}},
		{"security source in an opposition medium after the fall of Assad", "syria_tv", "2025-02-14",
			"وقال مصدر أمني لموقعنا إن الدورية ألقت القبض على 9 مطلوبين في قرية بريف حمص.",
			[]string{"syria_interior"}},
		{"the same source before the fall stays an informed source", "syria_tv", "2019-02-14",
			"وقال مصدر أمني لموقعنا إن الدورية ألقت القبض على 9 مطلوبين في قرية بريف حمص.",
			[]string{"informed_sources"}},
		{"a port official in the state agency", "sana", "2022-07-05",
			"وأكد مدير العمليات في المرفأ أن ثلاثة من العمال أصيبوا بجروح جراء القصف على أرصفة ميناء طرطوس.",
			[]string{"syria_government"}},
		{"a town council head in the state agency", "sana", "2016-04-11",
			"وقال رئيس مجلس بلدة الحارة في حديث للوكالة إن 8 مدنيين قتلوا في القصف على البلدة.",
			[]string{"syria_government"}},
		{"a firefighters' commander after the fall of Assad", "aljazeera", "2025-05-20",
			"اندلع حريق كبير في مصفاة حمص بعد انفجار في محيطها في مدينة حمص وسط سوريا. وقال قائد فوج الإطفاء في حمص إن اثنين من العاملين أصيبا بحروق.",
			[]string{"syria_government"}},
		{"a hospital director stays a medical source", "sana", "2022-07-05",
			"وقال مدير المشفى الوطني في طرطوس إن المشفى استقبل سبعة جرحى.",
			[]string{"medical_sources"}},
		{"an official of a port administration after the fall of Assad", "alarabiya", "2024-12-15",
			"أغارت طائرات إسرائيلية على ميناء طرطوس في سوريا. وأكدت مسؤولة في إدارة الميناء لقناة \"العربية\" أن ثلاثة عمال قتلوا.",
			[]string{"syria_government"}},
		{"an official of a Turkish province in a Turkish agency", "anadolu", "2013-05-02",
			"نقل جرحى سوريون إلى مشافي ولاية هاتاي التركية، وقال مسؤول في الولاية إن أربعة منهم توفوا.",
			[]string{"turkey_government"}},
		{"a minister of an unregistered portfolio in the state agency", "sana", "2025-10-03",
			"وأوضح وزير النقل والمواصلات أن خمسة من ركاب الحافلة أصيبوا في الهجوم على الطريق قرب حمص.",
			[]string{"syria_government"}},
		{"a minister whose state an adjective names is not Syria's", "sana", "2025-10-03",
			"وأوضح وزير الصحة الأردني أن خمسة من ركاب الحافلة أصيبوا في الحادث قرب الحدود.",
			[]string{"sana"}},
		{"the army command in a story set in the Beqaa is Lebanon's", "aljazeera", "2014-08-04",
			"تجددت الاشتباكات في عرسال بالبقاع الشمالي. وقالت قيادة الجيش إن ستة عسكريين قتلوا في المواجهات قرب البلدة اللبنانية عرسال.",
			[]string{"lebanon_army"}},
		{"an unnamed military source in a story set in the Beqaa is Lebanon's", "aljazeera", "2014-08-04",
			"تجددت الاشتباكات في عرسال بالبقاع الشمالي. وأفاد مصدر عسكري بأن ستة عسكريين قتلوا في المواجهات قرب البلدة اللبنانية عرسال.",
			[]string{"lebanon_army"}},
		{"an unnamed military source in a story set in Homs stays Syria's", "aljazeera", "2014-08-04",
			"تجددت الاشتباكات في ريف حمص. وأفاد مصدر عسكري بأن ستة عسكريين قتلوا في المواجهات قرب مدينة حمص.",
			[]string{"syrian_army"}},
		{"the army command in a story set in Homs is not Lebanon's", "aljazeera", "2014-08-04",
			"تجددت الاشتباكات في ريف حمص. وقالت قيادة الجيش إن ستة عسكريين قتلوا في المواجهات قرب مدينة حمص.",
			[]string{"aljazeera"}},
		{"one Lebanese town among Syrian places does not move the army", "aljazeera", "2014-08-04",
			"تجددت الاشتباكات في القلمون قرب يبرود. وقالت قيادة الجيش إن ستة عسكريين قتلوا في المواجهات قرب يبرود وعرسال.",
			[]string{"aljazeera"}},
		{"an opposition council head before the fall stays local", "syria_tv", "2018-09-01",
			"وذكر رئيس المجلس المحلي للبلدة أن أربعة مدنيين قتلوا بقصف مدفعي.",
			[]string{"local_sources"}},
	}
	assertFigureSources(t, x, tests)
}

// figureSourceCase is an article of an outlet on a day and the sources of
// its claims that carry a figure, in order.
type figureSourceCase struct {
	name, outlet, date, text string
	want                     []string
}

// assertFigureSources extracts each case and compares the sources of its
// claims with figures against want.
func assertFigureSources(t *testing.T, x *claims.Extractor, tests []figureSourceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: tt.date, OutletID: tt.outlet}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
