package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// partsClaim is a claim of text with one exact killed figure of group at
// each of the words given, its span the word alone (as the extractor
// gives a number whose noun follows).
func partsClaim(text, group string, words map[string]int) claims.Claim {
	c := mk(claims.Claim{ID: "p", Article: "n2", Source: src("white_helmets"), EventType: claims.EventAirstrike,
		Actor: sp("russia"), Places: []string{"sarmin"}, Date: sp("2024-03-12"), Text: text})
	for w, n := range words {
		i := strings.Index(text, w)
		f := exact(claims.OutcomeKilled, group, n)
		f.Span = claims.Span{Start: i, End: i + len(w)}
		c.Figures = append(c.Figures, f)
	}
	// the extractor gives figures in the order of the text
	if len(c.Figures) == 2 && c.Figures[0].Span.Start > c.Figures[1].Span.Start {
		c.Figures[0], c.Figures[1] = c.Figures[1], c.Figures[0]
	}
	return c
}

// TestCoordinatedPartsAddUp: counts of one group joined by "و" in one
// claim ("ثلاثة أطفال وأربع نساء") are parts of one toll, added up, and
// agree with a toll of their sum; counts with more between them than the
// first one's noun and the conjunction ("من ثلاثة أطفال إلى أربعة"), or
// of different claims, stay apart. Sentences written for the test.
func TestCoordinatedPartsAddUp(t *testing.T) {
	scene := func(n int) claims.Claim {
		return mk(claims.Claim{ID: "s", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
			Actor: sp("russia"), Places: []string{"sarmin"}, Date: sp("2024-03-12"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", n)}, Text: "قتل مدنيون بالغارات"})
	}
	tests := []struct {
		name  string
		scene int
		probe claims.Claim
		flag  bool
	}{
		{"three children and four women are seven", 7,
			partsClaim("قتل ثلاثة أطفال وأربع نساء في الغارات", "civilians", map[string]int{"ثلاثة": 3, "وأربع": 4}), false},
		{"the sum against another toll still conflicts", 9,
			partsClaim("قتل ثلاثة أطفال وأربع نساء في الغارات", "civilians", map[string]int{"ثلاثة": 3, "وأربع": 4}), true},
		{"a comma and the conjunction", 7,
			partsClaim("قتل ثلاثة أطفال، وأربع نساء في الغارات", "civilians", map[string]int{"ثلاثة": 3, "وأربع": 4}), false},
		{"a rise from one count to another is no sum", 4,
			partsClaim("ارتفع عدد القتلى من ثلاثة أطفال إلى أربعة", "civilians", map[string]int{"ثلاثة": 3, "أربعة": 4}), false},
		{"a count after a word of time is no part", 7,
			partsClaim("قتل ثلاثة أمس وأربعة في الغارات", "civilians", map[string]int{"ثلاثة": 3, "وأربعة": 4}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{scene(tt.scene), tt.probe}
			got := false
			for _, d := range Compare(Event{}, cs, testK) {
				got = got || d.Kind == KindCasualties
			}
			if got != tt.flag {
				t.Errorf("casualty conflict %v, want %v", got, tt.flag)
			}
		})
	}
}
