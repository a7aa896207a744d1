package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAccordingToParty checks that a body named after "مع" or "بين"
// following "وفق" is a party to the agreement the cue cites, not the
// source it credits, so "وأوضح المصدر" later still means the speaker.
func TestAccordingToParty(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"agreement signed with a body",
			"وذكر مصدر عسكري أن الجيش أنهى تسليم المخزون وفق التفاهم المبرم مع منظمة حظر الأسلحة الكيميائية. وأوضح المصدر أن الوحدات قصفت مواقع المسلحين.",
			[]string{"syrian_army", "syrian_army"}},
		{"a body right after the cue is still the source",
			"وقُتل ثلاثة مدنيين في القصف على البلدة، وفق المرصد السوري لحقوق الإنسان.",
			[]string{"sohr"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2018-02-03"}) {
				if c.Source.ID != "outlet" {
					got = append(got, c.Source.ID)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("sources = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sources = %v, want %v", got, tt.want)
					break
				}
			}
		})
	}
}
