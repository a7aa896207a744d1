package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLinkDenialCountsNobody: a denial that the dead had ties to a party
// ("the man killed was a farmer with no link to any faction") names the
// dead, but does not deny the toll that counts him; a toll called false
// still does.
func TestLinkDenialCountsNobody(t *testing.T) {
	strike := mk(claims.Claim{ID: "s1", Article: "a1", Start: 0, Source: src("centcom"), Text: "قتلت ضربتنا قياديا في التنظيم",
		EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("militant commander"),
		Figures: []claims.Figure{exact("killed", "unknown", 1)}})
	denial := func(text, rule string) claims.Claim {
		return mk(claims.Claim{ID: "d1", Article: "a2", Start: 0, Source: src("local_sources"), Text: text,
			Stance: claims.StanceDenies, EventType: claims.EventAirstrike, Rules: []string{rule},
			Figures: []claims.Figure{exact("killed", "unknown", 1)}})
	}
	tests := []struct {
		name string
		d    claims.Claim
		want bool
	}{
		{"the dead man's ties denied", denial("أهل القتيل: كان مزارعا ولا صلة له بأي جماعة", "stance:denial_link"), false},
		{"the dead man's ties denied, other wording", denial("ذوو الضحية: لا علاقة له بالفصائل", "stance:denial_link"), false},
		{"the toll called false", denial("الحديث عن مقتل شخص في الضربة كذب", "stance:denial_falsehood"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{strike, tt.d}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool {
				return d.Kind == KindOccurrence && d.Rule == "occurrence.casualties_denied"
			})
			if got != tt.want {
				t.Errorf("casualties denied = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
