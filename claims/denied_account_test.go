package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDeniedAccountOwner: in a denial, the party named right after the
// report or accusation denied ("الاتهامات الروسية", "المزاعم الإسرائيلية")
// owns that account and is not the doer; outside a denial the reading is
// left as it was.
func TestDeniedAccountOwner(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, notActor, actor string
	}{
		{"rejected Russian accusations", "رفض البنتاغون الاتهامات الروسية الضمنية بالمشاركة في هجوم الطائرات المسيرة على القاعدة.", "russia", ""},
		{"denied Israeli claims", "ونفت دمشق المزاعم الإسرائيلية عن قصف صاروخي طال الجولان.", "israel", ""},
		{"not a denial", "وقالت قسد إن الاتهامات التركية محاولة لتبرير الهجمات على مناطقنا.", "", "turkey"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			var actors []string
			for _, c := range cs {
				if c.Actor != nil {
					actors = append(actors, *c.Actor)
				}
			}
			for _, a := range actors {
				if tt.notActor != "" && a == tt.notActor {
					t.Errorf("%s: actor %s read, want it left out (%v)", tt.text, a, actors)
				}
			}
			if tt.actor != "" && (len(actors) == 0 || actors[0] != tt.actor) {
				t.Errorf("%s: actors %v, want %s", tt.text, actors, tt.actor)
			}
		})
	}
}
