package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMentionIsNoTarget checks that "على" in "أتى على ذكر" (to mention)
// is no preposition of attack: the civilians a source does not mention
// are not what it says was hit, while a target after a true "على" stays.
// Sentences written for the test; the target of the last claim.
func TestMentionIsNoTarget(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"قتل رجلان في عملية إنزال على قرية قرب الحسكة. وأكد مصدر عسكري أن المسلح فجر حزامه الناسف عند محاصرته، ولم يأت البيان على ذكر المدنيين القتلى.", "-"},
		{"وقال المتحدث إن المقاتلين هاجموا الحاجز ليلا، وأتى على ذكر المدنيين في القرية.", "checkpoint"},
		{"وقال المرصد إن طائرات حربية ألقت براميل على منازل المدنيين بأطراف القرية.", "civilian homes"},
	}
	for _, tt := range tests {
		got := lastTarget(x, tt.text)
		if got != tt.want {
			t.Errorf("%s\ntarget %q, want %q", tt.text, got, tt.want)
		}
	}
}

// lastTarget returns the target of the last claim of the text, or "-".
func lastTarget(x *claims.Extractor, text string) string {
	cs := x.Extract(claims.Article{ID: "t", Text: text, Published: "2023-05-01"})
	if len(cs) == 0 || cs[len(cs)-1].Target == nil {
		return "-"
	}
	return *cs[len(cs)-1].Target
}
