package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBareAirForceOwn: a government's military source that says "the air
// force" or "the helicopters" struck, naming no party, speaks of its own
// air arm; an air arm named with a nation, called hostile, or the
// aircraft "that were used" are not its own.
func TestBareAirForceOwn(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"air force struck", "أفاد مصدر عسكري بأن سلاح الجو قصف مقرات للمسلحين في ريف حماة.", "syria_gov"},
		{"warplanes pounded", "أفاد مصدر عسكري بأن الطيران الحربي دكّ بغارات مركزة تحصينات المسلحين قرب البلدة.", "syria_gov"},
		{"helicopters targeted", "أفاد مصدر عسكري بأن المروحيات استهدفت آليات للمسلحين شرقي المدينة.", "syria_gov"},
		{"a foreign air force", "أفاد مصدر عسكري بأن الطيران الحربي الإسرائيلي قصف مواقع قرب المطار.", "israel"},
		{"hostile aircraft", "أفاد مصدر عسكري بأن الطيران المعادي قصف مواقع قرب المطار.", ""},
		{"the aircraft used", "أفاد مصدر عسكري بأن الطائرات التي استعملت بالهجوم على المطار مصنعة محلياً.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, fmt.Sprintf("of syrian_army with actor %q", tt.actor), func(c claims.Claim) bool {
				return c.Source.ID == "syrian_army" && actorOrBlank(c) == tt.actor
			})
		})
	}
}
