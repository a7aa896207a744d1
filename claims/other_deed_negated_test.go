package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOtherDeedNegated: a negated deed of another type (a clash, a ground
// raid) beside an asserted strike leaves the strike asserted; a negated
// strike is still a denial. Sentences written for the test.
func TestOtherDeedNegated(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want string
	}{
		{"وقال مصدر عسكري إن المسلحين لم يشتبكوا مع الحامية، وإن غارات جوية دمرت مواقعهم قرب البلدة.", claims.StanceAsserts},
		{"وقال مصدر عسكري إن الطائرات لم تقصف أي موقع قرب البلدة.", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			if cs[0].Stance != tt.want {
				t.Errorf("%s: stance %q, want %q (%v, %s)", tt.text, cs[0].Stance, tt.want, cs[0].Rules, cs[0].EventType)
			}
		})
	}
}
