package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCompanionIsNoDoer: a party's men or units named after a preposition
// ("مع مقاتلي"، "ضد عناصر"، "إلى جانب قوات") before the event word are
// whom someone was with or acted against, never who struck; the same
// words as the subject still name the doer.
func TestCompanionIsNoDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, not, want string
	}{
		{"وذكر البيان أن خبراء من التحالف تواجدوا مع مقاتلي قسد داخل الحقل لحظة اندلاع الهجوم.", "sdf", ""},
		{"وقالت المصادر إن الأهالي خرجوا في مظاهرة ضد عناصر النظام قبل ساعات من القصف.", "syria_gov", ""},
		{"وأفاد المرصد بأن مقاتلي قسد قصفوا القرية بالمدفعية.", "", "sdf"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-09"})
		if len(cs) == 0 {
			t.Fatalf("%q: no claim", tt.text)
		}
		a := ""
		if cs[0].Actor != nil {
			a = *cs[0].Actor
		}
		if tt.not != "" && a == tt.not {
			t.Errorf("%q: actor %s, want not the companion", tt.text, a)
		}
		if tt.want != "" && a != tt.want {
			t.Errorf("%q: actor %q, want %s", tt.text, a, tt.want)
		}
	}
}
