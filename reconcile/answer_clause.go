package reconcile

import (
	"strings"
	"unicode/utf8"

	"github.com/riwaya/riwaya/claims"
)

// answerClauseOwn reports whether a claim that opens with what its
// speaker's act answered ("رداً على الكمين، ...") goes on, past a comma,
// with a clause of its own that tells the answer ("رداً على الكمين، تستهدف
// الحملة أوكار المسلحين"): what that clause says was hit is the answer's
// target, the speaker's characterisation, not the answered deed's.
func answerClauseOwn(c *claims.Claim) bool {
	i := strings.IndexAny(c.Text, "،,")
	if i < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(c.Text[i:])
	return len(strings.Fields(c.Text[i+w:])) >= 2
}
