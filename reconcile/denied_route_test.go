package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniesRoute: a denial of where an aircraft flew grants the air deed;
// a denial of the deed, or of a ground force's entering a town, does not.
func TestDeniesRoute(t *testing.T) {
	cases := []struct {
		text, typ string
		want      bool
	}{
		{"وقال الضابط إن المروحية التي أصابها الصاروخ لم تدخل المجال الجوي للدولة المجاورة أبداً", claims.EventInterception, true},
		{"مصدر: الطائرة سقطت داخل أراضينا ولم تقترب من خط الحدود", claims.EventInterception, true},
		{"وأكد أن الطائرات المسيرة لم تعبر النهر قبل أن تضرب المستودع", claims.EventDroneAttack, true},
		{"ونفى المصدر أن تكون المقاتلات قد قصفت القرية", claims.EventAirstrike, false},
		{"وقال القائد إن قواتنا لم تدخل البلدة ولم تشتبك مع أحد", claims.EventGroundAttack, false},
	}
	for _, tc := range cases {
		c := &claims.Claim{Text: tc.text, Stance: claims.StanceDenies, EventType: tc.typ}
		if got := deniesRoute(c); got != tc.want {
			t.Errorf("deniesRoute(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
