package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSufferedBlowGrantsNothing: a side accused of an attack that denies
// its forces did any, and whose own voices tell only of its accuser's
// blow on civilians, or of charges traded with no date, still disputes
// that the attack happened; a dated claim of its voices naming another
// doer of a deed against armed men grants it. Sentences written for the
// test.
func TestSufferedBlowGrantsNothing(t *testing.T) {
	day := sp("2025-04-02")
	accusation := mk(claims.Claim{ID: "c1", Source: src("coalition"), Actor: sp("syria_gov"), Target: sp("headquarters"),
		EventType: claims.EventGroundAttack, Date: day, Text: "قال التحالف إن القوات الموالية هاجمت مقراً لحلفائه"})
	denial := mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Stance: claims.StanceDenies, Actor: sp("syria_gov"),
		EventType: claims.EventGroundAttack, Date: day, Text: "وقال المصدر إن الوحدات لم تنفذ أي عملية في المنطقة",
		Rules: []string{"stance:negated_event"}})
	own := func(target *string, date *string) claims.Claim {
		return mk(claims.Claim{ID: "c3", Source: src("sana"), Actor: sp("us"), Target: target, Date: date,
			EventType: claims.EventAirstrike, Text: "وذكرت الوكالة أن طائرات التحالف ضربت المكان"})
	}
	tests := []struct {
		name     string
		cs       []claims.Claim
		undated  bool
		wantOccr bool
	}{
		{"denial alone", []claims.Claim{accusation, denial}, false, true},
		{"accuser hit civilians", []claims.Claim{accusation, denial, own(sp("civilians"), day)}, false, true},
		{"charges with no date", []claims.Claim{accusation, denial, own(nil, nil)}, true, true},
		{"another doer hit armed men", []claims.Claim{accusation, denial, own(sp("military posts"), day)}, false, false},
		{"another doer, dated", []claims.Claim{accusation, denial, own(nil, day)}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			occr := false
			var all []string
			cs := scene(tt.cs...)
			if tt.undated {
				// scene dates every claim; the last one tells of no day
				cs[len(cs)-1].Date = nil
			}
			for _, d := range Compare(Event{}, cs, testK) {
				all = append(all, d.Kind+": "+d.Summary)
				occr = occr || d.Kind == KindOccurrence && d.Field == "occurrence" && slices.Contains(d.Sources, "syrian_army")
			}
			if occr != tt.wantOccr {
				t.Errorf("occurrence flagged = %v, want %v (%v)", occr, tt.wantOccr, all)
			}
		})
	}
}

// TestSufferedBlow: the claims that tell of no deed of the accused side.
func TestSufferedBlow(t *testing.T) {
	accusers := map[string]bool{ActorClass("us"): true}
	day := sp("2025-04-02")
	tests := []struct {
		name          string
		actor, target *string
		date          *string
		want          bool
	}{
		{"no date", sp("us"), sp("military posts"), nil, true},
		{"accuser on civilians", sp("us"), sp("civilians"), day, true},
		{"accuser on a base", sp("us"), sp("military posts"), day, false},
		{"another party on civilians", sp("isis"), sp("civilians"), day, false},
		{"no target", sp("us"), nil, day, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &claims.Claim{Actor: tt.actor, Target: tt.target, Date: tt.date}
			if got := sufferedBlow(c, accusers); got != tt.want {
				t.Errorf("sufferedBlow = %v, want %v", got, tt.want)
			}
		})
	}
}
