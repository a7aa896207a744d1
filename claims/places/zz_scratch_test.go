package places

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

func TestScratch(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		fmt.Println("==", filepath.Base(f))
		for _, m := range g.Mentions(text, arabic.Tokenize(text)) {
			fmt.Printf("%-22s %-28s q=%s d=%s h=%s alt=%v | %s\n", m.PlaceID, m.Rule, m.Qualifier, m.Direction, m.Head, m.Alternatives, text[m.Span.Start:m.Span.End])
		}
	}
}
