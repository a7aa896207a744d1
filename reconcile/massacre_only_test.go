package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMassacreOnly: a denial whose only event word is a massacre noun
// calls the killing of civilians false, not the attack; a denial that
// names the strike itself is not one. Sentences written for the test.
func TestMassacreOnly(t *testing.T) {
	tests := []struct {
		text  string
		rules []string
		want  bool
	}{
		{"ووصف المتحدث ما تنشره الصفحات المعارضة عن مجزرة بحق السكان بأنه أكاذيب", []string{"event_type:generic"}, true},
		{"وقال البيان إن الحديث عن المجازر في القرية مجرد افتراء", []string{"event_type:generic"}, true},
		{"واعتبر أن أنباء المذبحة ملفقة بالكامل", []string{"event_type:generic"}, true},
		{"ونفى أن تكون الطائرات قد قصفت السوق، واصفا صور المجزرة بالمفبركة", []string{"stance:denial_falsehood"}, false},
		{"ووصف الناطق أنباء القصف على البلدة بالكاذبة", []string{"event_type:generic"}, false},
	}
	for _, tt := range tests {
		c := &claims.Claim{Text: tt.text, Stance: claims.StanceDenies, Rules: tt.rules}
		if got := massacreOnly(c); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.text, got, tt.want)
		}
	}
}
