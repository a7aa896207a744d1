package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

// benchInput is one event told by 20 sources in 50 articles (200 claims,
// with relays, figures, actors and targets) plus 200 small events.
func benchInput() Input {
	in := Input{Claims: map[string]claims.Claim{}, Articles: map[string]claims.Article{}, SourceNames: map[string]string{}}
	big := reconcile.Event{ID: "ev_big", EventType: "airstrike", Date: sp("2024-05-01"), Places: []string{"mayadin"}, Grade: "contested"}
	for a := range 50 {
		id := fmt.Sprintf("a%02d", a)
		in.Articles[id] = claims.Article{ID: id, Outlet: fmt.Sprintf("Outlet %d", a%7), Published: "2024-05-02",
			URL: "https://example.org/" + id, Title: "عنوان <b>"}
	}
	for i := range 200 {
		src := fmt.Sprintf("src%02d", i%20)
		in.SourceNames[src] = fmt.Sprintf("Source %d", i%20)
		c := claims.Claim{ID: fmt.Sprintf("c%03d", i), Article: fmt.Sprintf("a%02d", i%50), Start: i * 100, End: i*100 + 90,
			Text:   "وقال المرصدُ السوريُّ إنّ 11 شخصاً على الأقلّ قُتِلوا في الغارات <script>",
			Source: claims.Source{ID: src, Name: src}, Stance: claims.StanceAsserts, EventType: "airstrike",
			Actor: sp([]string{"us", "israel", "unknown"}[i%3]), Target: sp([]string{"weapons depots", "homes"}[i%2]),
			Figures: []claims.Figure{{Outcome: "killed", Group: "unknown", Low: i % 13, High: ip(i % 13), Qualifier: "exact"}}}
		if i%4 == 0 {
			c.Via = []claims.Relay{{ID: "sana", Name: "SANA"}}
		}
		in.Claims[c.ID] = c
		big.Claims = append(big.Claims, c.ID)
	}
	for i := range 40 {
		a, b := fmt.Sprintf("src%02d", i%20), fmt.Sprintf("src%02d", (i+1)%20)
		big.Discrepancies = append(big.Discrepancies, reconcile.Discrepancy{Kind: "casualties", Field: "killed",
			Sources: []string{a, b}, Claims: []string{fmt.Sprintf("c%03d", i), fmt.Sprintf("c%03d", i+1)},
			Positions: []reconcile.Position{
				{Source: a, Value: "7 killed", Side: "7", Claims: []string{fmt.Sprintf("c%03d", i)}},
				{Source: b, Value: "6 killed", Side: "6", Claims: []string{fmt.Sprintf("c%03d", i+1)}},
			}})
	}
	in.Events = append(in.Events, big)
	for i := range 200 {
		in.Events = append(in.Events, reconcile.Event{ID: fmt.Sprintf("ev_%03d", i), EventType: "shelling",
			Claims: []string{fmt.Sprintf("c%03d", i)}, Grade: "weak"})
	}
	return in
}

func BenchmarkMarkdownEvent(b *testing.B) {
	in := benchInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, in, Options{Event: "ev_big"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdownAll(b *testing.B) {
	in := benchInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTMLEvent(b *testing.B) {
	in := benchInput()
	b.ReportAllocs()
	for b.Loop() {
		if err := HTML(io.Discard, in, Options{Event: "ev_big"}); err != nil {
			b.Fatal(err)
		}
	}
}
