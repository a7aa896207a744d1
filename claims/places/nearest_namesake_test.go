package places

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestNearestNamesake: a shared name that no other mention of the text
// encloses or shares a governorate with goes to the namesake nearest to
// the places named beside it, not to the first in the data, when that
// namesake lies within maxNamesakeKm of them; a namesake that shares a
// governorate with them still wins over a nearer one.
func TestNearestNamesake(t *testing.T) {
	line := func(fields ...string) string { return strings.Join(fields, "\t") + "\n" }
	data := "# test data\n" +
		line("syria", "country", "-", "35", "38", "Syria", "سوريا") +
		line("north", "governorate", "syria", "36.2", "37.4", "North", "الشمال") +
		line("east", "governorate", "syria", "36.0", "39.2", "East", "الشرق") +
		line("south", "governorate", "syria", "32.8", "36.2", "South", "الجنوب") +
		line("far_namesake", "village", "south", "32.7", "36.1", "Kaf (south)", "?كفرون") +
		line("near_namesake", "village", "north", "36.3", "38.1", "Kaf (north)", "?كفرون") +
		line("east_town", "town", "east", "36.3", "38.3", "East town", "بلدة الشرق") +
		line("south_town", "town", "south", "32.9", "36.3", "South town", "مدينة الجنوب") +
		line("centre", "governorate", "syria", "35.3", "37.3", "Centre", "الوسط") +
		line("centre_town", "town", "centre", "35.5", "37.5", "Centre town", "بلدة الوسط")
	g, err := Parse("test.tsv", strings.NewReader(data), nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"nearest when nothing relates", "اشتباكات قرب بلدة الشرق وفي كفرون المجاورة لها", []string{"east_town", "near_namesake"}},
		{"first in the data with no place beside it", "اشتباكات عنيفة في كفرون منذ الصباح", []string{"far_namesake"}},
		{"no nearness beyond the ceiling", "غارات على بلدة الوسط وعلى كفرون", []string{"centre_town", "far_namesake"}},
		{"a shared governorate beats distance", "قصف على مدينة الجنوب وعلى كفرون", []string{"south_town", "far_namesake"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := g.Mentions(tt.text, arabic.Tokenize(tt.text))
			var got []string
			for _, m := range ms {
				got = append(got, m.PlaceID)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Mentions(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
