package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericDenialFacesEveryTeller: a denial that names the deed only by
// a generic word ("هجوم", "استهداف", "اعتداء") denies the attack however
// the others tell it, so every account of the attack, whatever means it
// names, asserts it; a denial that names a kind of deed by a word of its
// own (a drone, a mortar round) is opposed only by those who tell of that
// kind. Sentences written for the test.
func TestGenericDenialFacesEveryTeller(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		rules      []string
		wantMortar bool // the mortar-fire account is among the asserters
	}{
		{"an attack on the ship denied", "ونفى المصدر أن تكون سفينة الشحن أصيبت بهجوم في عرض البحر، ووصف الأنباء بأنها كاذبة",
			claims.EventGroundAttack, []string{"event_type:generic"}, true},
		{"the targeting of the post denied", "ونفى المتحدث ما روجته الوزارة عن استهداف المخفر الحدودي، واعتبره رواية مختلقة",
			claims.EventAirstrike, []string{"event_type:generic"}, true},
		{"an aggression denied, pointing back", "وأكد المسؤول أن هذا الاعتداء لم يحدث أصلاً وأن الخبر ملفق",
			claims.EventAirstrike, []string{"event_type:anaphoric"}, true},
		{"a drone launch denied by its own word", "ونفى المصدر إطلاق أي طائرة مسيرة نحو الميناء، ووصف الرواية بأنها كاذبة",
			claims.EventDroneAttack, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			denial := mk(claims.Claim{ID: "c3", Source: src("local_sources"), Stance: claims.StanceDenies, Text: tt.text,
				EventType: tt.typ, Target: sp("port"), Rules: append([]string{"stance:denial_falsehood"}, tt.rules...)})
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventDroneAttack, Target: sp("port"),
					Text: "اندلع حريق في الميناء بعد إصابته بطائرة مسيرة فجر اليوم"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventShelling, Target: sp("port"),
					Text: "سقطت قذائف هاون على الميناء وأصابت أحد المستودعات"}),
				denial)
			var occ *Discrepancy
			ds := Compare(Event{}, cs, testK)
			for i := range ds {
				if ds[i].Kind == KindOccurrence && ds[i].Field == "occurrence" {
					occ = &ds[i]
				}
			}
			if occ == nil {
				t.Fatalf("no occurrence flag: %v", compareLines(t, cs))
			}
			if got := slices.Contains(occ.Sources, "sohr"); got != tt.wantMortar {
				t.Errorf("mortar account among the sources = %v, want %v: %s %s", got, tt.wantMortar,
					strings.Join(occ.Sources, ","), occ.Summary)
			}
		})
	}
}
