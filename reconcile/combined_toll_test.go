package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCombinedTollAgainstParts: a firm toll of the killed and wounded
// together ("نحو 20 بين قتيل وجريح") disputes separate counts it cannot
// hold (12 killed and 30 wounded), or a count of the killed alone above
// it; not when it can hold them, nor across victim groups. A loose one
// ("عشرات القتلى والجرحى") disputes no sum, only a part above its bound
// (see TestVagueTollAgainstFirm). Claims written for the test.
func TestCombinedTollAgainstParts(t *testing.T) {
	about := func(o, g string, n int) claims.Figure { return fig(o, g, n, ip(n), claims.QualAbout) }
	vague := fig(claims.OutcomeKilledOrWounded, "unknown", 20, ip(99), claims.QualVague)
	tests := []struct {
		name     string
		combined claims.Figure
		parts    []claims.Figure
		want     bool
	}{
		{"sum far above the combined toll", about(claims.OutcomeKilledOrWounded, "unknown", 20),
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 12), exact(claims.OutcomeWounded, "unknown", 30)}, true},
		{"killed alone above it", exact(claims.OutcomeKilledOrWounded, "civilians", 10),
			[]claims.Figure{exact(claims.OutcomeKilled, "civilians", 14)}, true},
		{"combined above the sum", exact(claims.OutcomeKilledOrWounded, "unknown", 60),
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 9), exact(claims.OutcomeWounded, "unknown", 20)}, true},
		{"the sum fits", exact(claims.OutcomeKilledOrWounded, "unknown", 42),
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 12), exact(claims.OutcomeWounded, "unknown", 30)}, false},
		{"killed alone, fewer than the combined", exact(claims.OutcomeKilledOrWounded, "unknown", 42),
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 12)}, false},
		{"dozens of dead and wounded", vague,
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 44), exact(claims.OutcomeWounded, "unknown", 90)}, false},
		{"another victim group", exact(claims.OutcomeKilledOrWounded, "civilians", 10),
			[]claims.Figure{exact(claims.OutcomeKilled, "unknown", 14)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("rescuers"), Text: "سقط ضحايا بين قتيل وجريح في القصف على البلدة",
					Figures: []claims.Figure{tt.combined}}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("monitor"), Text: "قال المرصد إن القصف على البلدة قتل وجرح عدداً من سكانها",
					Figures: tt.parts}),
			)
			got := len(onlyKind(compareLines(t, cs), KindCasualties)) > 0
			if got != tt.want {
				t.Errorf("casualties flagged %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
