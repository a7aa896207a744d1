package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLinkDeniedInMovement: residents who deny that a family had any tie
// to smuggling ("لا صلة للعائلة بتهريب المخدرات") deny no movement of
// forces the other voice reports; a plain denial of the movement ("لم
// تدخل أي قوات إلى البلدة") still disputes it. Claims written for the
// test.
func TestLinkDeniedInMovement(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		rules []string
		want  bool
	}{
		{"a tie denied", "وقال أحد السكان إنه لا صلة للعائلة بتهريب المخدرات", []string{"stance:denial_link"}, false},
		{"the movement denied", "وقال أحد السكان إنه لم تدخل أي قوات إلى البلدة", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("media"), Text: "انتشرت قوات على أطراف البلدة بحثاً عن مهربين",
					EventType: claims.EventDeployment}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("local_sources"), Text: tt.text, Stance: claims.StanceDenies,
					EventType: claims.EventDeployment, Rules: tt.rules}),
			)
			got := len(onlyKind(compareLines(t, cs), KindOccurrence)) > 0
			if got != tt.want {
				t.Errorf("occurrence flagged %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
