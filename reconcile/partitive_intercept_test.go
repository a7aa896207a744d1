package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestPartitiveInterception: an interception that counts what it met as
// a part of what was fired ("أسقطت اثنتين من المسيرات"، "اعترضت 3 من
// الصواريخ") is partial, like "most of them": against an account of one
// projectile that hit it is no dispute; against an account that all hit
// it still is.
func TestPartitiveInterception(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "two of the drones downed, one said to hit",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("pentagon"), EventType: claims.EventInterception,
					Text: "وقال المتحدث إن الدفاعات أسقطت اثنتين من المسيرات فوق الموقع"}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventDroneAttack,
					Text: "وأكد ناشطون أن إحدى المسيرات أصابت مستودعاً داخل الموقع"}),
			),
		},
		{
			name: "three of the missiles intercepted, in digits",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_state_tv"), EventType: claims.EventInterception,
					Text: "وأعلنت الدفاعات أنها اعترضت 3 من الصواريخ المعادية"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "وقال المرصد إن صاروخاً أصاب مخزناً قرب المطار"}),
			),
		},
		{
			name: "a partitive interception against all said to hit",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("pentagon"), EventType: claims.EventInterception,
					Text: "وقال المتحدث إن الدفاعات أسقطت اثنتين من المسيرات فوق الموقع"}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventDroneAttack,
					Text: "وأكد ناشطون أن المسيرات أصابت أهدافها داخل الموقع"}),
			),
			want: []string{"occurrence hit pentagon,local_sources | The Pentagon says the attack was intercepted; " +
				"local sources say the attack struck home."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindOccurrence)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("occurrence discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}
