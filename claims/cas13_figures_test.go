package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCas13Figures: tolls in forms seen in reports of raids and strikes.
// The dual passive after a dual noun ("شخصين جُرحا") and the feminine dual
// ("امرأتين قُتلتا") carry their outcome like the plural; detainees are
// counted with "عدد الموقوفين" as with "عدد المعتقلين";
// the emphatic denial "ولا مدني أصيب" (not one civilian was hurt) counts
// nobody, not one. Sentences written for the test.
func TestCas13Figures(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, outcome string
		low           int
		qual          string
	}{
		{"وقال المصدر إن شخصين جُرحا قرب الحاجز.", claims.OutcomeWounded, 2, claims.QualExact},
		{"وأفاد الأهالي بأن امرأتين قُتلتا في القصف على الحي.", claims.OutcomeKilled, 2, claims.QualExact},
		{"وقالت مصادر محلية إن شابين اعتقلا عند الحاجز.", claims.OutcomeCaptured, 2, claims.QualExact},
		{"وذكر ناشطون أن عدد الموقوفين تخطى 60 منذ بدء الحملة.", claims.OutcomeCaptured, 60, claims.QualAtLeast},
		{"وبلغ عدد الموقوفين في الحملة 35 شخصاً.", claims.OutcomeCaptured, 35, claims.QualExact},
		{"ونفت الوزارة الرواية، وقالت: لا مستشفى استهدف ولا مدني أصيب.", claims.OutcomeWounded, 0, claims.QualExact},
		{"وأكد المسؤول أنه لا أحد قتل في الضربة.", claims.OutcomeKilled, 0, claims.QualExact},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []claims.Figure
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				got = append(got, c.Figures...)
			}
			if len(got) != 1 || got[0].Outcome != tt.outcome || got[0].Low != tt.low || got[0].Qualifier != tt.qual {
				t.Errorf("figures %+v, want one %s %d %s", got, tt.outcome, tt.low, tt.qual)
			}
		})
	}
}
