package claims_test

import (
	"slices"
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

// TestRejectReportFarther: the report a verb of rejecting takes may stand
// after a long subject with brackets, or after "ما ... من" (what others
// spread of claims); rejecting with no such noun denies nothing.
func TestRejectReportFarther(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, stance string
	}{
		{"bracketed subject", "رفضت وزارة الدفاع التركية (أنقرة) الاتهامات بقصف سوق في بلدة سراقب.", claims.StanceDenies},
		{"what pages spread", "ورفض محافظ حلب ما تنشره بعض الصفحات من ادعاءات عن قصف المستشفى بالمدفعية.", claims.StanceDenies},
		{"what was told of reports", "ورفضت وزارة الداخلية السورية ما تتداوله حسابات معارضة من أنباء عن غارة على السوق.", claims.StanceDenies},
		{"refusing to comment", "رفضت وزارة الدفاع التركية التعليق على قصف سوق في بلدة سراقب.", claims.StanceAsserts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			denies := slices.ContainsFunc(cs, func(c claims.Claim) bool { return c.Stance == claims.StanceDenies })
			if denies != (tt.stance == claims.StanceDenies) {
				t.Errorf("%s: got %+v, want a denial: %v", tt.text, cs, tt.stance == claims.StanceDenies)
			}
		})
	}
}
