package claims_test

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestDummyPronoun: "أنه" before an impersonal clause ("there was no
// attack", "no trace exists") is the dummy of the clause and names no
// doer; before a verb with an agent ("أنه لم يشن") it is the speaker.
func TestDummyPronoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text, actor string
	}{
		{"there was no shelling", "صرح مصدر عسكري بأنه لم يكن هناك أي قصف على الحي الشرقي.", ""},
		{"no trace exists", "صرح مصدر عسكري بأنه لا توجد أي آثار لقصف في الحي الشرقي.", ""},
		{"any shelling as subject", "نفى مصدر عسكري أن يكون أي قصف قد طال الحي الشرقي يوم الجمعة.", ""},
		{"the speaker did not strike", "صرح مصدر عسكري بأنه لم يشن أي غارة على الحي الشرقي.", "syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertAnyClaim(t, x, tt.text, 0, fmt.Sprintf("denying, of syrian_army with actor %q", tt.actor), func(c claims.Claim) bool {
				return c.Source.ID == "syrian_army" && c.Stance == claims.StanceDenies && actorOrBlank(c) == tt.actor
			})
		})
	}
}

// TestAnyEventDenied: a denial whose content says that any attack took
// place ("أي قصف قد حصل"، "حدوث أي قصف") is marked as denying the event
// itself; a denial of one's own part ("أن تكون قواتها قد شنت أي غارة")
// is not.
func TestAnyEventDenied(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"any attack happened", "نفى مسؤول أمريكي أن تكون أي غارة قد جرت فوق قاعدة الشدادي يوم الأحد.", true},
		{"the happening of any shelling", "نفى مصدر محلي حدوث أي قصف على أطراف البلدة مساء أمس.", true},
		{"own forces launched no raid", "نفت الوزارة أن تكون مقاتلاتها قد شنت أي غارة على أطراف البلدة.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-03-01"}) {
				for _, r := range c.Rules {
					got = got || c.Stance == claims.StanceDenies && r == claims.RuleAnyEventDenied
				}
			}
			if got != tt.want {
				t.Errorf("any-event denial %v, want %v", got, tt.want)
			}
		})
	}
}
