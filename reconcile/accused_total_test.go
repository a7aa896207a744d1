package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAccusedTotalDenial: the side accused of a ground attack or a
// shelling that denies its forces did any such thing, and grants nothing
// of the deed, disputes that it happened (occurrence) as well as who did
// it (perpetrator). A denial of the victims, of a civilian place, of a
// role; a side that blames unnamed attackers or tells the deed's toll;
// and an air force's denial of a raid stay perpetrator disputes only.
// Sentences written for the test.
func TestAccusedTotalDenial(t *testing.T) {
	accusation := func(typ string) claims.Claim {
		return mk(claims.Claim{ID: "c1", Source: src("coalition"), Actor: sp("syria_gov"), Target: sp("headquarters"),
			EventType: typ, Text: "قال التحالف إن القوات الموالية هاجمت مقراً لحلفائه بالدبابات"})
	}
	denial := func(typ, text string, target *string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies, Actor: sp("syria_gov"),
			Target: target, EventType: typ, Text: text, Rules: rules})
	}
	tests := []struct {
		name     string
		cs       []claims.Claim
		wantOccr bool
	}{
		{"attacked no post", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "ونفى المصدر أن تكون القوات قد هاجمت أي موقع في المنطقة", nil, "stance:cue")}, true},
		{"fired no shell", []claims.Claim{accusation(claims.EventShelling),
			denial(claims.EventShelling, "وقال المصدر إن وحدات الجيش لم تطلق أي قذيفة على البلدة", nil, "stance:negated_event")}, true},
		{"neither attacked nor clashed", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "وأنكرت اقتحام وحداتها الموقع أو اشتباكها مع حراسه", sp("town"), "stance:cue")}, true},
		{"no civilians targeted", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "ونفى المصدر أن تكون القوات قد استهدفت أي مدنيين", nil, "stance:cue")}, false},
		{"not the hospital", []claims.Claim{accusation(claims.EventShelling),
			denial(claims.EventShelling, "ونفى المصدر قصف الجيش للمستشفى", sp("hospital"), "stance:cue")}, false},
		{"no role in it", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "ونفى المصدر أي دور للجيش في الهجوم", nil, "stance:cue")}, false},
		{"its side blames unnamed gunmen", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "ونفى المصدر أن تكون القوات قد هاجمت أي موقع في المنطقة", nil, "stance:cue"),
			mk(claims.Claim{ID: "c3", Source: src("sana"), Actor: sp("unknown"), EventType: claims.EventGroundAttack,
				Text: "وذكرت الوكالة أن الموقع تعرض لهجوم مجموعات إرهابية"})}, false},
		{"tells the toll of the shelling", []claims.Claim{accusation(claims.EventShelling),
			denial(claims.EventShelling, "ونفى المصدر قصف الجيش للبلدة", nil, "stance:cue"),
			mk(claims.Claim{ID: "c3", Source: src("syrian_army"), EventType: claims.EventShelling, Target: sp("civilians"),
				Figures: []claims.Figure{exact("killed", "civilians", 2)}, Text: "وأضاف أن القصف الذي طال البلدة قتل مدنيين اثنين"})}, false},
		{"denies the charge just told", []claims.Claim{accusation(claims.EventGroundAttack),
			denial(claims.EventGroundAttack, "وهو ما رفضته القيادة العسكرية بشدة", nil, "stance:cue", "actor:denied_charge")}, false},
		{"an air force denies the raid", []claims.Claim{accusation(claims.EventAirstrike),
			denial(claims.EventAirstrike, "ونفى المصدر أن تكون الطائرات قد شنت أي غارة على المنطقة", nil, "stance:cue")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			occr, perp := false, false
			var all []string
			for _, d := range Compare(Event{}, scene(tt.cs...), testK) {
				all = append(all, d.Kind+": "+d.Summary)
				occr = occr || d.Kind == KindOccurrence && d.Field == "occurrence" && slices.Contains(d.Sources, "syrian_army")
				perp = perp || d.Kind == KindPerpetrator
			}
			if occr != tt.wantOccr {
				t.Errorf("occurrence flagged = %v, want %v (%v)", occr, tt.wantOccr, all)
			}
			if !perp {
				t.Errorf("no perpetrator dispute (%v)", all)
			}
		})
	}
}

// TestAirDeed: a raid named by a word of its own is an air deed; a type
// taken from a generic word of striking or from the context is not.
func TestAirDeed(t *testing.T) {
	tests := []struct {
		typ   string
		rules []string
		want  bool
	}{
		{claims.EventAirstrike, nil, true},
		{claims.EventAirstrike, []string{"stance:cue", "actor:own_forces"}, true},
		{claims.EventAirstrike, []string{"event_type:generic"}, false},
		{claims.EventAirstrike, []string{"event_type:context"}, false},
		{claims.EventShelling, nil, false},
		{claims.EventDroneAttack, nil, false},
	}
	for _, tt := range tests {
		if got := airDeed(&claims.Claim{EventType: tt.typ, Rules: tt.rules}); got != tt.want {
			t.Errorf("airDeed(%s %v) = %v, want %v", tt.typ, tt.rules, got, tt.want)
		}
	}
}
