package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestHitAfterInterception checks that a claim which tells of an
// interception and then of what the attack hit is typed as the attack,
// so that its target counts, while a claim that tells only of the
// interception keeps its type. Sentences written for the test; the first
// claim's type and target.
func TestHitAfterInterception(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, typ, target string }{
		{"وقالت الوزارة إن الدفاعات الجوية تصدت لصواريخ معادية وأسقطت أغلبها، فيما أصاب بعضها مستودعات في المنطقة.", claims.EventAirstrike, "depot"},
		{"وأوضح المصدر أن وسائط الدفاع الجوي اعترضت عدداً من الصواريخ، بينما سقطت شظايا أحدها على منزل في الحي.", claims.EventAirstrike, "home"},
		{"وذكرت الوكالة أن المضادات الأرضية أسقطت معظم الطائرات المسيرة، غير أن إحداها طالت مبنى سكنياً قرب الساحة.", claims.EventDroneAttack, "residential building"},
		{"وأوضح ضابط في الجيش أن المضادات الأرضية رصدت الصواريخ فاعترضت أكثرها قبل بلوغ أهدافها.", claims.EventInterception, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.target, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s\nno claim", tt.text)
			}
			c := cs[0]
			got := "-"
			if c.Target != nil {
				got = *c.Target
			}
			if c.EventType != tt.typ || got != tt.target {
				t.Errorf("%s\ntype %q target %q, want %q %q", tt.text, c.EventType, got, tt.typ, tt.target)
			}
		})
	}
}
