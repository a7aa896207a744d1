package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNeutralisedAgainstCivilians: one side says its strike "neutralised"
// fighters (killed or wounded together), the other that the strike killed
// or wounded civilians: a dispute over who the victims were, though the
// outcomes differ. Not when the two counts name different doers (the
// attack's civilian dead against the fighters its answer neutralised),
// nor when the civilian side also counts fighters or a bare total, nor
// when a side denies something, nor when both count the same exact dead
// (who they were is then the target's dispute). Claims written for the
// test.
func TestNeutralisedAgainstCivilians(t *testing.T) {
	turkey, sdf := "turkey", "sdf"
	type side struct {
		text  string
		actor *string
		figs  []claims.Figure
		st    string
	}
	tests := []struct {
		name string
		army side
		town side
		want bool
	}{
		{"neutralised against civilians killed and wounded",
			side{"أعلنت الوزارة تحييد 9 إرهابيين في قصف مواقعهم", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 9)}, ""},
			side{"قال مسعفون إن القصف التركي قتل مدنيين اثنين وجرح خمسة", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2), exact(claims.OutcomeWounded, "civilians", 5)}, ""},
			true},
		{"neutralised against civilians killed, no doer named by the army",
			side{"وحيّدت الوحدات 4 من عناصر الحزب", nil, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 4)}, ""},
			side{"قضت ثلاث نساء في القصف على القرية", nil, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}, ""},
			true},
		{"the attack's civilians, the answer's fighters",
			side{"ردت المدفعية على مصادر النيران فحيّدت 12 إرهابياً", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 12)}, ""},
			side{"قتل 7 مدنيين بقذائف أطلقتها الوحدات على السوق", &sdf, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 7)}, ""},
			false},
		{"the civilian side counts fighters too",
			side{"أعلنت الوزارة تحييد 9 إرهابيين", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 9)}, ""},
			side{"قتل مدنيان ومقاتل في القصف التركي", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2), exact(claims.OutcomeKilled, "fighters", 1)}, ""},
			false},
		{"the civilian side gives a bare total",
			side{"أعلنت الوزارة تحييد 9 إرهابيين", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 9)}, ""},
			side{"قتل خمسة أشخاص في القصف التركي", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "unknown", 5)}, ""},
			false},
		{"the civilian toll only alleged",
			side{"أعلنت الوزارة تحييد 9 إرهابيين", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 9)}, ""},
			side{"زعمت صفحات محلية أن القصف التركي قتل مدنيين اثنين", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}, claims.StanceUnconfirmed},
			false},
		{"the same one dead, a commander to one side and a civilian to the other",
			side{"أعلن الجهاز تحييد قيادي في الحزب بضربة على شقته", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 1)}, ""},
			side{"قتل رجل مدني وجرح ثلاثة من جيرانه في قصف الشقة", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 1), exact(claims.OutcomeWounded, "civilians", 3)}, ""},
			false},
		{"one neutralised against two civilians killed",
			side{"أعلن الجهاز تحييد قيادي في الحزب بضربة على شقته", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 1)}, ""},
			side{"قتل مدنيان في قصف الشقة", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}, ""},
			true},
		{"a side denies",
			side{"أعلنت الوزارة تحييد 9 إرهابيين", &turkey, []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 9)}, ""},
			side{"نفى المجلس وجود أي مقاتل في القرية وقال إن القتلى مدنيان", &turkey, []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}, claims.StanceDenies},
			false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("defence_ministry"), Text: tt.army.text, Actor: tt.army.actor,
					Figures: tt.army.figs, Stance: tt.army.st, EventType: claims.EventShelling}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("medics"), Text: tt.town.text, Actor: tt.town.actor,
					Figures: tt.town.figs, Stance: tt.town.st, EventType: claims.EventShelling}),
			)
			got := len(onlyKind(compareLines(t, cs), KindCasualties)) > 0
			if got != tt.want {
				t.Errorf("casualties flagged %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}

// TestNeutralisedHeadlineEcho: an outlet's headline that repeats the toll
// its body credits to a monitor does not stand as a voice of its own
// against the army's "neutralised"; the monitor does, when its tolls are
// of civilians only. Claims written for the test.
func TestNeutralisedHeadlineEcho(t *testing.T) {
	turkey := "turkey"
	for _, monitorCivOnly := range []bool{true, false} {
		wounded := exact(claims.OutcomeWounded, "civilians", 8)
		if !monitorCivOnly {
			wounded = exact(claims.OutcomeWounded, "unknown", 8)
		}
		cs := scene(
			mk(claims.Claim{ID: "c1", Article: "A", Source: src("defence_ministry"), Text: "أعلنت الوزارة تحييد 20 إرهابياً",
				Actor: &turkey, Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 20)}, EventType: claims.EventAirstrike}),
			mk(claims.Claim{ID: "h", Article: "B", Start: 0, Source: src("wire"), Text: "غارات تركية تقتل 11 مدنياً",
				Actor: &turkey, Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 11)}, EventType: claims.EventAirstrike}),
			mk(claims.Claim{ID: "b", Article: "B", Start: 40, Source: src("monitor"), Text: "قال المرصد إن الغارات التركية قتلت 11 مدنياً وجرحت ثمانية",
				Actor: &turkey, Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 11), wounded}, EventType: claims.EventAirstrike}),
		)
		got := len(onlyKind(compareLines(t, cs), KindCasualties)) > 0
		if got != monitorCivOnly {
			t.Errorf("monitor counts civilians only = %v: casualties flagged %v: %v", monitorCivOnly, got, compareLines(t, cs))
		}
	}
}

// TestDetaineesOneCount: counts of people detained are rival counts
// whatever each side calls them ("suspects", "young men"); a count of
// those killed in the same raid stays apart. Claims written for the test.
func TestDetaineesOneCount(t *testing.T) {
	tests := []struct {
		name string
		a, b []claims.Figure
		want bool
	}{
		{"suspects against people detained",
			[]claims.Figure{exact(claims.OutcomeCaptured, "fighters", 15)},
			[]claims.Figure{atLeast(claims.OutcomeCaptured, "unknown", 30)}, true},
		{"suspects against civilians detained",
			[]claims.Figure{exact(claims.OutcomeCaptured, "fighters", 15)},
			[]claims.Figure{exact(claims.OutcomeCaptured, "civilians", 22)}, true},
		{"the same count in other words",
			[]claims.Figure{exact(claims.OutcomeCaptured, "fighters", 15)},
			[]claims.Figure{exact(claims.OutcomeCaptured, "civilians", 15)}, false},
		{"the raid's dead are not its detainees",
			[]claims.Figure{exact(claims.OutcomeCaptured, "fighters", 15), exact(claims.OutcomeKilled, "fighters", 2)},
			[]claims.Figure{atLeast(claims.OutcomeCaptured, "unknown", 12)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Article: "A", Source: src("security_forces"), Text: "أعلنت القوات حصيلة حملة المداهمات", Figures: tt.a, EventType: claims.EventGroundAttack}),
				mk(claims.Claim{ID: "c2", Article: "B", Source: src("locals"), Text: "قال سكان إن الحملة طالت عدداً من أبناء البلدة", Figures: tt.b, EventType: claims.EventGroundAttack}),
			)
			got := len(onlyKind(compareLines(t, cs), KindCasualties)) > 0
			if got != tt.want {
				t.Errorf("casualties flagged %v, want %v: %v", got, tt.want, compareLines(t, cs))
			}
		})
	}
}
