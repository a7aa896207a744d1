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

// BenchmarkMayMatchAt asks 60 matchers of 150 seed words each about every
// token of the seeds three times, as a rule engine does: "matcher" through
// each matcher's own filter, "set" through a MatcherSet after one Mark
// (included in the time).
func BenchmarkMayMatchAt(b *testing.B) {
	s := seedCorpus(b)
	toks := Tokenize(s)
	var words []string
	for _, t := range toks {
		if t.Kind == TokWord && !t.Detached() {
			words = append(words, t.Stem)
		}
	}
	ms := make([]*Matcher, 60)
	for i := range ms {
		phrases := make([]string, 150)
		for j := range phrases {
			phrases[j] = words[(i*7919+j*104729)%len(words)]
		}
		ms[i] = NewMatcher(phrases)
	}
	set := NewMatcherSet(ms)
	b.Run("matcher", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			for range 3 {
				for i := range toks {
					for _, m := range ms {
						m.MayMatchAt(toks, i)
					}
				}
			}
		}
	})
	b.Run("set", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			set.Mark(toks)
			for range 3 {
				for i := range toks {
					for slot := range ms {
						set.MayMatchAt(toks, i, slot)
					}
				}
			}
		}
	})
}
