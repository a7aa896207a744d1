package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeedNounAfterDenial: a verb of denying followed at once by the
// verbal noun of a deed takes the party after the noun for the deed's
// object, never for the speaker: the ministry before the verb speaks, and
// a speaker with a side of its own denies its own deed against that
// party. Without a subject, the speaker before goes on. Sentences written
// for the test; want is "source stance actor" of the last claim.
func TestDeedNounAfterDenial(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وزارة الدفاع الروسية تنفي قصف الوحدات الكردية في ريف الرقة الشرقي", "russia_mod denies russia"},
		{"وزارة الدفاع التركية تنفي استهداف قسد في ريف الحسكة", "turkey_mod denies turkey"},
		{"قال المرصد إن طائرات حربية قصفت مواقع قرب الميادين. ونفى قصف قسد في المنطقة.", "sohr denies sdf"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-05-01"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = c.Source.ID + " " + c.Stance + " " + a
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
