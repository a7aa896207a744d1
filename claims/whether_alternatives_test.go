package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestWhetherAlternatives: "لم يعرف ما إذا كان X أو/أم Y" names two
// possible doers and says which is not known (actor unknown), with "أو"
// as with "أم"; and a كان form inside such an indirect question ("ما إذا
// كانت الصواريخ قد انطلقت") is no pluperfect recalling an earlier event, so
// the claim keeps the date of its context. Sentences written for the test.
func TestWhetherAlternatives(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"origins joined by أو",
			"وسقطت صواريخ على البلدة. ولم يتضح ما إذا كانت هذه الصواريخ قد رميت من مواقع لقسد أو من مواقع لقوات النظام.",
			"unknown unknown alternatives context"},
		{"origins joined by أم",
			"وسقطت صواريخ على البلدة. ولم يعرف ما إذا كان مصدر الصواريخ نقاط قسد أم نقاط الجيش التركي.",
			"unknown unknown alternatives context"},
		{"a true pluperfect still recalls",
			"وسقطت صواريخ على البلدة. وكانت قوات النظام قد قصفت البلدة بالمدفعية.",
			"asserts syria_gov before_event_word recalled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-04-01"})
			if len(cs) < 2 {
				t.Fatalf("%s: %d claims", tt.text, len(cs))
			}
			c := cs[1]
			got := c.Stance + " " + deref(c.Actor) + " " + ruleValue(c.Rules, "actor:") + " " + ruleValue(c.Rules, "date:")
			if got != tt.want {
				t.Errorf("%s: got %q, want %q (%v)", tt.text, got, tt.want, c.Rules)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

// ruleValue is the value of the first rule with the prefix, "-" if none.
func ruleValue(rules []string, prefix string) string {
	for _, r := range rules {
		if len(r) > len(prefix) && r[:len(prefix)] == prefix {
			return r[len(prefix):]
		}
	}
	return "-"
}
