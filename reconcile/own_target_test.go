package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDebrisHit: an interception claim that tells where the fragments or
// wreckage fell tells what was hit; one that only tells of the interception
// does not.
func TestDebrisHit(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وسقطت شظايا أحد الصواريخ المعترضة على بيوت في القرية", true},
		{"وتناثر حطام الطائرة المسيرة فوق حقل زراعي", true},
		{"وعثر الأهالي على بقايا صاروخ أسقطته الدفاعات في بستان", true},
		{"وأسقطت الدفاعات الجوية معظم الصواريخ قبل وصولها", false},
		// a projectile that got through hit what follows
		{"لكن بعض الصواريخ أصابت مستودعاً في المنطقة الصناعية", true},
		{"وتساقطت صواريخ على بساتين قرب البلدة", true},
		{"وطالت الضربات مبنى في أطراف المدينة", true},
		{"واعترضت الدفاعات صواريخ أطلقت من فوق البحر", false},
	}
	for _, tt := range tests {
		c := &claims.Claim{Text: tt.text, EventType: claims.EventInterception}
		if got := debrisHit(c); got != tt.want {
			t.Errorf("%s: debrisHit %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestOwnTargetDenied: a side that denies that its own targets were hit
// ("Iranian sites" said by an Iranian body) denies the strike happened;
// targets of another side, or none, do not.
func TestOwnTargetDenied(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		target *string
		aff    string
		want   bool
	}{
		{s("Iranian targets"), "iran", true},
		{s("Russian base"), "russia", true},
		{s("Syrian army positions"), "syria_gov", true},
		{s("Iranian targets"), "russia", false},
		{s("hospital"), "iran", false},
		{nil, "iran", false},
	}
	for _, tt := range tests {
		c := &claims.Claim{Target: tt.target, Stance: claims.StanceDenies}
		if got := ownTargetDenied(c, tt.aff); got != tt.want {
			t.Errorf("%v/%s: %v, want %v", tt.target, tt.aff, got, tt.want)
		}
	}
}
