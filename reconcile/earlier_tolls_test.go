package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestEarlierTollsTold: a toll the source gave before is its earlier toll
// when told with a partitive in a sentence that says the toll rose, when
// it was of one group and the source says it raised its own toll to a
// total, and when the text says the count had stopped at it; a rise that
// is not the source's own toll, or a lower toll told with no such words,
// makes no revision.
func TestEarlierTollsTold(t *testing.T) {
	f := func(n int, group string, earlier, subset bool) claims.Figure {
		x := exact(claims.OutcomeKilled, group, n)
		x.Earlier, x.Subset = earlier, subset
		return x
	}
	c := func(id string, start int, text string, fs ...claims.Figure) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "a1", Start: start, Source: src("sohr"), Text: text, Figures: fs})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"partitive earlier toll", scene(
			c("c1", 0, "ارتفع عدد القتلى بين العناصر إلى ثلاثين بعدما كان قد أحصى اثني عشر منهم",
				f(30, "fighters", false, false), f(12, "fighters", true, true))), 1},
		{"partitive with no rise is a part", scene(
			c("c1", 0, "قتل ثلاثون من العناصر كان قد أحصى اثني عشر منهم",
				f(30, "fighters", false, false), f(12, "fighters", true, true))), 0},
		{"own toll raised from a group's toll", scene(
			c("c1", 0, "أعدم التنظيم أربعين مدنياً في البلدة", f(40, "civilians", false, false)),
			c("c2", 200, "ثم رفعت الشبكة حصيلتها إلى اثنين وخمسين قتيلاً", f(52, "unknown", false, false))), 1},
		{"a rise of other dead", scene(
			c("c1", 0, "قتل ثلاثة مسلحين في الاشتباك", f(3, "fighters", false, false)),
			c("c2", 200, "وارتفع عدد ضحايا القصف على القرية إلى خمسة", f(5, "unknown", false, false))), 0},
		{"count stopped at", scene(
			c("c1", 0, "قتل تسعون شخصاً على الأقل في الهجوم", f(90, "unknown", false, false)),
			c("c2", 300, "وكان توثيق المرصد توقف عند خمسة وثلاثين قتيلاً قبل يومين", f(35, "unknown", false, false))), 1},
		{"lower toll with no such words", scene(
			c("c1", 0, "قتل تسعون شخصاً على الأقل في الهجوم", f(90, "unknown", false, false)),
			c("c2", 300, "وقتل خمسة وثلاثون في حي آخر من المدينة", f(35, "unknown", false, false))), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := onlyKind(compareLines(t, tt.cs), KindRevision); len(got) != tt.want {
				t.Errorf("revisions %v, want %d", got, tt.want)
			}
		})
	}
}
