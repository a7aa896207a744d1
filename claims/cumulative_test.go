package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCumulativeTotalsDropped checks that a count totalling a war, a
// campaign or a span of months or years gives the claim no figure, while
// an event's own toll, and its running toll since the attack began, keep
// theirs.
func TestCumulativeTotalsDropped(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []int // the Low of each figure, in order
	}{
		{"war_after", "وفقدت الفصائل قرابة 8 آلاف مقاتل في هذه الحرب.", nil},
		{"war_plain", "وخسر الجيش أكثر من 4 آلاف جندي في الحرب ضد المتمردين.", nil},
		{"since_war", "وسقط أكثر من 300 ألف قتيل منذ اندلاع النزاع في البلاد.", nil},
		{"since_year_start", "وقال المرصد إن 140 شخصاً قتلوا منذ بداية العام في غارات على المحافظة.", nil},
		{"since_year_number", "وأحصت الشبكة مقتل 900 مدني منذ عام 2015 في المنطقة.", nil},
		{"over_years", "وقتل 70 عنصراً من الشرطة خلال السنوات الماضية في هجمات مماثلة.", nil},
		{"months_back", "وأعلن الجيش مقتل 250 مسلحاً منذ بدء العملية قبل شهرين.", nil},
		{"fronted", "ومنذ مطلع العام الحالي قُتل 60 مدنياً بالألغام في الريف.", nil},
		// the event's own toll stays
		{"own_toll", "وقال المرصد إن غارة على السوق قتلت 12 مدنياً اليوم.", []int{12}},
		{"since_attack", "وأفاد المرصد بمقتل 15 عنصراً منذ بدء الهجوم أمس على البلدة.", []int{15}},
		{"since_days", "وارتفع عدد القتلى منذ يومين إلى 20 شخصاً.", []int{20}},
		{"since_month_start", "وبلغت حصيلة القتلى 45 منذ بداية الشهر بحسب المرصد.", []int{45}},
		{"during_protests", "وقتل شرطي وجرح 3 آخرون خلال الاحتجاجات في المدينة.", []int{1, 3}},
		{"subset_described", "وقتل 6 مسلحين بينهم 2 من القادة المتهمين بجرائم خلال سنوات الحرب.", []int{6, 2}},
		{"subset_of_total", "وقتل 500 شخص منذ اندلاع الحرب بينهم 80 طفلاً.", nil},
		{"added_to_total", "وقتلت الألغام منذ مطلع العام الجاري 35 مدنياً، إضافة إلى 50 جريحاً.", nil},
		{"fiercest", "وقتل 9 مدنيين في القصف الأعنف منذ أشهر على المدينة.", []int{9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-07-13"})
			var got []int
			for _, c := range cs {
				for _, f := range c.Figures {
					got = append(got, f.Low)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%s\n  figures %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%s\n  figures %v, want %v", tt.text, got, tt.want)
				}
			}
		})
	}
}
