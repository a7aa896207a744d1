package claims_test

import (
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestElidedAccuser: a verb of accusing joined by و to a clause before it,
// with no subject of its own, goes on with the subject of that clause; the
// party right after it is the one accused, before its ب-charge or before
// "مسؤولية" and what it is the responsibility of. That party is then the
// claim's actor, not its speaker. When a party is charged after the
// responsibility ("... مسؤولية الهجوم للفصائل"), or the verb has a subject
// between it and the party, nothing changes. Want is "source actor" of the
// claim that holds the verb. Sentences written for the test.
func TestElidedAccuser(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, verb, want string }{
		{"وفي المساء، استنكرت فعاليات عشائرية بالريف الشرقي اغتيال الطبيب، وحمّلت «قسد» مسؤولية مقتله، داعية إلى محاسبة الفاعلين.",
			"وحمّلت", "local_sources sdf"},
		{"وطالبت فعاليات أهلية في البلدة بكشف القتلة، وحمّلت قوات النظام مسؤولية مقتل المختار.",
			"وحمّلت", "local_sources syria_gov"},
		{"وأدانت فعاليات أهلية في البلدة مقتل الشاب، واتهمت قوات النظام بقتله.",
			"واتهمت", "local_sources syria_gov"},
		// the speaker names itself before the party it charges
		{"وقال المرصد إن القصف طال الأحياء السكنية، وحمّل المرصد قوات النظام مسؤولية القصف.",
			"وحمّل", "sohr syria_gov"},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			got := "-"
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2021-04-22"}) {
				if !strings.Contains(c.Text, tt.verb) {
					continue
				}
				a := "-"
				if c.Actor != nil {
					a = *c.Actor
				}
				got = c.Source.ID + " " + a
				break
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
