package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniesTargetingCivilians checks the denials that an attack was aimed
// at civilians, in own words: the verbal noun and the verb in several
// persons, with and without a proclitic; a denial of a strike on a place
// is not one.
func TestDeniesTargetingCivilians(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وأكد القائد أن العملية لم تستهدف المدنيين إطلاقاً.", true},
		{"ونفى المتحدث استهداف المدنيين في الهجوم على البلدة.", true},
		{"وقال البيان: نحن لا نستهدف المدنيين في أي مكان.", true},
		{"وشدد على أن مقاتليه لم يستهدفوا المواطنين.", true},
		{"ونفى المصدر قصف البلدة بالمدفعية.", false},
		{"ونفى الجيش استهداف السوق الشعبي.", false},
	}
	for _, tt := range tests {
		if got := deniesTargetingCivilians(tt.text); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDisavowalSparesNoTarget: a voice that clears itself of the attack
// and says it never aims at civilians argues its innocence; it does not
// call the target military against another voice's mosque. The doer that
// owns the strike and says it spared civilians still does.
func TestDisavowalSparesNoTarget(t *testing.T) {
	mosque := mk(claims.Claim{ID: "m", Article: "a1", Source: src("sohr"), Text: "وقع الانفجار قرب الجامع الكبير",
		EventType: claims.EventGroundAttack, Target: sp("mosque")})
	voice := func(clearsSelf bool) []claims.Claim {
		tell := mk(claims.Claim{ID: "t", Article: "a2", Source: src("sdf"), Text: "حملت القوات أنقرة مسؤولية الانفجار",
			EventType: claims.EventGroundAttack, Actor: sp("turkey"), Rules: []string{"actor:accused"}})
		spare := mk(claims.Claim{ID: "s", Article: "a2", Source: src("sdf"), Text: "وقال البيان إن القوات لا تستهدف المدنيين أبداً",
			EventType: claims.EventGroundAttack, Stance: claims.StanceDenies})
		out := []claims.Claim{tell, spare}
		if clearsSelf {
			out = append(out, mk(claims.Claim{ID: "d", Article: "a2", Source: src("sdf"), Text: "ونفت القوات أي علاقة لها بالانفجار",
				EventType: claims.EventGroundAttack, Actor: sp("sdf"), Stance: claims.StanceDenies,
				Rules: []string{"actor:denies_involvement"}}))
		}
		return out
	}
	tests := []struct {
		name       string
		clearsSelf bool
		want       bool
	}{
		{"clears itself of the attack", true, false},
		{"tells the attack and spares civilians", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, append([]claims.Claim{mosque}, voice(tt.clearsSelf)...), KindTarget, tt.want)
		})
	}
}
