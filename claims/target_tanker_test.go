package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/reconcile"
)

// TestTargetTankers checks that a strike on a tanker of fuel, by sea or by
// road, or on a ship of trade, is a strike on a civilian carrier unless
// its armed owner is named, and that a troop carrier is military.
// Sentences written for the test; the first claim's target and its class.
func TestTargetTankers(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want, class string }{
		{"وقال المرصد إن هجوماً بطائرة مسيرة استهدف ناقلة نفط إيرانية قبالة الساحل.", "Iranian oil tanker", reconcile.TargetCivilian},
		{"وقالت الإدارة إن مسيرة تركية قصفت صهاريج وقود على الطريق الدولي.", "fuel tankers", reconcile.TargetCivilian},
		{"وقال المصدر إن الطائرات قصفت سفينة تجارية في الميناء.", "merchant ship", reconcile.TargetCivilian},
		{"وأعلن التحالف أن طائراته دمرت صهاريج نفط للتنظيم قرب الحدود.", "oil tankers of militants", reconcile.TargetMilitary},
		{"وذكر المصدر أن صاروخاً موجهاً أصاب ناقلة جند قرب الحاجز.", "armoured personnel carrier", reconcile.TargetMilitary},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assertTargetClass(t, x, tt.text, tt.want, tt.class)
		})
	}
}
