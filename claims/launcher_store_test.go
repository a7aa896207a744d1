package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestLaunchersAreWhatWasHit: a weapon named after the plural "قواذف"
// (launchers) is what the launchers fire, a target, not the means of the
// event: aircraft that hit mortar launchers tell an air strike. Shells
// the launchers fire still tell a shelling. Sentences written for the
// test.
func TestLaunchersAreWhatWasHit(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, typ string }{
		{"وقال المتحدث إن مقاتلاته قصفت قواذف هاون للجيش قرب الحدود.", claims.EventAirstrike},
		{"وأعلن الجيش أن طائراته ضربت مواقع وقواذف صواريخ في الريف الغربي.", claims.EventAirstrike},
		{"وقال ناشطون إن قواذف الهاون أطلقت قذائف على الحي مساء أمس.", claims.EventShelling},
		{"وقال ناشطون إن قذائف هاون سقطت على الحي مساء أمس.", claims.EventShelling},
	}
	for _, tt := range tests {
		cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
		if len(cs) == 0 || cs[0].EventType != tt.typ {
			t.Errorf("%s\nclaims %v, want first of type %s", tt.text, cs, tt.typ)
		}
	}
}
