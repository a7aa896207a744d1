package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestForcesPresentNotDoer checks that the speaker's own men who "were
// with" the fighters at the site, or "were present" there, are not read as
// the doer of the attack on it, while its forces that struck still are.
// Sentences written for the test.
func TestForcesPresentNotDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"advisers with the fighters", "وقال التحالف إن خبراء من قواته كانوا مع المقاتلين المحليين داخل المقر حين بدأ القصف بالمدفعية.", ""},
		{"forces present", "وقال التحالف إن قواته كانت موجودة في القاعدة لحظة سقوط القذائف عليها.", ""},
		{"forces struck", "وقال التحالف إن قواته قصفت مواقع المسلحين قرب الحقل.", "coalition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			got := ""
			if cs[0].Actor != nil {
				got = *cs[0].Actor
			}
			if got == "coalition" != (tt.want == "coalition") {
				t.Errorf("%s: want actor %q, got %q (%v)", tt.text, tt.want, got, cs[0].Rules)
			}
		})
	}
}
