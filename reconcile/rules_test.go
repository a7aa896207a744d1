package reconcile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// compareLines runs Compare over a scene and renders each discrepancy as
// "kind field sources | summary".
func compareLines(t *testing.T, cs []claims.Claim) []string {
	t.Helper()
	var got []string
	for _, d := range Compare(Event{}, cs, testK) {
		got = append(got, d.Kind+" "+d.Field+" "+strings.Join(d.Sources, ",")+" | "+d.Summary)
		if len(d.Values) != len(d.Positions) || (d.Kind != KindRevision && len(d.Positions) != len(d.Sources)) {
			t.Errorf("values %v / positions %d not parallel to sources %v", d.Values, len(d.Positions), d.Sources)
		}
	}
	return got
}

// onlyKind keeps the lines of one discrepancy kind.
func onlyKind(lines []string, kind string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, kind+" ") {
			out = append(out, l)
		}
	}
	return out
}

func TestVictimsCharacteriseTarget(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "fighters killed against a civilian car",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "قتل ثلاثة مسلحين بضربة مسيرة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 3)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "استهدفت المسيرة سيارة مدنية",
					Target: sp("civilian car")}),
			),
			want: []string{"target target sohr,local_sources | SOHR describes the target as 3 fighters killed (military); " +
				"local sources as civilian car (civilian)."},
		},
		{
			name: "civilians killed against a weapons depot",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Target: sp("weapons depot")}),
				mk(claims.Claim{ID: "c2", Source: src("white_helmets"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}}),
			),
			want: []string{"target target centcom,white_helmets | CENTCOM describes the target as weapons depot (military); " +
				"the White Helmets as 4 civilians killed (civilian)."},
		},
		{
			name: "two tolls of different victims alone are no target dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
			),
		},
		{
			name: "a toll of both kinds characterises nothing",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "fighters", 6), exact(claims.OutcomeKilled, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Target: sp("residential areas")}),
			),
		},
		{
			name: "wounded bystanders and unknown victims characterise nothing",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeWounded, "civilians", 2), exact(claims.OutcomeKilled, "unknown", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("coalition"), Target: sp("ISIS commander")}),
			),
		},
		{
			name: "a word for the target wins over the account's toll",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Target: sp("market"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Target: sp("homes")}),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindTarget)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("target discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}
