package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSubsetAboveGroupCount: a toll that names among its dead more of a
// group than another voice counts in all ("four dead, three of them
// children" against "one child died") disputes that count; a part at or
// below the other's count, or a part of another kind (women against a
// child), does not. Sentences written for the test.
func TestSubsetAboveGroupCount(t *testing.T) {
	total := "قالت وسائل إعلام إن القذائف أوقعت أربعة قتلى بينهم ثلاثة أطفال"
	totalWomen := "قالت وسائل إعلام إن القذائف أوقعت أربعة قتلى بينهم ثلاث نساء"
	totalOne := "قالت وسائل إعلام إن القذائف أوقعت أربعة قتلى بينهم طفل"
	tests := []struct {
		name, totalText, partWords string
		partGroup                  string
		partLow                    int
		other, otherWords          string
		want                       bool
	}{
		{"more children than the other's one child", total, "ثلاثة أطفال", "civilians", 3, "وأفاد الأهالي بأن القصف قتل طفلاً واحداً", "طفلاً", true},
		{"more civilians than the other's civilians", total, "ثلاثة أطفال", "civilians", 3, "وأفاد الأهالي بأن القصف قتل مدنيين اثنين", "مدنيين اثنين", true},
		{"women against a child", totalWomen, "ثلاث نساء", "civilians", 3, "وأفاد الأهالي بأن القصف قتل طفلاً واحداً", "طفلاً", false},
		{"part not above", totalOne, "طفل", "civilians", 1, "وأفاد الأهالي بأن القصف قتل طفلاً واحداً", "طفلاً", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			part := spanned(exact(claims.OutcomeKilled, tt.partGroup, tt.partLow), tt.totalText, tt.partWords)
			part.Subset = true
			n := 1
			if tt.otherWords == "مدنيين اثنين" {
				n = 2
			}
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("media"), EventType: claims.EventShelling, Text: tt.totalText,
					Figures: []claims.Figure{spanned(exact(claims.OutcomeKilled, "unknown", 4), tt.totalText, "أربعة قتلى"), part}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventShelling, Text: tt.other,
					Figures: []claims.Figure{spanned(exact(claims.OutcomeKilled, "civilians", n), tt.other, tt.otherWords)}}),
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
