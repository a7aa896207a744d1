package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStraightQuoteCarriesSpeaker: a statement quoted in straight quote
// marks that runs over paragraphs (opened after "وجاء في البيان:" and
// closed paragraphs later) is the speaker's to its end; the paragraph after
// the closing mark is the outlet's own again.
func TestStraightQuoteCarriesSpeaker(t *testing.T) {
	x, _ := extractor(t)
	text := "وجاء في بيان وزارة الدفاع الروسية:\n\n" +
		"\"شنت طائراتنا فجر اليوم غارات على مستودعات للمسلحين قرب سراقب.\n\n" +
		"وقد أسقطت قواتنا ثلاث طائرات مسيرة حاولت مهاجمة قاعدة حميميم.\"\n\n" +
		"وقصفت فصائل المعارضة بلدة كفرنبودة مساء اليوم."
	cs := x.Extract(claims.Article{ID: "t", Text: text, Outlet: "orient", Published: "2023-03-14"})
	var srcs []string
	for _, c := range cs {
		srcs = append(srcs, c.Source.ID)
		if c.Source.ID == "russia_mod" && slices.Contains(c.Rules, "attribution:quote_continuation") {
			if slices.ContainsFunc(cs, func(o claims.Claim) bool {
				return o.Source.ID == "russia_mod" && o.Start >= strings.Index(text, "وقصفت فصائل")
			}) {
				t.Errorf("the paragraph after the closing mark is still the ministry's: %v", srcs)
			}
			return
		}
	}
	for _, c := range cs {
		t.Logf("%s %v | %s", c.Source.ID, c.Rules, c.Text)
	}
	t.Errorf("no claim carried in the ministry's quotation: %v", srcs)
}
