package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSinceYearNoDate checks that a year after "منذ", years before
// publication, is the start of a lasting state (control, occupation,
// exile) and never dates a claim's deed; the deed keeps its own day.
func TestSinceYearNoDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتل مدنيان أمس الثلاثاء، إثر ضربة نفذتها طائرة مسيرة على سيارة قرب قرية في المنطقة الخاضعة لسيطرة الفصائل منذ عام 2016.", "2022-07-12"},
		{"وذكرت مصادر محلية أن قصفاً طال صباح اليوم حيا يسيطر عليه المسلحون منذ 2013.", "2022-07-13"},
		// A year of the deed itself still dates it.
		{"وقالت المصادر إن الطائرات قصفت البلدة في عام 2016.", "2016-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-07-13"})
			if len(cs) == 0 {
				t.Fatalf("no claim in %s", tt.text)
			}
			for _, c := range cs {
				if c.Date == nil || *c.Date != tt.want {
					got := "-"
					if c.Date != nil {
						got = *c.Date
					}
					t.Errorf("%s\n  claim %q dated %s, want %s", tt.text, c.Text, got, tt.want)
				}
			}
		})
	}
}
