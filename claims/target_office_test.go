package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetCivilianOffice checks that civilian office holders whom an
// attack took (a local council member or head, a civil
// servant) and a bus named as public or passenger transport characterise
// the target as civilian, while a bare "transport bus" names no side.
// Sentences written for the test; the first claim's target and class.
func TestTargetCivilianOffice(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, class string }{
		{"وقال ناشطون إن مجهولين اغتالوا رئيس المجلس المحلي أمام منزله.", reconcile.TargetCivilian},
		{"وذكرت الشرطة أن العبوة استهدفت موظفاً مدنياً في مديرية الزراعة.", reconcile.TargetCivilian},
		{"وقال المرصد إن المسيرة استهدفت حافلة نقل عام على الطريق الدولي.", reconcile.TargetCivilian},
		{"وقال المرصد إن المسيرة استهدفت حافلة نقل على الطريق الدولي.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			got := ""
			for _, c := range cs {
				if c.Target != nil {
					got = *c.Target
					break
				}
			}
			if cl := reconcile.TargetClass(got); cl != tt.class {
				t.Errorf("%s\nclass of %q: %q, want %q", tt.text, got, cl, tt.class)
			}
		})
	}
}
