package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// TestMediaOfficeInBody checks that a body's media office named with في
// before the body ("المكتب الإعلامي في وزارة الخارجية"، "مديرية الإعلام
// في وزارة الداخلية") speaks for the body, named or bare, as
// "المكتب الإعلامي لـ" does. Sentences written for the test.
func TestMediaOfficeInBody(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, outlet, want string }{
		{"وقالت مديرية الإعلام والاتصال في وزارة الداخلية إن مجموعة مسلحة هاجمت حاجزاً للشرطة قرب المدينة.", "sana", "syria_interior"},
		{"وذكر المكتب الإعلامي في وزارة الدفاع الروسية صباحاً أن طائرتين مسيرتين أُسقطتا فوق القاعدة.", "", "russia_mod"},
		{"وأعلنت مديرية الإعلام في وزارة الداخلية السورية توقيف خلية قرب الحدود.", "", "syria_interior"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-05-01", OutletID: tt.outlet})
		var got []string
		for _, c := range cs {
			got = append(got, c.Source.ID)
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
		}
	}
}
