package sources

import (
	"github.com/riwaya/riwaya/claims/arabic"
)

// wordClass is one class of lexicon.tsv compiled into a matcher, with the
// argument of each phrase.
type wordClass struct {
	m    *arabic.Matcher
	args []string
	max  int // longest phrase, in words
}

// at returns the longest phrase of the class that starts at token i.
func (c *wordClass) at(toks []arabic.Token, i int) (arabic.Match, string, bool) {
	if c == nil || !c.m.MayMatchAt(toks, i) {
		return arabic.Match{}, "", false
	}
	m, ok := c.m.MatchAt(toks, i)
	if !ok {
		return m, "", false
	}
	return m, c.args[m.Phrase], true
}

// endsAt returns a phrase of the class that ends right before token end
// (its last word is token end-1), preferring the longest.
func (c *wordClass) endsAt(toks []arabic.Token, end int) (arabic.Match, string, bool) {
	if c == nil || c.m == nil {
		return arabic.Match{}, "", false
	}
	for start := max(0, end-c.max-1); start < end; start++ {
		if !c.m.MayMatchAt(toks, start) {
			continue
		}
		m, ok := c.m.MatchAt(toks, start)
		if ok && m.Last == end && m.First-m.Lead == start {
			return m, c.args[m.Phrase], true
		}
	}
	return arabic.Match{}, "", false
}

// is reports whether a phrase of the class starts at token i and covers
// exactly that one token.
func (c *wordClass) is(toks []arabic.Token, i int) bool {
	m, _, ok := c.at(toks, i)
	return ok && m.First == i && m.Last == i+1
}

// lexicon holds the compiled classes of lexicon.tsv and nations.tsv.
type lexicon struct {
	speech, cue, addr, observe, aux, head, spokes, role, rolequal wordClass
	anon, qual, tie, link, title, particle, credit, stop, place   wordClass
	adj, ref                                                      wordClass // argument: the affiliation
	adjDef                                                        wordClass // the definite adjectives: "العراقية"
}

// lexClasses maps the class names of lexicon.tsv to whether they take an
// argument.
var lexClasses = map[string]bool{
	"speech": false, "cue": false, "observe": false, "aux": false, "head": false,
	"spokes": true, "role": true, "rolequal": false, "anon": true, "qual": true, "addr": false,
	"tie": false, "link": false, "title": false, "particle": false, "credit": false,
	"official": false, "stop": false, "place": false,
}

var qualArgs = map[string]bool{"military": true, "security": true, "diplomatic": true, "plain": true}

// classBuilder gathers the phrases of one class.
type classBuilder struct {
	phrases, args []string
	max           int
}

func (b *classBuilder) add(phrase, arg string) {
	b.phrases = append(b.phrases, phrase)
	b.args = append(b.args, arg)
	b.max = max(b.max, len(expandFields(phrase)))
}

func expandFields(p string) []string {
	var n []string
	for _, t := range arabic.Tokenize(p) {
		if !t.IsQuote() {
			n = append(n, t.Text)
		}
	}
	return n
}

func (b *classBuilder) build() wordClass {
	if b == nil {
		return wordClass{}
	}
	return wordClass{m: arabic.NewMatcher(b.phrases), args: b.args, max: b.max}
}

func (l *loader) parseLexicon(r *Registry, lines []line) {
	bs := map[string]*classBuilder{}
	for _, ln := range lines {
		f := ln.fields
		if len(f) < 2 || len(f) > 3 {
			l.addf(LexiconFile, ln.no, "want 2 or 3 tab-separated fields (class phrase [argument]), got %d", len(f))
			continue
		}
		class, phrase, arg := f[0], f[1], ""
		if len(f) == 3 {
			arg = f[2]
		}
		takesArg, ok := lexClasses[class]
		if !ok {
			l.addf(LexiconFile, ln.no, "unknown class %q", class)
			continue
		}
		if phrase == "" {
			l.addf(LexiconFile, ln.no, "%s: empty phrase", class)
			continue
		}
		if takesArg && arg == "" {
			l.addf(LexiconFile, ln.no, "%s %q: needs an argument", class, phrase)
			continue
		}
		if !takesArg && arg != "" {
			l.addf(LexiconFile, ln.no, "%s %q: takes no argument", class, phrase)
			continue
		}
		if class == "qual" && !qualArgs[arg] {
			l.addf(LexiconFile, ln.no, "qual %q: unknown class %q (military, security, diplomatic, plain)", phrase, arg)
			continue
		}
		if (class == "spokes" || class == "role" || class == "anon") && !slugRE.MatchString(arg) {
			l.addf(LexiconFile, ln.no, "%s %q: role %q is not a lowercase slug", class, phrase, arg)
			continue
		}
		if class == "official" {
			l.addTail(phrase, "*", ln.no)
			continue
		}
		if bs[class] == nil {
			bs[class] = &classBuilder{}
		}
		switch class {
		case "anon", "qual", "speech", "cue", "addr", "aux", "observe":
			// Verbs, cues and the heads of anonymous mentions are matched
			// exactly as listed (anonymous heads are indefinite).
			phrase = exactPhrase(phrase)
		}
		bs[class].add(phrase, arg)
	}
	x := &r.lex
	x.speech, x.cue, x.observe, x.aux = bs["speech"].build(), bs["cue"].build(), bs["observe"].build(), bs["aux"].build()
	x.addr, x.place = bs["addr"].build(), bs["place"].build()
	x.head, x.spokes, x.role, x.rolequal = bs["head"].build(), bs["spokes"].build(), bs["role"].build(), bs["rolequal"].build()
	x.anon, x.qual, x.tie, x.link = bs["anon"].build(), bs["qual"].build(), bs["tie"].build(), bs["link"].build()
	x.title, x.particle, x.credit, x.stop = bs["title"].build(), bs["particle"].build(), bs["credit"].build(), bs["stop"].build()
	for _, c := range []string{"speech", "cue", "head", "spokes", "anon", "qual", "stop"} {
		if bs[c] == nil {
			l.addf(LexiconFile, 0, "class %q is empty", c)
		}
	}
}

// adjEndings are the endings of a nationality adjective: masculine and
// feminine, singular, dual and plural, nominative and accusative.
var adjEndings = []string{"", "ة", "ا", "ان", "ين", "ون", "تان", "تين", "ات"}

var natFields = map[string]bool{"gov": true, "military": true, "security": true, "diplomatic": true, "parliament": true,
	"adj": true, "ref": true, "default": true}

func (l *loader) parseNations(r *Registry, lines []line) {
	affs := set(Affiliations())
	var adj, adjDef, ref classBuilder
	for _, ln := range lines {
		f := ln.fields
		if len(f) != 3 {
			l.addf(NationsFile, ln.no, "want 3 tab-separated fields (affiliation field value), got %d", len(f))
			continue
		}
		aff, field, val := f[0], f[1], f[2]
		if !affs[aff] {
			l.addf(NationsFile, ln.no, "unknown affiliation %q", aff)
			continue
		}
		if !natFields[field] {
			l.addf(NationsFile, ln.no, "%s: unknown field %q", aff, field)
			continue
		}
		if val == "" {
			l.addf(NationsFile, ln.no, "%s %s: empty value", aff, field)
			continue
		}
		n := r.nations[aff]
		if n == nil {
			n = &nation{aff: aff}
			r.nations[aff] = n
		}
		switch field {
		case "gov", "military", "security", "diplomatic", "parliament":
			if _, ok := r.byID[val]; !ok {
				l.addf(NationsFile, ln.no, "%s %s: unknown source id %q", aff, field, val)
				continue
			}
			p := map[string]*string{"gov": &n.gov, "military": &n.military, "security": &n.security, "diplomatic": &n.diplomatic,
				"parliament": &n.parliament}[field]
			if *p != "" {
				l.addf(NationsFile, ln.no, "%s: %s given twice", aff, field)
			}
			*p = val
		case "adj":
			for _, e := range adjEndings {
				adj.add("="+val+e, aff)
				adjDef.add("=ال"+val+e, aff)
				if e != "ات" {
					l.addTail("ال"+val+e, "*", ln.no)
				}
			}
		case "ref":
			ref.add(val, aff)
		case "default":
			if val != "military" {
				l.addf(NationsFile, ln.no, "%s: default must be \"military\", got %q", aff, val)
				continue
			}
			for other, o := range r.nations {
				if o.defaultMil && other != aff {
					l.addf(NationsFile, ln.no, "%s: default military already set by %s", aff, other)
				}
			}
			n.defaultMil = true
		}
	}
	for aff, n := range r.nations {
		if n.gov == "" {
			l.addf(NationsFile, 0, "%s: no gov source", aff)
		}
	}
	r.lex.adj = adj.build()
	r.lex.adjDef = adjDef.build()
	r.lex.ref = ref.build()
}
