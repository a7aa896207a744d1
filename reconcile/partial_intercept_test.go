package reconcile

import "testing"

// TestInterceptionInARelativeClause: a verb of interception that describes
// the projectiles in a relative clause ("the fragments of the missiles
// that were downed fell on farms") tells of those that were met, not of
// all of them: a partial interception, like "most of the missiles".
func TestInterceptionInARelativeClause(t *testing.T) {
	tests := []struct {
		text         string
		icp, partial bool
	}{
		{"وتساقطت بقايا الصواريخ التي جرى اعتراضها على بساتين القرية", true, true},
		{"وسقط حطام المسيرة التي أسقطتها الدفاعات قرب الطريق", true, true},
		{"وأسقطت الدفاعات الجوية معظم الصواريخ المعادية", true, true},
		{"واعترضت الدفاعات الجوية الصواريخ المعادية كلها", true, false},
		{"وأسقطت الدفاعات الجوية صواريخ العدوان فوق المدينة", true, false},
	}
	for _, tt := range tests {
		icp, partial := saysIntercepted(normalizeWords(tt.text))
		if icp != tt.icp || partial != tt.partial {
			t.Errorf("%s: intercepted %v partial %v, want %v %v", tt.text, icp, partial, tt.icp, tt.partial)
		}
	}
}
