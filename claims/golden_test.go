package claims_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestSeedGolden keeps the full claims of every seed article in a golden
// file that reads sentence by sentence against the Arabic, so that any
// change in extraction shows up as a reviewable diff.
func TestSeedGolden(t *testing.T) {
	x, reg := extractor(t)
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(files) != 5 {
		t.Fatalf("found %d seed articles, want 5", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			a := loadArticle(t, reg, f, "", "")
			got := renderClaims(a, x.Extract(a))
			path := filepath.Join("testdata", "seeds", name+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("missing golden file (go test -update): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s changed (-want +got):\n%s", path, diff)
			}
		})
	}
}

// renderClaims writes claims for a human reviewer: the Arabic span, then
// who says it and what the extractor understood.
func renderClaims(a claims.Article, cs []claims.Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s (outlet %q → %q, published %s)\n", a.ID, a.Outlet, a.OutletID, a.Published)
	for i, c := range cs {
		if c.Text != a.Text[c.Start:c.End] {
			fmt.Fprintf(&b, "!! span [%d,%d) does not hold the claim text\n", c.Start, c.End)
		}
		fmt.Fprintf(&b, "\n[%d] %d-%d %s\n", i+1, c.Start, c.End, c.Text)
		who := c.Source.ID
		if c.Source.Anonymous {
			who += " (anonymous)"
		}
		if c.Source.Speaker != "" {
			who += " speaker=" + c.Source.Speaker
		}
		for _, v := range c.Via {
			who += " via " + v.ID
		}
		fmt.Fprintf(&b, "    source: %s | stance: %s | type: %s", who, c.Stance, c.EventType)
		if c.Actor != nil {
			fmt.Fprintf(&b, " | actor: %s", *c.Actor)
		}
		if c.Target != nil {
			fmt.Fprintf(&b, " | target: %s", *c.Target)
		}
		if c.Date != nil {
			fmt.Fprintf(&b, " | date: %s", *c.Date)
		}
		if len(c.Places) > 0 {
			fmt.Fprintf(&b, " | places: %s", strings.Join(c.Places, ","))
		}
		if c.Response {
			b.WriteString(" | response")
		}
		b.WriteString("\n")
		for _, f := range c.Figures {
			j, _ := json.Marshal(struct {
				O, G, Q string
				L       int
				H       *int
				E, S    bool
				T       string
			}{f.Outcome, f.Group, f.Qualifier, f.Low, f.High, f.Earlier, f.Subset, a.Text[f.Span.Start:f.Span.End]})
			fmt.Fprintf(&b, "    figure: %s\n", j)
		}
		fmt.Fprintf(&b, "    rules: %s\n", strings.Join(c.Rules, " "))
	}
	return b.String()
}
