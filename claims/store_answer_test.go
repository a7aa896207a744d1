package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestStoresAndToldAnswers checks, on sentences written for the test, the
// event type of a claim when drones are what a workshop or depot makes or
// keeps (a target, not the attack), and when a strike answers an event
// already told ("رداً على ذلك،"): the answer is the claim's own event, so a
// remark that follows in the same sentence speaks of it.
func TestStoresAndToldAnswers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name string
		text string
		idx  int
		want string
	}{
		{"two workshops for making drones are a target",
			"وقالت القيادة إن مقاتلاتها أغارت على مواقع للمسلحين ودمرت ورشتين لتصنيع الطائرات المسيرة.",
			0, claims.EventAirstrike},
		{"a depot for keeping drones is a target",
			"وأعلن الجيش أن مدفعيته قصفت مستودعا لتخزين الطائرات المسيرة قرب المطار.",
			0, claims.EventShelling},
		{"drones that strike a factory are the attack",
			"وهاجمت طائرات مسيرة معمل الإسمنت فجر اليوم.",
			0, claims.EventDroneAttack},
		{"a remark after an answer to a told event keeps the answer's type",
			"وأسقطت الدفاعات الجوية طائرتين مسيرتين فوق القاعدة مساء الجمعة. وأفاد المركز بأن المسلحين أطلقوا قذائف على البلدة. وتابع البيان: \"رداً على ذلك، شنت المقاتلات الروسية غارات على مواقع المسلحين\"، مؤكداً أنه \"لم يصب أي مدني\".",
			3, claims.EventAirstrike},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01", Outlet: "outlet"})
			if tt.idx >= len(cs) {
				t.Fatalf("got %d claims, want claim %d", len(cs), tt.idx)
			}
			if got := cs[tt.idx].EventType; got != tt.want {
				t.Errorf("got %s, want %s (rules %v)", got, tt.want, cs[tt.idx].Rules)
			}
		})
	}
}
