package claims_test

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

// benchArticles returns the seed articles with their sidecar metadata, and
// 200 generated articles (seed 1), with the outlet resolved as the
// pipeline does.
func benchArticles(b *testing.B, reg *sources.Registry) (seeds, generated []claims.Article) {
	b.Helper()
	resolve := func(a claims.Article) claims.Article {
		if s, ok := reg.Lookup(a.Outlet); ok {
			a.OutletID = s.ID
		}
		return a
	}
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seed articles: %v", err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a := claims.Article{ID: filepath.Base(f), Text: string(text)}
		if side, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json"); err == nil {
			var md struct{ Outlet, Published string }
			if json.Unmarshal(side, &md) == nil {
				a.Outlet, a.Published = md.Outlet, md.Published
			}
		}
		seeds = append(seeds, resolve(a))
	}
	gs, err := gen.Generate(gen.Config{Seed: 1}, 200)
	if err != nil {
		b.Fatal(err)
	}
	for _, g := range gs {
		generated = append(generated, resolve(claims.Article{ID: g.URL, Text: g.Text, Outlet: g.Outlet, Published: g.Published, URL: g.URL}))
	}
	return seeds, generated
}

// BenchmarkExtract is the extraction of one article (text layer, source
// and place mentions, frames, claims), cycling through the five seed
// articles or 200 generated ones. Bytes per op are the set's mean article
// length, so MB/s is the extraction throughput of one core.
func BenchmarkExtract(b *testing.B) {
	reg, err := sources.Load()
	if err != nil {
		b.Fatal(err)
	}
	gaz, err := places.Load()
	if err != nil {
		b.Fatal(err)
	}
	x := claims.NewExtractor(reg, gaz)
	seeds, generated := benchArticles(b, reg)
	for _, set := range []struct {
		name string
		arts []claims.Article
	}{{"seeds", seeds}, {"generated", generated}} {
		b.Run(set.name, func(b *testing.B) {
			total := 0
			for _, a := range set.arts {
				total += len(a.Text)
			}
			b.SetBytes(int64(total / len(set.arts)))
			b.ReportAllocs()
			i, nc := 0, 0
			for b.Loop() {
				nc += len(x.Extract(set.arts[i%len(set.arts)]))
				i++
			}
			b.ReportMetric(float64(nc)/float64(i), "claims/op")
		})
	}
}

// BenchmarkNewExtractor is the one-off cost of compiling the extractor's
// word lists (per process, not per article).
func BenchmarkNewExtractor(b *testing.B) {
	reg, err := sources.Load()
	if err != nil {
		b.Fatal(err)
	}
	gaz, err := places.Load()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		claims.NewExtractor(reg, gaz)
	}
}
