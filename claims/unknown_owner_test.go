package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownOwnerToll: a toll told of aircraft, a drone or shells of
// unknown owner makes the stance "unknown" (who struck is not known) and
// carries claims.RuleUnknownOwner, which tells reconcile that the toll is
// still given; the same words without a toll make the stance "unknown"
// without the rule. Unknown gunmen ("مسلحون مجهولون") make it "unknown"
// with a toll too and carry no such rule; a named doer stays asserted. Want is the first
// claim's stance and whether it carries the rule. Sentences written for
// the test.
func TestUnknownOwnerToll(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, stance string
		rule         bool
	}{
		{"وقتل تسعة عناصر من الفصيل بقصف مقاتلات مجهولة الهوية على مقرهم قرب الحدود.", claims.StanceUnknown, true},
		{"قتل أربعة مدنيين بقصف مسيّرة مجهولة على سيارتهم في ريف المدينة.", claims.StanceUnknown, true},
		{"وشنت طائرات مجهولة الهوية غارات على مقر الفصيل قرب الحدود.", claims.StanceUnknown, false},
		{"وقتل ثلاثة مدنيين برصاص مسلحين مجهولين على طريق القرية.", claims.StanceUnknown, false},
		{"وقتل تسعة عناصر من الفصيل في غارات شنتها طائرات روسية على مقرهم.", claims.StanceAsserts, false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := cs[0]
			if got := slices.Contains(c.Rules, claims.RuleUnknownOwner); c.Stance != tt.stance || got != tt.rule {
				t.Errorf("%s: stance %s rule %v, want %s %v (rules %v)", tt.text, c.Stance, got, tt.stance, tt.rule, c.Rules)
			}
		})
	}
}
