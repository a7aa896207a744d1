package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTerrorAdjectiveCountsNoFighters: "terrorist" qualifying the attack
// after a toll ("ثلاثون شهيداً في تفجيرين إرهابيين") calls the attack
// terrorist; the dead are not counted as fighters. "مقتل خمسة إرهابيين"
// still counts fighters.
func TestTerrorAdjectiveCountsNoFighters(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"dual bombings", "ارتقى ثلاثون شهيداً في تفجيرين إرهابيين وسط المدينة صباح اليوم.", "unknown"},
		{"singular attack", "سقط 12 شهيداً بتفجير إرهابي استهدف سوقاً شعبية.", "unknown"},
		{"feminine plural attacks", "استشهد تسعة أشخاص في اعتداءات إرهابية على الأحياء السكنية.", "unknown"},
		{"the dead are the terrorists", "أعلن الجيش مقتل خمسة إرهابيين في كمين قرب البلدة.", "fighters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2024-02-10"})
			var got []string
			for _, c := range cs {
				for _, f := range c.Figures {
					if f.Outcome == claims.OutcomeKilled && !f.Subset {
						got = append(got, f.Group)
					}
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("killed groups = %v, want first %q", got, tt.want)
			}
		})
	}
}
