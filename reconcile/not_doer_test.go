package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAttackersTollNoTarget: the toll of attackers killed by those who
// repelled them (claims.RuleAttackersKilled) counts the attacking side; it
// does not say the place attacked was military, against another account's
// homes. The same fighters' toll from a strike still does.
func TestAttackersTollNoTarget(t *testing.T) {
	homes := mk(claims.Claim{ID: "h", Article: "a1", Source: src("sohr"), Text: "هاجم المسلحون البيوت",
		EventType: claims.EventGroundAttack, Target: sp("homes"), Figures: []claims.Figure{exact("killed", "civilians", 30)}})
	toll := func(rules []string) claims.Claim {
		return mk(claims.Claim{ID: "d", Article: "a2", Source: src("syrian_army"), Text: "قتلت قواتنا 20 من المهاجمين",
			EventType: claims.EventGroundAttack, Rules: rules, Figures: []claims.Figure{exact("killed", "fighters", 20)}})
	}
	tests := []struct {
		name  string
		rules []string
		want  bool
	}{
		{"attackers killed by the defenders", []string{claims.RuleAttackersKilled}, false},
		{"fighters killed where it struck", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{homes, toll(tt.rules)}, KindTarget, tt.want)
		})
	}
}

// TestAbettorNoPerpetrator: a charge of abetting ("accusing X of turning a
// blind eye to the attackers", rule actor:abettor) names no perpetrator, so
// it does not dispute the doer the other accounts name; a charge of the
// deed itself does.
func TestAbettorNoPerpetrator(t *testing.T) {
	doer := mk(claims.Claim{ID: "s", Article: "a1", Source: src("sohr"), Text: "نفذ التنظيم الهجوم",
		EventType: claims.EventGroundAttack, Actor: sp("isis")})
	charge := func(rule string) claims.Claim {
		return mk(claims.Claim{ID: "c", Article: "a2", Source: src("local_sources"), Text: "متهما روسيا بتسهيل مرورهم",
			EventType: claims.EventGroundAttack, Actor: sp("russia"), Rules: []string{rule}})
	}
	tests := []struct {
		name, rule string
		want       bool
	}{
		{"abetting", "actor:abettor", false},
		{"the deed", "actor:accused", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{doer, charge(tt.rule)}, KindPerpetrator, tt.want)
		})
	}
}

// TestAttackersTollNotVictims: civilians killed by one account and the
// attackers the defenders killed by another (claims.RuleAttackersKilled)
// are different dead, no dispute over who died; the same fighters' toll
// given as the attack's victims is one.
func TestAttackersTollNotVictims(t *testing.T) {
	civ := mk(claims.Claim{ID: "c", Article: "a1", Source: src("sohr"), Text: "قتل المهاجمون 50 مدنيا",
		EventType: claims.EventGroundAttack, Figures: []claims.Figure{atLeast("killed", "civilians", 50)}})
	toll := func(rules []string) claims.Claim {
		return mk(claims.Claim{ID: "d", Article: "a2", Source: src("syrian_army"), Text: "قتلت قواتنا 30 من المهاجمين",
			EventType: claims.EventGroundAttack, Rules: rules, Figures: []claims.Figure{exact("killed", "fighters", 30)}})
	}
	for _, tt := range []struct {
		name  string
		rules []string
		want  bool
	}{
		{"attackers killed", []string{claims.RuleAttackersKilled}, false},
		{"fighters as the victims", nil, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{civ, toll(tt.rules)}, KindCasualties, tt.want)
		})
	}
}

// TestHabitualLimitAdmitsNoStrike: a side accused of hitting a hospital
// that denies it while telling of its own strikes on militants there
// disputes that the hospital was hit (occurrence); stating only the rule its
// strikes keep ("تقتصر دوماً على الأهداف العسكرية") admits no strike, and the denial
// stays a dispute over its part and the target.
func TestHabitualLimitAdmitsNoStrike(t *testing.T) {
	report := mk(claims.Claim{ID: "r", Article: "a1", Source: src("sohr"), Text: "قصفت طائرات روسية المشفى",
		EventType: claims.EventAirstrike, Actor: sp("russia"), Target: sp("hospital")})
	denial := mk(claims.Claim{ID: "d", Article: "a2", Source: src("russia_mod"), Text: "نفت الوزارة قصف طائراتها المشفى",
		Stance: claims.StanceDenies, EventType: claims.EventAirstrike, Actor: sp("russia"), Target: sp("hospital"),
		Rules: []string{"stance:cue"}})
	own := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "o", Article: "a2", Start: 100, Source: src("russia_mod"), Text: text,
			EventType: claims.EventAirstrike, Target: sp("positions")})
	}
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"strikes told", "وأضافت أن الغارات أصابت مواقع المسلحين قرب البلدة", true},
		{"the rule of its strikes", "مشددة على أن غاراتها تقتصر دوماً على الأهداف العسكرية", false},
		{"the rule, other verb", "وأن عملياتها تنحصر في مواقع المسلحين", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{report, denial, own(tt.text)}, KindOccurrence, tt.want)
		})
	}
}
