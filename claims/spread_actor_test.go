package claims_test

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSpreadPartyDenierActor: a report a denier repeats in its own words
// ("ما تروجه الصفحات عن قصف قواتنا ...") names the denier's side for the
// party that spread it too. want is "source stance actor" of the party's
// claim. Sentences written for the test.
func TestSpreadPartyDenierActor(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"ونفى المتحدث باسم قوات سوريا الديمقراطية ما تتداوله صفحات موالية عن قصف قواتنا لمدرسة في الرقة.", "media asserts sdf"},
		{"ونفت وزارة الدفاع الروسية ما نشرته مواقع معارضة عن استهداف طائراتها لسوق شعبي في إدلب.", "media asserts russia"},
		{"ونفى مصدر عسكري ما تروجه صفحات محلية عن غارة إسرائيلية على مطار حماة.", "media asserts israel"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			var got []string
			for _, c := range cs {
				if c.Stance != claims.StanceAsserts || slices.Contains(c.Rules, "attribution:embedded_report") {
					continue
				}
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = append(got, c.Source.ID+" "+c.Stance+" "+a)
			}
			if len(got) != 1 || got[0] != tt.want {
				for _, c := range cs {
					t.Logf("%s %s %v %v", c.Source.ID, c.Stance, c.Actor, c.Rules)
				}
				t.Errorf("party claims %v, want %q", got, tt.want)
			}
		})
	}
}
