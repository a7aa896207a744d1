package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestResponsibleSourceOfOwnState checks that an unnamed "responsible
// source" (مصدر مسؤول) in an outlet of a state's side is that state's
// government, as an unnamed security source is its security body, and
// stays an informed source in an outlet of no side.
func TestResponsibleSourceOfOwnState(t *testing.T) {
	x, _ := extractor(t)
	text := "وقال مصدر مسؤول إن مسلحين هاجموا حاجزا على طريق المدينة ليلا."
	tests := []struct{ outlet, want string }{
		{"sana", "syria_government"},
		{"anadolu", "turkey_government"},
		{"reuters", "informed_sources"},
	}
	for _, tt := range tests {
		t.Run(tt.outlet, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01", OutletID: tt.outlet})
			if len(cs) == 0 || cs[0].Source.ID != tt.want {
				t.Errorf("outlet %s: got %+v, want source %s", tt.outlet, cs, tt.want)
			}
		})
	}
}
