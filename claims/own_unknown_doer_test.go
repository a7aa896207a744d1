package claims_test

import (
	"strings"
	"testing"
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
			"وسمع سكان دوي انفجارات قرب المطار، وفق ناشطين. ولم تتبنَّ أي جماعة استهداف المطار لغاية الآن، ويرجح أن تكون الصواريخ انتقاماً للغارات.",
			"أي جماعة", "enab_baladi"},
		{"cannot tell whose positions, before a trailing credit",
			"سقطت صواريخ على أطراف البلدة. ولا يُعرف ما إذا كانت الصواريخ قد انطلقت من مواقع الفصائل أم من مواقع الجيش، إذ يتقاسم الطرفان المنطقة، بحسب المرصد.",
			"ما إذا", "enab_baladi"},
		{"the doer unclear before an omission of the authorities",
			"هاجم مسلحون منزلاً في الريف. ولم تتضح بعد الجهة التي يتبع لها المسلحون، بينما لم تحدد الشرطة هوية الموقوفين.",
			"الجهة التي", "enab_baladi"},
		{"a toll before the credit keeps it",
			"وقتل خمسة مدنيين بقصف على البلدة، ولم تعرف الجهة المنفذة، بحسب المرصد.",
			"خمسة", "sohr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertEnabClaimOf(t, x, tt.text, tt.words, tt.src) })
	}
}

// TestCreditClosesUnclaimed: a trailing credit right after the statement
// that no one has claimed the deed credits it.
func TestCreditClosesUnclaimed(t *testing.T) {
	x, _ := extractor(t)
	cs := x.Extract(enabArticle("انفجرت عبوة في سوق المدينة. ولم تتبنَّ أي جماعة التفجير لغاية مساء اليوم، بحسب ناشطين."))
	for _, c := range cs {
		if strings.Contains(c.Text, "أي جماعة") && c.Source.ID != "local_sources" {
			t.Errorf("%s %v | %s: want local_sources", c.Source.ID, c.Rules, c.Text)
		}
	}
}
