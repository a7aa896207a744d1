package reconcile

import (
	"strings"
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
		// a leading role denied: who led the fight, not whether
		{"ونفى قيادي في الفصيل أن يكون رجاله يقودون الهجوم على التلة", true},
		{"نفت الحركة أن تقود قواتها المعارك في الريف الشمالي", true},
		// the army command as the speaker is no role denied
		{"ونفت قيادة الجيش وقوع أي اشتباك في الحي", false},
	}
	for _, tc := range cases {
		c := &claims.Claim{Text: tc.text, Stance: claims.StanceDenies}
		if got := deniesInvolvement(c); got != tc.want {
			t.Errorf("deniesInvolvement(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestDeniesControl(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"ونفى ناشطون سيطرة القوات على وسط البلدة بعد يومين من القتال", true},
		{"نفت الفصائل ما تردد عن السيطرة على التلة", true},
		{"وأكد المصدر سيطرة الجيش على الحي", false}, // not a denial
		{"ونفى المصدر وقوع أي هجوم على الحي ليلة أمس", false},
	}
	for _, tc := range cases {
		st := claims.StanceDenies
		if strings.HasPrefix(tc.text, "وأكد") {
			st = claims.StanceAsserts
		}
		c := &claims.Claim{Text: tc.text, Stance: st}
		if got := deniesControl(c); got != tc.want {
			t.Errorf("deniesControl(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := deniesDetail(c); got != tc.want {
			t.Errorf("deniesDetail(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
