package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestChargeOfTheToldDeed: a charge that names no deed of its own but
// points back to the attack told before ("بالوقوف خلفه", "بتنفيذه",
// "مسؤوليته") is a claim about that attack, with its type; a charge of
// some other deed ("بالبحث عن ذرائع") or one dated to an earlier time
// ("حينها") stays apart.
func TestChargeOfTheToldDeed(t *testing.T) {
	x, _ := extractor(t)
	lead := "انفجرت عبوة ناسفة صباح اليوم بحافلة عسكرية قرب بلدة اليادودة غرب درعا. "
	tests := []struct {
		name, text string
		want       bool
	}{
		{"behind it", "واتهم ناشطون جهاز المخابرات الجوية بالوقوف خلفه.", true},
		{"behind it, with hamza", "واتهم ناشطون فرع الأمن العسكري بالوقوف وراءه.", true},
		{"carrying it out", "واتهم ناشطون فرع الأمن العسكري بتنفيذه.", true},
		{"another deed", "واتهم ناشطون فرع الأمن العسكري بالبحث عن ذرائع.", false},
		{"charged at that time", "واتهم ناشطون حينها فرع الأمن العسكري بتنفيذه.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: lead + tt.text, Published: "2023-05-01", Outlet: "outlet"}) {
				if slices.Contains(c.Rules, "event_type:charged_context") {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s: charged_context %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
