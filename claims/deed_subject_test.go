package claims_test

import "testing"

// TestDeedSubjectObject: when a deed noun is the subject of a verb of
// striking ("غارة استهدفت"، "هجوم مخطط قد استهدف"), the party right after
// the verb is what was struck, not the doer; a party that owns the deed
// before the verb, or the subject after a verb that opens the clause,
// is still the doer. Sentences written for the test.
func TestDeedSubjectObject(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, part string
		actor            string // "" for none
	}{
		{"raid as subject", "وقال ناشطون إن غارة استهدفت القوات الأمريكية قرب البلدة.", "غارة", ""},
		{"attack with an adjective and qad", "وأكد الأهالي أنه لا هجوم مخطط قد استهدف الجنود الروس هناك.", "هجوم", ""},
		{"attacks in a relative clause", "وأكد البيان أن القتيل خطط لهجمات استهدفت الجنود الأتراك شمال الرقة.", "لهجمات", ""},
		{"owner before the verb", "وذكر الدفاع المدني أن الطيران الروسي استهدف مدجنة قرب القرية أمس.", "الطيران", "russia"},
		{"verb first, subject after", "استهدفت القوات التركية قرى في ريف الحسكة.", "استهدفت", "turkey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			got := ""
			if c.Actor != nil {
				got = *c.Actor
			}
			if got != tt.actor {
				t.Errorf("actor %q, want %q (%v)", got, tt.actor, c.Rules)
			}
		})
	}
}
