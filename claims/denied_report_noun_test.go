package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniedReportNounObject: a noun of claim or report that is the
// object of a denial and opens its topic with "عن"، "بشأن"، "حول"
// ("نفى الجيش مزاعم عن قصف ..."، "نفت الوزارة صحة المزاعم حول ...") is
// what the denier denies: one denial that carries the deed and its
// target, no hedged claim of the denier's own. Sentences written for the
// test.
func TestDeniedReportNounObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source string
	}{
		{"bare noun", "ونفى الجيش التركي مزاعم عن قصف مدرسة في ريف عفرين.", "turkey_army"},
		{"definite noun", "وكذّبت وزارة الدفاع الروسية المزاعم حول استهداف مخبز في أريحا.", "russia_mod"},
		{"after صحة", "ونفت قسد صحة ادعاءات بشأن قصف مشفى في منبج.", "sdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var denial *claims.Claim
			for i, c := range cs {
				if c.Source.ID == tt.source && c.Stance == claims.StanceUnconfirmed {
					t.Errorf("%s: a hedged claim of the denier %q", tt.text, c.Text)
				}
				if c.Source.ID == tt.source && c.Stance == claims.StanceDenies {
					denial = &cs[i]
				}
			}
			if denial == nil {
				t.Fatalf("%s: no denial by %s in %d claims", tt.text, tt.source, len(cs))
			}
			if denial.Target == nil || denial.EventType == claims.EventOther {
				t.Errorf("%s: denial %q carries no deed or target (type %s)", tt.text, denial.Text, denial.EventType)
			}
		})
	}
}
