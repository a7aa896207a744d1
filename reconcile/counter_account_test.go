package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCounterAccountDeniesNoOccurrence: a voice of no side that rejects the other
// side's account of an attack on its post while telling the clash its own
// way, with the other side as the doer, disputes who struck whom and
// flags no occurrence; the same voice that also calls the account false
// in words ("لا صحة"), or a voice that tells no deed of its own, denies
// that the attack took place (a voice of the side blamed: see
// TestCounterAccusationDeniesOccurrence). Claims written for the test.
func TestCounterAccountDeniesNoOccurrence(t *testing.T) {
	attack := claims.Claim{ID: "a1", Source: src("asayish"), EventType: claims.EventGroundAttack, Actor: sp("syria_gov"),
		Target: sp("checkpoint"), Text: "هاجمت القوات الحكومية حاجزاً للقوى الأمنية في الحي"}
	rejects := claims.Claim{ID: "d1", Source: src("local_sources"), Stance: claims.StanceDenies, EventType: claims.EventGroundAttack,
		Target: sp("checkpoint"), Rules: []string{"stance:cue", claims.RuleReportDenied},
		Text: "رافضين ما يرويه الطرف الآخر عن هجوم على نقطة له"}
	ownStory := claims.Claim{ID: "d2", Source: src("local_sources"), EventType: claims.EventGroundAttack, Actor: sp("sdf"),
		Target: sp("passers-by"), Text: "أطلق قناصة من الطرف الآخر النار على المارة"}
	calledFalse := claims.Claim{ID: "d3", Source: src("local_sources"), Stance: claims.StanceDenies, EventType: claims.EventGroundAttack,
		Rules: []string{"stance:denial_falsehood"}, Text: "مؤكدين أن تلك الرواية لا صحة لها"}
	tests := []struct {
		name  string
		voice string // the rejecting voice
		also  []claims.Claim
		want  bool
	}{
		{"a rival account of the clash", "local_sources", []claims.Claim{ownStory}, false},
		{"a rival account that also calls it false", "local_sources", []claims.Claim{ownStory, calledFalse}, true},
		{"a rejection with no story of its own", "local_sources", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := rejects
			d.Article, d.Source = "art2", src(tt.voice)
			cs := []claims.Claim{attack, d}
			for _, c := range tt.also {
				c.Article, c.Source = "art2", src(tt.voice)
				cs = append(cs, c)
			}
			got := len(onlyKind(compareLines(t, scene(cs...)), KindOccurrence)) > 0
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v (%v)", got, tt.want, compareLines(t, scene(cs...)))
			}
		})
	}
}
