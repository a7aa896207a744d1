package claims

import (
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// lexicon finds the phrases of one word list in tokens and tells what each
// stands for. Entries are written naturally; clitics, hamza spelling,
// diacritics and the article do not matter (see arabic.Matcher).
type lexicon[T any] struct {
	m    *arabic.Matcher
	vals []T
	keys []string
	// set and slot, when set is not nil, are where the extractor that
	// owns the lexicon marks the tokens of its documents (see
	// lexiconSet): a marked token is rejected by one bit test.
	set  *arabic.MatcherSet
	slot int
}

func newLexicon[T any](entries map[string]T) *lexicon[T] {
	entries = withVariants(entries)
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	l := &lexicon[T]{keys: keys, vals: make([]T, len(keys))}
	for i, k := range keys {
		l.vals[i] = entries[k]
	}
	l.m = arabic.NewMatcher(keys)
	return l
}

// at returns the longest entry that starts at token i.
func (l *lexicon[T]) at(toks []arabic.Token, i int) (T, arabic.Match, bool) {
	var zero T
	// Most tokens start no phrase: mayMatchAt rejects them with a bit
	// test or a few, before MatchAt makes and copies a Match.
	if !l.mayMatchAt(toks, i) {
		return zero, arabic.Match{}, false
	}
	m, ok := l.matchAt(toks, i)
	if !ok {
		return zero, m, false
	}
	return l.vals[m.Phrase], m, true
}

// matchAt is the matcher's MatchAt, which skips the matcher's filter on a
// token marked by the lexicon's set.
func (l *lexicon[T]) matchAt(toks []arabic.Token, i int) (arabic.Match, bool) {
	if l.set != nil {
		return l.set.MatchAt(toks, i, l.slot)
	}
	return l.m.MatchAt(toks, i)
}

// mayMatchAt is the matcher's MayMatchAt, answered by the marks of the
// lexicon's set when it has one.
func (l *lexicon[T]) mayMatchAt(toks []arabic.Token, i int) bool {
	if l.set != nil {
		return l.set.MayMatchAt(toks, i, l.slot)
	}
	return l.m.MayMatchAt(toks, i)
}

// hit is one lexicon match with its value.
type hit[T any] struct {
	val T
	m   arabic.Match
}

// all returns the non-overlapping matches in toks[from:to], in text order.
func (l *lexicon[T]) all(toks []arabic.Token, from, to int) []hit[T] {
	var out []hit[T]
	for i := from; i < to; {
		if !l.mayMatchAt(toks, i) {
			i++
			continue
		}
		m, ok := l.matchAt(toks, i)
		if !ok || m.Last > to {
			i++
			continue
		}
		out = append(out, hit[T]{l.vals[m.Phrase], m})
		i = m.Last
	}
	return out
}

// words builds a set-like lexicon whose value is the entry's own key class.
func words(class string, entries ...string) map[string]string {
	m := make(map[string]string, len(entries))
	for _, e := range entries {
		m[e] = class
	}
	return m
}

func merge[T any](ms ...map[string]T) map[string]T {
	out := map[string]T{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// spellingVariants are pairs of spellings that folding does not unify but
// that news writing uses interchangeably.
var spellingVariants = [][2]string{
	{"أمريك", "أميرك"},
	{"البنتاغون", "البنتاجون"},
	{"ميليشي", "مليشي"},
	{"إسرائيل", "اسرائيل"},
}

// withVariants adds the other spelling of every entry that uses one of
// spellingVariants.
func withVariants[T any](entries map[string]T) map[string]T {
	out := make(map[string]T, len(entries))
	for k, v := range entries {
		out[k] = v
	}
	for k, v := range entries {
		for _, p := range spellingVariants {
			for _, dir := range [][2]string{p, {p[1], p[0]}} {
				if alt := strings.ReplaceAll(k, dir[0], dir[1]); alt != k {
					if _, ok := out[alt]; !ok {
						out[alt] = v
					}
				}
			}
		}
	}
	return out
}

// exact marks every word of every entry "=": no suffix tolerance and the
// article state as written. Verbs need it: "أضاف" must not match "إضافة".
func exact[T any](entries map[string]T) map[string]T {
	out := make(map[string]T, len(entries))
	for k, v := range entries {
		ws := strings.Fields(k)
		for i, w := range ws {
			if !strings.HasPrefix(w, "=") {
				ws[i] = "=" + w
			}
		}
		out[strings.Join(ws, " ")] = v
	}
	return out
}

// foldedWords maps the folded form of every single-word entry to its value.
func foldedWords(entries map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range withVariants(entries) {
		if !strings.Contains(k, " ") {
			out[arabic.Fold(k)] = v
		}
	}
	return out
}
