package arabic

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds adds hand-written phrases and the seed articles to a corpus.
func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		"", "َ", "\xff", "a\xffb", "قالَ المرصدُ «لن ننسحب.» ثم", "لـ\"سبوتنيك\"", "ﻻ ﷲ ﹰ",
		"بين 10 و15 قتيلا", "ما لا يقل عن ثلاث مئة وخمسة عشر", "1,500,000.5", "١٬٥٠٠ ۲۵",
		"ليل الخميس الجمعة", "2 رمضان 1444هـ", "9/3/2023", "“داخل “الأول” و”الثاني”", "\"\"\"",
		"»«»«", "غداة غداة غداة", "الساعة الـ1:38", "9999999999999999999 ألف",
	} {
		f.Add(s)
	}
	for _, c := range numberCases {
		f.Add(c.in)
	}
	for _, c := range dateCases {
		f.Add(c.in)
	}
	files, err := seedFiles()
	if err == nil {
		for _, text := range files {
			f.Add(text)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalized(t, s)
	})
}

func FuzzTokenize(f *testing.F) {
	fuzzSeeds(f)
	m := NewMatcher(testLexicon)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		checkTokens(t, s, toks)
		for _, tk := range toks {
			if !utf8.ValidString(tk.Norm) || !utf8.ValidString(tk.Stem) {
				t.Fatalf("invalid UTF-8 in %+v", tk)
			}
			if utf8.ValidString(s) && !utf8.ValidString(tk.Text) {
				t.Fatalf("token %v splits a rune", tk.Span)
			}
		}
		prev := 0
		for _, mt := range m.FindAll(toks) {
			if mt.First-mt.Lead < prev || mt.First >= mt.Last || mt.Last > len(toks) || mt.Span.Start > mt.Span.End || mt.Span.End > len(s) {
				t.Fatalf("bad match %+v (prev %d)", mt, prev)
			}
			prev = mt.Last
		}
	})
}

func FuzzSegment(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		valid := utf8.ValidString(s)
		paras := Paragraphs(s)
		checkSpans(t, s, paras)
		sents := Sentences(s)
		checkSpans(t, s, sents)
		for _, sp := range sents {
			if valid && !utf8.ValidString(sp.In(s)) {
				t.Fatalf("sentence %v splits a rune", sp)
			}
			checkSpans(t, s, Clauses(s, sp))
		}
		prev := -1
		for _, q := range Quotes(s) {
			if q.Start < prev || !q.Span.Contains(q.Inner) || q.Start < 0 || q.End > len(s) || q.Inner.Start > q.Inner.End || q.Depth < 0 {
				t.Fatalf("bad quote %+v (prev start %d)", q, prev)
			}
			prev = q.Start
		}
	})
}

func FuzzNumbers(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		prev := 0
		for _, n := range Numbers(toks) {
			if !n.Open && n.Low > n.High {
				t.Fatalf("Low %d > High %d in %+v", n.Low, n.High, n)
			}
			if n.Low < 0 || n.First < prev || n.First >= n.Last || n.Last > len(toks) || n.Span.End > len(s) || n.Span.Start > n.Span.End {
				t.Fatalf("bad number %+v (prev %d, %d tokens)", n, prev, len(toks))
			}
			if n.NounFirst > n.NounLast || n.NounLast > len(toks) {
				t.Fatalf("bad noun range %+v", n)
			}
			prev = max(n.Last, n.NounLast)
		}
		ParseNumber(s)
		for i := range toks {
			if n, ok := SingularCount(toks, i); ok && (n.Low != 1 || n.First != i) {
				t.Fatalf("SingularCount(%d) = %+v", i, n)
			}
		}
	})
}

func FuzzDates(f *testing.F) {
	fuzzSeeds(f)
	pubs := []time.Time{time.Date(2023, 3, 24, 15, 0, 0, 0, time.UTC), {}, time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		for _, pub := range pubs {
			prev := 0
			for _, d := range Dates(toks, pub) {
				if d.From.After(d.To) {
					t.Fatalf("From %v after To %v in %+v", d.From, d.To, d)
				}
				if d.First < prev || d.First >= d.Last || d.Last > len(toks) || d.Span.End > len(s) {
					t.Fatalf("bad date %+v (prev %d)", d, prev)
				}
				prev = d.Last
			}
		}
	})
}

// TestPathological runs the text layer on long repetitive inputs that
// would expose quadratic behaviour.
func TestPathological(t *testing.T) {
	pub := time.Date(2023, 3, 24, 0, 0, 0, 0, time.UTC)
	m := NewMatcher(testLexicon)
	for _, unit := range []string{"غداة ", "«", "”", "\"", "بين 1 و", "ثلاثة آلاف ", "لـ ", "ليل الخميس ", "1.", "د. ", "المرصد ", "َ", "\ufefb"} {
		s := strings.Repeat(unit, 20000)
		start := time.Now()
		toks := Tokenize(s)
		Normalize(s)
		for _, sp := range Sentences(s) {
			Clauses(s, sp)
		}
		Quotes(s)
		Numbers(toks)
		Dates(toks, pub)
		m.FindAll(toks)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q ×20000 took %v", unit, d)
		}
	}
}
