package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBannedInCountry: the country a group is banned in, as Russian
// outlets note after naming it ("المحظورة في روسيا"), and a country that
// owns what a belonging word qualifies ("تابعة للتحالف أو لروسيا") are
// not where the event happened, nor is a base a missile was launched from
// ("من إحدى قواعدها قرب ..."); a country named as the scene stays, and
// a town after a belonging word is where the place lies.
func TestBannedInCountry(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"the ban note after a group",
			"قال مصدر أمني إن عبوة ناسفة زرعها عناصر تنظيم \"داعش\" (المحظور في روسيا) انفجرت بسيارة في مدينة الميادين أمس.",
			"mayadin", "russia"},
		{"a feminine ban note",
			"ذكر مراسلنا أن فصيل \"حراس الدين\"، وهو جماعة محظورة في روسيا، قصف بلدة كفرنبل بالصواريخ صباح اليوم.",
			"kafr_nabl", "russia"},
		{"the owner of a drone",
			"قال ناشطون إن طائرة مسيرة تابعة للتحالف أو لروسيا قصفت سيارة في مدينة الميادين أمس.",
			"mayadin", "russia"},
		{"a town after a belonging word",
			"قال ناشطون إن طائرة مسيرة قصفت سيارة في قرية تابعة لمدينة الميادين أمس.",
			"mayadin", ""},
		{"launched from one of its bases",
			"قال ناشطون إن صاروخاً سقط على بلدة كفرنبل أمس، أطلقته القوات من إحدى قواعدها قرب مدينة حماة.",
			"kafr_nabl", "hama_city"},
		{"a country as the scene",
			"قال مصدر أمني إن طائرة مسيرة انفجرت قرب قاعدة عسكرية في روسيا أمس.",
			"russia", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sputnik", Published: "2024-05-14"})
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[0]
			if !slices.Contains(c.Places, tt.want) || tt.not != "" && slices.Contains(c.Places, tt.not) {
				t.Errorf("places %v, want %s and not %q", c.Places, tt.want, tt.not)
			}
		})
	}
}
