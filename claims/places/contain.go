package places

import "github.com/riwaya/riwaya/claims/arabic"

// The containment rule: a place named with the place that holds it ("حي
// X في حمص", "قرية X بريف حلب", "بلدة X شمال حماة", "X التابعة لناحية
// Y") is a place X inside or near Y. When the name X was read as a place
// elsewhere, the rule chooses another place of that name inside Y, or
// drops X and keeps Y alone: never a same-named place far away.

// containKm is how far from its container a place may lie when the data
// put them in different branches ("في" names where it is; its data may
// be coarse).
const containKm = 25

// nearKm is how far a place may lie from the place it is told to be
// near or in a direction of ("X شمال حماة").
const nearKm = 60

// link is how one mention is tied to the next one.
type link int

const (
	linkNone link = iota
	linkIn        // في Y، بـY، بريف Y، التابعة لـY
	linkNear      // شمال Y، قرب Y
)

// relatives are the words that tie a place to the next one ("قرية X
// التابعة لناحية Y", "الواقعة في ريف Y", "المجاورة لمدينة Y"), folded,
// with the link they make.
var relatives = map[string]link{
	"التابعه": linkIn, "التابع": linkIn, "التابعتين": linkIn, "التابعين": linkIn,
	"الواقعه": linkIn, "الواقع": linkIn, "الواقعتين": linkIn, "الواقعين": linkIn,
	"المجاوره": linkNear, "المجاور": linkNear, "القريبه": linkNear, "القريب": linkNear,
}

// containLink tells how mention a is tied to the mention b that follows
// it: by a preposition of place (في، بـ), by a relative word
// ("التابعة لـ", "الواقعة في", "المجاورة لـ"), or by B's own qualifier
// ("X شمال Y", "X بريف Y").
func (s *scanner) containLink(a, b *cand) link {
	cl := s.leadClitics(b)
	if hasRune(cl, 'و') || b.m.First < a.m.Last {
		return linkNone // "مطار حلب ومحيط دمشق": a list, not a container
	}
	// gap is the first non-quote tokens between the two (three at most:
	// a relative word, then more than one token, already says no link).
	var gapBuf [3]*arabic.Token
	gap := gapBuf[:0]
	for k := a.m.Last; k < b.m.First && len(gap) < len(gapBuf); k++ {
		if t := &s.toks[k]; !t.IsQuote() {
			gap = append(gap, t)
		}
	}
	l := linkIn
	if b.m.Qualifier == QualDirection || b.m.Qualifier == QualNear {
		l = linkNear
	}
	// own: B's qualifier is written in its own expression, not shared
	// with the names coordinated before it ("أرياف الحسكة والقامشلي").
	own := b.nameFirst > b.m.First
	rel := linkNone
	if len(gap) > 0 {
		if r, ok := relatives[gap[0].Norm]; ok {
			rel, gap = r, gap[1:]
			if r == linkNear {
				l = linkNear
			}
		}
	}
	prep := cl
	switch {
	case len(gap) > 1:
		return linkNone
	case len(gap) == 1:
		w := gap[0]
		switch {
		case w.Norm == "في":
			prep = "في"
		case w.Detached() && w.Clitics != "":
			prep = w.Clitics
		case w.Norm == "من":
			prep = "من"
		default:
			return linkNone
		}
	}
	switch {
	case rel != linkNone && (hasRune(prep, 'ل') || hasRune(prep, 'ب') || prep == "في" || prep == "من"):
		return l
	case prep == "في" || hasRune(prep, 'ب'):
		return l
	case prep == "من" && b.m.Qualifier == QualCountryside:
		return l
	case len(gap) == 0 && own && b.m.Qualifier != "":
		return l // "X شمال Y", "X ريف Y"
	}
	return linkNone
}

// leadClitics returns the proclitics on the first word of a mention's
// expression, as the matcher that read that word strips them: the
// tokenizer leaves short stems whole ("بريف", "لريف").
func (s *scanner) leadClitics(c *cand) string {
	if c.m.Clitics != "" {
		return c.m.Clitics
	}
	i := c.m.First
	for _, m := range []*arabic.Matcher{s.g.lex.heads, s.g.lex.cues, s.g.names} {
		if hit, ok := m.MatchAt(s.toks, i); ok && hit.First-hit.Lead == i {
			return hit.Clitics
		}
	}
	return ""
}

// hasRune reports whether s holds r.
func hasRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// contained reports whether place a may be the place told to be in (or
// near, for linkNear) place c.
func (g *Gazetteer) contained(a, c int, l link) bool {
	if g.encloses(c, a) {
		return true
	}
	if g.places[c].Kind == KindCountry {
		return false
	}
	if ga, gc := g.governorateOf(a), g.governorateOf(c); ga >= 0 && ga == gc {
		return true
	}
	if !g.places[a].HasCoords() || !g.places[c].HasCoords() {
		return false
	}
	km := float64(containKm)
	if l == linkNear {
		km = nearKm
	}
	return g.dist(a, c) <= km
}

// governorateOf returns the governorate that encloses place i (or is it),
// or -1.
func (g *Gazetteer) governorateOf(i int) int {
	for ; i >= 0; i = g.parent[i] {
		if g.places[i].Kind == KindGovernorate {
			return i
		}
	}
	return -1
}

// level ranks the kinds of place from the widest (0) down; a container
// must rank above what it holds ("مدينة" holds a "حي", not another
// city). Regions, rivers and countries are no containers here: a region
// has no border the data knows, and "في سوريا" after a foreign capital
// tells of its role, not its site ("يتنامى نفوذ طهران في سوريا").
func level(k Kind) (rank int, holds bool) {
	switch k {
	case KindGovernorate:
		return 1, true
	case KindDistrict:
		return 2, true
	case KindSubdistrict:
		return 3, true
	case KindCity:
		return 4, true
	case KindTown:
		return 5, true
	case KindVillage:
		return 6, false
	case KindCountry, KindRegion, KindRiver:
		return 0, false
	}
	return 7, false // quarters, camps, bases, fields, sites
}

// containable reports whether place i is one the containment rule places
// within another: below a governorate and no capital, whose name often
// stands for its government.
func (g *Gazetteer) containable(i int) bool {
	r, _ := level(g.places[i].Kind)
	return r > 1 && !g.places[i].Capital
}

// holds reports whether place c may be the container of place a.
func (g *Gazetteer) holds(c, a int) bool {
	rc, ok := level(g.places[c].Kind)
	ra, _ := level(g.places[a].Kind)
	return ok && rc < ra
}

// contain applies the containment rule to the accepted candidates, whose
// chosen places are in chosen (-1 for none); it changes chosen in place.
// A container after a list holds every name of the list ("أحياء X وY
// وZ في مدينة الحسكة").
func (s *scanner) contain(cands []cand, chosen []int32) {
	prev := -1
	for n := range cands {
		if chosen[n] < 0 {
			continue
		}
		if prev >= 0 && chosen[prev] >= 0 {
			if l := s.containLink(&cands[prev], &cands[n]); l != linkNone {
				s.placeIn(cands, chosen, prev, n, l)
				for a, next := prev-1, prev; a >= 0 && chosen[a] >= 0 && s.adjacent(cands[a].m.Last, cands[next].m.First); a, next = a-1, a {
					s.placeIn(cands, chosen, a, n, l)
				}
			}
		}
		prev = n
	}
}

// placeIn makes the mention at a a place inside (or near) the place of
// the mention at b: it keeps its place if that fits, else takes another
// place of its name that does, else is dropped.
func (s *scanner) placeIn(cands []cand, chosen []int32, a, b int, l link) {
	ca := &cands[a]
	if ca.capital || ca.phrase < 0 || chosen[a] < 0 || chosen[b] < 0 {
		return
	}
	pa, pc := int(chosen[a]), int(chosen[b])
	if !s.g.containable(pa) || !s.g.holds(pc, pa) || s.g.contained(pa, pc, l) {
		return
	}
	for _, r := range s.g.nameRefs[ca.phrase] {
		if p := int(r.place); s.g.containable(p) && s.g.holds(pc, p) && s.g.contained(p, pc, l) {
			chosen[a] = r.place
			return
		}
	}
	chosen[a] = -1
}
