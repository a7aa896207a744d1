package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCoordinatedDenialOfDeed: a verb of denial coordinated after a comma
// with the clause of a speaker's report, its object a deed by its verbal
// noun with no "أن" ("، ونفت قصف الأحياء"), goes on with that speaker as
// a denial of its own. Sentences written for the test; want is source
// and stance of the claim holding part.
func TestCoordinatedDenialOfDeed(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, part, want string }{
		{"وذكرت وكالة سانا أن المدفعية دكت تجمعات المسلحين في الريف، ونفت قصف الأحياء السكنية في البلدة.",
			"ونفت", "sana denies"},
		{"وقالت وزارة الدفاع التركية إن مقاتلاتها ضربت مواقع الوحدات الكردية، ونفت استهداف أي قرية مأهولة.",
			"ونفت", "turkey_mod denies"},
		{"وأكد المرصد السوري أن الطائرات أغارت على المعبر، ونفى وقوع أي غارة على المخيم القريب.",
			"ونفى", "sohr denies"},
	}
	checkHoldingVoices(t, x, tests)
}

// checkHoldingVoices checks "source stance" of the claim holding each
// case's part, one subtest per case.
func checkHoldingVoices(t *testing.T, x *claims.Extractor, tests []struct{ text, part, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if got := c.Source.ID + " " + c.Stance; got != tt.want {
				t.Errorf("%s: got %s, want %s (%v)", tt.text, got, tt.want, c.Rules)
			}
		})
	}
}
