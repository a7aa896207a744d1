package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOnTongueOf checks that "أوردت X على لسان Y أن" (X reported through
// Y's mouth) makes Y the source, relayed by X, when Y is a named or an
// anonymous source; an officer of the subject's own ("على لسان مديره")
// leaves the subject the source. A town whose name ends like the pronoun
// "our" (جرمانا، حماة is not such) does not make the speaker the doer.
func TestOnTongueOf(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, src, via string
		actor                string
	}{
		{"agency through an anonymous police officer",
			"وأوردت وكالة سانا على لسان ضابط بشرطة حلب أن قذيفة أصابت شارعاً في جرمانا وأوقعت 6 قتلى.",
			"syria_interior", "sana", ""},
		{"channel through a military source",
			"بثت قناة الميادين على لسان مصدر في الجيش السوري قوله إن الدفاعات أسقطت أربع مسيرات فوق المدينة.",
			"syrian_army", "almayadeen", ""},
		{"the observatory through its own director",
			"وأكد المرصد السوري لحقوق الإنسان، على لسان مديره، أن 14 عنصراً قتلوا في الغارة.",
			"sohr", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-03-21"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[0]
			if c.Source.ID != tt.src {
				t.Errorf("source = %s, want %s", c.Source.ID, tt.src)
			}
			var via string
			if len(c.Via) > 0 {
				via = c.Via[0].ID
			}
			if via != tt.via {
				t.Errorf("via = %q, want %q", via, tt.via)
			}
			if c.Actor != nil && *c.Actor != tt.actor {
				t.Errorf("actor = %s, want none", *c.Actor)
			}
		})
	}
}
