package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCoordinatedCharge checks that "..., واتهم X بـ..." after a speaker's
// denial or report goes on with that speaker, even when X is a party no
// registry names, and that X is the accused.
func TestCoordinatedCharge(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, actor string
	}{
		{"security organs of the regime after a denial",
			"بالمقابل، نفى الجيش الحر أي صلة له بالانفجار، واتهم أجهزة النظام الأمنية بافتعاله لكسب تعاطف دولي.", "fsa", "syria_gov"},
		{"cells tied to a foreign service after a denial",
			"ونفى الجيش الحر أي دور له في الاغتيال، واتهم خلايا مرتبطة بالمخابرات التركية بتنفيذه.", "fsa", "turkey"},
		{"plural speakers go on",
			"وقال ناشطون إن الغارة أوقعت عشرة قتلى، واتهموا طائرات روسية بشنها.", "local_sources", "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, "of "+tt.src+" naming "+tt.actor, func(c claims.Claim) bool {
				return c.Source.ID == tt.src && actorOrDash(c) == tt.actor
			})
		})
	}
}
