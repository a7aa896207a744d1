package reconcile

import (
	"fmt"
	"testing"
)

// BenchmarkGroup groups synthetic corpora of growing size at a constant
// density (claims per day), showing near-linear cost: the 10k case is the
// reference.
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{2500, 5000, 10000, 20000} {
		// about 5 claims per article, 6 articles per event, 30 claims a day
		articles := n / 5
		c := synthCorpus(42, articles, articles/6, n/30)
		cs := c.all()
		k := testK
		k.Articles = c.dates
		b.Run(fmt.Sprintf("claims=%d", len(cs)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Group(cs, k)
			}
		})
	}
}

// BenchmarkReconcile is Group plus filling every event.
func BenchmarkReconcile(b *testing.B) {
	c := synthCorpus(42, 2000, 333, 333)
	cs := c.all()
	k := testK
	k.Articles = c.dates
	b.ReportAllocs()
	for b.Loop() {
		Reconcile(cs, k)
	}
}
