package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnswerClauseOwn: a claim that opens with what its speaker's act
// answered is only that clause, or goes on with a clause of its own that
// tells what the answer struck. Sentences written for the test.
func TestAnswerClauseOwn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"رداً على «القصف المتكرر على البلدات»", false},
		{"رداً على الهجوم على الحاجز.", false},
		{"رداً على الكمين، تستهدف الحملة مخابئ المسلحين في القرى.", true},
		{"ورداً على القصف، استهدفت الفصائل تجمعات للميليشيات.", true},
		{"رداً على الاعتداء، فوراً", false},
	}
	for _, tt := range tests {
		if got := answerClauseOwn(&claims.Claim{Text: tt.text}); got != tt.want {
			t.Errorf("answerClauseOwn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
