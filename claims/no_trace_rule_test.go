package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNoTraceRule: a denial that any trace of a strike was found carries
// its own rule, stance:no_trace, which the reconcile layer reads as a
// denial that the strike took place at all; a denial of harm does not.
func TestNoTraceRule(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"no trace of hitting by air munitions", "ذكرت الدفاع الروسية أن خبراءها لم يجدوا أي أثر لإصابة الحافلات بقنابل جوية.", true},
		{"no remains of rockets", "ذكرت الدفاع الروسية أنه لا توجد بقايا صواريخ في محيط المستشفى.", true},
		{"no trace of injuries", "ذكرت الدفاع الروسية أنه لا آثار لإصابات بين السكان.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
			got := slices.ContainsFunc(cs, func(c claims.Claim) bool {
				return c.Stance == claims.StanceDenies && slices.Contains(c.Rules, "stance:no_trace")
			})
			if got != tt.want {
				for _, c := range cs {
					t.Logf("%s %s %v | %s", c.Source.ID, c.Stance, c.Rules, c.Text)
				}
				t.Errorf("no_trace %v, want %v", got, tt.want)
			}
		})
	}
}
