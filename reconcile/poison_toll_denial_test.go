package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPoisonVictimsDenialCountsNobody: a side that calls the reports of
// victims of a gas attack invented, and owns a strike with ordinary arms,
// disputes the manner of the deed (occurrence, chemical), not the toll: no
// zero of killed or wounded is read from it. A plain denial of victims
// still counts as a toll of zero. Sentences written for the test.
func TestPoisonVictimsDenialCountsNobody(t *testing.T) {
	gov := sp("syria_gov")
	monitor := mk(claims.Claim{ID: "c9", Source: src("sohr"), Actor: gov, Text: "قتل خمسة أشخاص اختناقاً بغاز الكلور في القرية",
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 5)}})
	tests := []struct {
		name     string
		denial   string
		wantCas  bool
		wantChem bool
	}{
		{"victims of toxic gas called an invention", "واعتبر المصدر أن أخبار ضحايا الغازات السامة مختلقة", false, true},
		{"injuries by chlorine denied", "نفى المصدر وقوع إصابات بالكلور في القرية", false, true},
		{"victims denied outright", "نفى المصدر سقوط أي ضحايا في القرية", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: gov, Text: "قصف الطيران أوكاراً للمسلحين قرب القرية"}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies, Text: tt.denial,
					Rules: []string{"stance:denial_falsehood"}}),
				monitor,
			)
			ls := compareLines(t, cs)
			gotCas, gotChem := false, false
			for _, l := range ls {
				gotCas = gotCas || strings.HasPrefix(l, "casualties ")
				gotChem = gotChem || strings.HasPrefix(l, "occurrence chemical ")
			}
			if gotCas != tt.wantCas || gotChem != tt.wantChem {
				t.Errorf("casualties %v (want %v), chemical %v (want %v): %v", gotCas, tt.wantCas, gotChem, tt.wantChem, ls)
			}
		})
	}
}
