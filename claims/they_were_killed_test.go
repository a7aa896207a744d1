package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestTheyWereKilled checks that "أن" with a pronoun, then what the people
// were and a verb of their death ("أنهم مدنيون قُتلوا") characterises what
// was hit by those people; without a verb of death or wounding the
// pronoun may stand for anyone and names no target.
func TestTheyWereKilled(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"civilians killed", "وشدد أقارب الضحايا على أنهم مدنيون قتلوا في غرفة نومهم ليلاً.", "civilians"},
		{"with ب", "وأكدت العائلة بأنهم مدنيون قتلوا أثناء نومهم.", "civilians"},
		{"no verb of death", "وأكد الأهالي أنهم مدنيون نزحوا من القرية قبل سنوات.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, c := range x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2025-05-01"}) {
				if c.Target != nil {
					got = *c.Target
				}
			}
			if got != tt.want {
				t.Errorf("%s: target %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
