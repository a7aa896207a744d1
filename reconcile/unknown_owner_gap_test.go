package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownOwnerGap: a monitor that counts the dead of raids by aircraft
// it calls of unknown identity (claims.RuleUnknownOwner, its toll
// given whether its stance is asserted or unknown) says who struck is not known: against a party that names the
// doer it is a perpetrator gap, also when the monitor guesses the doer
// elsewhere. Without the rule (unnamed gunmen, a word for attackers it
// does not name) the same toll makes no gap; two accounts that both call
// the aircraft unknown make none either. Claims written for the test.
func TestUnknownOwnerGap(t *testing.T) {
	unknownToll := func(id string, s claims.Source, rules ...string) claims.Claim {
		return claims.Claim{ID: id, Article: "a1", Source: s, Stance: claims.StanceAsserts, Actor: sp("unknown"),
			EventType: claims.EventAirstrike, Rules: append([]string{"actor:after_event_word"}, rules...),
			Figures: []claims.Figure{{Outcome: claims.OutcomeKilled, Group: "fighters", Low: 12, High: ip(12), Qualifier: "exact"}},
			Text:    "وقتل اثنا عشر مقاتلاً في غارات نفذتها طائرات مجهولة الهوية على المعسكر"}
	}
	stanceUnknown := func(c claims.Claim) claims.Claim {
		c.Stance = claims.StanceUnknown
		return c
	}
	names := func(id string, s claims.Source, stance string) claims.Claim {
		return claims.Claim{ID: id, Article: "a2", Source: s, Stance: stance, Actor: sp("israel"),
			EventType: claims.EventAirstrike, Text: "وحمّلت الجماعة إسرائيل مسؤولية الغارات على المعسكر"}
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"unknown aircraft against a named doer", []claims.Claim{
			unknownToll("c1", src("sohr"), claims.RuleUnknownOwner), names("c2", src("pmf"), claims.StanceAsserts)},
			[]string{"gap actor pmf,sohr"}},
		{"the monitor also guesses the doer", []claims.Claim{
			unknownToll("c1", src("sohr"), claims.RuleUnknownOwner), names("c2", src("pmf"), claims.StanceAsserts),
			names("c3", src("sohr"), claims.StanceUnconfirmed)},
			[]string{"gap actor sohr,pmf"}},
		{"unknown aircraft, stance unknown", []claims.Claim{
			stanceUnknown(unknownToll("c1", src("sohr"), claims.RuleUnknownOwner)), names("c2", src("pmf"), claims.StanceAsserts)},
			[]string{"gap actor pmf,sohr"}},
		{"the same guess without the rule", []claims.Claim{
			unknownToll("c1", src("sohr")), names("c2", src("pmf"), claims.StanceAsserts),
			names("c3", src("sohr"), claims.StanceUnconfirmed)},
			nil},
		{"both call the aircraft unknown", []claims.Claim{
			unknownToll("c1", src("sohr"), claims.RuleUnknownOwner), unknownToll("c2", src("smart_news"), claims.RuleUnknownOwner)},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}

// TestUnknownPersonsGap: a command that says unknown people fired at its
// patrol (rule actor:unknown_persons) and that its men answered says who
// opened fire is not known: against a monitor that names who fired first
// it is a perpetrator gap. The same answer with a doer it only does not
// name ("مسلحون") makes none. Claims written for the test.
func TestUnknownPersonsGap(t *testing.T) {
	answered := claims.Claim{ID: "c1", Article: "a1", Source: src("coalition"), Stance: claims.StanceAsserts,
		Actor: sp("coalition"), EventType: claims.EventGroundAttack, Rules: []string{"actor:own_forces"},
		Text: "وقال التحالف إن جنوده ردوا على النيران دفاعاً عن النفس"}
	fired := func(rule, text string) claims.Claim {
		return claims.Claim{ID: "c2", Article: "a1", Source: src("coalition"), Stance: claims.StanceAsserts,
			Actor: sp("unknown"), EventType: claims.EventGroundAttack, Rules: []string{rule}, Text: text}
	}
	firedUnknown := func(text string) claims.Claim {
		c := fired("actor:unknown_persons", text)
		c.Stance = claims.StanceUnknown
		c.Rules = append(c.Rules, "stance:unknown_persons")
		return c
	}
	monitor := claims.Claim{ID: "c3", Article: "a2", Source: src("sohr"), Stance: claims.StanceAsserts,
		Actor: sp("syria_gov"), EventType: claims.EventGroundAttack, Rules: []string{"actor:initiator"},
		Text: "وقال المرصد إن عنصراً من الحاجز بدأ بإطلاق الرصاص على العربات"}
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"unknown people fired first", []claims.Claim{answered,
			fired("actor:unknown_persons", "وأضاف أن رجالاً مجهولين أطلقوا الرصاص على الدورية"), monitor},
			[]string{"gap actor coalition,sohr"}},
		{"unknown people fired first, stance unknown", []claims.Claim{answered,
			firedUnknown("وأضاف أن رجالاً مجهولين أطلقوا الرصاص على الدورية"), monitor},
			[]string{"gap actor coalition,sohr"}},
		{"gunmen it does not name", []claims.Claim{answered,
			fired("actor:unnamed_doer", "وأضاف أن مسلحين أطلقوا الرصاص على الدورية"), monitor},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertHeads(t, tt.cs, KindGap, tt.want)
		})
	}
}

// TestSpeaksUnknownPersons: a claim whose stance is unknown only because
// its doers are unknown people (rule stance:unknown_persons) or because it
// gives a toll of a weapon of unknown owner (claims.RuleUnknownOwner)
// still asserts what it tells, its toll among it; a claim of stance unknown for
// another reason, or a denial, does not. Claims written for the test.
func TestSpeaksUnknownPersons(t *testing.T) {
	tests := []struct {
		name   string
		stance string
		rules  []string
		want   bool
	}{
		{"asserted", claims.StanceAsserts, nil, true},
		{"hedged", claims.StanceUnconfirmed, nil, true},
		{"unknown people", claims.StanceUnknown, []string{"actor:unknown_persons", "stance:unknown_persons"}, true},
		{"toll of a weapon of unknown owner", claims.StanceUnknown, []string{claims.RuleUnknownOwner}, true},
		{"weapon of unknown owner, no toll", claims.StanceUnknown, []string{"stance:unknown_weapon"}, false},
		{"toll beside not knowing who", claims.StanceUnknown, []string{"actor:doer_not_known", claims.RuleTollDoerNotKnown}, true},
		{"doer not known", claims.StanceUnknown, []string{"actor:doer_not_known", "stance:doer_not_known"}, false},
		{"denied", claims.StanceDenies, []string{"stance:unknown_persons"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &claims.Claim{Stance: tt.stance, Rules: tt.rules, Actor: sp("unknown")}
			if got := speaks(c); got != tt.want {
				t.Errorf("speaks(%s %v) = %v, want %v", tt.stance, tt.rules, got, tt.want)
			}
		})
	}
}
