package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFrontedRiseToll: a toll told verb first, "rose to N ..." with its
// head ("حصيلة"، "عدد") after the count and a subset list, counts the
// outcome of the head; sentences written for the test.
func TestFrontedRiseToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ارتفعت إلى 19 مدنياً، بينهم 6 أطفال، حصيلة ضحايا الغارات التي ضربت الحي الشرقي، وفق الدفاع المدني.", "killed civilians 19"},
		{"وارتفعت أمس إلى 8 جرحى حصيلة المصابين في انفجار المستودع، بحسب مصادر طبية.", "wounded unknown 8"},
		// No toll head after the count: nothing is counted.
		{"وارتفعت إلى 40 درجة حرارة الجو في البلدة أمس.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				if len(c.Figures) > 0 && got == "-" {
					f := c.Figures[0]
					got = fmt.Sprintf("%s %s %d", f.Outcome, f.Group, f.Low)
				}
			}
			if got != tt.want {
				t.Errorf("%s\nfigure %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFrontedRiseTollOtherClause: a head before the verb, or one in the
// next clause, is not the head of a fronted count.
func TestFrontedRiseTollOtherClause(t *testing.T) {
	x, _ := extractor(t)
	text := "وقال مصدر طبي إن عدد ضحايا انفجار الشاحنة في الحي، فجر اليوم، ارتفع إلى 21، بينهم طفلان، فيما بقي عدد من الجرحى تحت العلاج."
	for _, c := range x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"}) {
		for _, f := range c.Figures {
			if f.Low == 21 && f.Outcome == claims.OutcomeWounded {
				t.Errorf("21 counted as wounded from the next clause: %+v", f)
			}
		}
	}
}
