package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnnamedDoerPhrasing: the ways a source says it does not (or cannot
// yet) name who carried out the attack make the actor "unknown"; sentences
// written for the test. Each row gives the actor of the sentence's claim
// that mentions the attack.
func TestUnnamedDoerPhrasing(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		// The omission is the frame itself: "did not name" + the body + who.
		{"ولم تحدد الشرطة الجهة التي زرعت العبوة قرب السوق.", "unknown"},
		{"ولم يحدد البيان العسكري الجهة المسؤولة عن القصف على القرية.", "unknown"},
		// "without naming" the party that did it.
		{"وتحدث التلفزيون الرسمي عن هجوم إرهابي على الحاجز دون أن يسمي منفذيه أو الجهة التي أرسلتهم.", "unknown"},
		// Too early to speak of who did it.
		{"وقال قائد الشرطة إن من المبكر تسمية الجهة التي فجرت العبوة في الساحة.", "unknown"},
		// Unable to tell which of two parties flew the aircraft.
		{"وقال المرصد إنه عاجز إلى الآن عن تحديد ما إذا كان الطيران الذي قصف القرية تركياً أم روسياً.", "unknown"},
		// Nothing yet settles who the aircraft belonged to.
		{"وقالت الشبكة إنها لا تملك حتى الساعة ما يحسم هوية الطائرة المغيرة على المخيم.", "unknown"},
		// Not these: a named party, and a count that is not known.
		{"ولم تحدد الشرطة عدد الجرحى في التفجير الذي نفذه تنظيم داعش قرب السوق.", "isis"},
		{"وقال المرصد إنه عاجز عن تحديد عدد القتلى في الغارات الروسية على القرية.", "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"}) {
				if c.Actor != nil {
					got = *c.Actor
				}
			}
			if got != tt.want {
				t.Errorf("%s\nactor %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}
