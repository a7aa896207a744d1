package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/store"
)

type claimsCmd struct{ env *env }

const claimsUsage = `Usage: riwaya claims [flags]

Prints the attributed claims in the store, in article then text order.
--format json gives JSON Lines, one claim per line, as CONTRACT.md fixes
them (byte offsets into the original article, source, relay chain, stance,
event type, actor, target, places, date, figures, event). --format text is
for reading: one block per claim.`

const claimsExample = `  riwaya claims --db war.db --format text
  riwaya claims --db war.db --article 595f10054d5b5cb0 | jq .figures
`

func (c *claimsCmd) Run(ctx context.Context, args []string) error {
	fs := c.env.newFlags("claims", claimsUsage, claimsExample)
	dbPath := c.env.dbFlag(fs)
	format := fs.String("format", "json", "output `FORMAT`: json or text")
	article := fs.String("article", "", "only the claims of article `ID`")
	source := fs.String("source", "", "only the claims of source `ID` (e.g. sohr)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := oneOf("format", *format, "json", "text"); err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *article != "" {
		if ok, err := db.HasArticle(ctx, *article); err != nil {
			return err
		} else if !ok {
			return &usageError{fmt.Sprintf("claims: no article %q in %s", *article, *dbPath)}
		}
	}
	cs, err := db.ClaimsOf(ctx, store.ClaimFilter{Article: *article, Source: *source})
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeClaimsJSON(c.env.stdout, cs)
	}
	arts, err := articleIndex(ctx, db)
	if err != nil {
		return err
	}
	return writeClaimsText(c.env.stdout, cs, arts)
}

// writeClaimsJSON writes one claim per line.
func writeClaimsJSON(w io.Writer, cs []claims.Claim) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range cs {
		if c.Via == nil {
			c.Via = []claims.Relay{}
		}
		if c.Places == nil {
			c.Places = []string{}
		}
		if c.Figures == nil {
			c.Figures = []claims.Figure{}
		}
		if err := enc.Encode(c); err != nil {
			return err
		}
	}
	return nil
}

func articleIndex(ctx context.Context, db *store.DB) (map[string]claims.Article, error) {
	arts, err := db.Articles(ctx)
	if err != nil {
		return nil, err
	}
	m := make(map[string]claims.Article, len(arts))
	for _, a := range arts {
		m[a.ID] = a
	}
	return m, nil
}

// writeClaimsText writes claims for a reader: per article a heading, per
// claim who (via whom), stance, what, figures, and the sentence behind it.
func writeClaimsText(w io.Writer, cs []claims.Claim, arts map[string]claims.Article) error {
	last := ""
	for _, c := range cs {
		if c.Article != last {
			a := arts[c.Article]
			fmt.Fprintf(w, "\n== article %s  %s  %s\n", c.Article, orDash(a.Outlet), orDash(a.Published))
			last = c.Article
		}
		who := c.Source.ID
		if c.Source.Anonymous {
			who += " (anonymous)"
		}
		if c.Source.Speaker != "" {
			who += " [" + c.Source.Speaker + "]"
		}
		for _, v := range c.Via {
			who += " via " + v.ID
		}
		fmt.Fprintf(w, "- %s  %s  %s", who, c.Stance, c.EventType)
		if c.Actor != nil {
			fmt.Fprintf(w, "  actor=%s", *c.Actor)
		}
		if c.Target != nil {
			fmt.Fprintf(w, "  target=%q", *c.Target)
		}
		if c.Date != nil {
			fmt.Fprintf(w, "  date=%s", *c.Date)
		}
		if len(c.Places) > 0 {
			fmt.Fprintf(w, "  places=%s", strings.Join(c.Places, ","))
		}
		if c.Event != nil {
			fmt.Fprintf(w, "  event=%s", *c.Event)
		}
		fmt.Fprintln(w)
		for _, f := range c.Figures {
			fmt.Fprintf(w, "    %s\n", figureString(f))
		}
		fmt.Fprintf(w, "    [%d:%d] %s\n", c.Start, c.End, oneLine(c.Text))
	}
	return nil
}

// figureString renders a figure as "killed: at least 100 (fighters)".
func figureString(f claims.Figure) string {
	var n string
	switch {
	case f.High == nil:
		n = fmt.Sprintf("at least %d", f.Low)
	case f.Low == *f.High:
		n = fmt.Sprint(f.Low)
		if f.Qualifier == claims.QualAbout {
			n = "about " + n
		}
	case f.Low == 0:
		n = fmt.Sprintf("at most %d", *f.High)
	default:
		n = fmt.Sprintf("%d–%d", f.Low, *f.High)
	}
	s := fmt.Sprintf("%s: %s (%s, %s)", f.Outcome, n, f.Group, f.Qualifier)
	if f.Earlier {
		s += " earlier toll"
	}
	if f.Subset {
		s += " subset"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
