package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTiedBodyDenied checks that a tie denied of a man or of men to an
// armed body named with ب ("بالتنظيم"، "بداعش") says the people hit were
// civilians and denies nothing of the event, while a state's or a
// faction's denied tie (to the group, to the attack) stays a denial.
// Sentences written for the test; the stance and target of the last claim.
func TestTiedBodyDenied(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, stance, target string }{
		{"قتل رجلان في عملية إنزال على قرية قرب الحسكة. وقالت المصادر إن الثاني هو صاحب البيت، وهو راعي ماشية في الستين لا يربطه أي ارتباط بالتنظيم.",
			claims.StanceAsserts, "civilian, unarmed"},
		{"قتل رجلان في عملية إنزال على قرية قرب الحسكة. وقالت المصادر إن الثاني مزارع لا علاقة له بداعش.",
			claims.StanceAsserts, "civilian, unarmed"},
		{"قتل رجلان في عملية إنزال على قرية قرب الحسكة. ونفت الحكومة أن تكون لها أي علاقة بالتنظيم.",
			claims.StanceDenies, "-"},
		{"قتل رجلان في عملية إنزال على قرية قرب الحسكة. وقال المتحدث إن الفصيل لا علاقة له بالهجوم.",
			claims.StanceDenies, "-"},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 {
			t.Errorf("%s\nno claim", tt.text)
			continue
		}
		c := cs[len(cs)-1]
		got := "-"
		if c.Target != nil {
			got = *c.Target
		}
		if c.Stance != tt.stance || got != tt.target {
			t.Errorf("%s\nstance %s target %q, want %s %q", tt.text, c.Stance, got, tt.stance, tt.target)
		}
	}
}
