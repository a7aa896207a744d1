package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDualBodies checks that the dual of "جثة" counts two dead, as
// "قتيلان" does: hospitals and rescuers report the bodies they received
// or pulled out ("استقبل جثتين"، "انتشال جثتين"، "عُثر على جثتين").
func TestDualBodies(t *testing.T) {
	x, _ := extractor(t)
	figs := func(c claims.Claim) string {
		s := ""
		for _, f := range c.Figures {
			s += fmt.Sprintf("%s/%d ", f.Outcome, f.Low)
		}
		return s
	}
	assertLines(t, x, []lineCase{
		{"وقال مصدر في المشفى الوطني إنه استقبل ليلاً جثتين وخمسة جرحى.", []string{"killed/2 wounded/5 "}},
		{"وأعلن الدفاع المدني انتشال جثتين من تحت ركام المبنى.", []string{"killed/2 "}},
		{"وقال ناشطون إن جثتان عُثر عليهما قرب الطريق العام.", []string{"killed/2 "}},
	}, figs)
}
