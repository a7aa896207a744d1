package claims_test

import "testing"

// TestLaunchVerbDualPlural checks that the dual and plural of a verb of
// launching ("أُطلقتا", "أطلقا", "أطلقوا", "انطلقتا") mark the place after
// "من" as where the fire came from, as the singular does: the scene is
// where it went.
func TestLaunchVerbDualPlural(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"وذكرت الشرطة أن قذيفتين أُطلقتا من مدينة درعا باتجاه الجولان فجر الأحد.", []string{"occupied_golan"}, []string{"daraa_city"}},
		{"وقال الجيش إن صاروخين أطلقا من بلدة تسيل وسقطا في الجولان.", []string{"occupied_golan"}, []string{"tasil"}},
		{"وأفاد المرصد بأن المسلحين أطلقوا من مدينة إدلب قذائف على بلدة سراقب.", []string{"saraqib"}, []string{"idlib_city"}},
		{"وتقول الوزارة إن الطائرتين انطلقتا من مدينة حماة قبل قصف بلدة سراقب.", []string{"saraqib"}, []string{"hama_city"}},
	}
	for _, tt := range tests {
		checkPlaces(t, x, tt.text, "2024-05-05", tt.want, tt.not)
	}
}
