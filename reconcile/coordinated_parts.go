package reconcile

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims"
)

// coordinatedParts adds up the exact counts of one victim group that one
// claim gives side by side, joined by "و" (or a comma): "قتل ثلاثة
// أطفال وأربع نساء" tells seven civilians dead, not two rival tolls of
// civilians of which the higher stands. Counts of other claims, of other
// groups, or with more than the conjunction between them (a verb, a
// place, "إلى") are left as they are. refs are figures of one outcome.
func coordinatedParts(refs []figRef) []figRef {
	if len(refs) < 2 {
		return refs
	}
	out := make([]figRef, 0, len(refs))
	for _, r := range refs {
		if n := len(out); n > 0 && partsJoined(out[n-1], r) {
			prev := out[n-1]
			sum := prev.f
			lo := prev.f.Low + r.f.Low
			sum.Low, sum.High = lo, &lo
			sum.Span.End = r.f.Span.End
			out[n-1] = figRef{f: sum, c: prev.c}
			continue
		}
		out = append(out, r)
	}
	return out
}

// partsJoined reports whether b follows a in the same claim as another
// exact count of the same group, joined to it by "و" or a comma, with at
// most the first count's noun between them ("ثلاثة أطفال وأربع نساء":
// the first figure's span holds only its number).
func partsJoined(a, b figRef) bool {
	if a.c != b.c || a.f.Group != b.f.Group || !exactCount(a.f) || !exactCount(b.f) {
		return false
	}
	lo, hi, end := a.f.Span.End-a.c.Start, b.f.Span.Start-a.c.Start, b.f.Span.End-a.c.Start
	if lo < 0 || hi < lo || end > len(a.c.Text) || end < hi {
		return false
	}
	gap := strings.Fields(strings.NewReplacer("،", " ، ", ",", " ، ").Replace(a.c.Text[lo:hi]))
	joined := strings.HasPrefix(a.c.Text[hi:end], "و")
	if n := len(gap); n > 0 && (gap[n-1] == "و" || gap[n-1] == "،") {
		joined, gap = true, gap[:n-1]
	}
	if len(gap) > 0 && gap[len(gap)-1] == "،" {
		gap = gap[:len(gap)-1] // "، و"
	}
	if !joined || len(gap) > 1 {
		return false
	}
	return len(gap) == 0 || countedNoun(gap[0])
}

// countedNoun reports whether the one word between two coordinated counts
// may be the first count's noun: a word with no preposition on it, not a
// word of time or place ("أمس"، "في").
func countedNoun(w string) bool {
	if strings.ContainsAny(w, "0123456789") || slices.Contains(notCountedNouns, w) {
		return false
	}
	return !strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "ف")
}

// notCountedNouns are short words that may stand between two counts
// without being the first one's noun.
var notCountedNouns = []string{"في", "من", "إلى", "الى", "على", "عن", "أمس", "اليوم", "فقط", "آخرين", "آخرون", "أيضا", "أيضاً"}

// exactCount reports whether a figure is one exact number.
func exactCount(f claims.Figure) bool {
	return f.Qualifier == claims.QualExact && f.High != nil && *f.High == f.Low && f.Low > 0
}
