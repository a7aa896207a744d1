package claims_test

import (
	"testing"
)

// TestAttackedOwnIsNotDoer checks that a first-person word naming what
// was attacked (after "على" or "ضد", or a complement with ل after such a
// word) does not make the speaker the doer, while the speaker's own forces
// acting still do.
func TestAttackedOwnIsNotDoer(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"object of على with ل complement",
			"وقال مصدر عسكري إن اعتداء جويا وقع صباح اليوم على نقطة لقواتنا قرب المطار.", "-"},
		{"object of على with a suffixed noun",
			"وقال مصدر عسكري إن قذائف سقطت على مواقعنا في ريف المدينة ليلا.", "-"},
		{"object of ضد",
			"وقال مصدر عسكري إن هجوما بطائرات مسيرة نفذ ضد دورياتنا عند الطريق الدولي.", "-"},
		{"complement with ل after ضد",
			"وقال مصدر عسكري إن كمينا نصب ضد رتل لقواتنا على طريق البادية.", "-"},
		{"the speaker's own forces acting are still its own",
			"وقال مصدر عسكري إن قواتنا قصفت تجمعات المسلحين في محيط البلدة ليلا.", "syria_gov"},
		{"the speaker's own aircraft before the verb are its own",
			"وقال مصدر عسكري إن طائراتنا أغارت على تجمعات المسلحين في محيط البلدة.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := armyActor(x, tt.text)
			if got != tt.want {
				t.Errorf("actor = %q, want %q", got, tt.want)
			}
		})
	}
}
