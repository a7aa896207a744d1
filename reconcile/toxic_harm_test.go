package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestToxicHarmAgainstChemicalDenial: against a denial that toxic agents
// were used, an account that tells only of poisoning, suffocation or
// inhaling tells of them; one that tells only of a toll does not.
// Sentences written for the test.
func TestToxicHarmAgainstChemicalDenial(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"suffocation cases", "واستقبلت النقطة الطبية عشرات المدنيين بحالات اختناق بعد القصف", true},
		{"poisoning symptoms", "وظهرت على المصابين أعراض تسمم عصبي وتوفي عدد منهم", true},
		{"inhaling", "وأصيب أطفال بضيق تنفس إثر استنشاقهم مواد انبعثت من الصواريخ", true},
		{"poisoned", "ونقل الأطباء جثث ضحايا مسمومين إلى المستشفى الميداني", true},
		{"a toll only", "وقتل سبعة مدنيين وأصيب آخرون في القصف على البلدة", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Stance: claims.StanceDenies, EventType: claims.EventShelling,
					Actor: sp("syria_gov"), Text: "ونفى المصدر العسكري أن يكون الجيش قد لجأ إلى مواد كيميائية خلال العملية"}),
				mk(claims.Claim{ID: "c2", Source: src("white_helmets"), EventType: claims.EventShelling, Text: tt.text}),
			)
			got := false
			for _, d := range Compare(Event{}, cs, testK) {
				got = got || d.Kind == KindOccurrence && d.Field == "chemical" && slices.Contains(d.Sources, "white_helmets")
			}
			if got != tt.want {
				t.Errorf("%s: chemical dispute with the account flagged = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
