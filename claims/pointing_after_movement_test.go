package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPointingWordAfterMovement checks that a definite word of attack
// ("القصف"، "الغارة"، "الاعتداء") with no means of its own, told after a
// sentence on a movement (a column that turned back, forces that pulled
// out), points back at the attack told before the movement and takes its
// type, not the movement's. With no attack told before, the word follows
// the context as before. Articles written for the test; the type of the
// claim that holds the toll.
func TestPointingWordAfterMovement(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, wantType string }{
		{
			name: "raided column turned back, dead in the bombardment",
			text: "قال مسؤولون إن مقاتلات التحالف ضربت فجر الأحد رتلاً عسكرياً قرب بلدة سراقب.\n\n" +
				"وأضافوا أن الرتل توقف ثم انسحب بعد ذلك.\n\n" +
				"وتحدثت مصادر محلية عن أن خمسة عناصر قتلوا في القصف.",
			wantType: claims.EventAirstrike,
		},
		{
			name: "shelled town, fighters left, wounded in the attack",
			text: "أفاد ناشطون بأن قوات النظام قصفت بلدة كفرنبل بالمدفعية مساء الأحد.\n\n" +
				"وقالت مصادر محلية إن الفصائل انسحبت من البلدة.\n\n" +
				"وذكر الدفاع المدني أن ستة مدنيين أصيبوا في الاعتداء.",
			wantType: claims.EventShelling,
		},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		toll := lastToll(cs)
		if toll == nil {
			t.Errorf("%s: no claim with a toll", tt.name)
			continue
		}
		if toll.EventType != tt.wantType {
			t.Errorf("%s: type %q, want %q (%s %v)", tt.name, toll.EventType, tt.wantType, toll.Text, toll.Rules)
		}
	}
}
