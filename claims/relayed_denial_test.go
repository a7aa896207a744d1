package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelayedDenialNoun: a relay whose content opens with the relayed
// speaker's verbal noun of denying ("نقلت الوكالة عن المسؤول نفيَه ...")
// denies; a report called "false information" or "a pure lie" denies; the
// Iranian labour agency ILNA relays; and a body named inside "ما أوردته"
// after the verb is reported on, not the speaker.
func TestRelayedDenialNoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source, stance string
	}{
		{"masdar after relay", "أغارت طائرات على مستودع قرب حمص. ونقلت رويترز عن ضابط في الحرس الثوري نفيه تضرر أي موقع إيراني.", "irgc", claims.StanceDenies},
		{"ilna relays", "أغارت طائرات على مستودع قرب حمص. ونقلت وكالة إيلنا عن قائد في الحرس الثوري تكذيبه وقوع خسائر في صفوف المستشارين.", "irgc", claims.StanceDenies},
		{"plain relay asserts", "أغارت طائرات على مستودع قرب حمص. ونقلت رويترز عن ضابط في الحرس الثوري قوله إن الغارة دمرت المستودع.", "irgc", claims.StanceAsserts},
		{"false information", "سقطت قذائف على المطار. وقالت وزارة الدفاع الروسية اليوم إن ما تناقلته الصفحات عن احتراق مروحيات في الهجوم معلومات زائفة.", "russia_mod", claims.StanceDenies},
		{"pure lie", "سقطت قذائف على المطار. وقال مسؤول في الحرس الثوري إن الحديث عن تدمير المقر كذب محض.", "irgc", claims.StanceDenies},
		{"relative object", "سقطت قذائف هاون على مطار حميميم. وأقرت وزارة الدفاع الروسية بمقتل جندي، ثم كذبت ما نشرته وسائل إعلام عن احتراق طائرات في القصف.", "russia_mod", claims.StanceDenies},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 1, "of "+tt.source+" that "+tt.stance, func(c claims.Claim) bool {
				return c.Source.ID == tt.source && c.Stance == tt.stance
			})
		})
	}
}
