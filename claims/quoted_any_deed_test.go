package claims_test

import "testing"

// TestQuotedAnyDeedDenied: a negated verb followed by "أي" and a word of
// attack denies that any such deed happened, also when the speaker's words
// are quoted from "أي" on (`لم تشهد "أي اشتباك"`). Sentences written for
// the test.
func TestQuotedAnyDeedDenied(t *testing.T) {
	x, _ := extractor(t)
	for _, text := range []string{
		"وقال ناشطون إن الدورية لم تشهد \"أي اشتباك\" مع الشبان داخل القرية.",
		"وقال ناشطون إن الدورية لم تخض أي اشتباك داخل القرية.",
		"وقال الأهالي إن المسلحين لم يطلقوا «أي قذيفة» على البلدة.",
	} {
		c := claimHolding(t, x, text, "لم")
		if c.Stance != "denies" {
			t.Errorf("%s: stance %s, want denies (%v)", text, c.Stance, c.Rules)
		}
	}
}
