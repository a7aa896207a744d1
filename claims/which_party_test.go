package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestWhichPartyUnknown checks that an indirect question about which
// party did it after a word of not knowing ("دون أن يتضح إلى أي جهة
// ينتمون"، "لم يُعرف لأي جهة تتبع") says the doer is not known, and that a
// party named as the dress the attackers wore ("يرتدون زي الجيش") is not
// taken for the doer.
func TestWhichPartyUnknown(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		actors     []string // actors of the claims, in order ("-" for none)
	}{
		{"which party they belong to",
			"وأضاف الناشط أن القذائف سقطت على السوق، دون أن يتضح حتى الآن إلى أي جهة ينتمي مطلقوها.",
			[]string{"-", "unknown"}},
		{"to which side the drone belongs",
			"ولم يُعرف على الفور لأي جهة تتبع الطائرة المسيرة التي قصفت الشاحنة.",
			[]string{"unknown"}},
		{"which side stands behind it",
			"ولم يتضح أي طرف يقف وراء التفجير الذي هز الحي.",
			[]string{"unknown"}},
		{"dressed as the army",
			"وقال سكان إن مسلحين بلباس الجيش السوري داهموا البلدة فجراً.",
			[]string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2015-06-26"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = append(got, a)
			}
			if len(got) != len(tt.actors) {
				t.Fatalf("actors = %v, want %v", got, tt.actors)
			}
			for i := range got {
				if got[i] != tt.actors[i] {
					t.Errorf("actors = %v, want %v", got, tt.actors)
				}
			}
		})
	}
}
