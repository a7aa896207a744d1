package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLapseBeforeToday: a claim that opens with a lapse counted from a
// deed ("بعد يومين على/من ...") and tells no later deed of its own is
// dated the lapse before the article's day; a claim that goes on to tell
// a later deed keeps the article's day.
func TestLapseBeforeToday(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, want string
	}{
		{"بعد يومين على الغارة التي استهدفت سيارة قرب بلدة سرمدا، لا تزال هوية الفاعلين مجهولة.", "2023-03-12"},
		{"بعد يوم من القصف الذي طال بلدة كفرنبل، ما زال الأهالي ينتظرون وصول المساعدات.", "2023-03-13"},
		{"وبعد يومين من التفجير الذي هز مدينة الباب، لا يزال التحقيق جاريا لمعرفة منفذيه.", "2023-03-12"},
		{"بعد يومين على الغارة، قصفت الطائرات الحربية بلدة أريحا مجددا.", "2023-03-14"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2023-03-14"})
			got := "-"
			for _, c := range cs {
				if c.EventType != claims.EventOther && c.Date != nil {
					got = *c.Date
					break
				}
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
