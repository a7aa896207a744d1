package claims

import (
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestObjectPronounVerb checks which words are verbs of striking with an
// attached object pronoun: not the verbal noun with a pronoun, not the
// bare verb, not a noun spelt with ة.
func TestObjectPronounVerb(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"استهدفتهما", true}, {"استهدفها", true}, {"يستهدفهم", true}, {"طالها", true}, {"أصابته", true},
		{"استهدفت", false}, {"استهدافها", false}, {"إصابة", false}, {"قصفها", false},
	}
	for _, tt := range tests {
		toks := arabic.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("%s: %d tokens", tt.word, len(toks))
		}
		if got := objectPronounVerb(toks[0]); got != tt.want {
			t.Errorf("objectPronounVerb(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
