package places

import (
	"math"

	"github.com/riwaya/riwaya/claims/arabic"
)

// finish applies the context rules to the candidates and returns the
// accepted mentions:
//
//   - a candidate with a head or a qualifier stands;
//   - a bare name written with tanween ("درعاً") is a common noun;
//   - an outlet's name ("!") is not a place with the ل proclitic, after a
//     speech verb, بحسب/وفق/نقلا, or in a credit line "المصدر: ...";
//   - a name right after "شارع" names a street (of another town, often:
//     "شارع حلب" in Damascus, "شارع راجو" in Afrin), not the place;
//   - a country or a capital after a word of allegiance ("موالية لإيران",
//     "المدعومة من طهران") names a patron, not a place;
//   - a "^" name followed by a definite noun that is not a place is a
//     construct ("حماة الديار");
//   - a weak name ("~") needs a locative word before it, or a neighbouring
//     accepted mention (joined by nothing, a comma or و);
//   - a shared name goes to the place that the text's other mentions
//     enclose or are enclosed by most often, else to the first in the data.
func (s *scanner) finish(cands []cand) []Mention {
	for n := range cands {
		c := &cands[n]
		switch {
		case s.streetName(c):
			c.state = rejected
		case c.strong:
			c.state = accepted
		case s.hasTanween(c.nameFirst, c.nameLast):
			c.state = rejected
		case s.affiliation(c):
			c.state = rejected
		case c.flags&flagMedia != 0 && s.outletContext(c):
			c.state = rejected
		case c.flags&flagConstruct != 0 && s.constructFollows(c.m.Last):
			c.state = rejected
		case c.flags&flagWeak != 0:
			if p := s.prevWord(c.ctxFirst); p >= 0 && s.cue[p].class&cueLocative != 0 {
				c.state = accepted
			}
		default:
			c.state = accepted
		}
	}
	for changed := true; changed; {
		changed = false
		for n := range cands {
			c := &cands[n]
			if c.state != pending {
				continue
			}
			if (n > 0 && cands[n-1].state == accepted && s.adjacent(cands[n-1].m.Last, c.m.First)) ||
				(n+1 < len(cands) && cands[n+1].state == accepted && s.adjacent(c.m.Last, cands[n+1].m.First)) {
				c.state = accepted
				c.m.Rule += "+context"
				changed = true
			}
		}
	}
	var known []int32
	for _, c := range cands {
		if c.state == accepted && len(c.options) == 1 {
			known = append(known, c.options[0])
		}
	}
	chosen := make([]int32, len(cands))
	bests := make([]int, len(cands))
	for n, c := range cands {
		chosen[n] = -1
		if c.state != accepted || c.capital {
			continue
		}
		if len(c.options) > 1 {
			bests[n] = s.disambiguate(c.options, known)
		}
		chosen[n] = c.options[bests[n]]
		if p := s.g.places[chosen[n]]; c.m.Qualifier == QualCountryside && p.Countryside != "" {
			chosen[n] = int32(s.g.index[p.Countryside])
		}
	}
	for n, c := range cands {
		if c.state == accepted && c.capital {
			chosen[n] = s.textCapital(cands, chosen)
		}
	}
	before := append([]int32(nil), chosen...)
	s.contain(cands, chosen)
	out := make([]Mention, 0, len(cands))
	for n, c := range cands {
		if chosen[n] < 0 {
			continue
		}
		p := s.g.places[chosen[n]]
		c.m.PlaceID = p.ID
		if c.m.Qualifier == QualCountryside && s.g.places[c.options[bests[n]]].Countryside == p.ID {
			c.m.Qualifier = ""
		}
		for k, o := range c.options {
			if o != chosen[n] && (k != bests[n] || before[n] != chosen[n]) {
				c.m.Alternatives = append(c.m.Alternatives, s.g.places[o].ID)
			}
		}
		out = append(out, c.m)
	}
	return out
}

// disambiguate returns the index of the option that the known places
// relate to most (one encloses the other, or both lie in one place below
// a country); among options they relate to equally, the one nearest to a
// known place (see nearestKnown) within maxNamesakeKm, so that a village
// named beside a town of the next governorate is the namesake beside
// that town, not one across the country; remaining ties go to the
// earlier option.
func (s *scanner) disambiguate(options, known []int32) int {
	best, bestScore, bestKm := 0, -1, math.Inf(1)
	for n, o := range options {
		score := 0
		for _, k := range known {
			if s.g.encloses(int(o), int(k)) || s.g.encloses(int(k), int(o)) || s.g.sibling(int(o), int(k)) {
				score++
			}
		}
		km := s.g.nearestKnown(int(o), known)
		if km > maxNamesakeKm {
			km = math.Inf(1) // far from all of them: distance tells nothing
		}
		if score > bestScore || score == bestScore && km < bestKm {
			best, bestScore, bestKm = n, score, km
		}
	}
	return best
}

// maxNamesakeKm is how near a namesake must lie to a place named beside
// it for its nearness to decide (see disambiguate): a village across a
// governorate line from the town named with it. Beyond it the text names
// a namesake the data lacks as likely as any listed one, and the nearest
// listed one (a quarter of another city) would only move the mention to
// the wrong city's events.
const maxNamesakeKm = 50

// nearestKnown is the distance from place o to the nearest known place
// that has coordinates and lies below the country and region level (a
// country's or region's centroid says nothing of where a village lies);
// +Inf when o has no coordinates or there is no such place.
func (g *Gazetteer) nearestKnown(o int, known []int32) float64 {
	d := math.Inf(1)
	if !g.places[o].HasCoords() {
		return d
	}
	for _, k := range known {
		p := g.places[k]
		if int(k) == o || !p.HasCoords() || p.Kind == KindCountry || p.Kind == KindRegion {
			continue
		}
		d = min(d, g.dist(o, int(k)))
	}
	return d
}

// sibling reports whether places a and b lie in the same place below a
// country (two towns of one governorate: "خانصور" and "سنجار" of
// Nineveh), which tells a shared name's option as an enclosing one does.
func (g *Gazetteer) sibling(a, b int) bool {
	p := g.parent[a]
	return p >= 0 && g.places[p].Kind != KindCountry && g.encloses(p, b)
}

// encloses reports whether place a is place b or one of its ancestors.
func (g *Gazetteer) encloses(a, b int) bool {
	for ; b >= 0; b = g.parent[b] {
		if a == b {
			return true
		}
	}
	return false
}

// hasTanween reports whether tokens [first, last) carry tanween, which a
// proper name never takes ("درعاً" is "a shield").
func (s *scanner) hasTanween(first, last int) bool {
	for _, t := range s.toks[first:last] {
		for _, r := range t.Text {
			if r >= 0x064B && r <= 0x064D {
				return true
			}
		}
	}
	return false
}

// outletContext reports whether an outlet-named candidate stands where a
// source is named: with ل ("للميادين"), after a speech verb, an
// attribution word or a word of reporting ("معلومات الميادين"), in a
// credit line, or before the colon of a headline (see headlineSource).
func (s *scanner) outletContext(c *cand) bool {
	for _, r := range c.m.Clitics {
		if r == 'ل' {
			return true
		}
	}
	p := s.prevWord(c.ctxFirst)
	if s.headlineSource(c, p) {
		return true
	}
	if p < 0 {
		return false
	}
	if s.cue[p].class&(cueSpeech|cueAttrib|cueMedia) != 0 {
		return true
	}
	if t := s.toks[p]; t.Kind == arabic.TokPunct && t.Text == ":" {
		if q := s.prevWord(p); q >= 0 && s.cue[q].class&cueCredit != 0 {
			return true
		}
	}
	return false
}

// headlineSource reports whether an outlet-named candidate opens its
// text or line, p being the token before it (-1 at the start), and a colon
// follows it: "الميادين: مقتل قيادي في غارة" names who says it, as
// "الدفاع التركية:" does.
func (s *scanner) headlineSource(c *cand, p int) bool {
	if p >= 0 && (s.toks[p].Kind != arabic.TokPunct || s.toks[p].Text == "،" || s.toks[p].Text == ",") {
		return false
	}
	n := s.skipQuotes(c.m.Last)
	return n < len(s.toks) && s.toks[n].Kind == arabic.TokPunct && s.toks[n].Text == ":"
}

// constructFollows reports whether token i is a definite noun that is not
// the start of a place name: the sign of a construct ("حماة الديار").
func (s *scanner) constructFollows(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" {
		return false
	}
	if s.cue[i].class&(cueDirAdj|cueAdj) != 0 {
		return false
	}
	_, isName := s.g.names.MatchAt(s.toks, i)
	return !isName
}

// adjacent reports whether tokens [a, b) hold nothing but quotes, commas
// and a detached و: the two mentions around them are neighbours in a list.
func (s *scanner) adjacent(a, b int) bool {
	if b < a || b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		t := s.toks[i]
		switch {
		case t.IsQuote():
		case t.Kind == arabic.TokPunct && (t.Text == "،" || t.Text == ","):
		case t.Detached() && t.Clitics == "و":
		default:
			return false
		}
	}
	return true
}

// streetName reports whether a name without a head of its own stands
// right after the singular "شارع" (also "بشارع", "وشارع"): the street is
// named after the place; a street's own entry in the data ("شارع
// الاستقلال") is matched whole, head and all, and stands.
func (s *scanner) streetName(c *cand) bool {
	if c.ctxFirst != c.nameFirst {
		return false
	}
	p := s.prevWord(c.ctxFirst)
	return p >= 0 && s.cue[p].class&cueStreet != 0
}

// affiliation reports whether the name of a country or a capital stands
// after a word of allegiance, directly or through من، مع، من قبل:
// "الموالين لإيران", "المدعومة من قبل تركيا", "المتحالفة مع إيران",
// "تدعمها إيران", "المدعومة من طهران".
func (s *scanner) affiliation(c *cand) bool {
	if p := s.g.places[c.options[0]]; p.Kind != KindCountry && !p.Capital {
		return false
	}
	p := s.prevWord(c.ctxFirst)
	for n := 0; n < 2 && p >= 0 && s.cue[p].class&cueAffiliation == 0; n++ {
		switch s.toks[p].Norm {
		case "من", "مع", "قبل":
			p = s.prevWord(p)
		default:
			return false
		}
	}
	return p >= 0 && s.cue[p].class&cueAffiliation != 0
}
