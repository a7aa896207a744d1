package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnsweredToll: victims named as what an attack answered or avenged
// ("رداً على مقتل ..."، "انتقاماً لمقتل ...") were killed in the other
// event; the answer's own toll stays. Sentences written for the test.
func TestAnsweredToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ورداً على مقتل قائدها، قصفت الفصائل المسلحة أحياء المدينة بقذائف الهاون صباح السبت.", ""},
		{"وانتقاماً لمقتل أحد قادته، هاجم التنظيم حاجزاً للجيش في ريف حمص الشرقي.", ""},
		{"وثأراً لاغتيال قيادي في الفصيل، استهدف المسلحون قرية مجاورة بالصواريخ.", ""},
		{"ورداً على مقتل قائدها، قصفت الفصائل أحياء المدينة وقتلت ثلاثة مدنيين.", "killed/civilians/3"},
		{"وقصفت الفصائل أحياء المدينة صباح اليوم فقتلت مدنياً وجرحت آخرين.", "killed/civilians/1"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"}) {
				for _, f := range c.Figures {
					if got == "" {
						got = fmt.Sprintf("%s/%s/%d", f.Outcome, f.Group, f.Low)
					}
				}
			}
			if got != tt.want {
				t.Errorf("first figure %q, want %q", got, tt.want)
			}
		})
	}
}
