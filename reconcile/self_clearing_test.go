package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSelfClearingAgainstSelfClaim: a government that clears only itself
// ("we had no hand in the attacks") does not dispute who did it with an
// allied armed group that announces the attack as its own, though the
// actor classes lump the two together; a third voice that blames the
// class, or a denial that clears the group by name, still disputes it.
func TestSelfClearingAgainstSelfClaim(t *testing.T) {
	claim := mk(claims.Claim{ID: "g1", Article: "a1", Source: src("resistance_group"), Text: "أعلنت الجماعة أنها ضربت القاعدة بطائرتين مسيرتين",
		EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Rules: []string{"actor:self_reference"}})
	clearing := mk(claims.Claim{ID: "m1", Article: "a1", Start: 200, Source: src("iran_mfa"), Text: "وتنصلت العاصمة من الهجمات على القاعدة",
		Stance: claims.StanceDenies, EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Rules: []string{"stance:cue", "actor:denied_own_act"}})
	namedDenial := mk(claims.Claim{ID: "m2", Article: "a1", Start: 300, Source: src("iran_mfa"), Text: "ونفت الوزارة أن تكون فصائل حليفة قد هاجمت القاعدة",
		Stance: claims.StanceDenies, EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Rules: []string{"stance:cue", "actor:predicate"}})
	accuser := mk(claims.Claim{ID: "r1", Article: "a2", Source: src("reuters"), Text: "وحمل مسؤول غربي الفصائل الموالية لطهران مسؤولية الهجوم",
		EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Rules: []string{"actor:blames"}})
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"the group claims, the government clears itself", []claims.Claim{claim, clearing}, false},
		{"a third voice blames the camp", []claims.Claim{claim, clearing, accuser}, true},
		{"the denial clears the group by name", []claims.Claim{claim, namedDenial}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, tt.cs, KindPerpetrator, tt.want)
		})
	}
}

// TestAnsweredAggressionNamesNoDoer: the clause of what a speaker's act
// answers, when it names only a bare "aggression" of some party ("رداً
// على العدوان الإسرائيلي المتواصل"), is about another event and names no
// rival doer of this strike; a clause that tells a strike of its own
// ("رداً على الغارات ... على المطار") is still read as one.
func TestAnsweredAggressionNamesNoDoer(t *testing.T) {
	strike := mk(claims.Claim{ID: "p1", Article: "a1", Source: src("pentagon"), Text: "نفذت مقاتلاتنا ضربات على مخزنين للسلاح",
		EventType: claims.EventAirstrike, Actor: sp("us"), Rules: []string{"actor:own_forces"}})
	answered := func(text string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: "g1", Article: "a2", Start: 400, Source: src("almayadeen"), Text: text,
			EventType: claims.EventAirstrike, Actor: sp("israel"), Rules: append([]string{"attribution:verb_first"}, rules...)})
	}
	tests := []struct {
		name string
		c    claims.Claim
		want bool
	}{
		{"a bare aggression answered", answered("ورداً على العدوان الإسرائيلي المتواصل، توعدت الفصائل بمزيد من العمليات", "event_type:generic"), false},
		{"a strike of its own answered", answered("رداً على الغارات الإسرائيلية التي طالت المطار فجرا"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{strike, tt.c}, KindPerpetrator, tt.want)
		})
	}
}

// TestKinDenyWhoTheDeadWas: the family or neighbours of a man a strike
// killed who call the striker's account of him a lie ("ما نشر عن انتمائه
// للتنظيم كذب", "وصف جيران القتيل الرواية بأنها افتراء") dispute who he was,
// not that the strike took place; a voice that calls the strike itself
// invented still denies it.
func TestKinDenyWhoTheDeadWas(t *testing.T) {
	strike := mk(claims.Claim{ID: "s1", Article: "a1", Source: src("centcom"), Text: "قتلت ضربتنا قياديا في التنظيم قرب البلدة",
		EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("militant commander")})
	denial := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "d1", Article: "a2", Start: 300, Source: src("local_sources"), Text: text,
			Stance: claims.StanceDenies, EventType: claims.EventAirstrike, Rules: []string{"stance:denial_falsehood"}})
	}
	tests := []struct {
		name string
		d    claims.Claim
		want bool
	}{
		{"the dead man's affiliation called a lie", denial("قال أخو الرجل إن كل ما نشر عن انتمائه للتنظيم كذب"), false},
		{"neighbours of the dead call the account slander", denial("وصف جيران القتيل رواية الجيش بأنها افتراء"), false},
		{"the strike itself called invented", denial("قال سكان إن الحديث عن غارة على البلدة كذب ولم تقصف أي طائرة"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, []claims.Claim{strike, tt.d}, KindOccurrence, tt.want)
		})
	}
}
