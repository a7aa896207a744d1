package places

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Mention is one place named in a text.
type Mention struct {
	PlaceID string
	// Span covers the whole place expression in the original text: the
	// qualifier, the head nouns, the name and the adjectives that follow
	// ("قرب مطار حماة العسكري"). In a coordination ("حقلي العمر
	// وكونيكو") the first mention starts at the head, the others at their
	// name.
	Span arabic.Span
	// Name is the span of the place name alone ("دير الزور").
	Name arabic.Span
	// First and Last are the token range [First, Last) of Span.
	First, Last int
	// Clitics are the folded proclitics on the expression's first token
	// ("ب" in "بريف دمشق", "و" in "وكونيكو").
	Clitics string
	// Rule says what recognised the mention: the parts of the expression
	// joined by "+": a qualifier ("near", "direction", "center"), heads
	// ("head", or "countryside"/"desert" for ريف/بادية), then "name", or
	// "names" for one of several coordinated names; "+context" marks a
	// weak name accepted because a neighbouring mention vouches for it.
	// Examples: "name", "head+name", "near+head+name", "countryside+name",
	// "head+names", "name+context".
	Rule string
	// Qualifier is "", QualCountryside, QualDesert, QualNear, QualCenter
	// or QualDirection.
	Qualifier string
	// Direction is the compass point of the expression, if any: "east",
	// "north_east" ... from "شرق X", "شمالي شرقي X" or "ريف X الشرقي".
	Direction string
	// Head is the head noun in its singular form ("حقل" for "حقلي"), the
	// innermost one when there are several ("قاعدة حقل العمر" → "حقل").
	Head string
	// Alternatives are the other places a shared name could denote
	// ("أريحا": ariha or jericho); the text's other mentions chose PlaceID.
	Alternatives []string
}

// maxHeads bounds a chain of heads ("قاعدة حقل العمر").
const maxHeads = 3

// maxCoordinated bounds the names one plural head takes.
const maxCoordinated = 12

// Mentions returns the place mentions in text, in text order. toks must be
// arabic.Tokenize(text); nil means tokenize here. Names are recognised as
// described in the package documentation; mentions never overlap.
func (g *Gazetteer) Mentions(text string, toks []arabic.Token) []Mention {
	if toks == nil {
		toks = arabic.Tokenize(text)
	}
	sc, _ := g.scratch.Get().(*mentionScratch)
	if sc == nil {
		sc = &mentionScratch{}
	}
	defer g.scratch.Put(sc)
	s := scanner{g: g, toks: toks, cue: append(sc.cue[:0], make([]cueHit, len(toks))...)}
	sc.cue = s.cue
	for i := range toks {
		if toks[i].Kind != arabic.TokWord {
			continue // every cue is an Arabic word
		}
		if m, ok := g.lex.cues.MatchAt(toks, i); ok && m.Lead == 0 {
			s.cue[i] = cueHit{class: g.lex.cueDefs[m.Phrase].class, dir: g.lex.cueDefs[m.Phrase].dir, last: m.Last}
		}
	}
	cands := sc.cands[:0]
	defer func() {
		clear(cands) // they refer to the text
		sc.cands = cands[:0]
	}()
	for i := 0; i < len(toks); {
		if k := toks[i].Kind; k != arabic.TokWord && k != arabic.TokLatin {
			i++ // names, heads, qualifiers and stop phrases start with a word ("T4" is Latin)
			continue
		}
		if m, ok := g.stop.MatchAt(toks, i); ok {
			i = m.Last
			continue
		}
		if j, ok := s.outlet(i); ok {
			i = j
			continue
		}
		if e, ok := s.expr(i); ok {
			cands = append(cands, e.cands...)
			i = e.end
			continue
		}
		i++
	}
	return s.finish(cands)
}

// mentionScratch is the memory of one Mentions call that the next call
// can reuse.
type mentionScratch struct {
	cue   []cueHit
	cands []cand
}

// cueHit is the context word that starts at a token.
type cueHit struct {
	class cueClass
	dir   string
	last  int // end of the cue phrase
}

// scanner holds the state of one Mentions call.
type scanner struct {
	g    *Gazetteer
	toks []arabic.Token
	cue  []cueHit
}

// cand is a mention before the context checks.
type cand struct {
	m       Mention
	options []int32 // places the name may denote, best first
	flags   nameFlag
	strong  bool // headed or qualified: no context needed
	// nameFirst and nameLast are the tokens of the name.
	nameFirst, nameLast int
	// ctxFirst is where the context rules look before: the expression's
	// start, or the name's when the head did not fit the name.
	ctxFirst int
	state    candState
	// phrase is the name's phrase in the name matcher, whose places the
	// containment rule may choose among; capital marks a bare
	// "العاصمة", resolved to the capital of the text's country.
	phrase  int32
	capital bool
}

type candState int

const (
	pending candState = iota
	accepted
	rejected
)

// expression is what one place expression yields.
type expression struct {
	cands []cand
	end   int
}

// qualifier is a prefix qualifier ("قرب", "شمال شرق").
type qualifier struct {
	qual, dir string
	next      int
}

// expr parses the place expression starting at token i, if any: with or
// without a prefix qualifier, whichever reaches further (a name that
// itself starts with a direction word, "شرق الفرات", wins a tie).
func (s *scanner) expr(i int) (expression, bool) {
	a, okA := s.headed(i, i, qualifier{})
	q, okQ := s.qualifier(i)
	if okQ {
		if b, okB := s.headed(i, q.next, q); okB && (!okA || b.end > a.end) {
			return b, true
		}
	}
	return a, okA
}

// qualifier reads a prefix qualifier at i.
func (s *scanner) qualifier(i int) (qualifier, bool) {
	c := s.cue[i]
	switch {
	case c.class&cueNear != 0:
		return qualifier{qual: QualNear, next: c.last}, true
	case c.class&cueCenter != 0:
		return qualifier{qual: QualCenter, next: c.last}, true
	case c.class&cueDirection != 0:
		q := qualifier{qual: QualDirection, dir: c.dir, next: c.last}
		if q.next < len(s.toks) {
			if d := s.cue[q.next]; d.class&cueDirection != 0 && compassPoint(c.dir, d.dir) != c.dir {
				q.dir, q.next = compassPoint(c.dir, d.dir), d.last
			}
		}
		return q, true
	}
	return qualifier{}, false
}

// headed parses heads and names from token j; start is where the
// expression began (before a qualifier). It compares the reading with
// heads against the bare name at j and keeps the longer; on a tie the
// name wins, as a name that includes its head ("سد الفرات", "ريف دمشق") is
// more specific than the head's reading of the rest.
func (s *scanner) headed(start, j int, q qualifier) (expression, bool) {
	var heads []*headDef
	k := j
	preDir := ""
	for len(heads) < maxHeads {
		hm, ok := s.g.lex.heads.MatchAt(s.toks, k)
		if !ok {
			break
		}
		def := &s.g.lex.headDefs[hm.Phrase]
		heads = append(heads, def)
		k = hm.Last
		if def.qual != "" {
			if d, next := s.directionAdjectives(k, true); d != "" {
				preDir, k = d, next
			}
		}
		k = s.skipQuotes(k)
	}
	var withHeads expression
	okH := false
	if len(heads) > 0 {
		withHeads, okH = s.names(start, k, heads, q, preDir)
	}
	bare, okB := s.names(start, j, nil, q, "")
	switch {
	case okH && (!okB || withHeads.end > bare.end):
		return withHeads, true
	case okB:
		return bare, true
	case len(heads) == 1 && heads[0].name == capitalHead:
		return s.bareCapital(start, k, q)
	}
	return expression{}, false
}

// names reads the name at k, and for a dual or plural head the names
// coordinated with it, then the adjectives that follow; it builds the
// candidates.
func (s *scanner) names(start, k int, heads []*headDef, q qualifier, preDir string) (expression, bool) {
	var head *headDef
	if len(heads) > 0 {
		head = heads[len(heads)-1]
	}
	type found struct {
		nm       arabic.Match
		options  []int32
		flags    nameFlag
		fallback bool
	}
	var gotBuf [2]found // most expressions have one name
	got := gotBuf[:0]
	pos := k
	for {
		nm, ok := s.g.names.MatchAt(s.toks, pos)
		if !ok || s.stopCovers(pos, nm.Last) {
			break
		}
		if head != nil && len(got) == 0 && (hasRune(nm.Clitics, 'و') || hasRune(nm.Clitics, 'ف')) {
			break // "العاصمة وحلب": a head never takes a name joined by و
		}
		opts, flags, fallback, ok := s.choose(s.g.nameRefs[nm.Phrase], head)
		if !ok {
			break
		}
		if len(got) == 0 {
			if o, fl, ok := s.containerName(nm, head); ok {
				opts, flags, fallback = o, fl, false
			}
		}
		got = append(got, found{nm, opts, flags, fallback})
		if head == nil || head.number == numOne || (head.number == numTwo && len(got) == 2) || len(got) == maxCoordinated {
			break
		}
		next, ok := s.conjunction(nm.Last)
		if !ok {
			break
		}
		pos = next
	}
	if len(got) == 0 {
		return expression{}, false
	}
	last := got[len(got)-1].nm.Last
	postDir, end := s.directionAdjectives(last, false)
	end = s.adjectives(end)

	var ruleBuf [4]string
	rule := ruleBuf[:0]
	switch q.qual {
	case QualNear:
		rule = append(rule, "near")
	case QualCenter:
		rule = append(rule, "center")
	case QualDirection:
		rule = append(rule, "direction")
	}
	qual, headName := q.qual, ""
	for _, h := range heads {
		switch h.qual {
		case QualCountryside:
			rule = append(rule, "countryside")
			qual = QualCountryside
		case QualDesert:
			rule = append(rule, "desert")
			qual = QualDesert
		default:
			rule = append(rule, "head")
		}
		headName = h.name
	}
	if len(got) > 1 {
		rule = append(rule, "names")
	} else {
		rule = append(rule, "name")
	}
	dir := q.dir
	if dir == "" {
		dir = preDir
	}
	if dir == "" {
		dir = postDir
	}
	e := expression{end: end}
	for n, f := range got {
		// first is the expression's first token, a detached clitic
		// included; the span starts at the first word after it.
		nameStart := f.nm.First - f.nm.Lead
		first, clitics := nameStart, f.nm.Clitics
		if n == 0 && start != nameStart {
			first, clitics = start, s.toks[start].Clitics
		}
		lastTok := f.nm.Last
		if n == len(got)-1 {
			lastTok = end
		}
		content := s.contentStart(first)
		m := Mention{
			Span:      arabic.Span{Start: s.toks[content].Start, End: s.toks[lastTok-1].End},
			Name:      f.nm.Span,
			First:     content,
			Last:      lastTok,
			Clitics:   clitics,
			Rule:      strings.Join(rule, "+"),
			Qualifier: qual,
			Direction: dir,
			Head:      headName,
		}
		c := cand{m: m, options: f.options, flags: f.flags, nameFirst: f.nm.First, nameLast: f.nm.Last, phrase: int32(f.nm.Phrase),
			ctxFirst: first, strong: (head != nil && !f.fallback) || q.qual != ""}
		if f.fallback {
			c.ctxFirst = nameStart
		}
		e.cands = append(e.cands, c)
	}
	return e, true
}

// containerName reads a single name after a plural head of settlements
// or quarters, with no other name coordinated with it, as the place that
// holds them ("قرى ريف حلب"، "بلدات دير الزور"، "أحياء حلب"): it returns
// the name's places of a container kind, when it has one.
func (s *scanner) containerName(nm arabic.Match, head *headDef) ([]int32, nameFlag, bool) {
	if head == nil || head.number != numMany {
		return nil, 0, false
	}
	kinds, ok := containerKinds[head.name]
	if !ok {
		return nil, 0, false
	}
	if next, ok := s.conjunction(nm.Last); ok {
		if nx, ok := s.g.names.MatchAt(s.toks, next); ok && !s.stopCovers(next, nx.Last) {
			return nil, 0, false // a list of the towns themselves
		}
	}
	opts, flags, fallback, ok := s.choose(s.g.nameRefs[nm.Phrase], &headDef{name: head.name, kinds: kinds, number: numMany})
	if !ok || fallback {
		return nil, 0, false
	}
	return opts, flags, true
}

// choose picks the places a name may denote after the given head (nil
// for none). Head-only names need a head that fits their kind. Among the
// rest it keeps those whose kind the head prefers most, then the names
// usable without a head. A head that fits none of the name's places is
// passed over (fallback): the name is then read as if bare ("قاعدة
// الشدادي"), and the head does not vouch for it.
func (s *scanner) choose(refs []nameRef, head *headDef) (opts []int32, flags nameFlag, fallback, ok bool) {
	best := -1
	var kinds []Kind
	if head != nil {
		kinds = head.kinds
	}
	rank := func(r nameRef) int {
		k := s.g.places[r.place].Kind
		if head == nil {
			if r.flags&flagHeadOnly != 0 {
				return -1
			}
			return 0
		}
		f := fits(kinds, k)
		if f < 0 {
			return -1
		}
		f *= 2
		if r.flags&flagHeadOnly != 0 && kinds == nil {
			f++ // an unspecific head (منطقة) prefers the ordinary name
		}
		return f
	}
	pick := func(rank func(nameRef) int) {
		for _, r := range refs {
			rk := rank(r)
			switch {
			case rk < 0:
			case best < 0 || rk < best:
				best, opts, flags = rk, []int32{r.place}, r.flags
			case rk == best:
				opts = append(opts, r.place)
				flags |= r.flags
			}
		}
	}
	pick(rank)
	if best < 0 && head != nil {
		fallback = true
		pick(func(r nameRef) int {
			if r.flags&flagHeadOnly != 0 {
				return -1
			}
			return 0
		})
	}
	return opts, flags, fallback, best >= 0
}

// conjunction returns where the next coordinated name may start after
// token i: past quotes and a comma, at a token carrying و or a detached و.
func (s *scanner) conjunction(i int) (int, bool) {
	i = s.skipQuotes(i)
	comma := false
	if i < len(s.toks) && s.toks[i].Kind == arabic.TokPunct && (s.toks[i].Text == "،" || s.toks[i].Text == ",") {
		comma = true
		i = s.skipQuotes(i + 1)
	}
	if i >= len(s.toks) || s.toks[i].Kind != arabic.TokWord {
		return 0, false
	}
	if comma || strings.HasPrefix(s.toks[i].Clitics, "و") {
		return i, true
	}
	return 0, false
}

// directionAdjectives reads one or two direction adjectives at i
// ("الشرقي", "الشمالي الشرقي"); with list set, further ones joined by و
// ("الغربي والجنوبي الغربي") are read too, the first group giving the
// direction.
func (s *scanner) directionAdjectives(i int, list bool) (string, int) {
	dir := ""
	for n := 0; n < 6; n++ {
		j := s.skipQuotes(i)
		if j >= len(s.toks) || s.cue[j].class&cueDirAdj == 0 {
			break
		}
		c := s.cue[j]
		i = j
		switch {
		case n == 0:
			dir = c.dir
		case strings.HasPrefix(s.toks[i].Clitics, "و"):
			if !list {
				return dir, i
			}
		case n == 1:
			dir = compassPoint(dir, c.dir)
		}
		i = c.last
	}
	return dir, i
}

// adjectives skips the adjectives that may follow a place name ("الدولي",
// "النفطيين", "الأمريكية").
func (s *scanner) adjectives(i int) int {
	for n := 0; n < 3; n++ {
		j := s.skipQuotes(i)
		if j >= len(s.toks) || s.cue[j].class&cueAdj == 0 || s.toks[j].Clitics != "" {
			break
		}
		i = s.cue[j].last
	}
	return i
}

// outlet recognises an outlet's name after a media word ("قناة الميادين",
// "مراسل الجزيرة", "تلفزيون سوريا") and returns the token after it.
func (s *scanner) outlet(i int) (int, bool) {
	c := s.cue[i]
	if c.class&cueMedia == 0 {
		return 0, false
	}
	j := s.skipQuotes(c.last)
	if nm, ok := s.g.names.MatchAt(s.toks, j); ok {
		return nm.Last, true
	}
	return 0, false
}

// stopCovers reports whether a stop phrase starting at i reaches last.
func (s *scanner) stopCovers(i, last int) bool {
	m, ok := s.g.stop.MatchAt(s.toks, i)
	return ok && m.Last >= last
}

// skipQuotes returns the first token at or after i that is not a quote.
func (s *scanner) skipQuotes(i int) int {
	for i < len(s.toks) && s.toks[i].IsQuote() {
		i++
	}
	return i
}

// contentStart skips a detached clitic and quotes at i, so that a span
// starts at a word ("لـ “الميادين”" → "الميادين").
func (s *scanner) contentStart(i int) int {
	j := i
	for j < len(s.toks)-1 && (s.toks[j].Detached() || s.toks[j].IsQuote()) {
		j++
	}
	return j
}

// prevWord returns the index of the token before i, skipping quotes, or -1.
func (s *scanner) prevWord(i int) int {
	for i--; i >= 0 && s.toks[i].IsQuote(); i-- {
	}
	return i
}
