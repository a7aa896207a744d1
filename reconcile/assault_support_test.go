package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAssaultAndSupport: a ground force's assault told by one voice and
// its backer's air or artillery strikes told by another are two parts of
// one operation, not rival doers; two voices naming different doers of
// the same kind of deed, or opposed doers, still dispute who did it.
// Sentences written for the test.
func TestAssaultAndSupport(t *testing.T) {
	claim := func(id, source, actor, typ, text string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Source: src(source), Actor: sp(actor), EventType: typ, Text: text, Rules: rules})
	}
	tests := []struct {
		name string
		a, b claims.Claim
		want bool // a perpetrator discrepancy
	}{
		{
			name: "the backer's guns and jets beside the partner's assault",
			a:    claim("c1", "us_military", "coalition", claims.EventShelling, "أوضح الناطق أن مقاتلات التحالف وراجماته دكت تحصينات التنظيم قرب الحي"),
			b:    claim("c2", "alhurra", "sdf", claims.EventGroundAttack, "تواصل قوات سوريا الديمقراطية هجومها على الحي الغربي للمدينة"),
		},
		{
			name: "two doers of one air strike",
			a:    claim("c1", "sohr", "russia", claims.EventAirstrike, "قال المرصد إن طائرات روسية قصفت السوق"),
			b:    claim("c2", "white_helmets", "syria_gov", claims.EventAirstrike, "قال الدفاع المدني إن طائرات النظام قصفت السوق"),
			want: true,
		},
		{
			name: "the assault's type only borrowed from the context",
			a:    claim("c1", "us_military", "coalition", claims.EventAirstrike, "أوضح الناطق أن مقاتلات التحالف دكت تحصينات قرب الحي"),
			b:    claim("c2", "alhurra", "sdf", claims.EventGroundAttack, "وتتهم الوكالة قوات سوريا الديمقراطية بذلك", "event_type:context"),
			want: true,
		},
		{
			name: "opposed doers: an assault and a strike by enemies",
			a:    claim("c1", "sana", "turkey", claims.EventShelling, "قالت الوكالة إن المدفعية التركية قصفت القرية"),
			b:    claim("c2", "hawar", "sdf", claims.EventGroundAttack, "قالت الوكالة إن القوات هاجمت القرية"),
			want: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := compareLines(t, scene(tt.a, tt.b))
			got := false
			for _, l := range ls {
				got = got || strings.HasPrefix(l, "perpetrator ")
			}
			if got != tt.want {
				t.Errorf("perpetrator flagged = %v, want %v: %v", got, tt.want, ls)
			}
		})
	}
}
