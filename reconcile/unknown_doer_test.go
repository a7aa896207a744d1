package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestUnknownDoerOfInterceptedAttack: a claim typed as the interception of
// the attack that says who launched it is not named leaves a gap against a
// source that names the attacker; the interceptor alone names no one.
func TestUnknownDoerOfInterceptedAttack(t *testing.T) {
	tests := []struct {
		name  string
		actor string
		want  []string
	}{
		{"doer not named", "unknown", []string{"gap actor mod_a,army_src"}},
		{"interceptor named", "syria_gov", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("mod_a"), Actor: sp("israel"), EventType: claims.EventAirstrike}),
				mk(claims.Claim{ID: "c2", Source: src("army_src"), Actor: sp(tt.actor),
					EventType: claims.EventInterception}),
			)
			var got []string
			for _, l := range onlyKind(compareLines(t, cs), KindGap) {
				got = append(got, l[:len("gap actor mod_a,army_src")])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
