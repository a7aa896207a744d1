package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
	"github.com/riwaya/riwaya/sources"
)

func main() {
	reg, _ := sources.Load()
	gaz, _ := places.Load()
	x := claims.NewExtractor(reg, gaz)
	files, _ := filepath.Glob(os.Args[1])
	var nc, nf, na, bytes int
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a := claims.Article{ID: f, Text: string(b)}
		if side, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json"); err == nil {
			var md struct{ Outlet, Published string }
			json.Unmarshal(side, &md)
			a.Outlet, a.Published = md.Outlet, md.Published
		}
		if s, ok := reg.Lookup(a.Outlet); ok {
			a.OutletID = s.ID
		}
		cs := x.Extract(a)
		f := 0
		for _, c := range cs {
			f += len(c.Figures)
		}
		fmt.Printf("%s\tbytes=%d claims=%d figures=%d\n", a.ID, len(b), len(cs), f)
		nc += len(cs)
		nf += f
		na++
		bytes += len(b)
	}
	fmt.Printf("articles=%d claims/article=%.2f figures/article=%.2f bytes/article=%d\n", na, float64(nc)/float64(na), float64(nf)/float64(na), bytes/na)
}
