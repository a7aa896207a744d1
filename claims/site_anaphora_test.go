package claims_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSiteAnaphora: a bare "السجن" or "المطار" in a claim that names no
// place points back at the prison or airport the article named before,
// as "المدينة" does at a town; a square or another site named before is
// no prison, and "السجن المركزي" is a prison of its own.
func TestSiteAnaphora(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       string // places of the last claim, "-" for none
	}{
		{"prison named before",
			"أجلت السلطات عشرات العائلات من الأحياء المجاورة لسجن غويران في الحسكة. وقال مصدر أمني إن مسلحين هاجموا السجن بسيارة مفخخة.",
			"ghuwayran_prison"},
		{"airport named before",
			"أجلت السلطات عشرات العائلات من الأحياء المحيطة بمطار المزة العسكري. وأكد مصدر عسكري بأن مقاتلات إسرائيلية قصفت المطار فجر اليوم.",
			"mezzeh_airport"},
		{"no prison named before",
			"أجلت السلطات عشرات العائلات من الأحياء المحيطة بساحة الأمويين. وقال مصدر أمني إن مسلحين هاجموا السجن بسيارة مفخخة.",
			"-"},
		// A capital that speaks for its government is never "the town".
		{"the town past a capital that speaks",
			"اقتحمت قوات الأمن بلدة كفرنبل فجر الأحد. ودعت موسكو إلى ضبط النفس. وقال ناشطون إن قذائف الهاون سقطت على البلدة عصر اليوم نفسه.",
			"kafr_nabl"},
		{"a prison of its own",
			"أجلت السلطات عشرات العائلات من الأحياء المجاورة لسجن غويران في الحسكة. وقال مصدر أمني إن مسلحين هاجموا السجن المركزي بسيارة مفخخة.",
			"-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Outlet: "sana", Published: "2024-05-14"})
			if len(cs) < 2 {
				t.Fatalf("got %d claims", len(cs))
			}
			c := cs[len(cs)-1]
			got := "-"
			if len(c.Places) > 0 {
				got = c.Places[0]
			}
			if got != "-" && !slices.Contains(c.Rules, "places:town_anaphora") {
				got += " (not by anaphora)"
			}
			if got != tt.want {
				t.Errorf("got %q (%s), want %q", got, strings.Join(c.Rules, " "), tt.want)
			}
		})
	}
}
