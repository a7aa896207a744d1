package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestCriticisingSpeaker: a body that criticises or denounces strikes
// ("انتقدت الخارجية الروسية الغارات") speaks of them as one that condemns
// them does; its nationality names the speaker, not the attacker.
// Sentences written for the test.
func TestCriticisingSpeaker(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, source string }{
		{"وانتقدت وزارة الخارجية الروسية الضربات الجوية، ووصفتها بأنها مخالفة للقانون الدولي.", "russia_mfa"},
		{"وشجبت وزارة الخارجية السورية القصف الذي طال القرية.", "syria_mfa"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2020-03-01"})
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			if c.Source.ID != tt.source {
				t.Errorf("source %q, want %q", c.Source.ID, tt.source)
			}
			if c.Actor != nil && *c.Actor == "russia" {
				t.Errorf("the critic's country read as the attacker")
			}
		})
	}
}
