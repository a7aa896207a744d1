package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

func flagsKind(ds []Discrepancy, kind string) bool {
	return slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == kind })
}

// TestEnemyKillsAgainstArmyDead: the "militants" an attacker says its
// guns killed are not the soldiers of a regular army that a monitor
// counts dead; a count of fighters from a voice of no side still meets
// the soldiers' count. Sentences written for the test.
func TestEnemyKillsAgainstArmyDead(t *testing.T) {
	monitor := mk(claims.Claim{ID: "s1", Article: "a1", Source: src("sohr"),
		Text: "قتل ثلاثة جنود بقصف روسي على نقاطهم", EventType: claims.EventShelling, Actor: sp("russia"),
		Figures: []claims.Figure{exact("killed", "syrian_army", 3)}})
	kills := func(source, actor string) claims.Claim {
		return mk(claims.Claim{ID: "r1", Article: "a2", Source: src(source),
			Text: "أسفرت الضربة عن القضاء على عشرين مسلحاً", EventType: claims.EventShelling, Actor: sp(actor),
			Figures: []claims.Figure{exact("killed", "fighters", 20)}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"the attacker's own kill count", []claims.Claim{monitor, kills("russia_mod", "russia")}, false},
		{"a third voice counting fighters", []claims.Claim{monitor, kills("reuters", "russia")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := flagsKind(Compare(Event{}, tt.cs, testK), KindCasualties); got != tt.want {
				t.Errorf("casualties = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestGroundFoughtOverIsNoCivilianTarget: a town a side says it took, or
// villages around which the battles ran, say where the fight went, not
// that a civilian place was struck; a village shelled still does.
func TestGroundFoughtOverIsNoCivilianTarget(t *testing.T) {
	posts := mk(claims.Claim{ID: "m1", Article: "a1", Source: src("syrian_army"),
		Text: "هاجم المسلحون نقاط الجيش شمال البلدة", EventType: claims.EventGroundAttack, Actor: sp("unknown"),
		Target: sp("posts")})
	other := func(text, typ string) claims.Claim {
		return mk(claims.Claim{ID: "o1", Article: "a2", Source: src("sy24"), Text: text, EventType: typ,
			Target: sp("town")})
	}
	tests := []struct {
		name string
		c    claims.Claim
		want bool
	}{
		{"a town taken", other("أعلن الفصيل سيطرته على بلدة جديدة بعد يومين", claims.EventGroundAttack), false},
		{"battles round the villages", other("دارت المعارك طوال الليل حول القرى المجاورة", claims.EventGroundAttack), false},
		{"a town shelled", other("سقطت القذائف على بلدة صغيرة في الريف", claims.EventShelling), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := flagsKind(Compare(Event{}, []claims.Claim{posts, tt.c}, testK), KindTarget); got != tt.want {
				t.Errorf("target = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestReportOfTheDoerDenied: a voice that counts the dead of a raid and
// calls untrue another's report of who carried it out denies the doer,
// not the raid; a report of the deed itself denied by that voice is still
// an occurrence dispute.
func TestReportOfTheDoerDenied(t *testing.T) {
	toll := mk(claims.Claim{ID: "i1", Article: "a1", Source: src("sana"),
		Text: "أدت المداهمة إلى مقتل تسعة مسلحين", EventType: claims.EventGroundAttack, Target: sp("militants"),
		Figures: []claims.Figure{exact("killed", "fighters", 9)}})
	denial := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "i2", Article: "a1", Start: 50, Source: src("sana"), Text: text,
			Stance: claims.StanceDenies, EventType: claims.EventGroundAttack, Rules: []string{claims.RuleReportDenied}})
	}
	claimant := mk(claims.Claim{ID: "c1", Article: "a2", Source: src("centcom"),
		Text: "قالت القيادة إن فصيلاً محلياً نفذ المداهمة", EventType: claims.EventGroundAttack})
	tests := []struct {
		name string
		d    claims.Claim
		want bool
	}{
		{"who carried it out", denial("نفى المصدر ما نشرته القيادة عن تنفيذ فصيل محلي للعملية"), false},
		{"the deed itself", denial("نفى المصدر ما نشرته القيادة عن إعدامات ميدانية في البلدة"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{toll, tt.d, claimant}, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
