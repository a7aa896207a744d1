package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// occurrenceFlagged reports whether ds holds an occurrence dispute of the
// event itself (not of its figures).
func occurrenceFlagged(ds []Discrepancy) bool {
	return slices.ContainsFunc(ds, func(d Discrepancy) bool {
		return d.Kind == KindOccurrence && d.Rule == "occurrence.asserted_vs_denied"
	})
}

// TestVictimDenialBySideThatCountsGunmen: a voice that calls false the
// report that civilians were put to death, while it tells how many armed
// men its side killed in the same raid, disputes who the dead were, not
// that the raid happened. Without its own toll, or when its side is the
// one accused of the raid, the denial still counts against occurrence.
func TestVictimDenialBySideThatCountsGunmen(t *testing.T) {
	rescuers := mk(claims.Claim{ID: "w1", Article: "a1", Source: src("white_helmets"),
		Text: "اقتحم مسلحون الحي وقتلوا عائلات بأكملها", EventType: claims.EventGroundAttack,
		Target: sp("civilians"), Figures: []claims.Figure{exact("killed", "civilians", 20)}})
	accuser := mk(claims.Claim{ID: "w2", Article: "a1", Start: 60, Source: src("white_helmets"),
		Text: "حمّل الدفاع المدني قوات النظام المسؤولية", EventType: claims.EventGroundAttack, Actor: sp("syria_gov")})
	ownToll := mk(claims.Claim{ID: "m1", Article: "a2", Source: src("syrian_army"),
		Text: "أوقعت وحداتنا اثني عشر مسلحاً خلال الاشتباك", EventType: claims.EventGroundAttack,
		Figures: []claims.Figure{exact("killed", "fighters", 12)}})
	denial := func(target string) claims.Claim {
		return mk(claims.Claim{ID: "m2", Article: "a2", Start: 80, Source: src("syrian_army"),
			Text: "ونفى المصدر ما نشرته صفحات عن تصفية سكان", Stance: claims.StanceDenies,
			EventType: claims.EventGroundAttack, Target: sp(target), Rules: []string{claims.RuleReportDenied}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"civilians denied beside a toll of gunmen", []claims.Claim{rescuers, ownToll, denial("civilians")}, false},
		{"residents denied beside a toll of gunmen", []claims.Claim{rescuers, ownToll, denial("residents")}, false},
		{"civilians denied, no toll of its own", []claims.Claim{rescuers, denial("civilians")}, true},
		{"civilian homes denied: a place, not the victims", []claims.Claim{rescuers, ownToll, denial("civilian homes")}, true},
		{"the denier's side is the accused", []claims.Claim{rescuers, accuser, ownToll, denial("civilians")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestMishapCauseOfTheBlastItCounts: a monitor that counts the dead of a
// blast and says it came from a store of munitions going off gives the
// cause of what happened; it does not say that nothing happened. A toll
// of another kind of deed does not grant the shelling it denies.
func TestMishapCauseOfTheBlastItCounts(t *testing.T) {
	rescuers := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "w1", Article: "a1", Source: src("white_helmets"),
			Text: "قتل ثلاثون شخصاً في انفجار هز المبنى", EventType: typ,
			Figures: []claims.Figure{exact("killed", "unknown", 30)}})
	}
	toll := mk(claims.Claim{ID: "o1", Article: "a2", Source: src("sohr"),
		Text: "وثق المرصد مقتل اثنين وثلاثين شخصاً", EventType: claims.EventGroundAttack,
		Figures: []claims.Figure{exact("killed", "unknown", 32)}})
	cause := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "o2", Article: "a2", Start: 70, Source: src("sohr"),
			Text: "وقال المرصد إن الانفجار سببه اشتعال مخزن للذخيرة", Stance: claims.StanceDenies,
			EventType: typ, Target: sp("ammunition depot"), Rules: []string{"stance:mishap_cause"}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"cause of the blast it counts", []claims.Claim{rescuers(claims.EventGroundAttack), toll, cause(claims.EventGroundAttack)}, false},
		{"shelling denied, its toll is of the blast", []claims.Claim{rescuers(claims.EventShelling), toll, cause(claims.EventShelling)}, true},
		{"cause given with no toll of its own", []claims.Claim{rescuers(claims.EventGroundAttack), cause(claims.EventGroundAttack)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestFalsehoodBesideOwnMilitaryHit: a source that says its operation hit
// a headquarters of the gunmen and calls the footage others show old
// grants the operation; it disputes what was hit. A denial of another kind
// of deed than the one it tells of still denies that deed.
func TestFalsehoodBesideOwnMilitaryHit(t *testing.T) {
	rescuers := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "w1", Article: "a1", Source: src("white_helmets"),
			Text: "دمر الهجوم منازل في الحي الشرقي", EventType: typ, Target: sp("homes")})
	}
	hit := mk(claims.Claim{ID: "m1", Article: "a2", Source: src("syrian_army"),
		Text: "أصابت العملية مقراً يستخدمه المسلحون", EventType: claims.EventGroundAttack, Target: sp("headquarters")})
	lie := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "m2", Article: "a2", Start: 70, Source: src("syrian_army"),
			Text: "وأكد المصدر أن المقاطع المنشورة قديمة", Stance: claims.StanceDenies,
			EventType: typ, Rules: []string{"stance:denial_falsehood"}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"footage called old beside its own hit", []claims.Claim{rescuers(claims.EventGroundAttack), hit, lie(claims.EventGroundAttack)}, false},
		{"shells denied beside a raid it tells of", []claims.Claim{rescuers(claims.EventShelling), hit, lie(claims.EventShelling)}, true},
		{"footage called old, nothing told", []claims.Claim{rescuers(claims.EventGroundAttack), lie(claims.EventGroundAttack)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, tt.cs, testK)
			if got := occurrenceFlagged(ds); got != tt.want {
				t.Errorf("occurrence = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
