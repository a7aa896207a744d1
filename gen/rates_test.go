package gen_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/gen"
	"github.com/riwaya/riwaya/sources"
)

// rates are what extraction finds in a set of articles, per article.
type rates struct {
	articles          int
	claims, figures   float64 // per article
	bytes             float64 // per article
	attributed        float64 // share of claims with a source other than the outlet's own voice
	sourcesPerArticle float64
}

func measure(x *claims.Extractor, reg *sources.Registry, arts []claims.Article) rates {
	var r rates
	var nc, nf, nb, attr, srcs int
	for _, a := range arts {
		if s, ok := reg.Lookup(a.Outlet); ok && a.OutletID == "" {
			a.OutletID = s.ID
		}
		cs := x.Extract(a)
		seen := map[string]bool{}
		for _, c := range cs {
			nf += len(c.Figures)
			if c.Source.ID != "outlet" && c.Source.ID != a.OutletID {
				attr++
			}
			seen[c.Source.ID] = true
		}
		srcs += len(seen)
		nc += len(cs)
		nb += len(a.Text)
	}
	n := float64(len(arts))
	r.articles = len(arts)
	r.claims, r.figures, r.bytes = float64(nc)/n, float64(nf)/n, float64(nb)/n
	r.attributed = float64(attr) / float64(nc)
	r.sourcesPerArticle = float64(srcs) / n
	return r
}

// seedArticles reads the seed articles with their sidecars, as ingest does.
func seedArticles(t *testing.T) []claims.Article {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var out []claims.Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := claims.Article{ID: filepath.Base(f), Text: string(text)}
		if side, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json"); err == nil {
			var md struct{ Outlet, Published string }
			if json.Unmarshal(side, &md) == nil {
				a.Outlet, a.Published = md.Outlet, md.Published
			}
		}
		out = append(out, a)
	}
	return out
}

// TestRatesLikeSeeds checks that extraction finds claims and casualty
// figures in generated articles at a rate within a factor of two of the
// seed articles', so that benchmarks on generated corpora load riwaya as
// real news would.
func TestRatesLikeSeeds(t *testing.T) {
	reg, err := sources.Load()
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	x := claims.NewExtractor(reg, gaz)
	seeds := measure(x, reg, seedArticles(t))

	gs, err := gen.Generate(gen.Config{Seed: 1}, 300)
	if err != nil {
		t.Fatal(err)
	}
	var arts []claims.Article
	for _, g := range gs {
		arts = append(arts, claims.Article{ID: g.URL, Text: g.Text, Outlet: g.Outlet, Published: g.Published})
	}
	got := measure(x, reg, arts)
	t.Logf("%-10s %8s %12s %13s %12s %11s %15s", "", "articles", "bytes/art.", "claims/art.", "figures/art.", "attributed", "sources/art.")
	for _, row := range []struct {
		name string
		r    rates
	}{{"seeds", seeds}, {"generated", got}} {
		t.Logf("%-10s %8d %12.0f %13.2f %12.2f %10.0f%% %15.2f", row.name, row.r.articles, row.r.bytes, row.r.claims, row.r.figures, 100*row.r.attributed, row.r.sourcesPerArticle)
	}
	within := func(name string, g, s float64) {
		if g < s/2 || g > s*2 {
			t.Errorf("%s: generated %.2f, seeds %.2f: not within a factor of 2", name, g, s)
		}
	}
	within("claims per article", got.claims, seeds.claims)
	within("figures per article", got.figures, seeds.figures)
}
