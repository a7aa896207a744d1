package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestHandedOnRevision: a toll that one voice says rose, above a lower
// toll another voice gave before it in the same article, is a revision
// note naming both; in different articles, after the higher toll, or
// without words of a rise it is none.
func TestHandedOnRevision(t *testing.T) {
	lead := func(art string, start, n int) claims.Claim {
		return mk(claims.Claim{ID: "c1", Article: art, Start: start, Source: src("step_news"),
			Text:    "انفجرت سيارة مفخخة في السوق وقتل تسعة أشخاص",
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", n)}})
	}
	rise := func(art string, start int, text string, n int) claims.Claim {
		return mk(claims.Claim{ID: "c2", Article: art, Start: start, Source: src("local_sources"), Text: text,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", n)}})
	}
	const rose = "وقال مسؤول محلي إن عدد القتلى ارتفع إلى أحد عشر بعد وفاة جريحين"
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{"the lead's toll raised by a local official",
			scene(lead("a", 0, 9), rise("a", 400, rose, 11)),
			[]string{"revision killed step_news,local_sources | Step_news gave 9 killed; local sources raised it to 11."}},
		{"no words of a rise", scene(lead("a", 0, 9), rise("a", 400, "وقال مسؤول محلي إن أحد عشر شخصا قتلوا", 11)), nil},
		{"the rise told before the lower toll", scene(lead("a", 900, 9), rise("a", 400, rose, 11)), nil},
		{"different articles", scene(lead("a", 0, 9), rise("b", 400, rose, 11)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindRevision)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
