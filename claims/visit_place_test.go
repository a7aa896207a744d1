package claims

import (
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestVisitedPlace: the place a visitor went to or stayed in, when the
// visit dates the deed, is not the deed's place; a deed during the visit,
// a deed noun between, or a clause after a comma keeps it.
func TestVisitedPlace(t *testing.T) {
	tests := []struct {
		text  string
		place string // the token of the place
		want  bool
	}{
		{"قصفت الطائرات البلدة عشية زيارة وزير الخارجية إلى دمشق.", "دمشق", true},
		{"وقعت المجزرة قبيل زيارة المبعوث الأممي المرتقبة إلى دمشق.", "دمشق", true},
		{"خطف المسلحون سكانا من الحي بالتزامن مع وجود المبعوث، ممثل المنظمة الدولية، في دمشق.", "دمشق", true},
		{"جاء التفجير بعد جولة للمحافظ في حمص.", "حمص", true},
		{"انفجرت عبوة بموكب المحافظ خلال زيارته إلى درعا.", "درعا", false},
		{"سقطت قذيفة قرب الوفد أثناء جولته في حلب.", "حلب", false},
		{"نظم الأهالي زيارة إلى موقع التفجير في حلب.", "حلب", false},
		{"بعد زيارة الوزير، سقطت قذائف في حلب.", "حلب", false},
		{"أكد المصدر وجود جرحى في حلب.", "حلب", false},
		{"قصفت الطائرات مدرسة في إدلب.", "إدلب", false},
		{"استهدف القصف قرية الزيارة بسهل الغاب وقرى أخرى في حماة.", "حماة", false},
		{"سقطت القذائف على الزيارة وفي محيط قرية أخرى في حماة.", "حماة", false},
	}
	for _, tt := range tests {
		t.Run(tt.place+"/"+tt.text[:16], func(t *testing.T) {
			toks := arabic.Tokenize(tt.text)
			i := -1
			for k, tok := range toks {
				if tok.Stem == arabic.Fold(tt.place) {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("no token %q", tt.place)
			}
			if got := visitedPlace(toks, i); got != tt.want {
				t.Errorf("visitedPlace(%q) = %v, want %v", tt.place, got, tt.want)
			}
		})
	}
}
