package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }

// testInput is a hand-built input: a disputed airstrike (casualties,
// target, a gap and a revision; a relay; Arabic with diacritics and HTML
// in the text), a withdrawal whose occurrence is denied, and an
// undisputed shelling.
func testInput() Input {
	arts := map[string]claims.Article{
		"a1": {ID: "a1", Outlet: "Xinhua", Published: "2024-05-01", URL: "https://example.org/xinhua/1",
			Title: "ضربات أمريكية في دير الزور"},
		"a2": {ID: "a2", Outlet: "Al Mayadeen", Published: "2024-05-02", URL: "https://example.org/m?id=2&x=<y>",
			Title: "<script>alert('title')</script> غارات"},
		"a3": {ID: "a3", OutletID: "sy24", Published: "2024-05-02", URL: "javascript:alert(1)"},
		"a4": {ID: "a4", Outlet: "Al Arabiya", Published: "2019-01-12"},
	}
	cl := func(c claims.Claim) claims.Claim {
		c.End = c.Start + len(c.Text)
		if c.Stance == "" {
			c.Stance = claims.StanceAsserts
		}
		c.Source.Name = c.Source.ID
		return c
	}
	cs := []claims.Claim{
		cl(claims.Claim{ID: "c1", Article: "a1", Start: 0, Source: claims.Source{ID: "sohr"},
			Text:      "وقال المرصدُ السوريُّ إنّ 11 شخصاً على الأقلّ قُتِلوا في الغارات | الأمريكية",
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-05-01"),
			Figures: []claims.Figure{{Outcome: "killed", Group: "unknown", Low: 11, Qualifier: "at_least"}}}),
		cl(claims.Claim{ID: "c2", Article: "a2", Start: 40, Source: claims.Source{ID: "iran_advisors"},
			Text:      "من بين الأبرياء 7 شهداء <script>alert('x')</script> و*7* جرحى آخرون",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("food stores"), Places: []string{"deir_ez_zor"},
			Date: sp("2024-05-01"), Figures: []claims.Figure{
				{Outcome: "killed", Group: "unknown", Low: 7, High: ip(7), Qualifier: "exact"},
				{Outcome: "wounded", Group: "unknown", Low: 7, High: ip(7), Qualifier: "exact"}}}),
		cl(claims.Claim{ID: "c3", Article: "a2", Start: 300, Source: claims.Source{ID: "local_sources"},
			Via:       []claims.Relay{{ID: "sana", Name: "SANA"}},
			Text:      "ونقلت سانا عن مصادر أهلية أن الغارات استهدفت مخازن الحبوب & المنازل",
			EventType: claims.EventAirstrike, Target: sp("grain stores & homes"), Places: []string{"mayadin"}}),
		cl(claims.Claim{ID: "c4", Article: "a1", Start: 200, Source: claims.Source{ID: "centcom"},
			Text:      "الضربات استهدفت منشآت تستخدمها جماعات مرتبطة بالحرس الثوري",
			EventType: claims.EventAirstrike, Actor: sp("us"), Target: sp("facilities used by IRGC-affiliated groups"),
			Places: []string{"deir_ez_zor"}, Date: sp("2024-05-01")}),
		cl(claims.Claim{ID: "c5", Article: "a3", Start: 0, Source: claims.Source{ID: "sana"},
			Text: "ولم تحدد سانا الجهة التي نفذت الغارات", EventType: claims.EventAirstrike, Actor: sp("unknown")}),
		cl(claims.Claim{ID: "c6", Article: "a3", Start: 120, Source: claims.Source{ID: "sohr"},
			Text:      "ارتفعت الحصيلة إلى 11 قتيلاً بعد أن كانت الحصيلة السابقة 9",
			EventType: claims.EventAirstrike, Places: []string{"mayadin"}, Date: sp("2024-05-01"),
			Figures: []claims.Figure{
				{Outcome: "killed", Group: "unknown", Low: 11, High: ip(11), Qualifier: "exact"},
				{Outcome: "killed", Group: "unknown", Low: 9, High: ip(9), Qualifier: "exact", Earlier: true}}}),
		cl(claims.Claim{ID: "c7", Article: "a3", Start: 400, Source: claims.Source{ID: "outlet"},
			Text:      "سقطت قذائف صاروخية على قاعدة حقل العمر",
			EventType: claims.EventShelling, Places: []string{"omar_field"}, Date: sp("2024-05-02")}),
		cl(claims.Claim{ID: "c8", Article: "a4", Start: 0, Source: claims.Source{ID: "sohr"},
			Text:      "أن 150 عسكرياً أميركياً انسحبوا",
			EventType: claims.EventWithdrawal, Actor: sp("us"), Places: []string{"rmeilan"}, Date: sp("2019-01-11")}),
		cl(claims.Claim{ID: "c9", Article: "a4", Start: 100, Source: claims.Source{ID: "pentagon", Anonymous: true},
			Text:      "«لم نسحب أيا من جنودنا إلى اليوم»",
			EventType: claims.EventWithdrawal, Actor: sp("us"), Stance: claims.StanceDenies}),
	}
	byID := map[string]claims.Claim{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	strike := reconcile.Event{
		ID: "ev_strike", EventType: "airstrike", Date: sp("2024-05-01"), Places: []string{"mayadin", "deir_ez_zor"},
		Claims:  []string{"c1", "c2", "c3", "c4", "c5", "c6"},
		Sources: []string{"centcom", "iran_advisors", "local_sources", "sana", "sohr"},
		Estimates: map[string]reconcile.Estimate{
			"killed":  {Low: 7, Best: 7, High: nil, Sources: []string{"iran_advisors", "sohr"}},
			"wounded": {Low: 7, Best: 7, High: ip(7), Sources: []string{"iran_advisors"}},
		},
		Grade:      reconcile.GradeConfirmed,
		RespondsTo: []string{"ev_shelling"},
		Discrepancies: []reconcile.Discrepancy{
			{Kind: "casualties", Field: "killed", Rule: "casualties.ranges_disjoint",
				Claims: []string{"c1", "c2", "c6"}, Sources: []string{"sohr", "iran_advisors"},
				Values:  []string{"killed: at least 11", "killed: 7"},
				Summary: "SOHR says at least 11 killed; Iranian advisers say 7 killed.",
				Positions: []reconcile.Position{
					{Source: "sohr", Value: "at least 11 killed", Side: "killed: at least 11", Against: []string{"iran_advisors"}, Claims: []string{"c1", "c6"}},
					{Source: "iran_advisors", Value: "7 killed", Side: "killed: 7", Against: []string{"sohr"}, Claims: []string{"c2"}},
				}},
			{Kind: "target", Field: "target", Rule: "target.military_vs_civilian",
				Claims: []string{"c2", "c3", "c4"}, Sources: []string{"centcom", "iran_advisors", "local_sources"},
				Values: []string{"target: facilities used by IRGC-affiliated groups (military)", "target: food stores (civilian)",
					"target: grain stores & homes (civilian)"},
				Summary: "CENTCOM describes the target as facilities used by IRGC-affiliated groups (military); Iranian advisers and local sources as food stores; grain stores & homes (civilian).",
				Positions: []reconcile.Position{
					{Source: "centcom", Value: "facilities used by IRGC-affiliated groups (military)", Side: "military",
						Against: []string{"iran_advisors", "local_sources"}, Claims: []string{"c4"}},
					{Source: "iran_advisors", Value: "food stores (civilian)", Side: "civilian", Against: []string{"centcom"}, Claims: []string{"c2"}},
					{Source: "local_sources", Value: "grain stores & homes (civilian)", Side: "civilian", Against: []string{"centcom"}, Claims: []string{"c3"}},
				}},
			{Kind: "gap", Field: "actor", Rule: "gap.perpetrator",
				Claims: []string{"c4", "c5"}, Sources: []string{"centcom", "sana"},
				Values:  []string{"actor: us", "actor: unknown"},
				Summary: "CENTCOM names the US as the perpetrator; SANA does not say who carried it out.",
				Positions: []reconcile.Position{
					{Source: "centcom", Value: "the US", Side: "us", Claims: []string{"c4"}},
					{Source: "sana", Value: "does not know who carried it out", Side: "unknown", Claims: []string{"c5"}},
				}},
			{Kind: "revision", Field: "killed", Rule: "revision.earlier_toll",
				Claims: []string{"c6"}, Sources: []string{"sohr"},
				Values:  []string{"killed: 9", "killed: 11"},
				Summary: "SOHR revised its toll: killed 9 → 11.",
				Positions: []reconcile.Position{
					{Source: "sohr", Value: "9 killed", Side: "earlier", Claims: []string{"c6"}},
					{Source: "sohr", Value: "11 killed", Side: "later", Claims: []string{"c6"}},
				}},
		},
	}
	withdrawal := reconcile.Event{
		ID: "ev_withdrawal", EventType: "withdrawal", Date: sp("2019-01-11"), Places: []string{"rmeilan"},
		Claims: []string{"c8", "c9"}, Sources: []string{"pentagon", "sohr"},
		Estimates: map[string]reconcile.Estimate{}, Grade: reconcile.GradeFair,
		Discrepancies: []reconcile.Discrepancy{
			{Kind: "occurrence", Field: "occurrence", Rule: "occurrence.asserted_vs_denied",
				Claims: []string{"c8", "c9"}, Sources: []string{"sohr", "pentagon"},
				Values:  []string{"occurrence: asserts withdrawal", "occurrence: denies withdrawal"},
				Summary: "SOHR asserts the withdrawal; the Pentagon denies it.",
				Positions: []reconcile.Position{
					{Source: "sohr", Value: "asserts withdrawal", Side: "asserts", Against: []string{"pentagon"}, Claims: []string{"c8"}},
					{Source: "pentagon", Value: "denies withdrawal", Side: "denies", Against: []string{"sohr"}, Claims: []string{"c9"}},
				}},
		},
	}
	shelling := reconcile.Event{
		ID: "ev_shelling", EventType: "shelling", Date: sp("2024-05-02"), Places: []string{"omar_field"},
		Claims: []string{"c7"}, Sources: []string{"outlet"}, Grade: reconcile.GradeWeak,
	}
	return Input{
		// Deliberately not in report order.
		Events:   []reconcile.Event{shelling, withdrawal, strike},
		Claims:   byID,
		Articles: arts,
		SourceNames: map[string]string{
			"sohr": "SOHR", "iran_advisors": "Iranian advisers", "centcom": "CENTCOM", "sana": "SANA",
			"local_sources": "local sources", "pentagon": "the Pentagon", "sy24": "SY24",
		},
		PlaceNames: map[string]string{"mayadin": "Mayadin", "deir_ez_zor": "Deir ez-Zor", "omar_field": "al-Omar field",
			"rmeilan": "Rmeilan"},
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got; go test -update rewrites):\n%s", name, diff)
	}
}

func TestGolden(t *testing.T) {
	in := testInput()
	tests := []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"report.json", func(b *bytes.Buffer) error { return JSON(b, in) }},
		{"report.md", func(b *bytes.Buffer) error { return Markdown(b, in, Options{}) }},
		{"event.md", func(b *bytes.Buffer) error { return Markdown(b, in, Options{Event: "ev_strike"}) }},
		{"report.html", func(b *bytes.Buffer) error { return HTML(b, in, Options{}) }},
		{"event.html", func(b *bytes.Buffer) error { return HTML(b, in, Options{Event: "ev_strike"}) }},
		{"notes.md", func(b *bytes.Buffer) error { return Notes(b, in, Options{}) }},
		{"event-notes.md", func(b *bytes.Buffer) error { return Notes(b, in, Options{Event: "ev_strike"}) }},
		{"claimreview.json", func(b *bytes.Buffer) error { return ClaimReview(b, in, Options{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.file, b.Bytes())
		})
	}
}

func TestJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, testInput()); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc) != 1 || doc["events"] == nil {
		t.Fatalf("top level = %v, want exactly {\"events\": [...]}", b.String())
	}
	evs := doc["events"]
	if got := []any{evs[0]["id"], evs[1]["id"], evs[2]["id"]}; !cmp.Equal(got, []any{"ev_strike", "ev_withdrawal", "ev_shelling"}) {
		t.Errorf("order = %v, want most disputed first", got)
	}
	for _, ev := range evs {
		for _, f := range []string{"id", "event_type", "date", "places", "claims", "sources", "estimates", "grade", "discrepancies"} {
			v, ok := ev[f]
			if !ok {
				t.Errorf("event %v lacks %q", ev["id"], f)
			}
			if f != "date" && v == nil {
				t.Errorf("event %v: %q is null", ev["id"], f)
			}
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	in := testInput()
	for _, opts := range []Options{{}, {Event: "ev_strike"}} {
		var b bytes.Buffer
		if err := HTML(&b, in, opts); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.Contains(out, "<script>") {
			t.Errorf("HTML (event %q) contains a raw <script>", opts.Event)
		}
		if strings.Contains(out, `href="javascript:`) {
			t.Errorf("HTML links a javascript: URL")
		}
		for _, s := range []string{`dir="rtl" lang="ar"`, "قُتِلوا", "&lt;script&gt;"} {
			if !strings.Contains(out, s) {
				t.Errorf("HTML (event %q) lacks %q", opts.Event, s)
			}
		}
		if strings.Contains(out, "<link") || strings.Contains(out, "src=") {
			t.Errorf("HTML refers to external assets")
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, testInput(), Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script>") || strings.Contains(out, "javascript:") {
		t.Errorf("Markdown lets HTML or a javascript: URL through")
	}
	if !strings.Contains(out, "SOHR: at least 11 killed; Iranian advisers: 7 killed") {
		t.Errorf("Markdown lacks the disagreement line")
	}
}

func TestUnknownEvent(t *testing.T) {
	in := testInput()
	var b bytes.Buffer
	for name, f := range map[string]func() error{
		"markdown":    func() error { return Markdown(&b, in, Options{Event: "ev_nope"}) },
		"html":        func() error { return HTML(&b, in, Options{Event: "ev_nope"}) },
		"notes":       func() error { return Notes(&b, in, Options{Event: "ev_nope"}) },
		"claimreview": func() error { return ClaimReview(&b, in, Options{Event: "ev_nope"}) },
	} {
		if err := f(); err == nil || !strings.Contains(err.Error(), "ev_nope") {
			t.Errorf("%s: err = %v, want one naming the event", name, err)
		}
	}
}

func TestClaimReviewShape(t *testing.T) {
	var b bytes.Buffer
	if err := ClaimReview(&b, testInput(), Options{Date: "2024-05-03"}); err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal(b.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 {
		t.Fatal("no items")
	}
	statuses := map[string]bool{}
	for _, it := range items {
		if it["@context"] != "https://schema.org" || it["@type"] != "ClaimReview" || it["datePublished"] != "2024-05-03" {
			t.Errorf("item header = %v %v %v", it["@context"], it["@type"], it["datePublished"])
		}
		ir := it["itemReviewed"].(map[string]any)
		if ir["@type"] != "Claim" || ir["author"].(map[string]any)["@type"] != "Organization" {
			t.Errorf("itemReviewed = %v", ir)
		}
		for _, a := range ir["appearance"].([]any) {
			if a.(map[string]any)["@type"] != "CreativeWork" {
				t.Errorf("appearance = %v", a)
			}
		}
		rr := it["reviewRating"].(map[string]any)
		statuses[rr["textualRating"].(string)] = true
		if rr["@type"] != "Rating" || rr["ratingExplanation"] == "" {
			t.Errorf("reviewRating = %v", rr)
		}
		if it["author"].(map[string]any)["name"] != "riwaya" {
			t.Errorf("author = %v", it["author"])
		}
	}
	if !statuses["Contested"] || !statuses["Single source"] {
		t.Errorf("statuses = %v, want Contested and Single source", statuses)
	}
}
