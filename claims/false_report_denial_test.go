package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFalseReportInVerbDenial: a denial opened by a verb of denial that
// also calls the report of the deed false or misleading carries the
// false-report mark, as one by "لم" does; a denial of the own part alone,
// or of a link, does not. Sentences written for the test.
func TestFalseReportInVerbDenial(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"نفت الدفاع الروسية، السبت، أن تكون طائراتها قد ضربت قرية حيش في ريف إدلب، واعتبرت ما تبثه صفحات المعارضة بهذا الخصوص حملة تضليل مكشوفة.", true},
		{"نفت الدفاع التركية، الأربعاء، أن تكون مسيّراتها قد استهدفت سوقاً شعبياً في ريف الرقة، واعتبرت ما يبثه ناشطون بهذا الشأن حملة تضليل.", true},
		{"ونفت الوزارة أن تكون طائراتها قد قصفت القرية يوم الجمعة.", false},
		{"ونفى المتحدث أن يكون لقواته أي علاقة بالقصف على السوق.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			c := denialIn(t, x, tt.text)
			if got := slices.Contains(c.Rules, claims.RuleFalseReportToo); got != tt.want {
				t.Errorf("false report mark %v, want %v (%v)", got, tt.want, c.Rules)
			}
		})
	}
}
