package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetUnaffiliated checks that victims said to belong to no armed
// body, or to have no part in the fighting, are read as civilian, and
// that a negation of something else is not. Sentences written for the
// test; the first claim's target and its class.
func TestTargetUnaffiliated(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وأكدت عائلات القتلى أن أبناءها لا ينتمون لأي فصيل مسلح.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال وجهاء القرية إن الرجال الذين قتلوا لا يتبعون لأي جماعة مسلحة.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وقال أقارب الشابين إنهما لا علاقة لهما بالقتال الدائر في المنطقة.", "civilian, unarmed", reconcile.TargetCivilian},
		{"وأكد الأهالي أن الضحايا لم يشاركوا في المعارك يوماً.", "civilian, unarmed", reconcile.TargetCivilian},
		// no armed group claimed it: who did it, not who was hit
		{"ولم تعلن أي جهة مسلحة مسؤوليتها عن الهجوم.", "-", ""},
	}
	for _, tt := range tests {
		got := firstTarget(x, tt.text)
		if got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
		}
		if cl := reconcile.TargetClass(got); got != "-" && cl != tt.class {
			t.Errorf("%s\nclass of %q: %q, want %q", tt.text, got, cl, tt.class)
		}
	}
}
