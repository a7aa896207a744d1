package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAnyDeedCharge checks that holding a party answerable for any deed
// of a kind ("المسؤولية عن أي ..."، "عن كل ...") names it as a liable
// host or patron (actor:abettor), not as the doer, while holding it
// answerable for the deed at hand still accuses it.
func TestAnyDeedCharge(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		rule       string
	}{
		{"any activity from its land", "وحمّل الوزير الحكومة السورية كامل المسؤولية عن أي نشاط يخرج من حدودها.", "actor:abettor"},
		{"every assault", "وحمّلت الخارجية الحكومة التركية المسؤولية عن كل اعتداء تشنه الفصائل الموالية لها.", "actor:abettor"},
		{"this attack", "وحمّل الوزير النظام السوري مسؤولية الهجوم على البلدة.", "actor:accused"},
		{"full responsibility for the attack", "وحمّل الوزير النظام السوري المسؤولية الكاملة عن الهجوم.", "actor:accused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-14"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[len(cs)-1]
			has := false
			for _, r := range c.Rules {
				has = has || r == tt.rule
			}
			if !has {
				t.Errorf("rules = %v, want %s", c.Rules, tt.rule)
			}
		})
	}
}
