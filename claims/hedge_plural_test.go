package claims_test

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestHedgePluralSpeaker: a plural verb of guessing ("يرجّحون"، "رجّحوا")
// after its subject makes that subject the speaker, as "يقولون" does,
// also after "غير أن" that turns from the outlet's own words that no one
// claimed the blast: the guess is the activists', unconfirmed, and names
// the party they guess. Want is the source, stance and actor of the last
// claim. Sentences written for the test.
func TestHedgePluralSpeaker(t *testing.T) {
	x, _ := extractor(t)
	tests := []struct{ text, want string }{
		{"انفجرت عبوة ناسفة قرب المخبز صباح الاثنين. ولم تعلن أي جماعة مسؤوليتها عن الانفجار، غير أن ناشطين يرجّحون أن تقف خلايا داعش خلف التفجير.",
			"local_sources unconfirmed isis"},
		{"انفجرت عبوة ناسفة قرب المخبز صباح الاثنين. وناشطون رجّحوا أن تقف خلايا داعش خلف التفجير.",
			"local_sources unconfirmed isis"},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			cs := x.Extract(claims.Article{ID: "t", Text: tt.text, Published: "2022-06-01"})
			if len(cs) == 0 {
				t.Fatalf("%s: no claim", tt.text)
			}
			c := cs[len(cs)-1]
			a := "-"
			if c.Actor != nil {
				a = *c.Actor
			}
			if got := c.Source.ID + " " + c.Stance + " " + a; got != tt.want {
				t.Errorf("%s: got %s, want %s (rules %v)", tt.text, got, tt.want, c.Rules)
			}
		})
	}
}
