package claims_test

import "testing"

// TestBombOnTheRoad checks that a bomb that went off at a patrol or a car
// "on the public road" hit the patrol or the car, and that the road stays
// the target when nothing else is named. Sentences written for the test.
func TestBombOnTheRoad(t *testing.T) {
	x, _ := extractor(t)
	checkFirstTargets(t, x, []struct{ text, want string }{
		{"وأفاد أهالي البلدة بأن لغماً انفجر بدورية لقوات الأمن على الطريق العام ظهراً.", "patrol of security forces"},
		{"وذكرت الشبكة أن عبوة مزروعة انفجرت بدورية على الطريق العام شرقي المدينة.", "patrol"},
		{"وقال ناشطون إن عبوة لاصقة انفجرت صباحاً بسيارة عسكرية على طريق المطار.", "military vehicle"},
		{"وقال الدفاع المدني إن القذائف سقطت على الطريق العام وسط البلدة.", "public road"},
	})
}
