package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetBroadcaster checks that a broadcaster's building, office or
// mast is a civilian target, in a construct or with its owner after ل,
// while an armed group's headquarters stays military. Sentences written
// for the test; the first claim's target and its class.
func TestTargetBroadcaster(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال أحد السكان إن المبنى الذي ضرب كان مقراً للإذاعة المحلية.", "headquarters of radio station", reconcile.TargetCivilian},
		{"وقالت الوكالة إن الغارة دمرت مبنى الإذاعة والتلفزيون في المدينة.", "radio and television building", reconcile.TargetCivilian},
		{"وقال الناشطون إن القصف أصاب برج البث فوق التلة.", "broadcast tower", reconcile.TargetCivilian},
		{"وقال الوزير إن هجوماً بالمتفجرات استهدف مبنى الهيئة العامة للإذاعة والتلفزيون.", "radio and television building", reconcile.TargetCivilian},
		{"وقال الجيش إن الطائرات قصفت مقراً للمسلحين في البلدة.", "headquarters of militants", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
