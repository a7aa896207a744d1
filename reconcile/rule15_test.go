package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestVagueCountYieldsToNumber: a voice that says "a number of dead" and,
// in the same report, gives the number itself stands by the number; a
// vague count no longer hides that number's clash with another voice.
// Without the number, the vague count (2-9) still overlaps. Claims written
// for the test.
func TestVagueCountYieldsToNumber(t *testing.T) {
	tests := []struct {
		name     string
		armyFigs []claims.Figure
		other    claims.Figure
		want     bool
	}{
		{"number beside the vague words clashes",
			[]claims.Figure{vague(kd, "unknown", 2, 9), exact(kd, "unknown", 3)},
			exact(kd, "syrian_army", 8), true},
		{"vague words alone overlap",
			[]claims.Figure{vague(kd, "unknown", 2, 9)},
			exact(kd, "syrian_army", 8), false},
		{"the number agrees",
			[]claims.Figure{vague(kd, "unknown", 2, 9), exact(kd, "unknown", 8)},
			exact(kd, "syrian_army", 8), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var army []claims.Claim
			texts := []string{"نعت القيادة عدداً من جنودها سقطوا في الغارة على الموقع", "وقال ضابط إن الغارة أودت بحياة ثلاثة من الجنود"}
			for i, f := range tt.armyFigs {
				army = append(army, mk(claims.Claim{ID: "a" + string(rune('0'+i)), Article: "A", Start: 100 * i, Source: src("syrian_army"),
					EventType: claims.EventAirstrike, Text: texts[i], Figures: []claims.Figure{f}}))
			}
			mon := mk(claims.Claim{ID: "m", Article: "B", Source: src("sohr"), EventType: claims.EventAirstrike,
				Text: "أحصى المرصد ثمانية جنود قتلى في الغارة على الموقع", Figures: []claims.Figure{tt.other}})
			got := len(onlyKind(compareLines(t, scene(append(army, mon)...)), KindCasualties)) > 0
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("casualties (-want +got):\n%s", diff)
			}
		})
	}
}
