package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNeitherConfirmsNorDenies: "confirm or deny" refused or left undone
// is no denial; a plain denial stays one. Sentences written for the test.
func TestNeitherConfirmsNorDenies(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		{"ورحب الوزير بالعملية، لكنه رفض في حديث للإذاعة أن يؤكد أو ينفي ضلوع الجيش عن الضربة على الموقع.", claims.StanceUnknown},
		{"ونفى المتحدث باسم التحالف تنفيذ أي غارة على قرية الباغوز.", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			last := cs[len(cs)-1]
			if last.Stance != tt.want {
				t.Errorf("%s: stance %q, want %q (%v %q)", tt.text, last.Stance, tt.want, last.Rules, last.Text)
			}
		})
	}
}
