package arabic

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// naiveMatchAt is MatchAt without the index and the key filter: it tries
// every phrase at token i, splitting every token again.
func naiveMatchAt(m *Matcher, toks []Token, i int) (Match, bool) {
	if i < 0 || i >= len(toks) {
		return Match{}, false
	}
	first, pre := i, ""
	clitics, art := true, false
	if toks[i].Detached() {
		j := i + 1
		for j < len(toks) && toks[j].IsQuote() {
			j++
		}
		if j >= len(toks) {
			return Match{}, false
		}
		first, pre, clitics, art = j, toks[i].Clitics, false, toks[i].Article
	}
	best := Match{Phrase: -1}
	for id, els := range m.phrases {
		if len(els) == 0 {
			continue
		}
		k, cl, ok := first, "", true
		for ei := range els {
			e := &els[ei]
			if ei > 0 {
				for k < len(toks) && toks[k].IsQuote() {
					k++
				}
			}
			if k >= len(toks) {
				ok = false
				break
			}
			t := &toks[k]
			if e.word {
				if t.Kind != TokWord || t.Detached() {
					ok = false
					break
				}
				p, matched := matchWordTok(t.Norm, e, clitics && ei == 0, art && ei == 0)
				if !matched {
					ok = false
					break
				}
				if ei == 0 {
					cl = p
				}
			} else if t.Kind == TokWord || t.Norm != e.stem {
				ok = false
				break
			}
			k++
		}
		if ok {
			best.keep(int32(id), first, k, cl)
		}
	}
	if best.Phrase < 0 {
		return Match{}, false
	}
	best.Lead = first - i
	best.Span = Span{toks[best.First].Start, toks[best.Last-1].End}
	if pre != "" {
		best.Clitics = pre + best.Clitics
	}
	return best, true
}

// TestMatchAtAgainstNaive compares MatchAt with naiveMatchAt on every
// token of the seeds, for lexicons made of the seeds' own words and word
// pairs (as written, shortened, with "=" and "*"): many small ones, whose
// key filters reject most tokens, and a large one.
func TestMatchAtAgainstNaive(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	texts := seedTexts(t)
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	var all [][]Token
	for _, n := range names {
		all = append(all, Tokenize(texts[n]))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	lexicon := func(size int) []string {
		seen := map[string]bool{}
		var phrases []string
		add := func(p string) {
			if p != "" && !seen[p] {
				seen[p] = true
				phrases = append(phrases, p)
			}
		}
		for len(phrases) < size {
			toks := all[rng.IntN(len(all))]
			i := rng.IntN(len(toks))
			w := toks[i].Text
			switch rng.IntN(6) {
			case 0:
				add(w)
			case 1:
				if i+1 < len(toks) {
					add(w + " " + toks[i+1].Text)
				}
			case 2:
				add("=" + w)
			case 3:
				if r := []rune(w); len(r) > 3 {
					add(string(r[:len(r)-1]))
				}
			case 4:
				if r := []rune(toks[i].Stem); len(r) > 2 {
					add(string(r[:len(r)-1]) + "*")
				}
			case 5:
				add(toks[i].Stem)
			}
		}
		return phrases
	}
	lexicons := [][]string{testLexicon, lexicon(1500)}
	for range 40 {
		lexicons = append(lexicons, lexicon(20))
	}
	hits := 0
	for _, phrases := range lexicons {
		m := NewMatcher(phrases)
		for _, toks := range all {
			for i := range toks {
				got, ok := m.MatchAt(toks, i)
				want, wok := naiveMatchAt(m, toks, i)
				if ok != wok || got != want {
					t.Fatalf("MatchAt(%q…, %d) = %+v, %v; naive %+v, %v", toks[i].Text, i, got, ok, want, wok)
				}
				if ok && !m.MayMatchAt(toks, i) {
					t.Fatalf("MayMatchAt false where MatchAt matches at %d (%q)", i, toks[i].Text)
				}
				if ok {
					hits++
				}
			}
		}
	}
	if hits < 5000 {
		t.Errorf("only %d matches: the lexicons do not exercise the matcher", hits)
	}
}
