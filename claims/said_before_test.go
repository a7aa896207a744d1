package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSaidBefore checks that "سبق أن" (had before) with a speech verb and
// the source named right after it credits that source, as "قبل أن" and
// "بعد أن" do, while with no one named the verb is no new speaker.
// Sentences written for the test.
func TestSaidBefore(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"named body", "وسبق أن نعت وزارة الدفاع التركية أربعة جنود قتلوا بقصف على جرابلس.", "turkey_mod"},
		{"named monitor", "وسبق أن قال المرصد السوري إن غارة على إدلب أوقعت تسعة قتلى.", "sohr"},
		{"no one named", "أفادت مصادر محلية بمقتل ستة في قصف على دوما، وسبق أن قالت إن ثلاثة جرحوا.", "local_sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01", OutletID: "aljazeera"}) {
				if len(c.Figures) > 0 {
					got = append(got, c.Source.ID)
				}
			}
			for _, g := range got {
				if g != tt.want {
					t.Errorf("%s: sources of the figures %v, want all %q", tt.text, got, tt.want)
					break
				}
			}
			if len(got) == 0 {
				t.Errorf("%s: no figure", tt.text)
			}
		})
	}
}
