package arabic

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratchDates(t *testing.T) {
	for name, text := range seedTexts(t) {
		var meta struct{ Published string }
		b, _ := os.ReadFile("../../testdata/seeds/" + strings.TrimSuffix(name, ".txt") + ".json")
		json.Unmarshal(b, &meta)
		pub, _ := time.Parse("2006-01-02", meta.Published)
		fmt.Println("=====", name, meta.Published, pub.Weekday())
		for _, d := range Dates(Tokenize(text), pub) {
			fmt.Printf("%q -> %s..%s %s %s\n", d.Span.In(text), d.From.Format("2006-01-02"), d.To.Format("2006-01-02"), d.Precision, d.Rule)
		}
	}
}
