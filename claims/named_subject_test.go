package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBeSubjectNamed checks that "أن تكون" / "أن يكون" after a verb of
// speech refers back to the speaker only when no subject of its own
// follows: a denial that the village saw a massacre says nothing of the
// speaker's part, while a denial that "it" (the ministry) or its bare
// aircraft struck still does.
func TestBeSubjectNamed(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		self       bool // the claim's actor is the speaker's own side
	}{
		{"a place as subject", "ونفت وزارة الدفاع الروسية في بيانها أن تكون الضاحية قد شهدت أي غارة ليلة الأحد.", false},
		{"masculine, a place as subject", "ونفت وزارة الدفاع الروسية في بيانها أن يكون المخيم قد تعرض لقصف جوي يوم الاثنين.", false},
		{"the speaker itself", "ونفت وزارة الدفاع الروسية في بيانها أن تكون قد قصفت السوق في المدينة.", true},
		{"its bare aircraft", "ونفت وزارة الدفاع الروسية في بيانها أن تكون الطائرات قد قصفت السوق في المدينة.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2017-06-11"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[0]
			got := c.Actor != nil && *c.Actor == "russia"
			if got != tt.self {
				t.Errorf("actor russia = %v, want %v (%v)", got, tt.self, c.Rules)
			}
		})
	}
}
