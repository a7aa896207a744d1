package claims_test

import "testing"

// TestMovementAsPurpose: a movement after a purpose ل of covering or
// securing ("لتأمين انسحاب الرتل"، "لتغطية تقدم القوات") is what the
// deed was done for: the strike or shelling types the claim. Told alone,
// the movement still types it. Sentences written for the test.
func TestMovementAsPurpose(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"وقالت مصادر محلية إن مروحيات أمريكية قصفت أطراف البلدة لتأمين انسحاب الدورية.", "airstrike"},
		{"وذكر المرصد أن المدفعية قصفت التلال المحيطة لتغطية تقدم القوات نحو القرية.", "shelling"},
		{"وأفاد ناشطون بأن الطيران شن غارات على الطريق لحماية انسحاب العناصر من النقطة.", "airstrike"},
		{"وأفادت مصادر أهلية بأن طائرات التحالف قصفت محيط الحاجز لتأمين مرور الرتل العسكري.", "airstrike"},
		{"وقال المرصد إن القوات التركية بدأت الانسحاب من النقطة العسكرية صباح اليوم.", "withdrawal"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			c := mustFirstClaim(t, x, tt.text, "2024-05-07")
			if c.EventType != tt.want {
				t.Errorf("%s: type %s, want %s (%v)", tt.text, c.EventType, tt.want, c.Rules)
			}
		})
	}
}
