package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRecallMark: the words that mark a claim's event as an earlier one
// its article recalls (see recalled.go), in sentences of our own.
func TestRecallMark(t *testing.T) {
	tests := []struct {
		text, rule string
	}{
		{"وكانت طائرات حربية قد قصفت القرية بعدة صواريخ", "date:recalled"},
		{"وكان المسلحون قد هاجموا الحاجز فجراً", "date:recalled"},
		{"فكانت المدفعية قد استهدفت أطراف البلدة", "date:recalled"},
		{"كانوا قد تسللوا إلى المدينة قبل أن يفجروا أنفسهم", "date:recalled"},
		{"وقصفت القوات مواقع المسلحين رداً على هجوم على نقطة عسكرية", "date:recalled_reply"},
		{"ردًا على الاعتداء الذي طال القاعدة", "date:recalled_reply"},
		{"جاءت الغارات ردا على القصف الصاروخي", "date:recalled_reply"},
		{"وردا على الهجمات نفذ الجيش عملية واسعة", "date:recalled_reply"},
		// No mark: the story's own time, a wish to answer with no event
		// named, a modal قد, a definite event noun alone.
		{"قصفت طائرات حربية القرية صباح اليوم", ""},
		{"وتوعدت الحكومة بالرد على أي اعتداء", ""},
		{"قد تتعرض المنطقة لغارات جديدة", ""},
		{"وقتل ثلاثة مدنيين إثر الغارة التي استهدفت السوق", ""},
		{"ردا على سؤال حول الهجوم قال المتحدث", ""},
		{"كان الهجوم الأعنف منذ أشهر", ""},
	}
	for _, tt := range tests {
		rule, ok := claims.RecallMark(tt.text)
		if ok != (tt.rule != "") || rule != tt.rule {
			t.Errorf("RecallMark(%q) = %q, %v; want %q", tt.text, rule, ok, tt.rule)
		}
	}
}

// TestRecalledDate: a claim dated only by its article whose words mark a
// recalled attack is dated to the week before publication with the rule
// that says so; one dated by its own words keeps its date.
func TestRecalledDate(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, date, rule string
	}{
		{"وكانت طائرات حربية قد قصفت بلدة الميادين بعدة صواريخ.", "2023-04-24", "date:recalled"},
		{"وكانت طائرات حربية قد قصفت بلدة الميادين مساء أمس.", "2023-04-30", "date:yesterday"},
		{"قصفت طائرات حربية بلدة الميادين بعدة صواريخ.", "2023-05-01", "date:published"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "outlet"})
		if len(cs) == 0 || cs[0].Date == nil {
			t.Errorf("%q: no dated claim (%v)", tt.text, cs)
			continue
		}
		if *cs[0].Date != tt.date || !hasRule(cs[0].Rules, tt.rule) {
			t.Errorf("%q: date %s rules %v, want %s with %s", tt.text, *cs[0].Date, cs[0].Rules, tt.date, tt.rule)
		}
	}
}

func hasRule(rules []string, r string) bool {
	for _, x := range rules {
		if x == r {
			return true
		}
	}
	return false
}
