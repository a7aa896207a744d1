package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnForcesBeforeVerb: the speaker's own forces told by a pronoun
// right before the event verb ("إن قواتها استهدفت") are its subject, so a
// party named after the verb, among what was hit ("عناصر من ...",
// "مواقع لـ ..."), is not the doer. Sentences written for the test.
func TestOwnForcesBeforeVerb(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, actor string
	}{
		{"وقالت وزارة الدفاع التركية إن قواتها قصفت ليلاً عناصر من ي ب ك قرب الدرباسية.", "turkey"},
		{"وقال الجيش الأمريكي إن طائراته ضربت مساء أمس عناصر من تنظيم داعش في البادية.", "us"},
		// no pronoun of the speaker before the verb: the party named after
		// the verb is the doer ("هجوم شنه مقاتلون من التنظيم")
		{"وقالت وزارة الدفاع التركية إن هجوماً شنه مقاتلون من ي ب ك استهدف مخفراً حدودياً.", "sdf"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2024-03-12"})
			if len(cs) == 0 || cs[0].Actor == nil || *cs[0].Actor != tt.actor {
				t.Errorf("want actor %s, got %+v", tt.actor, cs)
			}
		})
	}
}
