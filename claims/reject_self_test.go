package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRejectOwnAccusation: rejecting the accusation made against oneself,
// told with the pronoun on the noun ("اتهامها", "اتهامه"), is a denial.
func TestRejectOwnAccusation(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text   string
		stance string
	}{
		{"رفضت وزارة الدفاع التركية اتهامها بقصف سوق في بلدة سراقب.", claims.StanceDenies},
		{"ويرفض الجيش الإسرائيلي اتهامه بضرب قافلة المساعدات قرب القنيطرة.", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || cs[0].Stance != tt.stance {
				t.Errorf("%s: got %+v, want stance %s", tt.text, cs, tt.stance)
			}
		})
	}
}
