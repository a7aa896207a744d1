package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDescribedReport: after a verb of describing, a definite report noun
// followed by "بأنها/بأنه" is what is described, even when it names its
// party ("الرواية الإسرائيلية"): the party does not speak; the speaker
// before goes on. Sentences written for the test.
func TestDescribedReport(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, notSource string }{
		{"ونفى سكان القرية وقوع أي اشتباك، ووصفوا الرواية الإسرائيلية بأنها ذريعة للقصف.", "israel_government"},
		{"وقال المرصد السوري إن الغارة قتلت مدنيين، ووصف الرواية الروسية بأنها تضليل.", "russia_mod"},
		{"ووصفت الرواية التركية بأنها كاذبة.", "turkey_mod"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				if c.Source.ID == tt.notSource || c.Source.ID == "israel_government" || c.Source.ID == "turkey_government" || c.Source.ID == "russia_government" {
					t.Errorf("claim %q credited to %s", c.Text, c.Source.ID)
				}
			}
		})
	}
}
