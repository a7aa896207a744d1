package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestSparedPlaceAndRefuted checks denials outlets phrase without "نفى":
// a negated verb of undergoing with the attack after ل ("المشفى لم
// يتعرض للقصف"), which says no attack at all when "أي" stands on its
// subject ("أي مدرسة ... لم تتعرض للقصف"), and the verbs of disavowing
// and refuting ("أنكر"، "فنّد").
func TestSparedPlaceAndRefuted(t *testing.T) {
	x, _ := extractor(t)
	line := func(c claims.Claim) string {
		s := c.Source.ID + " " + c.Stance
		for _, r := range c.Rules {
			if r == claims.RuleAnyEventDenied {
				s += " any"
			}
		}
		return s
	}
	assertLines(t, x, []lineCase{
		{"وأوضحت وزارة الدفاع الروسية صباحاً أن المستوصف لم يتعرض للقصف كما زعمت المعارضة.", []string{"russia_mod denies"}},
		{"وأوضحت وزارة الدفاع الروسية صباحاً أن أي مدرسة في المدينة لم تتعرض للقصف.", []string{"russia_mod denies any"}},
		{"وقال المرصد السوري إن البلدة تعرضت للقصف بعد منتصف الليل.", []string{"sohr asserts"}},
		{"وأنكرت وزارة الدفاع الروسية قيام طائراتها بأي طلعة فوق القرية.", []string{"russia_mod denies"}},
	}, line)
	// "فنّد" opens the denial of the report the media spread.
	cs := x.Extract(claims.Article{ID: "t", Text: "وفنّدت وزارة الدفاع الروسية الأنباء التي نشرتها وسائل إعلام غربية عن قصف طائراتها لسوق في المدينة.", Published: "2023-05-01"})
	var got []string
	for _, c := range cs {
		got = append(got, line(c))
	}
	if len(cs) == 0 || !strings.HasPrefix(got[0], "russia_mod denies") {
		t.Errorf("refuted report: got %v, want russia_mod denies first", got)
	}
}
