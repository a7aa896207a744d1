package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAlternativeActors checks that allied parties offered as
// alternatives with "أو" are both read as the claim's doers, while rivals
// so offered are not joined.
func TestAlternativeActors(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a denial of either air force",
			"ونفت موسكو أن تكون المقاتلات الروسية أو السورية قد أغارت على المستشفى.", []string{"russia", "syria_gov"}},
		{"an accusation of one or the other, force noun before the second",
			"واتهم ناشطون الطيران الروسي أو طيران النظام بقصف المخبز.", []string{"russia", "syria_gov"}},
		{"the first alternative before أو",
			"ورجح ناشطون أن تكون قوات النظام أو الميليشيات الإيرانية خلف القصف.", []string{"iran_backed", "syria_gov"}},
		{"rivals are guesses, not joined",
			"وقدّر مراقبون محليون أن مقاتلات التحالف أو مقاتلات النظام شنت الغارة.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2019-05-06"}) {
				if a := actorOrDash(c); a != "-" && !slices.Contains(got, a) {
					got = append(got, a)
				}
			}
			slices.Sort(got)
			if tt.want == nil {
				if len(got) > 1 {
					t.Errorf("actors %v, want at most one", got)
				}
				return
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("actors %v, want %v", got, tt.want)
			}
		})
	}
}
