package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/reconcile"
)

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }

// richArticle returns an article whose claims use every field.
func richArticle() (claims.Article, []claims.Claim) {
	text := "نقلت سانا عن مصادرَ أهليّةٍ أنَّ طائراتِ التحالفِ قصفت مستودعاتٍ في حقلِ كونيكو، ما أسفر عن مقتلِ أكثرَ من ٢٠ شخصاً بينهم ٤ أطفالٍ. " +
		"ونفى المتحدثُ باسمِ التحالفِ جو بوتشينو الأمرَ، وقال إنَّ الضربةَ استهدفت مخازنَ أسلحة. " +
		"بحسبِ المرصدِ السوريِّ قُتل بين ١٠ و١٥ مقاتلاً."
	first := strings.Index(text, "ونفى")
	third := strings.Index(text, "بحسبِ")
	a := claims.Article{
		ID:        "a1b2c3",
		Text:      text,
		Outlet:    "Al Arabiya.net",
		OutletID:  "alarabiya",
		Published: "2019-01-12",
		URL:       "https://www.alarabiya.net/x",
		Title:     "غارةٌ على حقل كونيكو",
	}
	cs := []claims.Claim{
		{
			ID: "a1b2c3:0", Article: a.ID, Start: 0, End: first, Text: text[:first],
			Source:    claims.Source{ID: "local_sources", Name: "local sources", NameAr: "مصادر أهلية", Kind: "anonymous", Anonymous: true},
			Via:       []claims.Relay{{ID: "sana", Name: "SANA"}, {ID: "xinhua", Name: "Xinhua"}},
			Stance:    claims.StanceAsserts,
			EventType: claims.EventAirstrike,
			Actor:     sp("coalition"),
			Target:    sp("food stores"),
			Places:    []string{"conoco_field", "deir_ez_zor"},
			Date:      sp("2019-01-11"),
			Figures: []claims.Figure{
				{Outcome: claims.OutcomeKilled, Group: "civilians", Low: 20, High: nil, Qualifier: claims.QualAtLeast, Span: claims.Span{Start: 10, End: 20}},
				{Outcome: claims.OutcomeKilled, Group: "civilians", Low: 4, High: ip(4), Qualifier: claims.QualExact, Span: claims.Span{Start: 30, End: 40}, Subset: true},
				{Outcome: claims.OutcomeKilledOrWounded, Group: "unknown", Low: 9, High: ip(9), Qualifier: claims.QualExact, Earlier: true},
			},
			Cue:     "نقلت",
			CueSpan: &claims.Span{Start: 0, End: len("نقلت")},
			Rules:   []string{"frame.naqalat", "via.an"},
		},
		{
			ID: "a1b2c3:1", Article: a.ID, Start: first, End: third, Text: text[first:third],
			Source:    claims.Source{ID: "coalition", Name: "Coalition", NameAr: "التحالف", Kind: "belligerent", Speaker: "جو بوتشينو"},
			Stance:    claims.StanceDenies,
			EventType: claims.EventAirstrike,
			Target:    sp("weapons depots"),
			Places:    []string{}, // empty, not nil: must come back empty
			Response:  true,
		},
		{
			ID: "a1b2c3:2", Article: a.ID, Start: third, End: len(text), Text: text[third:],
			Source:    claims.Source{ID: "sohr", Name: "SOHR", NameAr: "المرصد السوري", Kind: "monitor"},
			Stance:    claims.StanceUnconfirmed,
			EventType: claims.EventOther,
			Figures: []claims.Figure{
				{Outcome: claims.OutcomeKilled, Group: "fighters", Low: 10, High: ip(15), Qualifier: claims.QualRange},
			},
		},
	}
	return a, cs
}

func TestSaveArticle_RoundTrip(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a, cs := richArticle()
	created, err := db.SaveArticle(ctx, a, cs)
	if err != nil || !created {
		t.Fatalf("SaveArticle = %v, %v; want true, nil", created, err)
	}

	got, err := db.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("Article mismatch (-want +got):\n%s", diff)
	}
	if got.Text != a.Text {
		t.Error("text not byte for byte")
	}
	// The bytes SQLite holds are the bytes given, not a re-encoding.
	var n int
	if err := db.ro.QueryRowContext(ctx, `SELECT length(CAST(text AS BLOB)) FROM articles WHERE id = ?`, a.ID).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(a.Text) {
		t.Errorf("stored text is %d bytes, want %d", n, len(a.Text))
	}

	gotClaims, err := db.ClaimsOf(ctx, ClaimFilter{Article: a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cs, gotClaims); diff != "" {
		t.Errorf("ClaimsOf mismatch (-want +got):\n%s", diff)
	}
	for _, c := range gotClaims {
		if c.Text != a.Text[c.Start:c.End] {
			t.Errorf("claim %s: text is not the article's [%d,%d)", c.ID, c.Start, c.End)
		}
	}
}

func TestSaveArticle_Idempotent(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a, cs := richArticle()
	if created, err := db.SaveArticle(ctx, a, cs); err != nil || !created {
		t.Fatalf("first SaveArticle = %v, %v", created, err)
	}
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The same id again, even with other metadata and claims, changes nothing.
	b := a
	b.Title = "another title"
	if created, err := db.SaveArticle(ctx, b, cs[:1]); err != nil || created {
		t.Fatalf("second SaveArticle = %v, %v; want false, nil", created, err)
	}
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before != after {
		t.Errorf("Stats changed: %+v, then %+v", before, after)
	}
	if got, err := db.Article(ctx, a.ID); err != nil || got.Title != a.Title {
		t.Errorf("Article title = %q, %v; want %q", got.Title, err, a.Title)
	}
}

func TestSaveArticle_Atomic(t *testing.T) {
	for _, tt := range []struct {
		name string
		// breakIt spoils the article, or the DB, so that SaveArticle fails
		// after part of the article has been written.
		breakIt func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim)
	}{
		{"duplicate claim id", func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim) {
			cs[2].ID = cs[0].ID
			return context.Background(), cs
		}},
		{"figure high below low", func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim) {
			cs[2].Figures[0].High = ip(1)
			return context.Background(), cs
		}},
		{"claim id taken by another article", func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim) {
			o, ocs := testArticle("other", 1)
			if _, err := db.SaveArticle(context.Background(), o, ocs); err != nil {
				panic(err)
			}
			cs[1].ID = ocs[0].ID
			return context.Background(), cs
		}},
		{"hook fails after a claim", func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim) {
			db.hookClaim = func(i int) error {
				if i == 1 {
					return errors.New("injected failure")
				}
				return nil
			}
			return context.Background(), cs
		}},
		{"context cancelled midway", func(db *DB, cs []claims.Claim) (context.Context, []claims.Claim) {
			ctx, cancel := context.WithCancel(context.Background())
			db.hookClaim = func(i int) error {
				if i == 0 {
					cancel()
				}
				return nil
			}
			return ctx, cs
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			a, cs := richArticle()
			// A source no other article has, to see that it is not left behind.
			cs[0].Source.ID = "only_here"
			before, err := db.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			ctx, cs := tt.breakIt(db, cs)
			if tt.name == "claim id taken by another article" {
				if before, err = db.Stats(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			created, err := db.SaveArticle(ctx, a, cs)
			if err == nil || created {
				t.Fatalf("SaveArticle = %v, %v; want an error", created, err)
			}
			if !strings.Contains(err.Error(), a.ID) {
				t.Errorf("error %q does not name the article", err)
			}
			db.hookClaim = nil

			ctx = context.Background()
			after, err := db.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("Stats = %+v, want %+v as before", after, before)
			}
			if ok, err := db.HasArticle(ctx, a.ID); err != nil || ok {
				t.Errorf("HasArticle = %v, %v; want false", ok, err)
			}
			if got, err := db.ClaimsOf(ctx, ClaimFilter{Source: "only_here"}); err != nil || len(got) != 0 {
				t.Errorf("ClaimsOf(only_here) = %d claims, %v", len(got), err)
			}
			var n int
			if err := db.ro.QueryRowContext(ctx, `SELECT COUNT(*) FROM sources WHERE id = 'only_here'`).Scan(&n); err != nil || n != 0 {
				t.Errorf("source only_here left behind (%d, %v)", n, err)
			}

			// The database is still usable, and the article can be saved whole.
			a2, cs2 := richArticle()
			if created, err := db.SaveArticle(ctx, a2, cs2); err != nil || !created {
				t.Errorf("SaveArticle after the failure = %v, %v", created, err)
			}
		})
	}
}

func TestSaveArticle_Invalid(t *testing.T) {
	for _, tt := range []struct {
		name   string
		modify func(a *claims.Article, cs []claims.Claim)
		want   string
	}{
		{"empty article id", func(a *claims.Article, cs []claims.Claim) { a.ID = "" }, "empty article id"},
		{"empty claim id", func(a *claims.Article, cs []claims.Claim) { cs[1].ID = "" }, "empty id"},
		{"other article", func(a *claims.Article, cs []claims.Claim) { cs[0].Article = "zzz" }, "belongs to article zzz"},
		{"span past the end", func(a *claims.Article, cs []claims.Claim) { cs[2].End = len(a.Text) + 1 }, "outside"},
		{"negative start", func(a *claims.Article, cs []claims.Claim) { cs[0].Start = -1 }, "outside"},
		{"empty source", func(a *claims.Article, cs []claims.Claim) { cs[1].Source.ID = "" }, "empty source id"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpenDB(t)
			a, cs := richArticle()
			tt.modify(&a, cs)
			_, err := db.SaveArticle(context.Background(), a, cs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("SaveArticle error = %v; want one containing %q", err, tt.want)
			}
			if s, _ := db.Stats(context.Background()); s != (Stats{}) {
				t.Errorf("Stats = %+v after a rejected article", s)
			}
		})
	}
}

func TestSaveArticle_EmptyClaimArticle(t *testing.T) {
	// A claim with no Article is stored under the article it came with.
	ctx := context.Background()
	db := MustOpenDB(t)
	a, cs := richArticle()
	for i := range cs {
		cs[i].Article = ""
	}
	if _, err := db.SaveArticle(ctx, a, cs); err != nil {
		t.Fatal(err)
	}
	got, err := db.ClaimsOf(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got {
		if c.Article != a.ID {
			t.Errorf("claim %s: article %q, want %q", c.ID, c.Article, a.ID)
		}
	}
}

func TestArticle_NotFound(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	if _, err := db.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(nope) error = %v, want ErrNotFound", err)
	}
	if ok, err := db.HasArticle(ctx, "nope"); err != nil || ok {
		t.Errorf("HasArticle(nope) = %v, %v", ok, err)
	}
}

func TestArticles_IngestOrder(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	// Ids in an order that is neither sorted nor reverse sorted.
	var want []string
	for _, i := range []int{5, 1, 8, 3, 0} {
		a, cs := testArticle("o", i)
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			t.Fatal(err)
		}
		want = append(want, a.ID)
	}
	as, err := db.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Articles order (-want +got):\n%s", diff)
	}

	// ClaimsOf follows the same order, then Start.
	cs, err := db.ClaimsOf(ctx, ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var seq []string
	for _, c := range cs {
		if len(seq) == 0 || seq[len(seq)-1] != c.Article {
			seq = append(seq, c.Article)
		}
	}
	if diff := cmp.Diff(want, seq); diff != "" {
		t.Errorf("ClaimsOf article order (-want +got):\n%s", diff)
	}
	for i := 1; i < len(cs); i++ {
		if cs[i].Article == cs[i-1].Article && cs[i].Start < cs[i-1].Start {
			t.Errorf("claims %s and %s out of text order", cs[i-1].ID, cs[i].ID)
		}
	}
}

func TestClaimsOf_Filters(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	var all []claims.Claim
	for i := range 4 {
		a, cs := testArticle("f", i)
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			t.Fatal(err)
		}
		all = append(all, cs...)
	}
	ids := func(cs []claims.Claim) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	pick := func(keep func(c claims.Claim) bool) []string {
		var out []string
		for _, c := range all {
			if keep(c) {
				out = append(out, c.ID)
			}
		}
		return out
	}
	for _, tt := range []struct {
		name   string
		filter ClaimFilter
		want   []string
	}{
		{"all", ClaimFilter{}, ids(all)},
		{"article", ClaimFilter{Article: "f-00002"}, pick(func(c claims.Claim) bool { return c.Article == "f-00002" })},
		{"source", ClaimFilter{Source: "sana"}, pick(func(c claims.Claim) bool { return c.Source.ID == "sana" })},
		{"article and source", ClaimFilter{Article: "f-00003", Source: "sohr"},
			pick(func(c claims.Claim) bool { return c.Article == "f-00003" && c.Source.ID == "sohr" })},
		{"ids", ClaimFilter{IDs: []string{"f-00003#1", "f-00001#0", "missing"}}, []string{"f-00001#0", "f-00003#1"}},
		{"whole articles of ids", ClaimFilter{IDs: []string{"f-00003#1", "f-00001#0", "missing"}, WholeArticles: true},
			pick(func(c claims.Claim) bool { return c.Article == "f-00001" || c.Article == "f-00003" })},
		{"whole articles of ids and source", ClaimFilter{IDs: []string{"f-00002#0"}, WholeArticles: true, Source: "sana"},
			pick(func(c claims.Claim) bool { return c.Article == "f-00002" && c.Source.ID == "sana" })},
		{"unknown article", ClaimFilter{Article: "nope"}, nil},
		{"unknown event", ClaimFilter{Event: "nope"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.ClaimsOf(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("ClaimsOf(%+v) (-want +got):\n%s", tt.filter, diff)
			}
			for _, c := range got {
				_, want := wantCountsOfClaim(all, c.ID)
				if len(c.Figures) != want {
					t.Errorf("claim %s: %d figures, want %d", c.ID, len(c.Figures), want)
				}
			}
		})
	}
}

// wantCountsOfClaim finds id in cs and returns it with its figure count.
func wantCountsOfClaim(cs []claims.Claim, id string) (claims.Claim, int) {
	for _, c := range cs {
		if c.ID == id {
			return c, len(c.Figures)
		}
	}
	panic(fmt.Sprintf("no claim %s", id))
}

func TestSources_Upsert(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	mk := func(id, article string, s claims.Source) (claims.Article, []claims.Claim) {
		a := claims.Article{ID: article, Text: "نص"}
		return a, []claims.Claim{{ID: article + ":0", Start: 0, End: len(a.Text), Text: a.Text, Source: s,
			Stance: claims.StanceAsserts, EventType: claims.EventOther}}
	}
	steps := []struct {
		article string
		source  claims.Source
	}{
		{"x1", claims.Source{ID: "syrian_army", Name: "a military source", Anonymous: true}},
		{"x2", claims.Source{ID: "syrian_army", NameAr: "الجيش السوري", Kind: "belligerent"}},
		{"x3", claims.Source{ID: "syrian_army", Name: "Syrian army", Anonymous: true}},
	}
	for _, s := range steps {
		a, cs := mk(s.source.ID, s.article, s.source)
		if _, err := db.SaveArticle(ctx, a, cs); err != nil {
			t.Fatal(err)
		}
	}
	var name, nameAr, kind string
	var anonymous bool
	if err := db.ro.QueryRowContext(ctx, `SELECT name, name_ar, kind, anonymous FROM sources WHERE id = 'syrian_army'`).
		Scan(&name, &nameAr, &kind, &anonymous); err != nil {
		t.Fatal(err)
	}
	if name != "Syrian army" || nameAr != "الجيش السوري" || kind != "belligerent" || anonymous {
		t.Errorf("source = %q %q %q %v", name, nameAr, kind, anonymous)
	}
	// Each claim keeps its source as given.
	cs, err := db.ClaimsOf(ctx, ClaimFilter{Source: "syrian_army"})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cs {
		if diff := cmp.Diff(steps[i].source, c.Source); diff != "" {
			t.Errorf("claim %s source (-want +got):\n%s", c.ID, diff)
		}
	}
}

// TestSaveArticles: a batch reports each article's fate in order
// (already stored, repeated within the batch, new), and a failure in any
// article of the batch leaves the store as it was.
func TestSaveArticles(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a1, c1 := testArticle("batch", 1)
	a2, c2 := testArticle("batch", 2)
	a3, c3 := testArticle("batch", 3)
	if _, err := db.SaveArticle(ctx, a1, c1); err != nil {
		t.Fatal(err)
	}
	created, err := db.SaveArticles(ctx, []ArticleClaims{{a1, c1}, {a2, c2}, {a2, c2}, {a3, c3}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]bool{false, true, false, true}, created); diff != "" {
		t.Errorf("created (-want +got):\n%s", diff)
	}
	for i, a := range map[int]claims.Article{2: a2, 3: a3} {
		got, err := db.ClaimsOf(ctx, ClaimFilter{Article: a.ID})
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := wantCounts(i); len(got) != want {
			t.Errorf("article %s: %d claims stored, want %d", a.ID, len(got), want)
		}
	}

	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a4, c4 := testArticle("batch", 4)
	a5, c5 := testArticle("batch", 5)
	written := 0
	db.hookClaim = func(int) error {
		if written++; written == len(c4)+3 {
			return errors.New("injected failure")
		}
		return nil
	}
	// Article 4 is written whole, article 5 fails at its third claim.
	_, err = db.SaveArticles(ctx, []ArticleClaims{{a4, c4}, {a5, c5}})
	db.hookClaim = nil
	if err == nil || !strings.Contains(err.Error(), a5.ID) {
		t.Fatalf("SaveArticles = %v; want the injected failure naming %s", err, a5.ID)
	}
	if ok, err := db.HasArticle(ctx, a4.ID); err != nil || ok {
		t.Errorf("HasArticle(%s) = %v, %v after a failed batch", a4.ID, ok, err)
	}
	after, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("Stats after a failed batch = %+v, want %+v", after, before)
	}
	if _, err := db.SaveArticles(ctx, []ArticleClaims{{a5, c5}, {claims.Article{}, nil}}); err == nil {
		t.Error("SaveArticles with an article without id succeeded")
	}
	if ok, err := db.HasArticle(ctx, a5.ID); err != nil || ok {
		t.Errorf("HasArticle(%s) = %v, %v after a rejected batch", a5.ID, ok, err)
	}
}

func TestPublishedDates(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a1, c1 := testArticle("pub", 1)
	a2, c2 := testArticle("pub", 2)
	a2.Published = ""
	if _, err := db.SaveArticles(ctx, []ArticleClaims{{a1, c1}, {a2, c2}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.PublishedDates(ctx, []string{a1.ID, a2.ID, "missing"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{a1.ID: "2019-01-12", a2.ID: ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PublishedDates (-want +got):\n%s", diff)
	}
	all, err := db.PublishedDates(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, all); diff != "" {
		t.Errorf("PublishedDates(nil) (-want +got):\n%s", diff)
	}
	heads, err := db.ArticleHeaders(ctx, []string{a1.ID, "missing"})
	if err != nil {
		t.Fatal(err)
	}
	wantHead := a1
	wantHead.Text = ""
	if diff := cmp.Diff(map[string]claims.Article{a1.ID: wantHead}, heads); diff != "" {
		t.Errorf("ArticleHeaders (-want +got):\n%s", diff)
	}
}

// TestClaimsOf_Eventful: the Eventful filter keeps exactly the claims
// reconcile.Eventful accepts, field by field, without decoding the others.
func TestClaimsOf_Eventful(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	a, base := testArticle("e", 9) // ten claims: an airstrike each
	killed := []claims.Figure{{Outcome: claims.OutcomeKilled, Group: "civilians", Low: 3, Qualifier: claims.QualExact,
		Span: claims.Span{Start: base[0].Start, End: base[0].Start + 1}}}
	for i, tt := range []struct {
		name string
		edit func(c *claims.Claim)
	}{
		{"typed", func(c *claims.Claim) {}},
		{"commentary", func(c *claims.Claim) {}},
		{"untyped", func(c *claims.Claim) { c.EventType = "" }},
		{"figures", func(c *claims.Claim) { c.Figures = killed }},
		{"actor", func(c *claims.Claim) { c.Actor = sp("russia") }},
		{"empty actor", func(c *claims.Claim) { c.Actor = sp("") }},
		{"target", func(c *claims.Claim) { c.Target = sp("a depot") }},
		{"not knowing", func(c *claims.Claim) { c.Stance = claims.StanceUnknown }},
		{"denial", func(c *claims.Claim) { c.Stance = claims.StanceDenies }},
		{"unconfirmed", func(c *claims.Claim) { c.Stance = claims.StanceUnconfirmed }},
	} {
		c := &base[i]
		c.Figures = nil
		if tt.name != "typed" {
			c.EventType = claims.EventOther
		}
		tt.edit(c)
	}
	if _, err := db.SaveArticle(ctx, a, base); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range base {
		if reconcile.Eventful(c) {
			want = append(want, c.ID)
		}
	}
	got, err := db.ClaimsOf(ctx, ClaimFilter{IDs: []string{base[0].ID}, WholeArticles: true, Eventful: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range got {
		ids = append(ids, c.ID)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("eventful claims (-reconcile.Eventful +ClaimsOf):\n%s", diff)
	}
	if len(want) == len(base) || len(want) == 0 {
		t.Errorf("%d of %d claims eventful: the table no longer tells the two apart", len(want), len(base))
	}
}
