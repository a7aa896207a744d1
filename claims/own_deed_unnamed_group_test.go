package claims_test

import "testing"

// TestOwnDeedUnnamedGroup checks that an armed group the actor values do
// not name (HTS, Ahrar al-Sham, an FSA faction) claiming or denying its
// own deed gives the actor "unknown": the claim speaks of who did it,
// in no value of its own. A registry actor keeps its value.
func TestOwnDeedUnnamedGroup(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, want string
	}{
		{"adopting verb with the attack as object",
			"وتبنت هيئة تحرير الشام الهجوم على نقطة للجيش قرب سراقب.", "hts", "unknown"},
		{"its fighters targeted",
			"وأعلنت حركة أحرار الشام أن مقاتليها قصفوا مواقع للنظام في سهل الغاب بصواريخ غراد.", "ahrar_al_sham", "unknown"},
		{"denying any link",
			"ونفت هيئة تحرير الشام أي صلة لها بالتفجير الذي وقع في السوق.", "hts", "unknown"},
		{"a registry actor keeps its value",
			"وتبنى تنظيم الدولة الإسلامية الهجوم على الحاجز في البادية.", "isis", "isis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorOfSource(x, tt.text, "2019-05-06", tt.src)
			if got != tt.want {
				t.Errorf("%s\nactor = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
