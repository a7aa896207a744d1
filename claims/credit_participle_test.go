package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCreditBeforeParticiple checks that a credit closing a toll ("وفق ما
// أعلنته الوزارة") still credits the clause before it when the credited
// body goes on in an adverbial participle after a comma ("، مشيرةً إلى"),
// also when an earlier toll's own report verb stands in that clause, and
// that "the first figures" mark the toll they gave as an earlier one.
func TestCreditBeforeParticiple(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src string
		earlier         []int
	}{
		{"credit then participle, earlier figures in the clause",
			"ارتفع عدد ضحايا التفجير قرب الجامع إلى 27 قتيلاً، علماً أن الأرقام الأولى أشارت إلى 12 قتيلاً، وفق ما أعلنته مديرية الصحة في بيان، لافتةً إلى أن بين الجرحى حالات خطرة.",
			"syria_health", []int{12}},
		{"credit then participle, one toll",
			"وقُتل تسعة مدنيين بقصف على السوق الشعبي، بحسب ما ذكرته وزارة الصحة، مشيرةً إلى أن الحصيلة قابلة للارتفاع.",
			"syria_health", nil},
		{"the former figures, after the current toll",
			"وأكد المرصد السوري لحقوق الإنسان مقتل 18 شخصاً، فيما كانت الأرقام السابقة قد تحدثت عن 11 قتيلاً.",
			"sohr", []int{11}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-06"})
			var got []int
			found := false
			for _, c := range cs {
				for _, f := range c.Figures {
					if c.Source.ID != tt.src {
						t.Errorf("figure %d credited to %s, want %s", f.Low, c.Source.ID, tt.src)
					}
					found = true
					if f.Earlier {
						got = append(got, f.Low)
					}
				}
			}
			if !found {
				t.Fatalf("no figures in %q", tt.text)
			}
			if len(got) != len(tt.earlier) || len(got) > 0 && got[0] != tt.earlier[0] {
				t.Errorf("earlier tolls = %v, want %v", got, tt.earlier)
			}
		})
	}
}
