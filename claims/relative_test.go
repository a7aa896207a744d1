package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRelativeClauseContext: a claim opened by a relative pronoun ("...،
// والتي قال المرصد إنها ...") speaks of the noun before it, even when that
// noun was in a clause of another event ("رداً على ..."); the claim after
// it goes back to the article's own context.
func TestRelativeClauseContext(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		text string
		want []string // per claim: "source type places"
	}{
		{"وهاجمت طائرات مسيرة قاعدة التنف مساء الأربعاء. ويعتقد أن الهجوم جاء رداً على ضربات جوية إسرائيلية على تدمر قبل أيام، والتي قال المرصد حينها إنها قتلت خمسة مسلحين.",
			[]string{"outlet drone_attack tanf", "outlet airstrike palmyra", "sohr airstrike palmyra"}},
		// Without the relative pronoun the speaker's claim follows the
		// article's context, not the answered clause.
		{"وهاجمت طائرات مسيرة قاعدة التنف مساء الأربعاء. ويعتقد أن الهجوم جاء رداً على ضربات جوية إسرائيلية على تدمر قبل أيام. وقال المرصد إن خمسة أشخاص قتلوا.",
			[]string{"outlet drone_attack tanf", "outlet drone_attack tanf", "outlet airstrike palmyra", "sohr drone_attack tanf"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got []string
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-10-21"}) {
				got = append(got, c.Source.ID+" "+c.EventType+" "+strings.Join(c.Places, ","))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
