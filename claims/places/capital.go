package places

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// capitalHead is the head noun "العاصمة", which names a capital by itself
// when no name follows ("في العاصمة", "وسط العاصمة").
const capitalHead = "العاصمة"

// bareCapital builds the candidate for a bare "العاصمة" whose head ends
// before token k, unless an adjective qualifies it ("العاصمة الروسية",
// "العاصمة الاقتصادية"): that names another capital or no capital at all.
func (s *scanner) bareCapital(start, k int, q qualifier) (expression, bool) {
	if j := s.skipQuotes(k); j < len(s.toks) && s.qualifiedBy(j) {
		return expression{}, false
	}
	rule := "head"
	switch q.qual {
	case QualNear:
		rule = "near+head"
	case QualCenter:
		rule = "center+head"
	case QualDirection:
		rule = "direction+head"
	}
	content := s.contentStart(start)
	m := Mention{
		Span:      arabic.Span{Start: s.toks[content].Start, End: s.toks[k-1].End},
		Name:      arabic.Span{Start: s.toks[k-1].Start, End: s.toks[k-1].End},
		First:     content,
		Last:      k,
		Clitics:   s.toks[start].Clitics,
		Rule:      rule,
		Qualifier: q.qual,
		Direction: q.dir,
		Head:      capitalHead,
	}
	c := cand{m: m, nameFirst: k - 1, nameLast: k, ctxFirst: start, strong: true, capital: true, phrase: -1}
	return expression{cands: []cand{c}, end: k}, true
}

// qualifiedBy reports whether token j is an adjective that qualifies the
// noun before it: a definite nisba ("الروسية", "الإدارية") or a listed
// adjective.
func (s *scanner) qualifiedBy(j int) bool {
	t := s.toks[j]
	if s.cue[j].class&(cueAdj|cueDirAdj) != 0 {
		return true
	}
	if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" {
		return false
	}
	return strings.HasSuffix(t.Norm, "يه") || strings.HasSuffix(t.Norm, "ي")
}

// textCapital returns the capital of the country the accepted mentions
// lie in most often, or -1 when no country leads (none is named, or two
// tie): a bare "العاصمة" is then left unresolved.
func (s *scanner) textCapital(cands []cand, chosen []int32) int32 {
	count := map[int]int{}
	for n, c := range cands {
		if chosen[n] < 0 || c.capital {
			continue
		}
		if k := s.g.countryOf(int(chosen[n])); k >= 0 {
			count[k]++
		}
	}
	best, bestN, tie := -1, 0, false
	for k, n := range count {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN:
			tie = true
		}
	}
	if best < 0 || tie {
		return -1
	}
	for i, p := range s.g.places {
		if p.Capital && s.g.countryOf(i) == best {
			return int32(i)
		}
	}
	return -1
}

// countryOf returns the index of the country that encloses place i (or is
// it), or -1.
func (g *Gazetteer) countryOf(i int) int {
	for ; i >= 0; i = g.parent[i] {
		if g.places[i].Kind == KindCountry {
			return i
		}
	}
	return -1
}
