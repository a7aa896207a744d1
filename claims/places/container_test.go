package places

import (
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestPluralHeadContainer: a single name after a plural head of towns,
// villages or quarters is where they lie, not one of them: the towns of
// a governorate are in the governorate, the quarters of a city in the
// city. A list of names after the plural head still names the towns
// themselves, and a single town after a singular head stays the town.
func TestPluralHeadContainer(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		text string
		want []string
	}{
		{"قصفت المدفعية بلدات دير الزور الشرقية طوال الليل.", []string{"deir_ez_zor"}},
		{"نزح المئات من قرى حماة خلال الأسبوع.", []string{"hama"}},
		{"سقطت قذائف على أحياء إدلب مساء الأحد.", []string{"idlib_city"}},
		{"تعرضت أحياء حمص لقصف عنيف.", []string{"homs_city"}},
		{"دخلت القوات مدينة دير الزور صباحا.", []string{"deir_ez_zor_city"}},
		{"شنت الطائرات غارات على قرى منبج الغربية.", []string{"manbij"}},
		{"سقطت القذائف على أحياء الوعر والإنشاءات.", []string{"waer"}},
		{"أغارت الطائرات على بلدات دير الزور، مضيفة أن القتلى مدنيون.", []string{"deir_ez_zor"}},
		{"قصفت المدفعية بلدات سرمين وبنش وتفتناز.", []string{"sarmin", "binnish", "taftanaz"}},
		{"سقطت صواريخ على مدن إدلب، ونزح السكان.", []string{"idlib"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:20], func(t *testing.T) {
			ms := g.Mentions(tt.text, arabic.Tokenize(tt.text))
			var got []string
			for _, m := range ms {
				got = append(got, m.PlaceID)
			}
			if len(got) < len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i, id := range tt.want {
				if got[i] != id {
					t.Errorf("mention %d = %s, want %s (all %v)", i, got[i], id, got)
				}
			}
		})
	}
}

// TestHamranVillage: the village of al-Hamran is named alone, with a
// locative word or a head, and its crossing keeps its own entry.
func TestHamranVillage(t *testing.T) {
	g := loadT(t)
	tests := []struct {
		text string
		want string
	}{
		{"سقطت صواريخ على سوق الوقود في الحمران مساء الجمعة.", "hamran"},
		{"احترقت الصهاريج في منطقة الحمران.", "hamran"},
		{"أغلق معبر الحمران أمام الشاحنات.", "hamran_crossing"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			ms := g.Mentions(tt.text, arabic.Tokenize(tt.text))
			if len(ms) == 0 || ms[0].PlaceID != tt.want {
				t.Errorf("got %v, want %s", ms, tt.want)
			}
		})
	}
}
