package reconcile

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestForeignAgainstArmy checks that a count of a foreign contingent on the
// government's side is never weighed against a count of Syrian soldiers,
// while loyal forces named without a nationality still are.
func TestForeignAgainstArmy(t *testing.T) {
	fig := func(text, number, group string) figRef {
		i := strings.Index(text, number)
		c := &claims.Claim{Start: 100, Text: text}
		return figRef{claims.Figure{Outcome: claims.OutcomeKilled, Group: group, Low: 1,
			Span: claims.Span{Start: 100 + i, End: 100 + i + len(number)}}, c}
	}
	army := fig("وقال المرصد إن 3 جنود من الجيش قتلوا في القصف.", "3", "syrian_army")
	tests := []struct {
		name  string
		other figRef
		want  bool
	}{
		{"Russian servicemen", fig("وأعلنت موسكو مقتل 12 عسكرياً روسياً في تحطم الطائرة.", "12", "pro_government"), true},
		{"the Russians with the article", fig("وقالت الوزارة إن 4 من الروس قتلوا.", "4", "pro_government"), true},
		{"Iranian officers", fig("وأفادت وكالة إيرانية بمقتل 5 ضباط إيرانيين في الغارة.", "5", "pro_government"), true},
		{"loyal militia without nationality", fig("وأحصى المرصد مقتل 9 عناصر من القوات الموالية.", "9", "pro_government"), false},
		{"a Russian place after the noun is far", fig("وقتل 7 عناصر من قوات النظام قرب قاعدة روسية.", "7", "pro_government"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foreignAgainstArmy(army, tt.other); got != tt.want {
				t.Errorf("foreignAgainstArmy = %v, want %v", got, tt.want)
			}
			if got := foreignAgainstArmy(tt.other, army); got != tt.want {
				t.Errorf("foreignAgainstArmy (swapped) = %v, want %v", got, tt.want)
			}
		})
	}
}
