package places

import (
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestMountainAndQuarterNames: the Qarachok mountain near al-Malikiyah is
// named in its several spellings, with or without جبل, and lies under
// al-Malikiyah; the Damascus quarter al-Rabweh is a place after a locative
// word, while the common noun for a hill without one is not. Sentences in
// our own words.
func TestMountainAndQuarterNames(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"قصفت مقاتلات مواقع في جبل قره جوخ فجر اليوم.", "qarachok", true},
		{"أعلن الجيش مقتل عشرين مسلحا في قره تشوك وعشرة في سنجار.", "qarachok", true},
		{"طالت الغارات مقرا قرب قرتشوك شمال شرق البلاد.", "qarachok", true},
		{"دوى انفجار داخل مطعم في الربوة غرب العاصمة.", "rabweh", true},
		{"انتحاري فجر نفسه قرب الربوة بعد ساعتين.", "rabweh", true},
		{"صعد الجنود الربوة المطلة على الوادي.", "rabweh", false},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, m := range g.Mentions(tt.text, arabic.Tokenize(tt.text)) {
			got[m.PlaceID] = true
		}
		if got[tt.want] != tt.ok {
			t.Errorf("%s: %s found=%v, want %v (got %v)", tt.text, tt.want, got[tt.want], tt.ok, got)
		}
	}
	if !g.Within("qarachok", "malikiyah") {
		t.Errorf("qarachok should lie under malikiyah")
	}
}
