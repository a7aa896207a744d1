package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnUnknownDoer: a sentence that opens with the article's own
// statement that no one has claimed the deed or that who did it is not
// known stays in the article's voice up to a continuation, a trailing
// credit or an omission further on: the speaker of the sentence before,
// or the one credited at the end, does not take it. A toll before a
// trailing credit keeps the credited source.
func TestOwnUnknownDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, words, src string // words: a phrase of the claim that must carry src
	}{
		{"unclaimed before an impersonal hedge",
			"وأفاد ناشطون بسماع انفجارات قرب القاعدة. ولم تعلن أي جهة مسؤوليتها عن قصف القاعدة حتى الآن، ويرجح أن يكون القصف رداً على الغارات.",
			"أي جهة", "enab_baladi"},
		{"cannot tell whose positions, before a trailing credit",
			"سقطت قذائف على أطراف البلدة. ولم يعرف ما إذا كانت القذائف قد أطلقت من مواقع قسد أم من مواقع قوات النظام، إذ تنتشر القوتان في المنطقة، بحسب المرصد.",
			"ما إذا", "enab_baladi"},
		{"the doer unclear before an omission of the authorities",
			"هاجم مسلحون منزلاً في الريف. ولم تتضح حتى الآن الجهة التي ينتمي إليها المسلحون، بينما لم تعلن السلطات هوية الموقوفين.",
			"الجهة التي", "enab_baladi"},
		{"a toll before the credit keeps it",
			"وقتل خمسة مدنيين بقصف على البلدة، ولم تعرف الجهة المنفذة، بحسب المرصد.",
			"خمسة", "sohr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "عنب بلدي", OutletID: "enab_baladi", Published: "2022-03-01"})
			found := false
			for _, c := range cs {
				found = found || strings.Contains(c.Text, tt.words) && c.Source.ID == tt.src
			}
			if !found {
				for _, c := range cs {
					t.Logf("%s %v | %s", c.Source.ID, c.Rules, c.Text)
				}
				t.Errorf("no claim of %s with %q", tt.src, tt.words)
			}
		})
	}
}

// TestCreditClosesUnclaimed: a trailing credit right after the statement
// that no one has claimed the deed credits it.
func TestCreditClosesUnclaimed(t *testing.T) {
	x, _ := extractor(t)
	cs := x.Extract(claims.Article{ID: "t", Text: "انفجرت عبوة في سوق المدينة. ولم تتبنَّ أي جهة الهجوم حتى المساء، بحسب ناشطين.", Outlet: "عنب بلدي", OutletID: "enab_baladi", Published: "2022-03-01"})
	for _, c := range cs {
		if strings.Contains(c.Text, "أي جهة") && c.Source.ID != "local_sources" {
			t.Errorf("%s %v | %s: want local_sources", c.Source.ID, c.Rules, c.Text)
		}
	}
}
