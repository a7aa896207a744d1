package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestVagueTollAgainstFirm: when a loose toll ("عشرات", "عدد من") stands
// against a firm one. A loose toll of the killed and wounded together
// holds any part inside or below its upper bound ("dozens of dead and
// wounded" against "7 killed") and disputes a part above it ("a number of
// dead and wounded" against "52 killed"); a loose count of one outcome
// disputes a firm count outside its bounds ("dozens killed" against "3
// killed"); an open lower bound never disputes a higher count. Claims
// written for the test.
func TestVagueTollAgainstFirm(t *testing.T) {
	kw := claims.OutcomeKilledOrWounded
	tests := []struct {
		name  string
		loose claims.Figure
		firm  []claims.Figure
		want  bool
	}{
		{"dozens of dead and wounded, seven killed", vague(kw, "unknown", 20, 99), []claims.Figure{exact(kd, "unknown", 7)}, false},
		{"dozens of dead and wounded, forty killed and sixty wounded", vague(kw, "unknown", 20, 99),
			[]claims.Figure{exact(kd, "unknown", 40), exact(wd, "unknown", 60)}, false},
		{"dozens of dead and wounded, more than a hundred killed", vague(kw, "unknown", 20, 99), []claims.Figure{atLeast(kd, "unknown", 100)}, true},
		{"dozens of dead and wounded, 140 wounded", vague(kw, "unknown", 20, 99), []claims.Figure{exact(wd, "unknown", 140)}, true},
		{"a number of dead and wounded, 52 killed", vague(kw, "unknown", 2, 9), []claims.Figure{atLeast(kd, "unknown", 52)}, true},
		{"a number of dead and wounded, six wounded", vague(kw, "unknown", 2, 9), []claims.Figure{exact(wd, "unknown", 6)}, false},
		{"a number of dead and wounded, some 30 fighters killed", vague(kw, "unknown", 2, 9), []claims.Figure{fig(kd, "fighters", 30, ip(30), claims.QualAbout)}, true},
		{"dozens of civilians dead and wounded, fighters killed", vague(kw, "civilians", 20, 99), []claims.Figure{exact(kd, "fighters", 120)}, false},
		{"a loose part is no firm part", vague(kw, "unknown", 2, 9), []claims.Figure{vague(kd, "unknown", 20, 99)}, false},
		{"dozens killed, three killed", vague(kd, "unknown", 20, 99), []claims.Figure{exact(kd, "unknown", 3)}, true},
		{"a number killed, five killed", vague(kd, "unknown", 2, 9), []claims.Figure{exact(kd, "unknown", 5)}, false},
		{"at least six, ten", atLeast(kd, "unknown", 6), []claims.Figure{exact(kd, "unknown", 10)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("sana"), Text: "سقط عشرات الضحايا في القصف على الحي",
					Figures: []claims.Figure{tt.loose}}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("sohr"), Text: "وثق المرصد حصيلة القصف على الحي",
					Figures: tt.firm}),
			)
			lines := onlyKind(compareLines(t, cs), KindCasualties)
			if got := len(lines) > 0; got != tt.want {
				t.Errorf("casualties flagged %v, want %v: %s", got, tt.want, strings.Join(lines, "; "))
			}
		})
	}
}

// TestEnemyKillCount: an army that says its strike killed dozens of
// "terrorists" gives its version of whom the strike hit, no part of
// another voice's toll of the strike's dead: "the army killed 30
// militants" against "17 killed" is no dispute of counts. The same
// fighters counted by a voice that is not their killer are a part of the
// toll, and a total below them disputes it; the army's count against a
// civilian toll still disputes who died. Claims written for the test.
func TestEnemyKillCount(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		actor string
		fig   claims.Figure
		other claims.Figure
		want  bool
	}{
		{"the army's own kills against a bare toll", "syrian_army", "syria_gov", vague(kd, "fighters", 20, 99), exact(kd, "unknown", 17), false},
		{"an exact count of its kills", "syrian_army", "syria_gov", exact(kd, "fighters", 30), exact(kd, "unknown", 17), false},
		{"fighters counted by a monitor", "sohr", "", exact(kd, "fighters", 30), exact(kd, "unknown", 17), true},
		{"fighters the army says another party killed", "syrian_army", "israel", exact(kd, "fighters", 30), exact(kd, "unknown", 17), true},
		{"the army's kills against civilians", "syrian_army", "syria_gov", vague(kd, "fighters", 20, 99), exact(kd, "civilians", 17), true},
		{"the army's kills against a firm count of fighters", "syrian_army", "syria_gov", exact(kd, "fighters", 60), exact(kd, "fighters", 17), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var actor *string
			if tt.actor != "" {
				actor = sp(tt.actor)
			}
			other := "white_helmets"
			if tt.src == "sohr" {
				other = "media"
			}
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src(tt.src), Actor: actor, Text: "أعلن الجيش أن ضرباته قضت على مسلحين في البلدة",
					EventType: claims.EventAirstrike, Figures: []claims.Figure{tt.fig}}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src(other), Text: "قتل أشخاص في غارة على سوق البلدة",
					EventType: claims.EventAirstrike, Figures: []claims.Figure{tt.other}}),
			)
			lines := onlyKind(compareLines(t, cs), KindCasualties)
			if got := len(lines) > 0; got != tt.want {
				t.Errorf("casualties flagged %v, want %v: %s", got, tt.want, strings.Join(lines, "; "))
			}
		})
	}
}
