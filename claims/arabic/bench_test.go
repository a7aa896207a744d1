package arabic

import (
	"strings"
	"testing"
)

// seedCorpus returns all seed texts joined, for benchmarks.
func seedCorpus(b *testing.B) string {
	texts := seedTexts(b)
	var sb strings.Builder
	for _, t := range texts {
		sb.WriteString(t)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkNormalize(b *testing.B) {
	s := seedCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}

func BenchmarkTokenize(b *testing.B) {
	s := seedCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s)
	}
}
