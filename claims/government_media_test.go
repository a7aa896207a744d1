package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGovernmentMedia: "وسائل الإعلام الحكومية" and "الإعلام الحكومي",
// unqualified in a Syrian-war article, are Syria's state media, as
// "وسائل الإعلام الرسمية" are; another state's are named with its
// adjective.
func TestGovernmentMedia(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت وسائل الإعلام الحكومية إن الجيش دمر منصات إطلاق الصواريخ قرب البلدة.", "syria_state_media"},
		{"وذكر الإعلام الحكومي أن قذيفتي هاون أصابتا شارعاً تجارياً وسط البلدة.", "syria_state_media"},
		{"وذكرت وسائل إعلام حكومية أن الدفاعات الجوية تصدت لصواريخ فوق العاصمة.", "syria_state_media"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "عنب بلدي", OutletID: "enab_baladi", Published: "2022-03-01"})
		if len(cs) == 0 || cs[0].Source.ID != tt.want {
			for _, c := range cs {
				t.Logf("%s %v | %s", c.Source.ID, c.Rules, c.Text)
			}
			t.Errorf("%q: want %s", tt.text, tt.want)
		}
	}
}
