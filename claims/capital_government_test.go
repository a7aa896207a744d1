package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGovernmentByCapital checks that the Syrian government named by its
// capital ("حكومة دمشق"), as the owner of the forces that struck or in
// construct after a word for its fighters, is the doer; a force owned by
// another party keeps that party.
func TestGovernmentByCapital(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"forces owned by it", "هاجمت مجموعات تابعة لحكومة دمشق، صباح الأحد، نقطة للمقاتلين قرب البلدة.", "syria_gov"},
		{"owned through its ministry", "قصفت المجموعات التابعة لوزارة دفاع حكومة دمشق صباح أمس قرية على الضفة بالمدفعية.", "syria_gov"},
		{"its fighters in construct", "إصابة طفلين بقذائف مرتزقة حكومة دمشق في القرية.", "syria_gov"},
		{"another owner", "إصابة طفلين بقذائف مرتزقة الاحتلال التركي في القرية.", "turkey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			got := ""
			if cs[0].Actor != nil {
				got = *cs[0].Actor
			}
			if got != tt.want {
				t.Errorf("%s: doer %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
