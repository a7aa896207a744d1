package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/riwaya/riwaya/reconcile"
)

// Markdown writes the report as Markdown. Without opts.Event: every
// event, most disputed first, each with a heading (type, date, places),
// its grade, sources and estimates, one line per disagreement
// ("SOHR: at least 11 killed; Iranian advisers: 7 killed") followed by the
// Arabic sentence behind each value (quoted) and its article (outlet,
// date), and the notes (revision, gap) separately. With opts.Event: that
// event side by side, a source × field table whose cells show the value,
// the Arabic text and the article, relays folded under the source they
// relay.
//
// Article text is escaped so that it can neither format nor inject HTML
// into a rendered page (<, > and & become entities).
func Markdown(w io.Writer, in Input, opts Options) error {
	evs, err := selectEvents(in, opts)
	if err != nil {
		return err
	}
	b := builder{in: in}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	if opts.Event != "" {
		v := b.event(evs[0], true)
		p("# %s\n\n", mdText(v.Title))
		mdEventFacts(p, v)
		p("## Side by side\n\n")
		mdMatrix(p, *v.Matrix)
		mdDiscrepancies(p, v, "##")
		return bw.Flush()
	}

	p("# %s\n\n", mdText(opts.title()))
	disputed := 0
	for _, ev := range evs {
		if reconcile.Disputes(ev) > 0 {
			disputed++
		}
	}
	p("%s, %d with disagreements; most disputed first.\n\n", plural(len(evs), "event"), disputed)
	for i, ev := range evs {
		v := b.event(ev, false)
		p("## %d. %s\n\n", i+1, mdText(v.Title))
		mdEventFacts(p, v)
		mdDiscrepancies(p, v, "###")
	}
	return bw.Flush()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func mdEventFacts(p func(string, ...any), v eventView) {
	p("- id: `%s`\n", v.ID)
	p("- grade: **%s**\n", mdText(v.Grade))
	p("- sources: %s\n", mdText(v.Sources))
	for _, r := range v.RespondsTo {
		p("- responds to: `%s`\n", r)
	}
	if len(v.Estimates) == 0 {
		p("- estimates: none given\n")
	}
	for _, e := range v.Estimates {
		p("- estimate, %s\n", mdText(e))
	}
	p("\n")
}

func mdDiscrepancies(p func(string, ...any), v eventView, h string) {
	p("%s Disagreements\n\n", h)
	if len(v.Conflicts) == 0 {
		p("No disagreements.\n\n")
	}
	for i, d := range v.Conflicts {
		p("%d. **%s**: %s\n", i+1, mdText(d.Label), mdText(d.Line))
		mdEvidence(p, d.Evidence, "   ")
	}
	if len(v.Conflicts) > 0 {
		p("\n")
	}
	if len(v.Notes) == 0 {
		return
	}
	p("%s Notes\n\n", h)
	for _, d := range v.Notes {
		p("- **%s**: %s\n", mdText(d.Label), mdText(d.Line))
		mdEvidence(p, d.Evidence, "  ")
	}
	p("\n")
}

func mdEvidence(p func(string, ...any), es []evidence, indent string) {
	for _, e := range es {
		via := ""
		if e.Via != "" {
			via = " (" + mdText(e.Via) + ")"
		}
		p("%s- %s%s: «%s» — %s\n", indent, mdText(e.Source), via, mdText(e.Text), mdRef(e.Ref, e.URL))
	}
}

func mdRef(ref, url string) string {
	if safeURL(url) {
		return "[" + mdText(ref) + "](" + mdURL(url) + ")"
	}
	return "_" + mdText(ref) + "_"
}

func mdMatrix(p func(string, ...any), m matrix) {
	if len(m.Columns) == 0 {
		p("No claims.\n\n")
		return
	}
	p("| field |")
	for _, c := range m.Columns {
		head := "**" + mdCell(c.Name) + "**"
		if c.Relays != "" {
			head += "<br>_" + mdCell(c.Relays) + "_"
		}
		p(" %s |", head)
	}
	p("\n|---|")
	for range m.Columns {
		p("---|")
	}
	p("\n")
	for _, r := range m.Rows {
		p("| %s |", r.Field)
		for _, items := range r.Cells {
			if len(items) == 0 {
				p(" — |")
				continue
			}
			var parts []string
			for _, it := range items {
				s := "**" + mdCell(it.Value) + "**<br>«" + mdCell(it.Text) + "»<br>" + mdCellRef(it)
				parts = append(parts, s)
			}
			p(" %s |", strings.Join(parts, "<br><br>"))
		}
		p("\n")
	}
	p("\n")
}

func mdCellRef(it cellItem) string {
	ref := it.Ref
	if it.Via != "" {
		ref += ", " + it.Via
	}
	if safeURL(it.URL) {
		return "[" + mdCell(ref) + "](" + mdURL(it.URL) + ")"
	}
	return "_" + mdCell(ref) + "_"
}

// mdText escapes text for Markdown: HTML-significant characters become
// entities, Markdown punctuation is backslash-escaped, lines are joined.
var mdReplacer = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

func mdText(s string) string { return mdReplacer.Replace(s) }

// mdCell is mdText for table cells, where | also separates.
func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

func safeURL(u string) bool {
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

var urlReplacer = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "|", "%7C")

func mdURL(u string) string { return urlReplacer.Replace(u) }
