package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestKindAnaphorBehind: a bare head pointing back at a party named
// earlier ("التنظيم" after "تنظيم داعش") is the doer when "وراء" or "خلف"
// puts it behind the deed, with or without a copula; a head spoken of
// otherwise stays no doer. Sentences written for the test.
func TestKindAnaphorBehind(t *testing.T) {
	x, _ := extractor(t)
	const before = "وأعلن تنظيم داعش الأسبوع الماضي مسؤوليته عن هجوم على دورية في ريف حمص. "
	tests := []struct {
		name, text string
		want       string
	}{
		{"copula, hedged", "ورجح مصدر أمني أن يكون التنظيم وراء استهداف الحاجز بالرصاص قرب تدمر يوم الأحد.", "isis"},
		{"no copula", "وقال مسؤول محلي إن التنظيم وراء تفجير العبوة الناسفة بسيارة قرب تدمر يوم الأحد.", "isis"},
		{"behind, خلف", "وقالت مصادر محلية إن التنظيم الإرهابي خلف الهجوم على الحاجز قرب تدمر يوم الأحد.", "isis"},
		{"spoken of, not behind", "وقال مصدر أمني إن قدرة التنظيم على شن هجمات تراجعت بعد اشتباكات قرب تدمر يوم الأحد.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: before + tt.text, Published: "2025-12-15"}) {
				if c.Start >= len(before) && c.Actor != nil {
					got = *c.Actor
					break
				}
			}
			if got != tt.want {
				t.Errorf("actor = %s, want %s", got, tt.want)
			}
		})
	}
}
