package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSomeOfTheVictims: a count followed by "of the wounded" (or the
// dead) counts some of those victims, a part of a toll, and is no rival
// to another voice's full count; a count of persons of its own is.
// Sentences written for the test.
func TestSomeOfTheVictims(t *testing.T) {
	tests := []struct {
		name, text, words string
		want              bool
	}{
		{"stable ones among the wounded", "وأفاد طبيب في المشفى أن خمسة من المصابين غادروا بعد العلاج", "خمسة", false},
		{"some of the wounded moved", "وقال المسعف إن خمسة من الجرحى نقلوا إلى مشفى آخر", "خمسة", false},
		{"a count of its own", "وأفاد طبيب في المشفى أن خمسة أشخاص أصيبوا في القصف", "خمسة", true},
	}
	fullText := "أصيب تسعة مدنيين بقصف على القرية"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), EventType: claims.EventShelling, Text: fullText,
					Figures: []claims.Figure{spanned(exact(claims.OutcomeWounded, "civilians", 9), fullText, "تسعة مدنيين")}}),
				mk(claims.Claim{ID: "c2", Source: src("medical_sources"), EventType: claims.EventShelling, Text: tt.text,
					Figures: []claims.Figure{spanned(exact(claims.OutcomeWounded, "unknown", 5), tt.text, tt.words)}}),
			)
			ls := compareLines(t, cs)
			got := false
			for _, l := range ls {
				got = got || strings.HasPrefix(l, "casualties ")
			}
			if got != tt.want {
				t.Errorf("casualties flagged = %v, want %v: %v", got, tt.want, ls)
			}
		})
	}
}
