package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPronounHit: a clause whose subject is only a pronoun and whose verb
// says it hit something ("مبيناً أنها طالت ...") goes on about the attack
// the claim before it told, with that attack's doer; a named subject, or
// nothing told before, gives no event.
func TestPronounHit(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // per claim: "type actor places"
	}{
		{"قالت الإدارة الذاتية إن مسيرات تركية شنت ضربات على المنطقة مساء الاثنين، مبينة أنها طالت مخازن للحبوب في القامشلي وعامودا.",
			[]string{"drone_attack turkey -", "drone_attack turkey qamishli,amuda"}},
		{"قصفت طائرات روسية قرى في جبل الزاوية صباح الأحد. وذكر الدفاع المدني أنها أصابت مدرسة ومسجداً في كنصفرة.",
			[]string{"airstrike russia jabal_al_zawiya", "airstrike russia kansafra"}},
		// A subject of its own is no pronoun: the clause is not the attack.
		{"قالت الإدارة الذاتية إن مسيرات تركية شنت ضربات على المنطقة مساء الاثنين، مبينة أن الأزمة طالت مخازن للحبوب في القامشلي.",
			[]string{"drone_attack turkey -", "other - qamishli"}},
		// Nothing told before: the pronoun points at no attack.
		{"وقال المسؤول إنها طالت مخازن للحبوب في القامشلي.",
			[]string{"other - qamishli"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-08"}) {
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				p := strings.Join(c.Places, ",")
				if p == "" {
					p = "-"
				}
				got = append(got, c.EventType+" "+a+" "+p)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
