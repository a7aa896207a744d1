package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestDisownedPartIsNoToll: a denial of a part in the event that happens
// to name a fall ("لا مسؤولية لنا في سقوط المروحية") counts nobody, so it
// is no zero toll against another account's dead; a denial of casualties
// ("نفى وقوع أي إصابات") still is. Sentences written for the test.
func TestDisownedPartIsNoToll(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"responsibility for a downing", "غير أنه نفى أي مسؤولية له في سقوط المروحية قرب الساحل", nil},
		{"link to a fall of victims", "ونفى الفصيل أي صلة له بسقوط القتلى في الحي", nil},
		{"casualties denied", "ونفى المصدر وقوع أي إصابات جراء الغارة", []string{"casualties killed mod_a,army_src"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("mod_a"), Actor: sp("israel"), EventType: claims.EventAirstrike,
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 15)}}),
				mk(claims.Claim{ID: "c2", Source: src("army_src"), Stance: claims.StanceDenies, Text: tt.text,
					EventType: claims.EventAirstrike}),
			)
			var got []string
			for _, l := range onlyKind(compareLines(t, cs), KindCasualties) {
				got = append(got, l[:len("casualties killed mod_a,army_src")])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
