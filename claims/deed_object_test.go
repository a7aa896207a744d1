package claims_test

import "testing"

// TestDeedNounAfterDenial: a verb of denying followed at once by the
// verbal noun of a deed takes the party after the noun for the deed's
// object, never for the speaker: the ministry before the verb speaks, and
// a speaker with a side of its own denies its own deed against that
// party. Without a subject, the speaker before goes on. Sentences written
// for the test; want is "source stance actor" of the last claim.
func TestDeedNounAfterDenial(t *testing.T) {
	x, _ := extractor(t)
	checkClaimLine(t, x, "2022-05-01", true, []textWant{
		{"وزارة الدفاع الروسية تنفي قصف الوحدات الكردية في ريف الرقة الشرقي", "russia_mod denies russia"},
		{"وزارة الدفاع التركية تنفي استهداف قسد في ريف الحسكة", "turkey_mod denies turkey"},
		{"قال المرصد إن طائرات حربية قصفت مواقع قرب الميادين. ونفى قصف قسد في المنطقة.", "sohr denies sdf"},
	}, sourceStanceActor)
}
