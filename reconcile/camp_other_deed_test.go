package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCampDenialOfAnotherKindOfDeed: a monitor blames the army for
// shelling a town and counts the dead; the army's voice says that no shell
// was fired at the town and that the news is false. The state agency, of
// the same side, tells of gunmen's attack on a checkpoint there. The
// agency's story is of a deed of another kind than the one denied, so it
// grants nothing of the shelling: the army's voice denies that the shelling
// took place, an occurrence dispute (see assertsKind). When the agency
// tells of the shelling itself, with its toll, or the army's denial names
// no specific kind of deed, the denial answers the accusation instead (a
// perpetrator dispute, see campClearings).
func TestCampDenialOfAnotherKindOfDeed(t *testing.T) {
	monitor := mk(claims.Claim{ID: "m1", Article: "a1", Source: src("sohr"),
		Text: "قال المرصد إن قذائف الجيش سقطت على أطراف البلدة فقتلت مقاتلين اثنين", EventType: claims.EventShelling,
		Actor: sp("syria_gov"), Figures: []claims.Figure{exact("killed", "fighters", 2)}})
	agency := func(typ string, figs ...claims.Figure) claims.Claim {
		return mk(claims.Claim{ID: "s1", Article: "a2", Start: 900, Source: src("sana"),
			Text: "وكان مسلحون قد هاجموا حاجزاً عند مدخل البلدة", EventType: typ,
			Actor: sp("unknown"), Target: sp("checkpoint"), Figures: figs})
	}
	denial := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "d1", Article: "a2", Start: 400, Source: src("syrian_army"),
			Text:   "ونفى المصدر ما تنشره صفحات المسلحين عن قصف البلدة مؤكداً أنه لم تطلق أي قذيفة نحوها",
			Stance: claims.StanceDenies, EventType: typ, Rules: []string{"stance:cue", "attribution:embedded_report"}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"shelling denied, the agency tells of a raid on a checkpoint",
			[]claims.Claim{monitor, agency(claims.EventGroundAttack), denial(claims.EventShelling)}, true},
		{"the agency tells of the shelling with its toll",
			[]claims.Claim{monitor, agency(claims.EventShelling, exact("killed", "fighters", 2)), denial(claims.EventShelling)}, false},
		{"a denial of no specific kind of deed",
			[]claims.Claim{monitor, agency(claims.EventGroundAttack), denial(claims.EventGroundAttack)}, false},
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
