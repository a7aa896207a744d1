package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAcademyAndCampAnaphora: a bare "الكلية" or "المعسكر" points back at
// the academy or camp the article named before, also when the claim before
// it names other places: a site noun says where better than the context.
// A bare noun with no such site named before takes nothing from it.
// Sentences written for the test.
func TestAcademyAndCampAnaphora(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"academy named before, context elsewhere",
			"استهدفت طائرات مسيرة حفلا في الكلية الحربية بحمص ظهر الخميس. وردت القوات الحكومية بقصف بلدات في ريف إدلب. ولم تتبنَّ الهجومَ على الكلية أيُّ جماعة حتى المساء.",
			"homs_military_academy"},
		{"camp named before",
			"قصفت طائرات مجهولة معسكر التاجي شمال بغداد. وقال مصدر أمني إن صاروخين سقطا داخل المعسكر دون إصابات.",
			"taji"},
		{"no academy named before",
			"قصفت القوات الحكومية بلدات في ريف إدلب. وقال ناشطون إن القذائف سقطت قرب الكلية دون إصابات.",
			"-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2023-10-06"})
			last := cs[len(cs)-1]
			got := "-"
			if len(last.Places) > 0 {
				got = last.Places[0]
			}
			if tt.want == "-" && slices.Contains(last.Places, "homs_military_academy") || tt.want != "-" && got != tt.want {
				t.Errorf("places %v (%v), want %s", last.Places, last.Rules, tt.want)
			}
		})
	}
}
