package reconcile

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// canonicalClaimsByValue is canonicalClaims as first written, sorting the
// claims themselves: the reference the faster version must equal.
func canonicalClaimsByValue(cs []claims.Claim) []claims.Claim {
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b claims.Claim) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), cmp.Compare(a.ID, b.ID))
	})
	return slices.CompactFunc(out, func(a, b claims.Claim) bool {
		return a.ID != "" && a.ID == b.ID
	})
}

func TestCanonicalClaimsOrder(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
	}{
		{"nil", nil},
		{"empty", []claims.Claim{}},
		{"one", []claims.Claim{{ID: "a", Article: "x"}}},
		{"repeated id keeps the first", []claims.Claim{
			{ID: "b", Article: "x", Start: 5, Text: "first"},
			{ID: "a", Article: "x", Start: 1},
			{ID: "b", Article: "x", Start: 5, Text: "second"},
		}},
		{"empty ids are all kept, in input order", []claims.Claim{
			{Article: "x", Start: 2, Text: "one"},
			{Article: "x", Start: 2, Text: "two"},
			{Article: "w", Start: 9},
		}},
	}
	for _, tt := range tests {
		got, want := canonicalClaims(tt.cs), canonicalClaimsByValue(tt.cs)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, want)
		}
	}
	// Random lists with many ties and repeats.
	r := rand.New(rand.NewPCG(7, 11))
	for n := range 200 {
		cs := make([]claims.Claim, r.IntN(40))
		for i := range cs {
			cs[i] = claims.Claim{
				ID:      fmt.Sprintf("c%d", r.IntN(12)),
				Article: fmt.Sprintf("a%d", r.IntN(3)),
				Start:   r.IntN(4), End: r.IntN(4) + 4,
				Text: fmt.Sprint(i), // tells copies of one id apart
			}
			if r.IntN(5) == 0 {
				cs[i].ID = ""
			}
		}
		if got, want := canonicalClaims(cs), canonicalClaimsByValue(cs); !reflect.DeepEqual(got, want) {
			t.Fatalf("list %d: got %+v, want %+v", n, got, want)
		}
	}
}

// BenchmarkCanonicalClaims is the sort that UpdateFrom runs over its whole
// region in every round of reading.
func BenchmarkCanonicalClaims(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	cs := make([]claims.Claim, 20000)
	for i := range cs {
		cs[i] = claims.Claim{
			ID:      fmt.Sprintf("claim-%08x", r.Uint32()),
			Article: fmt.Sprintf("article-%06x", r.IntN(1200)),
			Start:   r.IntN(3000), End: 3000 + r.IntN(300),
			Places: []string{"p"}, Rules: []string{"r"},
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		canonicalClaims(cs)
	}
	b.ReportMetric(float64(len(cs))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
