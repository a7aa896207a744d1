package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestHintIsHedge: hinting at a party's part in an attack ("ألمحت الوزارة
// إلى تورط أمريكي") reports it unconfirmed, with the party hinted at.
func TestHintIsHedge(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, source, stance, actor string
	}{
		{"hint at American involvement", "ألمحت وزارة الدفاع الروسية إلى تورط أمريكي في الهجوم بالطائرات المسيرة على قاعدة حميميم.", "russia_mod", claims.StanceUnconfirmed, "us"},
		{"present tense hint", "ويلمح الجيش الإسرائيلي إلى أن فيلق القدس الإيراني أطلق الصواريخ على الجولان.", "idf", claims.StanceUnconfirmed, "iran_backed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-01-10"})
			for _, c := range cs {
				a := ""
				if c.Actor != nil {
					a = *c.Actor
				}
				if c.Source.ID == tt.source && c.Stance == tt.stance && a == tt.actor {
					return
				}
			}
			var got []string
			for _, c := range cs {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = append(got, c.Source.ID+" "+c.Stance+" "+a)
			}
			t.Errorf("%s: got %v, want %s %s %s", tt.text, got, tt.source, tt.stance, tt.actor)
		})
	}
}
