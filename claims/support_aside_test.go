package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSupportAsideArmy: a government military source that says "the
// army's units, backed by the air force, struck" speaks of its own army
// although the support phrase between commas stands between the subject
// and the verb; a comma clause of another kind still breaks the subject
// from the verb. Sentences written for the test.
func TestSupportAsideArmy(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"backed by the air force", "ذكر ضابط في الجيش أن قواته، بإسناد من الطيران الحربي، دكت مواقع المسلحين قرب القرية.", "syria_gov"},
		{"with the support of helicopters", "ذكر ضابط في الجيش أن قواته، بمساندة من الطيران المروحي، قصفت مقرات للمسلحين شرقي البلدة.", "syria_gov"},
		{"no aside", "ذكر ضابط في الجيش أن قواته قصفت مقرات للمسلحين شرقي البلدة.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, fmt.Sprintf("of syrian_army with actor %q", tt.actor), func(c claims.Claim) bool {
				return c.Source.ID == "syrian_army" && actorOrBlank(c) == tt.actor
			})
		})
	}
}
