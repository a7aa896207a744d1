package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniesCapture: a denial whose object is the taking of people
// disputes an outcome of the raid, not the raid (deniesDetail); a denial
// that any arrest or raid happened, an assertion, and "أسر" as families
// are not such denials. Sentences written for the test.
func TestDeniesCapture(t *testing.T) {
	tests := []struct {
		text   string
		stance string
		want   bool
	}{
		{"ونفت مصادر قبلية اعتقال أي شخص خلال الإنزال الليلي في القرية.", claims.StanceDenies, true},
		{"ونفى الفصيل القبض على قائده في المداهمة.", claims.StanceDenies, true},
		{"ونفت الحركة أسر أي من مقاتليها في الكمين.", claims.StanceDenies, true},
		{"ونفت الشرطة حصول أي اعتقال في الحي.", claims.StanceDenies, false},
		{"ونفى المصدر وقوع عملية اختطاف في البلدة.", claims.StanceDenies, false},
		{"ونفت أسر الضحايا رواية الجيش عن الهجوم.", claims.StanceDenies, false},
		{"وأكدت المصادر اعتقال قيادي خلال الإنزال.", claims.StanceAsserts, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := &claims.Claim{Text: tt.text, Stance: tt.stance, EventType: claims.EventGroundAttack}
			if got := deniesCapture(c); got != tt.want {
				t.Errorf("deniesCapture = %v, want %v", got, tt.want)
			}
			if tt.want && !deniesDetail(c) {
				t.Errorf("deniesDetail = false for a denied capture")
			}
		})
	}
}
