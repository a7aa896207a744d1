package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAttackersHitFromAfar: in a claim of an air raid or of shelling, a
// count of "the attacking force" killed counts the ground force the strike
// hit, not the strike's doers, who stay out of reach: it stands against a
// monitor's count of the fighters the raid killed. In a claim of a ground
// assault the attackers' own dead are still counted apart (see
// TestAttackersDeadApart).
func TestAttackersHitFromAfar(t *testing.T) {
	attackers := func(typ string) claims.Claim {
		text := "وذكر ضابط أن الغارات قتلت ما يزيد على مئة مقاتل من القوة المهاجمة"
		f := spanned(claims.Figure{Outcome: "killed", Group: "fighters", Low: 100, Qualifier: "at_least"}, text, "مئة")
		return mk(claims.Claim{ID: "u1", Article: "a1", Source: src("us_government"), Text: text, EventType: typ,
			Figures: []claims.Figure{f}})
	}
	monitor := func(typ string) claims.Claim {
		text := "وقال المرصد إن أربعين مقاتلاً قتلوا في الضربات"
		return mk(claims.Claim{ID: "m1", Article: "a2", Source: src("sohr"), Text: text, EventType: typ,
			Figures: []claims.Figure{spanned(exact("killed", "fighters", 40), text, "مقاتلاً")}})
	}
	tests := []struct {
		name string
		typ  string
		want bool
	}{
		{"air raid", claims.EventAirstrike, true},
		{"shelling", claims.EventShelling, true},
		{"drone", claims.EventDroneAttack, true},
		{"ground assault", claims.EventGroundAttack, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind([]claims.Claim{attackers(tt.typ), monitor(tt.typ)}, KindCasualties); got != tt.want {
				t.Errorf("casualties flagged = %v, want %v", got, tt.want)
			}
		})
	}
}
