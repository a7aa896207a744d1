package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOthersEarlierToll: an outlet that, in its own voice, recalls "its
// first toll" (the pronoun of the monitor it quoted) gives no toll of its
// own to set against the others; an earlier toll it gives as its own
// still stands when it has no other.
func TestOthersEarlierToll(t *testing.T) {
	earlier := func(f claims.Figure) claims.Figure { f.Earlier = true; return f }
	monitor := mk(claims.Claim{ID: "o1", Article: "a1", Source: src("sohr"),
		Text: "ارتفع عدد القتلى إلى اثني عشر", EventType: claims.EventAirstrike,
		Figures: []claims.Figure{exact("killed", "unknown", 12)}})
	outlet := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "n1", Article: "a1", Start: 60, Source: src("alarabiya"), Text: text,
			EventType: claims.EventAirstrike, Rules: []string{"attribution:own_voice"},
			Figures: []claims.Figure{earlier(exact("killed", "unknown", 5))}})
	}
	tests := []struct {
		name string
		c    claims.Claim
		want bool
	}{
		{"its toll, the monitor's", outlet("وكانت حصيلته الأولى خمسة قتلى"), false},
		{"her toll, the agency's", outlet("وكانت حصيلتها في الصباح خمسة قتلى"), false},
		{"the outlet's own first count", outlet("وكانت الأنباء الأولى تحدثت عن خمسة قتلى"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{monitor, tt.c}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.want {
				t.Errorf("casualties = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
