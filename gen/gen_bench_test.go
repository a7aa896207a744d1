package gen_test

import (
	"io"
	"testing"

	"github.com/riwaya/riwaya/gen"
)

// BenchmarkNext is the generation of one article; bytes are its text.
func BenchmarkNext(b *testing.B) {
	g, err := gen.New(gen.Config{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(g.Next().Text)
	}
	b.SetBytes(int64(n / b.N))
}

// BenchmarkWriteJSONL is riwaya-gen writing 1000 articles of JSON Lines.
func BenchmarkWriteJSONL(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := gen.WriteJSONL(io.Discard, gen.Config{Seed: 1}, 1000); err != nil {
			b.Fatal(err)
		}
	}
}
