package places

import (
	"fmt"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

func TestScratch2(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"كما رأت الخارجية أن تطورات الأوضاع في عفرين السورية قد تؤدي إلى"} {
		toks := arabic.Tokenize(text)
		for _, tk := range toks {
			fmt.Printf("[%s n=%s c=%s a=%v s=%s] ", tk.Text, tk.Norm, tk.Clitics, tk.Article, tk.Stem)
		}
		m, ok := g.names.MatchAt(toks, 2%len(toks))
		fmt.Println(m, ok)
		for _, m := range g.Mentions(text, toks) {
			fmt.Println(m.PlaceID, m.Rule)
		}
	}
}
