package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOwnedStrikeRejectedAccusation: an army that says what it struck in
// the event and, in the same account, disowns a part or throws back an
// accusation still denies that part, against the account that blames it;
// a denial of a mere detail of the strike it owns does not. Sentences
// written for the test.
func TestOwnedStrikeRejectedAccusation(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"responsibility for a downing", "لكنه نفى أي مسؤولية له عن سقوط طائرة الشحن قرب الساحل", true},
		{"accusations rejected", "ورفض الجيش الاتهامات التي وجهتها موسكو بشأن إسقاط الطائرة", true},
		{"what sites spread", "ونفى المتحدث ما تتداوله مواقع معارضة عن استخدام قواته غازاً ساماً", true},
		{"reports called false", "واعتبر أن الأنباء عن قصف مقاتلاته للمستشفى كاذبة", true},
		{"not responsible", "مؤكداً أن الجيش غير مسؤول عن مقتل الطاقم", true},
		{"claims called fabricated", "ووصف الروايات المتداولة بأنها ملفقة", true},
		{"a detail of the strike", "نافياً قصف أي موقع للقوات الروسية في المنطقة", false},
		{"airspace used", "ونفى أن تكون طائراته قد استخدمت الأجواء اللبنانية", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("russia_mod"), Actor: sp("israel"), EventType: claims.EventAirstrike}),
				mk(claims.Claim{ID: "c2", Source: src("israel_army"), Actor: sp("israel"), Target: sp("military facility"),
					EventType: claims.EventAirstrike}),
				mk(claims.Claim{ID: "c3", Source: src("israel_army"), Actor: sp("israel"), Stance: claims.StanceDenies,
					Text: tt.text, EventType: claims.EventAirstrike}),
			)
			got := false
			for _, l := range onlyKind(compareLines(t, cs), KindPerpetrator) {
				got = got || strings.Contains(l, "denies that")
			}
			if got != tt.want {
				t.Errorf("perpetrator denial flagged = %v, want %v (%v)", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
