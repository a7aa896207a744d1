package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBulletsFired checks that a verb of shooting whose object is the
// bullets ("أطلق ... الرصاص") types a ground attack as "أطلق ... النار"
// does, and that a launch of rockets keeps its own type. Sentences written
// for the test.
func TestBulletsFired(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"bullets after the subject", "قال ناشطون إن عناصر الحاجز أطلقوا الرصاص على سيارة مدنية في بلدة سراقب.", claims.EventGroundAttack},
		{"bullets with a pronoun object", "ذكرت مصادر محلية أن الدورية أطلقت عليهم الرصاص قرب بلدة كفرنبل.", claims.EventGroundAttack},
		{"fire, as before", "قال ناشطون إن مسلحين أطلقوا النار على سيارة في بلدة سراقب.", claims.EventGroundAttack},
		{"rockets are no bullets", "قال ناشطون إن مسلحين أطلقوا صواريخ على بلدة سراقب.", claims.EventShelling},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"})
		if len(cs) == 0 {
			t.Errorf("%s: no claim", tt.name)
			continue
		}
		if cs[0].EventType != tt.want {
			t.Errorf("%s: type %q, want %q (%v)", tt.name, cs[0].EventType, tt.want, cs[0].Rules)
		}
	}
}
