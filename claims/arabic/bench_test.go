package arabic

import (
	"strings"
	"testing"
	"time"
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

func BenchmarkSegment(b *testing.B) {
	s := seedCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(s)
	}
}

// BenchmarkTextLayer is normalisation, segmentation and tokenisation of
// the same text, as the extractor runs them.
func BenchmarkTextLayer(b *testing.B) {
	s := seedCorpus(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
		Sentences(s)
		Tokenize(s)
	}
}

func BenchmarkClauses(b *testing.B) {
	s := seedCorpus(b)
	sents := Sentences(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range sents {
			Clauses(s, sp)
		}
	}
}

func BenchmarkNumbersDates(b *testing.B) {
	s := seedCorpus(b)
	toks := Tokenize(s)
	pub := time.Date(2023, 3, 24, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Numbers(toks)
		Dates(toks, pub)
	}
}

func BenchmarkFindAll(b *testing.B) {
	s := seedCorpus(b)
	toks := Tokenize(s)
	m := NewMatcher(testLexicon)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		m.FindAll(toks)
	}
}
