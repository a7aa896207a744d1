package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniesInvolvementConstruct: a denial of a party's responsibility,
// implication or share in construct with the party's name ("نفت مسؤولية
// واشنطن عن") disputes who did it, not whether it happened; a denial of
// the deed itself is still read as one.
func TestDeniesInvolvementConstruct(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"القيادة الوسطى تنفي مسؤولية واشنطن عن قصف القافلة قرب الحدود", true},
		{"ونفى المتحدث تورط الجيش التركي في الغارة على القرية", true},
		{"وتنفي الحكومة ضلوع أجهزتها في اغتيال القيادي", true},
		{"ونفت وزارة الدفاع مسؤولية قواتها عن الانفجار", true},
		{"ونفى المصدر وقوع أي غارة على المنطقة ليلة أمس", false},
		{"نفى الجيش قصف المخيم واعتبر الأنباء عن ذلك ملفقة", false},
	}
	for _, tc := range cases {
		c := &claims.Claim{Text: tc.text, Stance: claims.StanceDenies}
		if got := deniesInvolvement(c); got != tc.want {
			t.Errorf("deniesInvolvement(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
