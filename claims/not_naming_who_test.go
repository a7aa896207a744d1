package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestNotNamingWhoCarriedItOut: a speaker who tells of a strike "without
// naming who carried it out" leaves the doer unnamed, whether "دون" or
// "من غير" opens the phrase and whether the doer is a noun ("الجهة") or a
// clause of who did it ("من نفذه"، "من يقف وراءه"); a speaker who names
// the doer keeps it. Sentences written for the test; want is the actor
// ("-" for none) and whether the claim carries the rule actor:unnamed.
func TestNotNamingWhoCarriedItOut(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text, actor string
		unnamed     bool
	}{
		{"وصرح ناطق عسكري بأن الضربة قتلت قيادية بارزة، من غير أن يسمي علناً من نفّذها.", "unknown", true},
		{"وأكد المسؤول أن الغارة أصابت سيارة مدنية، دون أن يسمي من نفذها.", "unknown", true},
		{"وذكرت الوزارة أن الانفجار وقع قرب الجسر، من غير أن تسمي الجهة المسؤولة.", "unknown", true},
		{"وقالت المصادر إن الهجوم استهدف الحاجز، دون أن تسمي من يقف وراء الهجوم.", "unknown", true},
		{"وقال المتحدث إن طائرات التحالف قصفت المقر ليلاً.", "coalition", false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			got, unnamed := "-", false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"}) {
				if c.Actor != nil {
					got = *c.Actor
					unnamed = slices.Contains(c.Rules, "actor:unnamed")
					break
				}
			}
			if got != tt.actor || unnamed != tt.unnamed {
				t.Errorf("%s: got %s (unnamed %v), want %s (unnamed %v)", tt.text, got, unnamed, tt.actor, tt.unnamed)
			}
		})
	}
}
