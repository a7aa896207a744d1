package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestAntecedentSkipsRelative checks that the party of a relative clause
// describing the speaker ("التحالف الذي تتزعمه واشنطن") is not
// what the possessive of "طائراته" stands for: the speaker's own forces
// struck. Sentences written for the test.
func TestAntecedentSkipsRelative(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ name, text, want string }{
		{"relative leader", "وأعلن التحالف الذي تتزعمه واشنطن في بيان استهداف طائراته مخازن للتنظيم قرب هجين.", "coalition"},
		{"no relative", "وأعلن التحالف في بيان استهداف طائراته مواقع للتنظيم قرب البوكمال.", "coalition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2023-05-01"})
			if len(cs) == 0 || cs[0].Actor == nil || *cs[0].Actor != tt.want {
				t.Errorf("%s: want actor %s, got %+v", tt.text, tt.want, cs)
			}
		})
	}
}
