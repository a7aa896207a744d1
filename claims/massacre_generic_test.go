package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestMassacreIsGeneric: a massacre named by no word of its means is a
// generic attack (event_type:generic, a ground attack by default, which
// grouping may read as the raid or the shelling told there), while a
// massacre told with its raids, its shells or its gunmen takes their type.
func TestMassacreIsGeneric(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text    string
		typ     string
		generic bool
	}{
		{"وارتفعت حصيلة المجزرة في سوق البلدة إلى أحد عشر قتيلا.", claims.EventGroundAttack, true},
		{"وقالت مصادر محلية إن قوات النظام ارتكبت مجزرة راح ضحيتها ثمانية مدنيين في القرية.", claims.EventGroundAttack, true},
		{"وقتل تسعة مدنيين في مجزرة جديدة بغارات جوية على البلدة.", claims.EventAirstrike, false},
		{"وقتل ستة مدنيين في مجزرة بقذائف مدفعية سقطت على الحي.", claims.EventShelling, false},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := cs[0]
			if c.EventType != tt.typ || slices.Contains(c.Rules, "event_type:generic") != tt.generic {
				t.Errorf("%s\ntype %s rules %v, want %s generic=%v", tt.text, c.EventType, c.Rules, tt.typ, tt.generic)
			}
		})
	}
}
