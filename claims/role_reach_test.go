package claims_test

import "testing"

// TestRoleReachesBody checks, on sentences written for the test, that a
// spokesman named with a title is found again by his bare surname, that a
// role held in a unit of a body speaks for the body, and that official
// media and police sources keep their body.
func TestRoleReachesBody(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		// Title before the name, then the bare surname.
		{"أكد المتحدث الرسمي باسم وزارة الخارجية الإيرانية الدكتور حسن فلاني أن بلاده لم تشارك في الهجوم. وقال فلاني إن ثلاثة من المستشارين أصيبوا بجروح.", "iran_mfa"},
		{"أكد المتحدث باسم وزارة الدفاع الروسية اللواء سيرغي فلانوف أن الطائرات دمرت مستودعاً. وأضاف فلانوف أن عشرين مسلحاً قتلوا.", "russia_mod"},
		// A co-chair of a commission of the administration.
		{"انفجرت سيارة مفخخة قرب مقر أمني. وأوضح الرئيس المشارك لهيئة الدفاع في الإدارة الذاتية أن عنصرين قتلا في الانفجار.", "aanes"},
		// Police with its own side's adjective.
		{"انفجرت عبوة في سوق المدينة. وقال مصدر في الشرطة السورية إن ثلاثة مدنيين أصيبوا.", "syria_interior"},
		// Official media with no side named.
		{"استهدفت غارات محيط المطار فجراً. وأشارت وسائل إعلام رسمية إلى أربعة جرحى.", "syria_state_media"},
	}
	for _, tt := range tests {
		if got, _ := lastSource(t, x, tt.text, "عنب بلدي"); got != tt.want {
			t.Errorf("%s\n got %s, want %s", tt.text, got, tt.want)
		}
	}
}
