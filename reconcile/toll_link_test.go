package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestSameTollBridgesADay: two reports a day apart that place an event no
// finer than a governorate link across articles only when they agree on
// the type, on who did it (or only one names it) and on an exact toll of
// at least minSharedToll; a drone named in one and unnamed in the other
// needs that toll too.
func TestSameTollBridgesADay(t *testing.T) {
	drone := func(id, art, actor, day string, fs ...claims.Figure) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Source: src("sohr"), EventType: claims.EventDroneAttack,
			Places: []string{"hasakah"}, Date: sp(day), Figures: fs,
			Text: "قتل أربعة أطفال بضربة طائرة مسيرة في ريف الحسكة"}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	shell := func(id, art, actor, day string, fs ...claims.Figure) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Source: src("hawar"), EventType: claims.EventShelling,
			Places: []string{"deir_ez_zor"}, Date: sp(day), Figures: fs,
			Text: "سقطت قذائف على قرى بريف دير الزور الشرقي وقتلت ستة أشخاص"}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	killed := func(n int) claims.Figure { return exact(claims.OutcomeKilled, "unknown", n) }
	earlier := killed(4)
	earlier.Earlier = true
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{
			name: "a named and an unnamed drone a day apart with the same toll are one strike",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", killed(4)),
				drone("b", "n2", "", "2024-08-19", killed(4)),
			},
			want: [][]string{{"a", "b"}},
		},
		{
			name: "different tolls keep them apart",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", killed(4)),
				drone("b", "n2", "", "2024-08-19", killed(5)),
			},
			want: [][]string{{"a"}, {"b"}},
		},
		{
			name: "a toll of one or two identifies nothing",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", killed(2)),
				drone("b", "n2", "", "2024-08-19", killed(2)),
			},
			want: [][]string{{"a"}, {"b"}},
		},
		{
			name: "an earlier toll is no agreement",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", killed(4)),
				drone("b", "n2", "", "2024-08-19", earlier),
			},
			want: [][]string{{"a"}, {"b"}},
		},
		{
			name: "an open-ended toll is no agreement",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", atLeast(claims.OutcomeKilled, "unknown", 4)),
				drone("b", "n2", "", "2024-08-19", atLeast(claims.OutcomeKilled, "unknown", 4)),
			},
			want: [][]string{{"a"}, {"b"}},
		},
		{
			name: "opposed drone operators with the same toll stay apart",
			cs: []claims.Claim{
				drone("a", "n1", "turkey", "2024-08-18", killed(4)),
				drone("b", "n2", "sdf", "2024-08-19", killed(4)),
			},
			want: [][]string{{"a"}, {"b"}},
		},
		{
			name: "shelling told at the governorate a day apart with the same toll is one event",
			cs: []claims.Claim{
				shell("s1", "n1", "syria_gov", "2024-03-01", killed(6)),
				shell("s2", "n2", "", "2024-03-02", killed(6)),
			},
			want: [][]string{{"s1", "s2"}},
		},
		{
			name: "the wounded of one and the dead of the other are no agreement",
			cs: []claims.Claim{
				shell("s1", "n1", "syria_gov", "2024-03-01", killed(6)),
				shell("s2", "n2", "", "2024-03-02", exact(claims.OutcomeWounded, "unknown", 6)),
			},
			want: [][]string{{"s1"}, {"s2"}},
		},
		{
			name: "the same toll two days apart does not link",
			cs: []claims.Claim{
				shell("s1", "n1", "syria_gov", "2024-03-01", killed(6)),
				shell("s2", "n2", "", "2024-03-03", killed(6)),
			},
			want: [][]string{{"s1"}, {"s2"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
		})
	}
}
