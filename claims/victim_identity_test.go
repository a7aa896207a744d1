package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestVictimIdentityNotDoer: "هوية" followed by a word for the dead, the
// wounded, a body or the person who died is the victim's identity; a
// source that does not tell it ("لم تكشف الشبكة هوية ...") says nothing of
// who did it. "هوية" of the attackers or of the side still leaves the doer
// unknown. Sentences written for the test.
func TestVictimIdentityNotDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text      string
		wantActor string
	}{
		{"قتل شاب بغارة على البلدة. وقالت الشبكة إن الحصيلة صارت قتيلين، من دون أن تكشف عن هوية الرجل المتوفى.", ""},
		{"سقطت قذيفة على الحي. وذكرت مديرية الصحة أن طفلين أصيبا بجروح، دون أن تكشف عن هوية الطفلين.", ""},
		{"انفجرت عبوة في السوق. وقالت الشرطة إن ثلاثة قتلوا، من غير أن تكشف عن هوية الضحية الثالثة.", ""},
		{"قتل شاب بغارة على البلدة. وقالت الشبكة إن الحصيلة صارت قتيلين، من دون أن تكشف عن هوية المهاجمين.", "unknown"},
		{"انفجرت عبوة في السوق. وقالت الشرطة إن ثلاثة قتلوا، دون أن تكشف عن هوية الجهة المنفذة.", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:40], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			got := ""
			if c := cs[len(cs)-1]; c.Actor != nil {
				got = *c.Actor
			}
			if got != tt.wantActor {
				t.Errorf("%s: actor %q, want %q", tt.text, got, tt.wantActor)
			}
		})
	}
}
