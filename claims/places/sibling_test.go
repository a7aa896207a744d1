package places

import (
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestSharedNameBySibling: a name shared by two places goes to the one
// whose governorate holds another place the text names ("خانصور" beside
// "سنجار" is Iraq's Sinjar), and the Kurdish spelling "كوردستان" names
// the Kurdistan Region as "كردستان" does.
func TestSharedNameBySibling(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		text string
		want map[string]bool
	}{
		{"سقطت قذائف قرب خانصور وأخرى على أطراف سنجار مساء أمس.", map[string]bool{"khanasor": true, "sinjar": true}},
		{"ضربت مقاتلات تركية مواقع في سوريا، وسقطت قذائف أخرى قرب خانصور في سنجار.", map[string]bool{"syria": true, "khanasor": true, "sinjar": true}},
		{"قالت حكومة إقليم كوردستان إن الغارة أصابت موقعا في سنجار.", map[string]bool{"kurdistan_region": true, "sinjar": true}},
		{"وصل وفد من أربيل عاصمة كوردستان العراق.", map[string]bool{"kurdistan_region": true}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:20], func(t *testing.T) {
			got := map[string]bool{}
			for _, m := range g.Mentions(tt.text, arabic.Tokenize(tt.text)) {
				got[m.PlaceID] = true
			}
			for id := range tt.want {
				if !got[id] {
					t.Errorf("missing %s; got %v", id, got)
				}
			}
			if got["sinjar_idlib"] {
				t.Errorf("Sinjar resolved to Idlib's: %v", got)
			}
		})
	}
}
