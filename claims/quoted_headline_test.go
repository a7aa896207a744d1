package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestQuotedBodyHeadline checks the speaker of a colon headline whose
// head is a quoted name: an unregistered body speaks (unidentified), a
// registered one is itself, and a bare place label before the colon
// credits no one (the outlet's own voice). Headlines written for the
// test; the first claim's source.
func TestQuotedBodyHeadline(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"«لجان الأحياء الشرقية»: القصف على السوق من تدبير المسلحين", "unidentified"},
		{"\"هيئة الحراك المدني\": سبعة قتلى بقذائف على البلدة", "unidentified"},
		{"«المرصد السوري»: سبعة قتلى بقذائف على البلدة", "sohr"},
		{"داريا: سبعة قتلى بقذائف على البلدة", "outlet"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 {
			t.Errorf("%s: no claims", tt.text)
			continue
		}
		if got := cs[0].Source.ID; got != tt.want {
			t.Errorf("%s\nsource %q, want %q", tt.text, got, tt.want)
		}
	}
}
