package claims_test

import (
	"slices"
	"testing"
)

// TestAnyAttackDenialTakesToldPlace: a denial that any attack at all took
// place, by a bare word of attack ("لم يُسجل أي هجوم على القاعدة"), with
// no place of its own, speaks of the deed just told, whatever kind the
// teller named it by: it takes that deed's places. The speaker that says
// nothing was recorded is no doer: "أنه" before a negated verb of
// happening or recording is impersonal. Sentences written for the test.
func TestAnyAttackDenialTakesToldPlace(t *testing.T) {
	x, _ := extractor(t)
	const told = "وتبنت فصائل عراقية قصفاً صاروخياً طال القاعدة الأميركية بحقل العمر صباح الثلاثاء الباكر.\n\n"
	tests := []struct {
		name, text, part string
		place            string // a place the denial must hold
	}{
		{"nothing recorded at the base", told + "لكن مسؤولاً عسكرياً أميركياً أكد لشبكة إخبارية أنه لم يُسجل أي هجوم على القاعدة ليلة الثلاثاء.",
			"يُسجل", "omar_field"},
		{"nothing detected overnight", told + "غير أن متحدثاً عسكرياً أميركياً قال إنه لم يُرصد أي اعتداء على الموقع خلال الليل.",
			"يُرصد", "omar_field"},
		{"a place of its own is kept", told + "وقال مسؤول أميركي آخر إنه لم يُسجل أي هجوم على مدينة الميادين تلك الليلة.",
			"الميادين", "mayadin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := claimHolding(t, x, tt.text, tt.part)
			if c.Stance != "denies" {
				t.Fatalf("stance %s, want denies (%v)", c.Stance, c.Rules)
			}
			if !slices.Contains(c.Places, tt.place) {
				t.Errorf("places %v, want %s (%v)", c.Places, tt.place, c.Rules)
			}
			if tt.place != "omar_field" && slices.Contains(c.Places, "omar_field") {
				t.Errorf("places %v taken from the deed told (%v)", c.Places, c.Rules)
			}
			if c.Actor != nil {
				t.Errorf("actor %s, want none (%v)", *c.Actor, c.Rules)
			}
		})
	}
}
