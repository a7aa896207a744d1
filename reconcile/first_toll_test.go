package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestFirstTollOnlyStillConflicts: a voice whose only toll is the first
// one it gave ("علماً أن القناة الرسمية ذكرت أولاً 13 قتيلاً")
// stands against another voice's different count; a voice that gave its
// own later toll is compared by that toll only. Claims written for the
// test.
func TestFirstTollOnlyStillConflicts(t *testing.T) {
	first := exact(claims.OutcomeKilled, "unknown", 13)
	first.Earlier = true
	tests := []struct {
		name   string
		second []claims.Figure
		want   []string
	}{
		{"only the first toll", []claims.Figure{first},
			[]string{"casualties killed media_a,tv_b"}},
		{"the first toll and its own later one", []claims.Figure{first, exact(claims.OutcomeKilled, "unknown", 14)},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("media_a"), EventType: claims.EventGroundAttack,
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 14)}}),
				mk(claims.Claim{ID: "c2", Source: src("tv_b"), EventType: claims.EventGroundAttack,
					Figures: tt.second}),
			)
			var got []string
			for _, l := range compareLines(t, cs) {
				if len(onlyKind([]string{l}, KindCasualties)) > 0 {
					got = append(got, l[:indexBar(l)])
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// indexBar is where the summary of a compared line starts.
func indexBar(l string) int {
	for i := 0; i+2 < len(l); i++ {
		if l[i:i+3] == " | " {
			return i
		}
	}
	return len(l)
}
