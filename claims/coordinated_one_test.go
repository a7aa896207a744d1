package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoordinatedOneKeepsOwnGroup: a singular person noun joined by و
// after a count ("ستة قتلى من الحراس وطفل") is one more person with its
// own group; it does not give the count its group.
func TestCoordinatedOneKeepsOwnGroup(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a civilian after a partitive of guards",
			"سقط ستة قتلى من عناصر الحاجز وطفل بانفجار العبوة.",
			[]string{"outlet killed fighters 6-6 exact", "outlet killed civilians 1-1 exact"}},
		{"a woman after a bare count",
			"قتل ثلاثة أشخاص وامرأة في القصف على البلدة.",
			[]string{"outlet killed unknown 3-3 exact", "outlet killed civilians 1-1 exact"}},
		{"civilians named with the count keep theirs",
			"قتل خمسة مدنيين وطفل في الغارة.",
			[]string{"outlet killed civilians 5-5 exact", "outlet killed civilians 1-1 exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, figureLines(x, tt.text)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
