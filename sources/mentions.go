package sources

import (
	"slices"
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Mention is one place where a text names a source.
type Mention struct {
	SourceID string
	// Span is the whole mention in the original text: for a person named
	// with a role, from the person or the role to the organisation.
	Span arabic.Span
	// Text is the original text of the span.
	Text string
	// First and Last are the token range [First, Last) of the mention in the
	// tokens given to (or made by) Mentions.
	First, Last int
	// Clitics are the folded proclitics on the first word: "ل" in لـ"سبوتنيك"
	// marks an addressee, "و" a conjunction.
	Clitics string
	// Speaker is the named person, as written, if any ("فلان الفلاني").
	Speaker string
	// Role is the role the mention names, if any: "spokesman",
	// "correspondent", "minister", "official", "source"...
	Role string
	// Anonymous marks an unnamed official, "a source" or unnamed sources.
	Anonymous bool
	// Generic marks a category of speakers (local_sources, media,
	// informed_sources, analyst, activist, outlet).
	Generic bool
	// SideDefault marks an unnamed military source tied to no side ("مصدر
	// عسكري"), taken for the default army: the context may say otherwise
	// (see Registry.MilitaryOf).
	SideDefault bool
	// Rule names the rule that found the mention (see the package
	// documentation).
	Rule string
}

// Rules that find mentions.
const (
	RuleName              = "name"
	RuleShortForm         = "short_form"
	RuleHeadName          = "head_name"
	RuleContext           = "context"
	RuleCredit            = "credit"
	RuleAffiliated        = "affiliated"
	RuleRole              = "role"
	RuleRoleOf            = "role_of"
	RulePersonRole        = "person_role"
	RulePerson            = "person"
	RuleAnonymousOfficial = "anonymous_official"
	RuleGeneric           = "generic"
)

// mediaKinds are the kinds that take generic heads (قناة، وكالة) and
// official or nationality adjectives after their names.
var mediaKinds = map[string]bool{KindMedia: true, KindWire: true, KindStateMedia: true}

// cand is one match of the names matcher.
type cand struct {
	m   arabic.Match
	e   entry
	src *Source
}

// mentionScratch is the memory of one Mentions call that the next call
// can reuse.
type mentionScratch struct {
	cands  []cand
	candAt []int
	taken  []bool
	found  []found
}

// found is a mention being built.
type found struct {
	Mention
	named bool // needs a person's name (form named:R)
	inst  bool // an institution word after a role: a place follows, not a name
}

// scanner holds the state of one call of Mentions.
type scanner struct {
	r      *Registry
	text   string
	toks   []arabic.Token
	cands  []cand
	candAt []int  // token → index of the candidate covering it, or -1
	taken  []bool // tokens inside accepted mentions
}

// Mentions returns the source mentions in text, in text order, without
// overlaps. toks must be arabic.Tokenize(text); when it is nil, Mentions
// tokenizes the text itself.
func (r *Registry) Mentions(text string, toks []arabic.Token) []Mention {
	if toks == nil {
		toks = arabic.Tokenize(text)
	}
	sc, _ := r.scratch.Get().(*mentionScratch)
	if sc == nil {
		sc = &mentionScratch{}
	}
	s := &scanner{r: r, text: text, toks: toks, cands: sc.cands[:0], candAt: sc.candAt[:0]}
	s.findCandidates()
	fs := sc.found[:0]
	for ci := range s.cands {
		if f, ok := s.accept(ci); ok {
			fs = append(fs, f)
		}
	}
	s.taken = append(sc.taken[:0], make([]bool, len(toks))...)
	defer func() {
		// Keep the memory for the next call, without references to this
		// text.
		clear(s.cands)
		clear(fs[:cap(fs)]) // also what the in-place filters left past len
		*sc = mentionScratch{cands: s.cands[:0], candAt: s.candAt[:0], taken: s.taken[:0], found: fs[:0]}
		r.scratch.Put(sc)
	}()
	mark := func(f *found) {
		for k := f.First; k < f.Last; k++ {
			s.taken[k] = true
		}
	}
	for i := range fs {
		mark(&fs[i])
	}
	// People next to roles.
	out := fs[:0]
	for _, f := range fs {
		if (f.Role != "" || f.named) && !f.inst {
			s.attachPerson(&f)
		}
		if f.named && f.Speaker == "" {
			continue
		}
		mark(&f)
		out = append(out, f)
	}
	fs = out
	fs = append(fs, s.affiliated()...)
	fs = s.anonymous(fs)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].First < fs[j].First })
	fs = s.merge(fs)

	for i := range fs {
		s.balanceQuotes(&fs[i].Mention)
	}
	res := make([]Mention, 0, len(fs))
	end := -1
	for _, f := range fs {
		if f.First < end {
			continue // overlaps the previous mention
		}
		f.Span = arabic.Span{Start: toks[f.First].Start, End: toks[f.Last-1].End}
		f.Text = text[f.Span.Start:f.Span.End]
		if f.Generic && f.Speaker == "" && f.SourceID != "outlet" {
			f.Anonymous = true
		}
		res = append(res, f.Mention)
		end = f.Last
	}
	return s.officesBack(res)
}

// officesBack adds the later bare mentions of a body's organ that the
// text named before with its body: after "الشرطة العسكرية التابعة للجيش
// الوطني", a later "أعلنت قيادة الشرطة العسكرية في المدينة" is the same
// force's military police (rule "office_back"). The organ must stand bare,
// with no body of its own after it (لـ، باسم or a link word).
func (s *scanner) officesBack(res []Mention) []Mention {
	x := &s.r.lex
	var added []Mention
	for _, mm := range res {
		if mm.Role != "body_office" || mm.Rule != "role_of" && mm.Rule != "person_role" {
			continue
		}
		om, _, ok := x.spokes.at(s.toks, mm.First)
		if !ok || om.First-om.Lead != mm.First || om.Last >= mm.Last {
			continue
		}
		for k := mm.Last; k < len(s.toks); k++ {
			m2, _, ok := x.spokes.at(s.toks, k)
			if !ok || m2.Phrase != om.Phrase || m2.First-m2.Lead != k || covered(res, k) || covered(added, k) {
				continue
			}
			if n := m2.Last; n < len(s.toks) {
				t := s.toks[n]
				if t.Kind == arabic.TokWord && (strings.Contains(t.Clitics, "ل") || t.Norm == "باسم" || x.link.is(s.toks, n)) {
					continue
				}
			}
			f := Mention{SourceID: mm.SourceID, First: k, Last: m2.Last, Clitics: m2.Clitics, Role: mm.Role, Rule: "office_back"}
			f.Span = arabic.Span{Start: s.toks[k].Start, End: s.toks[m2.Last-1].End}
			f.Text = s.text[f.Span.Start:f.Span.End]
			added = append(added, f)
			k = m2.Last - 1
		}
	}
	if len(added) == 0 {
		return res
	}
	res = append(res, added...)
	sort.SliceStable(res, func(i, j int) bool { return res[i].First < res[j].First })
	return res
}

// covered reports whether token k lies inside one of the mentions.
func covered(ms []Mention, k int) bool {
	for _, m := range ms {
		if k >= m.First && k < m.Last {
			return true
		}
	}
	return false
}

// findCandidates runs the names matcher greedily from left to right.
func (s *scanner) findCandidates() {
	s.candAt = slices.Grow(s.candAt[:0], len(s.toks))[:len(s.toks)]
	for i := range s.candAt {
		s.candAt[i] = -1
	}
	for i := 0; i < len(s.toks); {
		m, ok := s.r.names.MatchAt(s.toks, i)
		if !ok {
			i++
			continue
		}
		e := s.r.entries[m.Phrase][0]
		s.cands = append(s.cands, cand{m: m, e: e, src: &s.r.sources[e.src]})
		for k := m.First - m.Lead; k < m.Last; k++ {
			s.candAt[k] = len(s.cands) - 1
		}
		i = m.Last
	}
}

// isOpen and isClose report brackets and quote marks around names.
func isOpen(t arabic.Token) bool {
	return t.IsQuote() || t.Kind == arabic.TokPunct && (t.Text == "(" || t.Text == "[")
}

func isClose(t arabic.Token) bool {
	return t.IsQuote() || t.Kind == arabic.TokPunct && (t.Text == ")" || t.Text == "]")
}

func isComma(t arabic.Token) bool {
	return t.Kind == arabic.TokPunct && (t.Text == "،" || t.Text == ",")
}

// prevWord returns the index of the token before i, skipping quote marks
// and brackets, or -1.
func (s *scanner) prevWord(i int) int {
	k := i - 1
	for k >= 0 && (isOpen(s.toks[k]) || isClose(s.toks[k])) {
		k--
	}
	return k
}

// headlineSpeaker reports whether the candidate opens its line, or a
// headline's second part after "..", and a colon follows it right away or
// after the place it is of: "والأهالي: ..."، "ناشطون: ..."، "سكان الحي
// الشرقي: ...".
func (s *scanner) headlineSpeaker(c cand) bool {
	n := s.pastComplement(c.m.Last)
	if n >= len(s.toks) || s.toks[n].Text != ":" {
		return false
	}
	cs := c.m.First - c.m.Lead
	if cs == 0 {
		return true
	}
	p := s.toks[cs-1]
	if p.Kind != arabic.TokPunct || p.Text != "." && p.Text != ".." && p.Text != "..." && p.Text != "…" {
		return cs == 0 || strings.Contains(s.text[s.toks[cs-1].End:s.toks[cs].Start], "\n")
	}
	return true
}

// creditSubject reports whether a police or security institution word is
// the subject of a credit cue or speech verb right before it ("على ما
// نقلته شرطة حمص"، "وفق الشرطة") and no adjective after it names
// another side's institution ("بحسب الشرطة التركية") or another body
// ("الشرطة العسكرية" is a force's own police). Other institution words
// ("الجيش"، "التحالف") are named back by the claims layer, which knows
// the article's sides.
func (s *scanner) creditSubject(c cand) bool {
	x := &s.r.lex
	cs := c.m.First - c.m.Lead
	p := s.prevWord(cs)
	if p < 0 || c.m.Lead > 0 || c.src.ID != securityInstitution {
		return false
	}
	if n := c.m.Last; n < len(s.toks) && strings.HasPrefix(s.toks[c.m.Last-1].Norm, "ال") && s.toks[n].Kind == arabic.TokWord && s.toks[n].Clitics == "" && strings.HasPrefix(s.toks[n].Norm, "ال") {
		return false
	}
	_, _, cue := x.cue.endsAt(s.toks, p+1)
	_, _, sp := x.speech.endsAt(s.toks, p+1)
	if !cue && !sp {
		return false
	}
	for _, adj := range []*wordClass{&x.adj, &x.adjDef} {
		if nm, aff, ok := adj.at(s.toks, c.m.Last); ok && nm.First == c.m.Last && aff != c.src.Affiliation {
			return false
		}
	}
	return true
}

// securityInstitution is the source of the bare police and security
// institution words ("الشرطة"، "شرطة المدينة"، "الأمن العام").
const securityInstitution = "syria_interior"

// headComplementMax is the most words a generic speaker's complement may
// have between it and a headline's colon ("أهالي قرية الصفا:").
const headComplementMax = 2

// pastComplement skips the words of a generic speaker's complement that
// stand between it and a colon: "أهالي البلدة: ..."، "سكان حي الوعر:
// ...". It returns i when no colon follows such a short run of plain
// words (no conjunction, no speech verb, no punctuation).
func (s *scanner) pastComplement(i int) int {
	toks := s.toks
	for k := i; k < len(toks) && k <= i+headComplementMax; k++ {
		if toks[k].Text == ":" {
			return k
		}
		if toks[k].Kind != arabic.TokWord || strings.ContainsRune(toks[k].Clitics, 'و') {
			return i
		}
		if _, _, ok := s.r.lex.speech.at(toks, k); ok {
			return i
		}
	}
	return i
}

// nextWord returns the index of the first token at or after i that is not
// a quote mark or bracket (len(toks) if none).
func (s *scanner) nextWord(i int) int {
	for i < len(s.toks) && (isOpen(s.toks[i]) || isClose(s.toks[i])) {
		i++
	}
	return i
}

// pastLocative skips a short phrase of place right after a generic name
// ("في المنطقة", "من أبناء البلدة", "في ريف درعا"): "في" or "من" and at
// most two words with no punctuation. It returns i when none stands there.
func (s *scanner) pastLocative(i int) int {
	toks := s.toks
	if i >= len(toks) || toks[i].Kind != arabic.TokWord || toks[i].Clitics != "" || toks[i].Norm != "في" && toks[i].Norm != "من" {
		return i
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].Kind != arabic.TokWord {
			return i
		}
		if _, _, ok := s.r.lex.speech.at(toks, k); ok && k > i+1 {
			return k
		}
	}
	return i
}

// hasTanween reports whether the word carries fathatan: a noun with a case
// ending, never a foreign name.
func hasTanween(t arabic.Token) bool { return strings.ContainsRune(t.Text, '\u064B') }

// caseEnded reports whether names of the form are Arabic common nouns,
// which take the accusative tanween as the subject of إن، لكن، غير أن
// ("لكن مصدراً طبياً قال"): the generic names, never the proper ones.
func caseEnded(form string) bool { return form == FormGeneric || form == FormGenericGuard }

// context says what surrounds a candidate.
type context struct {
	headStart int    // first token of a generic head before the name, or -1
	headCl    string // clitics of the head
	opened    int    // brackets and quotes between the head and the name
	credit    bool
	cue       bool // cue, speech verb, aux or addressee: an attribution context
	observe   bool
}

func (s *scanner) context(c cand) context {
	x := &s.r.lex
	toks := s.toks
	cs := c.m.First - c.m.Lead
	ctx := context{headStart: -1}
	p := s.prevWord(cs)
	if p >= 0 && mediaKinds[c.src.Kind] {
		if hm, ok := s.headBefore(p); ok {
			ctx.headStart = hm.First - hm.Lead
			ctx.headCl = hm.Clitics
			for k := p + 1; k < cs; k++ {
				if isOpen(toks[k]) {
					ctx.opened++
				}
			}
		}
	}
	switch c.e.form {
	case FormGuard, FormGenericGuard:
	default:
		// Only guarded names need to know about cues and verbs.
		ctx.credit = s.inCredit(c, cs)
		return ctx
	}
	if p >= 0 {
		if _, _, ok := x.cue.endsAt(toks, p+1); ok {
			ctx.cue = true
		}
		if _, _, ok := x.speech.endsAt(toks, p+1); ok {
			ctx.cue = true
		}
		if _, _, ok := x.addr.endsAt(toks, p+1); ok && strings.Contains(c.m.Clitics, "ل") {
			ctx.cue = true
		}
		if _, _, ok := x.observe.endsAt(toks, p+1); ok {
			ctx.observe = true
		}
		if c.e.form == FormGenericGuard && toks[p].Norm == "عن" {
			ctx.cue = true // "نقلت الوكالة عن ناشطين": quoted from them
		}
		if c.e.form == FormGenericGuard && s.appositionBefore(p) {
			ctx.cue = true // "قال فلان، وهو أحد سكان الحي، إن": who the speaker is
		}
	}
	if c.m.Lead > 0 && strings.Contains(c.m.Clitics, "ل") {
		ctx.cue = true // لـ"الميادين": spoken to
	}
	if c.e.form == FormGenericGuard && s.headlineSpeaker(c) {
		ctx.cue = true // "الأهالي: ..." opening a headline: they speak
	}
	// A name after في، ريف، منطقة ... or with بـ/كـ/لـ is a place or an
	// object, not the subject of the verb that follows.
	subject := !strings.ContainsAny(c.m.Clitics, "بكل") && (p < 0 || !x.place.is(toks, p))
	n := s.nextWord(c.m.Last)
	if c.e.form == FormGenericGuard && subject {
		// "ناشطون في المنطقة اتهموا ...": the group's place between.
		n = s.pastLocative(n)
	}
	if n < len(toks) && subject {
		if m, _, ok := x.speech.at(toks, n); ok && m.Lead == 0 {
			ctx.cue = true
		}
		if p >= 0 && x.aux.is(toks, p) && x.aux.is(toks, n) && toks[n].Norm == "قد" {
			ctx.cue = true
		}
	}
	ctx.credit = s.inCredit(c, cs)
	return ctx
}

// headBefore finds a generic media head (وكالة، القناة) whose last word is
// token p, or that ends before one or two adjectives ending at p: an
// official or a nationality adjective may stand between the head and the
// name, "الوكالة الرسمية «سانا»"، "القناة التركية الرسمية (تي آر تي)".
func (s *scanner) headBefore(p int) (arabic.Match, bool) {
	x := &s.r.lex
	for n := 0; n <= 2 && p >= 0; n++ {
		if hm, _, ok := x.head.endsAt(s.toks, p+1); ok {
			return hm, true
		}
		if !s.mediaAdjective(p) || s.candAt[p] >= 0 {
			// An adjective inside another name ("وكالة الأنباء السورية")
			// belongs to that name, not to a head before this one.
			break
		}
		p = s.prevWord(p)
	}
	return arabic.Match{}, false
}

// mediaAdjective reports whether token p is, alone and with no proclitic,
// an adjective a medium takes: an official one ("الرسمية"، "الحكومية") or a
// nationality ("التركية").
func (s *scanner) mediaAdjective(p int) bool {
	t := s.toks[p]
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return false
	}
	if m, ok := s.r.tails.MatchAt(s.toks, p); ok && m.Lead == 0 && m.First == p && m.Last == p+1 &&
		slices.Contains(s.r.tailFor[m.Phrase], "*") {
		return true
	}
	return s.r.lex.adjDef.is(s.toks, p)
}

// inCredit reports whether the candidate stands in a credit line: after
// "المصدر:" or in a bracketed list of names that ends a paragraph.
func (s *scanner) inCredit(c cand, cs int) bool {
	toks := s.toks
	if p := cs - 1; p >= 1 && toks[p].Kind == arabic.TokPunct && toks[p].Text == ":" {
		if s.r.lex.credit.is(toks, p-1) {
			return true
		}
	}
	// A bracketed list: ( name ، name ... ) and then the end of a line.
	k := cs - 1
	for k >= 0 && (s.candAt[k] >= 0 || isComma(toks[k]) || toks[k].IsQuote()) {
		k--
	}
	if k < 0 || toks[k].Text != "(" {
		return false
	}
	j := c.m.Last
	for j < len(toks) && (s.candAt[j] >= 0 || isComma(toks[j]) || toks[j].IsQuote()) {
		j++
	}
	if j >= len(toks) || toks[j].Text != ")" {
		return false
	}
	rest := s.text[toks[j].End:]
	if j+1 < len(toks) {
		rest = s.text[toks[j].End:toks[j+1].Start]
	}
	return j+1 >= len(toks) || strings.Contains(rest, "\n")
}

// accept decides whether candidate ci is a mention and builds it.
func (s *scanner) accept(ci int) (found, bool) {
	c := s.cands[ci]
	toks := s.toks
	if hasTanween(toks[c.m.Last-1]) && !caseEnded(c.e.form) {
		return found{}, false
	}
	ctx := s.context(c)
	f := found{Mention: Mention{
		SourceID: c.src.ID,
		First:    c.m.First,
		Last:     c.m.Last,
		Clitics:  c.m.Clitics,
		Generic:  c.src.Generic,
	}}
	roleStart, role, roleCl := s.roleOf(c, ctx)
	switch c.e.form {
	case FormArabic, FormLatin:
		f.Rule = RuleName
	case FormShort:
		f.Rule = RuleShortForm
	case FormGeneric:
		f.Rule = RuleGeneric
	case FormRole:
		f.Rule, f.Role = RuleRole, c.e.role
	case FormNamed:
		f.Rule, f.Role, f.named = RulePersonRole, c.e.role, true
	case FormPerson:
		f.Rule = RulePerson
		f.Speaker = s.text[c.m.Span.Start:c.m.Span.End]
		// A title before the name belongs to the mention (الرئيس جو بايدن).
		if p := c.m.First - c.m.Lead - 1; p >= 0 && c.m.Lead == 0 && s.r.lex.title.is(toks, p) {
			f.First, f.Clitics = p, toks[p].Clitics
		}
	case FormGuard:
		if ctx.headStart < 0 && role == "" && !ctx.cue && !ctx.credit && !s.quotedAfterSources(c) {
			return found{}, false
		}
		f.Rule = RuleContext
	case FormStrict:
		if ctx.headStart < 0 && role == "" && !ctx.credit && !s.quotedAddressee(c) && !s.quotedAfterSources(c) {
			return found{}, false
		}
		f.Rule = RuleContext
	case FormGenericGuard:
		if role == "" && !ctx.cue && !ctx.observe {
			return found{}, false
		}
		f.Rule = RuleGeneric
	case FormInst:
		// "قائد شرطة حلب": only a role makes the word a source here; after
		// "مصدر في" it is taken up by anonymous. The institution itself
		// speaks as the subject of a credit that closes a sentence: "على
		// ما نقلته شرطة المدينة"، "بحسب الشرطة".
		if role == "" && !s.creditSubject(c) {
			return found{}, false
		}
		f.inst = true
	default:
		return found{}, false
	}
	if ctx.headStart >= 0 {
		f.First, f.Clitics = ctx.headStart, ctx.headCl
		f.Rule = RuleHeadName
		// Close the brackets opened between the head and the name.
		for k := 0; k < ctx.opened && f.Last < len(toks) && isClose(toks[f.Last]); k++ {
			f.Last++
		}
	}
	if ctx.credit {
		f.Rule = RuleCredit
	}
	if role != "" {
		f.First, f.Clitics, f.Role, f.Rule = roleStart, roleCl, role, RuleRoleOf
	}
	if c.src.Kind == KindStateMedia && s.foreignAdjective(c.src, f.Last) {
		// "وسائل الإعلام الرسمية الإيرانية": another side's official
		// media, which the registry knows only as media.
		f.SourceID, f.Generic = "media", true
	}
	f.Last = s.tails(c.src, f.Last)
	if f.SourceID != "media" && s.foreignAdjective(c.src, f.Last) {
		return found{}, false // another state's body: its own name finds it
	}
	return f, true
}

// foreignAdjective reports whether a state body's name is followed by the
// nationality adjective of another side: "وزارة الصحة العراقية" is not the
// Syrian ministry that the bare "وزارة الصحة" stands for, and "وسائل
// الإعلام الرسمية الإيرانية" are not Syria's official media.
func (s *scanner) foreignAdjective(src *Source, end int) bool {
	if src.Kind != KindGovernment && src.Kind != KindMilitary && src.Kind != KindStateMedia {
		return false
	}
	if end < len(s.toks) && s.toks[end].Clitics != "" {
		return false // "مركز المصالحة الروسي بسوريا": a place with ب, no adjective
	}
	classes := []*wordClass{&s.r.lex.adjDef, &s.r.lex.adj}
	if end > 0 && s.toks[end-1].Article {
		// An adjective agrees with its noun in definiteness: after
		// "الخارجية التركية" an indefinite "روسيا" is the country, the
		// object of what the ministry says ("حمّلت الخارجية التركية
		// روسيا المسؤولية"), not the accusative "روسياً".
		classes = classes[:1]
	}
	for _, adj := range classes {
		// An adjective agrees with the name and takes no proclitic:
		// "مركز المصالحة الروسي بسوريا" names where the body sits.
		if nm, aff, ok := adj.at(s.toks, end); ok && nm.First == end && nm.Lead == 0 && nm.Clitics == "" {
			return aff != src.Affiliation
		}
	}
	return false
}

// quotedAddressee reports whether the candidate is a name in quotes spoken
// to with لـ (لـ"مكان"، لـ"الوطن"): quotes and the preposition together
// make even a common word the name of a medium.
func (s *scanner) quotedAddressee(c cand) bool {
	toks := s.toks
	return strings.Contains(c.m.Clitics, "ل") && c.m.First > 0 && toks[c.m.First-1].IsQuote() &&
		c.m.Last < len(toks) && toks[c.m.Last].IsQuote()
}

// quotedAfterSources reports whether the candidate is a medium's name in
// quotes right after "مصادر" or "مصدر": مصادر "عنب بلدي" are the medium's
// own sources.
func (s *scanner) quotedAfterSources(c cand) bool {
	toks := s.toks
	if !mediaKinds[c.src.Kind] || c.m.First < 2 || !toks[c.m.First-1].IsQuote() || c.m.Last >= len(toks) || !toks[c.m.Last].IsQuote() {
		return false
	}
	_, role, ok := s.r.lex.anon.at(toks, c.m.First-2)
	return ok && role == "source"
}

// roleOf looks for a role before the candidate (after its generic head, if
// any): "المتحدث (الرسمي) باسم X" or a construct "مراسل X".
func (s *scanner) roleOf(c cand, ctx context) (start int, role, clitics string) {
	x := &s.r.lex
	toks := s.toks
	cs := c.m.First - c.m.Lead
	if ctx.headStart >= 0 {
		cs = ctx.headStart
	}
	q := s.prevWord(cs)
	if q < 0 {
		return 0, "", ""
	}
	if toks[q].Kind == arabic.TokWord && toks[q].Norm == "باسم" {
		q2 := q - 1
		if q2 >= 0 && x.rolequal.is(toks, q2) {
			q2--
		}
		if q2 >= 0 {
			if m, r, ok := x.spokes.endsAt(toks, q2+1); ok {
				return m.First - m.Lead, r, m.Clitics
			}
		}
		return 0, "", ""
	}
	if m, r, ok := x.role.endsAt(toks, q+1); ok && !toks[m.First].Article && q == cs-1 {
		return m.First - m.Lead, r, m.Clitics
	}
	if start, r, cl := s.roleOfUnit(q); r != "" {
		return start, r, cl
	}
	if start, r, cl := s.officeIn(c, q); r != "" {
		return start, r, cl
	}
	return s.spokesOfL(c, q)
}

// unitHeads are the nouns that name a unit inside a body: a commission,
// department, office, directorate or committee ("هيئة الداخلية في الإدارة
// المحلية", "دائرة الإعلام في وزارة الخارجية").
var unitHeads = map[string]bool{
	"هيئه": true, "دائره": true, "مكتب": true, "مديريه": true, "لجنه": true, "قسم": true,
}

// roleOfUnit reads a role held in a unit of the body named after "في":
// "الرئيسة المشاركة لهيئة الصحة في الإدارة الذاتية", "مدير مكتب الإعلام
// في وزارة الصحة". q is the word before the body's name; the role speaks
// for the body.
func (s *scanner) roleOfUnit(q int) (start int, role, clitics string) {
	x := &s.r.lex
	toks := s.toks
	if toks[q].Kind != arabic.TokWord || toks[q].Norm != "في" {
		return 0, "", ""
	}
	for b := q - 1; b >= 0 && b >= q-3; b-- {
		t := toks[b]
		if t.Kind != arabic.TokWord {
			return 0, "", ""
		}
		if !unitHeads[t.Stem] || t.Article {
			continue
		}
		// The role stands before the unit: with لـ after a spokesman word
		// or a co-chair, in construct after a role noun (مدير مكتب).
		if strings.Contains(t.Clitics, "ل") {
			if m, r, ok := x.spokes.endsAt(toks, b); ok {
				return m.First - m.Lead, r, m.Clitics
			}
		} else if t.Clitics == "" {
			if m, r, ok := x.role.endsAt(toks, b); ok && !toks[m.First].Article {
				return m.First - m.Lead, r, m.Clitics
			}
		}
		return 0, "", ""
	}
	return 0, "", ""
}

// officeIn finds a media office before "في" and the body it is part of:
// "المكتب الإعلامي في وزارة الخارجية"، "مديرية الإعلام في الوزارة".
// A medium after في is no body ("المكتب الإعلامي في قناة ..." is rare and
// its office speaks for the medium anyway, so media never count), nor is
// a body's general organ before في ("القيادة العامة في ...") taken. q is
// the word before the candidate.
func (s *scanner) officeIn(c cand, q int) (start int, role, clitics string) {
	x := &s.r.lex
	if mediaKinds[c.src.Kind] || q < 1 || s.toks[q].Norm != "في" || c.m.Clitics != "" {
		return 0, "", ""
	}
	if m, r, ok := x.spokes.endsAt(s.toks, q); ok && r == "media_office" {
		return m.First - m.Lead, r, m.Clitics
	}
	return 0, "", ""
}

// spokesOfL finds a spokesman word or a media office right before an
// organisation that takes لـ: "المتحدث الرسمي لقوات X", "المركز الإعلامي
// لـ"قسد"". A medium after لـ is spoken to instead ("قال المتحدث لـ"سبوتنيك""),
// so media never count. q is the word before the candidate.
func (s *scanner) spokesOfL(c cand, q int) (start int, role, clitics string) {
	x := &s.r.lex
	if mediaKinds[c.src.Kind] || !strings.Contains(c.m.Clitics, "ل") {
		return 0, "", ""
	}
	if m, r, ok := x.spokes.endsAt(s.toks, q+1); ok {
		if r == "body_office" && c.m.Last-c.m.First == 1 && s.toks[c.m.First].Article {
			// "القيادة العامة للجيش": a bare common noun names no body;
			// which army it is the article's side tells.
			return 0, "", ""
		}
		start := m.First - m.Lead
		if rm, rr, ok := x.role.endsAt(s.toks, start); ok && r == "body_office" && !s.toks[rm.First].Article {
			// "عضو القيادة العامة لـX"، "مدير المديرية العامة لـX": a person
			// of the organ speaks for the body.
			return rm.First - rm.Lead, rr, rm.Clitics
		}
		return start, r, m.Clitics
	}
	if q > 0 && x.rolequal.is(s.toks, q) {
		if m, r, ok := x.spokes.endsAt(s.toks, q); ok {
			return m.First - m.Lead, r, m.Clitics
		}
	}
	return 0, "", ""
}

// tails extends a mention of src that ends before token end over the words
// that may follow its name; it returns the new end.
func (s *scanner) tails(src *Source, end int) int {
	for n := 0; n < 2 && end < len(s.toks); n++ {
		m, ok := s.r.tails.MatchAt(s.toks, end)
		if !ok || m.Lead != 0 || m.First != end {
			break
		}
		owners := s.r.tailFor[m.Phrase]
		if !slices.Contains(owners, src.ID) && !(slices.Contains(owners, "*") && mediaKinds[src.Kind]) {
			break
		}
		end = m.Last
	}
	return end
}

// nameTok reports whether token i may be part of a personal name.
func (s *scanner) nameTok(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.Kind != arabic.TokWord || t.Detached() || s.taken[i] || s.candAt[i] >= 0 && s.cands[s.candAt[i]].e.form == FormPerson {
		return false
	}
	x := &s.r.lex
	for _, c := range []*wordClass{&x.stop, &x.speech, &x.cue, &x.head, &x.spokes, &x.role, &x.anon,
		&x.title, &x.aux, &x.tie, &x.qual, &x.link} {
		if m, _, ok := c.at(s.toks, i); ok && m.First == i {
			return false
		}
	}
	return true
}

// attachPerson looks for a personal name right after the mention ("الناطق
// باسم التحالف شون راين", "الناشط "فلان الفلاني"", after a title: "الناطق
// باسم الوزارة العميد فلان الفلاني") or before it, separated
// by a comma ("الكولونيل فلان الفلاني، المتحدث باسم ..."), and extends the
// mention over it.
func (s *scanner) attachPerson(f *found) {
	toks := s.toks
	x := &s.r.lex
	// Forward.
	k := f.Last
	if k < len(toks) && isComma(toks[k]) {
		k++
	}
	if k+1 < len(toks) && x.title.is(toks, k) && s.nameTok(k+1) {
		// A title before the name: "الناطق باسم الوزارة الدكتور فلان".
		k++
	}
	if k < len(toks) && toks[k].IsQuote() {
		j := k + 1
		for j < len(toks) && j-k <= 4 && toks[j].Kind == arabic.TokWord && !toks[j].Detached() {
			j++
		}
		if j > k+1 && j < len(toks) && toks[j].IsQuote() && s.nameTok(k+1) {
			s.setSpeaker(f, k+1, j, f.First, j+1)
			return
		}
	} else if s.nameTok(k) && !toks[k].Article && toks[k].Clitics == "" {
		// The tokenizer's guess at proclitics keeps "بوصول" (a verbal noun
		// after أفاد) out of names, at the price of names such as "ليندسي".
		j := k + 1
		for j < len(toks) && s.nameTok(j) && (j-k < 2 || x.particle.is(toks, j-1)) {
			j++
		}
		if x.particle.is(toks, j-1) {
			j--
		}
		if j > k {
			s.setSpeaker(f, k, j, f.First, j)
			return
		}
	}
	// Backward, after a comma.
	c := f.First - 1
	if c < 1 || !isComma(toks[c]) {
		return
	}
	end := c
	if toks[end-1].IsQuote() {
		end--
	}
	j := end
	for j > 0 && end-j < 4 && s.nameTok(j-1) {
		j--
	}
	// Keep two words, or more when a particle joins them (عبد الرحمن).
	for end-j > 2 && !x.particle.is(toks, j+1) && !x.particle.is(toks, j) {
		j++
	}
	for j < end && (toks[j].Article || x.particle.is(toks, j)) {
		j++
	}
	if j >= end {
		return
	}
	start := j
	if start > 0 && toks[start-1].IsQuote() {
		start--
	}
	if start > 0 && x.title.is(toks, start-1) {
		start--
	}
	s.setSpeaker(f, j, end, start, f.Last)
}

// setSpeaker records the name in tokens [from, to) and sets the mention's
// token range to [first, last).
func (s *scanner) setSpeaker(f *found, from, to, first, last int) {
	f.Speaker = s.text[s.toks[from].Start:s.toks[to-1].End]
	f.First, f.Last = first, last
	f.Rule = RulePersonRole
	if first < f.First {
		f.Clitics = s.toks[first].Clitics
	}
}

// affiliated finds heads tied to a side: "وكالة الأنباء الموالية لدمشق".
func (s *scanner) affiliated() []found {
	var out []found
	x := &s.r.lex
	for i := 0; i < len(s.toks); i++ {
		if s.taken[i] {
			continue
		}
		m, ok := s.r.affils.MatchAt(s.toks, i)
		if !ok || slices.Contains(s.taken[m.First:m.Last], true) {
			continue
		}
		src, _ := s.r.Source(s.r.affilOf[m.Phrase])
		j := m.Last
		linked := false
		if lm, _, ok := x.link.at(s.toks, j); ok && lm.Lead == 0 {
			j, linked = lm.Last, true
		}
		rm, aff, ok := x.ref.at(s.toks, j)
		if !ok || aff != src.Affiliation || rm.First != j && rm.Lead == 0 {
			continue
		}
		if !linked && rm.Clitics != "" {
			continue
		}
		f := found{Mention: Mention{SourceID: src.ID, First: m.First, Last: rm.Last, Clitics: m.Clitics,
			Rule: RuleAffiliated, Generic: src.Generic}}
		f.Last = s.tails(&src, f.Last)
		for k := f.First; k < f.Last; k++ {
			s.taken[k] = true
		}
		out = append(out, f)
		i = f.Last - 1
	}
	return out
}

// qualRank orders the classes of qualifiers: the strongest decides.
var qualRank = map[string]int{"plain": 1, "diplomatic": 2, "security": 3, "military": 4}

// anonymous finds unnamed officials and sources and ties them to the
// mention that follows, to a side, or to the default army. fs are the
// mentions found so far; a mention an official is tied to is absorbed.
func (s *scanner) anonymous(fs []found) []found {
	x := &s.r.lex
	toks := s.toks
	startAt := map[int]int{} // first token (lead included) → index into fs
	for i, f := range fs {
		startAt[f.First] = i
	}
	drop := map[int]bool{}
	var out []found
	for i := 0; i < len(toks); i++ {
		if s.taken[i] {
			continue
		}
		am, role, ok := x.anon.at(toks, i)
		if !ok || am.Lead != 0 || am.First != i {
			continue
		}
		if i > 0 {
			if pm, _, ok := x.anon.at(toks, i-1); ok && pm.Last == i {
				// "مسؤول إعلامي في ...": a head after another head
				// describes it; the first head leads the mention.
				continue
			}
		}
		j, qual := am.Last, ""
		nat := ""
		for n := 0; n < 4 && j < len(toks); n++ {
			if j+1 < len(toks) && toks[j].Norm == "برتبه" && toks[j+1].Kind == arabic.TokWord && !s.taken[j+1] {
				// "ضابط برتبة عقيد في الجيش": the rank stands between
				// the head and its tie.
				j += 2
				continue
			}
			if qm, cls, ok := x.qual.at(toks, j); ok && qm.First == j && qm.Lead == 0 && !s.taken[j] {
				if qualRank[cls] > qualRank[qual] {
					qual = cls
				}
				j = qm.Last
				continue
			}
			if nat == "" {
				if nm, aff, ok := x.adj.at(toks, j); ok && nm.First == j && nm.Lead == 0 && !s.taken[j] {
					nat, j = aff, nm.Last
					continue
				}
			}
			break
		}
		id, end := "", j
		// Tied to an institution: في/من/داخل + mention, or بـ + mention.
		if j < len(toks) {
			if fi, ok := startAt[j]; ok && strings.Contains(fs[fi].Clitics, "ب") && !drop[fi] {
				id, end = fs[fi].SourceID, fs[fi].Last
				drop[fi] = true
			} else if (qual == "" || qual == "plain") && strings.Contains(toks[j].Clitics, "ب") && toks[j].Stem != "محافظه" {
				// "مصدر بشرطة حلب"، "مسؤول بالمستشفى": بـ ties the head to
				// an institution word as في does; "بمحافظة درعا" is where
				// the source is, not its governorate's office.
				if iid, iend := s.institution(j, qual, role); iid != "" {
					id, end = iid, iend
				}
			} else if x.tie.is(toks, j) {
				if fi, ok := startAt[j+1]; ok && !drop[fi] {
					id, end = fs[fi].SourceID, fs[fi].Last
					drop[fi] = true
				} else if fi, ok := startAt[j+2]; ok && !drop[fi] && teamWord(toks, j+1) {
					// "مسؤول في فريق الدفاع المدني": a team or staff
					// word between the tie and the body it belongs to.
					id, end = fs[fi].SourceID, fs[fi].Last
					drop[fi] = true
				} else if qual == "" || qual == "plain" {
					if iid, iend := s.institution(j+1, qual, role); iid != "" {
						id, end = iid, iend
					}
				}
				if id == "" {
					// "مصدر عسكري في الوزارة الروسية": a body named by its side.
					if bid, bend := s.bodyOfSide(j+1, qual, role); bid != "" {
						id, end = bid, bend
					}
				}
			}
		}
		if id == "" && j < len(toks) {
			if lm, _, ok := x.link.at(toks, j); ok && lm.Lead == 0 && lm.First == j {
				if rm, aff, ok := x.ref.at(toks, lm.Last); ok && rm.First-rm.Lead == lm.Last {
					nat, end = aff, rm.Last
				}
			}
		}
		sideDefault := false
		if id == "" {
			id = s.sideSource(nat, qual, role)
			sideDefault = id != "" && nat == ""
		}
		speaker := ""
		if id == "" && nat == "" && s.localHead(i, j) {
			// "مسؤول محلي"، "مسؤولون محليون": a local official with no
			// body, one of the local sources, named by his head.
			id, speaker = "local_sources", s.text[toks[i].Start:toks[j-1].End]
		}
		if id == "" && nat == "" && qual == "" && role == "source" && s.toldMedium(fs, startAt, j) {
			// "قالت مصادر لـ"العربية"": unnamed sources of the medium they
			// speak to, which stays a mention of its own (the relay).
			id = "informed_sources"
		}
		if id == "" {
			continue
		}
		src, _ := s.r.Source(id)
		out = append(out, found{Mention: Mention{SourceID: id, First: i, Last: end, Clitics: am.Clitics,
			Role: role, Anonymous: true, Generic: src.Generic, Rule: RuleAnonymousOfficial, SideDefault: sideDefault, Speaker: speaker}})
		for k := i; k < end; k++ {
			s.taken[k] = true
		}
		i = end - 1
	}
	kept := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	return append(kept, out...)
}

// toldMedium reports whether a medium addressed with لـ starts at token j
// ("لـ"سكاي نيوز"", "لوكالة رويترز").
func (s *scanner) toldMedium(fs []found, startAt map[int]int, j int) bool {
	// The mention starts at its name: a detached "لـ" and quotes may come
	// first.
	for k := j; k < j+3 && k < len(s.toks); k++ {
		fi, ok := startAt[k]
		if !ok {
			if t := s.toks[k]; !t.IsQuote() && t.Norm != "ل" {
				return false
			}
			continue
		}
		if !strings.Contains(fs[fi].Clitics, "ل") {
			return false
		}
		src, ok := s.r.Source(fs[fi].SourceID)
		return ok && mediaKinds[src.Kind] && !src.Generic
	}
	return false
}

// institution ties an unnamed source to an institution word at token i
// ("مصدر في الشرطة", "مسؤول في مشفى المدينة"): the word's source, or the
// side named by a nationality adjective right after it ("في الشرطة
// التركية"); an adjective of the institution's own side keeps the
// institution ("في الشرطة السورية"). It returns "" when no institution
// word starts at i.
func (s *scanner) institution(i int, qual, role string) (string, int) {
	if i >= len(s.toks) || s.candAt[i] < 0 {
		return "", 0
	}
	c := s.cands[s.candAt[i]]
	inst := c.e.form == FormInst || c.e.form == FormGenericGuard // "في مستشفى": a hospital
	end := c.m.Last
	if c.e.form == FormGuard && s.toks[i].Norm == "محافظه" {
		// "مصدر في محافظة اللاذقية": the governorate's office, named by
		// the word محافظة; the place after it stays a place.
		inst, end = true, i+1
	}
	if !inst || c.m.First-c.m.Lead != i || s.taken[i] {
		return "", 0
	}
	for _, adj := range []*wordClass{&s.r.lex.adj, &s.r.lex.adjDef} {
		if nm, aff, ok := adj.at(s.toks, end); ok && nm.First == end && nm.Lead == 0 {
			if aff == c.src.Affiliation && !c.src.Generic {
				// "مصدر في الشرطة السورية": the adjective names the
				// institution's own side, so the institution stands.
				return c.src.ID, nm.Last
			}
			return s.sideSource(aff, qual, role), nm.Last
		}
	}
	return c.src.ID, end
}

// sideSource returns the source that an unnamed official of side nat
// belongs to, given the strongest qualifier and the head's role.
func (s *scanner) sideSource(nat, qual, role string) string {
	if nat == "" {
		if qual != "military" {
			return ""
		}
		for _, n := range s.r.nations {
			if n.defaultMil {
				return n.military
			}
		}
		return ""
	}
	n := s.r.nations[nat]
	if n == nil {
		return ""
	}
	pick := n.gov
	switch {
	case qual == "security" && n.security != "":
		pick = n.security
	case qual == "military" || qual == "security" || role == "officer":
		pick = n.military
	case qual == "diplomatic" || role == "diplomat":
		pick = n.diplomatic
	case role == "parliamentarian":
		pick = n.parliament
	}
	if pick == "" {
		pick = n.gov
	}
	return pick
}

// merge joins neighbouring mentions of one source: a name and its
// alias in brackets or after a dash (وزارة الدفاع الأمريكية (البنتاجون)),
// and a role next to the person who holds it (الرئيس التركي رجب طيب أردوغان).
func (s *scanner) merge(fs []found) []found {
	if len(fs) < 2 {
		return fs
	}
	toks := s.toks
	out := fs[:1] // in place: out never passes the mention being read
	for _, b := range fs[1:] {
		a := &out[len(out)-1]
		if a.SourceID != b.SourceID || b.First < a.Last {
			out = append(out, b)
			continue
		}
		gap := toks[a.Last:b.First]
		onlyBrackets, commas, opened := len(gap) > 0, 0, 0
		for _, t := range gap {
			switch {
			case isComma(t):
				commas++
				onlyBrackets = false
			case isOpen(t) && !t.IsQuote() || t.IsQuote():
				opened++
			case isClose(t):
			case t.Kind == arabic.TokPunct && (t.Text == "-" || t.Text == "–" || t.Text == "—"):
			default:
				onlyBrackets = false
			}
		}
		rolePerson := a.Role != "" && a.Speaker == "" && b.Rule == RulePerson && commas <= 1 && len(gap) == commas
		personRole := a.Rule == RulePerson && b.Role != "" && b.Speaker == "" && commas == 1 && len(gap) == 1
		switch {
		case rolePerson:
			a.Speaker, a.Last, a.Rule = b.Speaker, b.Last, RulePersonRole
		case personRole:
			a.Role, a.Last, a.Rule = b.Role, b.Last, RulePersonRole
		case onlyBrackets:
			a.Last = b.Last
			for k := 0; k < opened && a.Last < len(toks) && isClose(toks[a.Last]); k++ {
				a.Last++
			}
			if a.Speaker == "" {
				a.Speaker = b.Speaker
			}
		default:
			out = append(out, b)
		}
	}
	return out
}

// balanceQuotes extends a mention over the quote mark that closes one
// opened inside it, or opens one closed inside it: «حزب الله» اللبناني,
// تنظيم «الدولة الإسلامية».
func (s *scanner) balanceQuotes(m *Mention) {
	open := 0 // quotes opened and not closed inside the span; negative: closed before opening
	for k := m.First; k < m.Last; k++ {
		t := s.toks[k]
		if !t.IsQuote() {
			continue
		}
		switch t.Text {
		case "«", "“", "‹", "„", "‟":
			open++
		case "»", "”", "›":
			open--
		default: // " ' ‘ ’: closing when something is open
			if open > 0 {
				open--
			} else {
				open++
			}
		}
	}
	if open > 0 && m.Last < len(s.toks) && s.toks[m.Last].IsQuote() {
		m.Last++
	}
	if open < 0 && m.First > 0 && s.toks[m.First-1].IsQuote() {
		m.First--
	}
}

// teamWords are the words for a body's team, staff or crews that may stand
// between an unnamed official's tie and the body: "عضو في فريق الخوذ
// البيضاء"، "عضو في طواقم الهلال الأحمر"، "مصدر في كوادر الدفاع المدني".
var teamWords = map[string]bool{
	"فريق": true, "فرق": true, "طواقم": true, "طاقم": true, "كوادر": true, "كادر": true,
	"منظمه": true, "مؤسسه": true, "وحدات": true, "قياده": true,
}

// teamWord reports whether token i is a bare team word (see teamWords).
func teamWord(toks []arabic.Token, i int) bool {
	return i < len(toks) && toks[i].Kind == arabic.TokWord && toks[i].Clitics == "" && !toks[i].Article && teamWords[toks[i].Norm]
}
