package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestFallenPlaceDenied: "سقوط" before a town, a quarter, an airport or a
// stronghold is the capture of the place, the deed itself; before men it
// is a loss, and before shells the fire. A denial of the fall of a town
// denies the capture others tell of; a denial of the fall of men grants
// the fight. Sentences written for the test.
func TestFallenPlaceDenied(t *testing.T) {
	tolls := []struct {
		text string
		toll bool
	}{
		{"سقوط البلدة بيد المسلحين", false},
		{"ما تناقلته قنوات عن سقوط المدينة في قبضة الفصائل", false},
		{"سقوط مطار عسكري في ريف المحافظة", false},
		{"سقوط آخر معاقل الجيش في الريف الشرقي", false},
		{"سقوط أحياء المدينة الشرقية", false},
		{"سقوط قتلى بين المدنيين في البلدة", true},
		{"سقوط جنود في الكمين قرب المدينة", true},
		{"سقوط قذائف على المطار", false},
	}
	for _, tt := range tolls {
		c := &claims.Claim{Text: tt.text, Cue: "نفى", Stance: claims.StanceDenies}
		if got := deniesToll(c); got != tt.toll {
			t.Errorf("deniesToll(%q) = %v, want %v", tt.text, got, tt.toll)
		}
	}

	tests := []struct {
		name, denial string
		occurrence   bool
	}{
		{"the town's fall denied", "نفى مصدر أمني سقوط البلدة بيد المهاجمين، مؤكداً أن المعارك مستمرة", true},
		{"the dead denied", "نفى مصدر أمني سقوط قتلى في صفوف الحامية خلال المعارك", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{
				mk(claims.Claim{ID: "c1", Source: src("sohr"), EventType: claims.EventGroundAttack,
					Text: "دخل مقاتلو الفصائل البلدة الحدودية وسيطروا على ساحتها الرئيسية"}),
				mk(claims.Claim{ID: "c2", Article: "a2", Start: 100, Source: src("syria_interior"), Stance: claims.StanceDenies,
					EventType: claims.EventGroundAttack, Cue: "نفى", Rules: []string{"stance:cue"}, Text: tt.denial}),
			}
			lines := compareLines(t, scene(cs...))
			if got := len(onlyKind(lines, KindOccurrence)) > 0; got != tt.occurrence {
				t.Errorf("occurrence flagged %v, want %v: %v", got, tt.occurrence, lines)
			}
		})
	}
}
