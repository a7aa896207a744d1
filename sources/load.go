package sources

import (
	"bufio"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// The files of the registry, relative to the directory given to LoadFS.
const (
	SourcesFile = "sources.tsv"
	NamesFile   = "names.tsv"
	LexiconFile = "lexicon.tsv"
	NationsFile = "nations.tsv"
)

// Problem is one thing wrong with the registry data.
type Problem struct {
	File string
	Line int // 1-based; 0 when the problem concerns the whole file
	Msg  string
}

// String formats the problem as file:line: message.
func (p Problem) String() string {
	if p.Line == 0 {
		return p.File + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// ValidationError lists every problem found in the registry data.
type ValidationError struct {
	Problems []Problem
}

// Error lists every problem, one per line.
func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sources: %d problem(s) in the registry data", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

var slugRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// line is one data line of a TSV file.
type line struct {
	no     int
	fields []string
}

// loader accumulates problems while reading the files.
type loader struct {
	problems []Problem
	tails    *phraseSet
	tailFor  [][]string // per tail phrase: the source ids it may follow ("*": any media)
}

// addTail adds a tail phrase for owner ("*" for every media source).
func (l *loader) addTail(text, owner string, no int) {
	for _, alt := range expand(text) {
		i, _, _ := l.tails.add(exactPhrase(alt), arabic.Fold(alt), owner, no)
		for len(l.tailFor) <= i {
			l.tailFor = append(l.tailFor, nil)
		}
		if slices.Contains(l.tailFor[i], owner) {
			l.addf(NamesFile, no, "%s: duplicate tail %q", owner, alt)
			continue
		}
		l.tailFor[i] = append(l.tailFor[i], owner)
	}
}

func (l *loader) addf(file string, no int, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: no, Msg: fmt.Sprintf(format, args...)})
}

// readTSV reads the data lines of a file: blank lines and lines starting
// with # are skipped, fields are tab-separated and trimmed.
func (l *loader) readTSV(fsys fs.FS, name string) []line {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		l.addf(name, 0, "cannot read: %v", err)
		return nil
	}
	var out []line
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for no := 1; sc.Scan(); no++ {
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		f := strings.Split(t, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		out = append(out, line{no: no, fields: f})
	}
	if err := sc.Err(); err != nil {
		l.addf(name, 0, "cannot read: %v", err)
	}
	return out
}

// LoadFS reads and validates the registry files (SourcesFile, NamesFile,
// LexiconFile, NationsFile) from fsys. On any problem it returns a
// *ValidationError that lists them all.
func LoadFS(fsys fs.FS) (*Registry, error) {
	l := &loader{tails: newPhraseSet()}
	r := &Registry{byID: map[string]int{}, lookup: map[string]int{}, nations: map[string]*nation{}}
	srcLines := l.readTSV(fsys, SourcesFile)
	nameLines := l.readTSV(fsys, NamesFile)
	lexLines := l.readTSV(fsys, LexiconFile)
	natLines := l.readTSV(fsys, NationsFile)

	l.parseSources(r, srcLines)
	l.parseNames(r, nameLines)
	l.parseLexicon(r, lexLines)
	l.parseNations(r, natLines)
	r.tails = arabic.NewMatcher(l.tails.phrases)
	r.tailFor = l.tailFor
	if len(l.problems) > 0 {
		return nil, &ValidationError{Problems: l.problems}
	}
	r.buildLookup()
	return r, nil
}

func (l *loader) parseSources(r *Registry, lines []line) {
	kinds, affs, actors := set(Kinds()), set(Affiliations()), set(Actors())
	parentLine := map[string]int{}
	for _, ln := range lines {
		f := ln.fields
		if len(f) != 8 {
			l.addf(SourcesFile, ln.no, "want 8 tab-separated fields (id kind affiliation actor parent flags name_en name_ar), got %d", len(f))
			continue
		}
		s := Source{ID: f[0], Kind: f[1], Affiliation: f[2], Actor: dash(f[3]), Parent: dash(f[4]), Name: f[6], NameAr: f[7]}
		ok := true
		if !slugRE.MatchString(s.ID) {
			l.addf(SourcesFile, ln.no, "id %q is not a lowercase ASCII slug", s.ID)
			ok = false
		} else if prev, dup := r.byID[s.ID]; dup {
			l.addf(SourcesFile, ln.no, "duplicate id %q (first defined for %q)", s.ID, r.sources[prev].Name)
			ok = false
		}
		if !kinds[s.Kind] {
			l.addf(SourcesFile, ln.no, "%s: unknown kind %q", s.ID, s.Kind)
		}
		if !affs[s.Affiliation] {
			l.addf(SourcesFile, ln.no, "%s: unknown affiliation %q", s.ID, s.Affiliation)
		}
		if s.Actor != "" && !actors[s.Actor] {
			l.addf(SourcesFile, ln.no, "%s: unknown actor %q", s.ID, s.Actor)
		}
		for _, fl := range strings.Split(dash(f[5]), ",") {
			switch strings.TrimSpace(fl) {
			case "":
			case "generic":
				s.Generic = true
			case "organ":
				s.Organ = true
			default:
				l.addf(SourcesFile, ln.no, "%s: unknown flag %q", s.ID, fl)
			}
		}
		if s.Organ && s.Parent == "" {
			l.addf(SourcesFile, ln.no, "%s: an organ needs the parent it voices", s.ID)
		}
		if s.Name == "" || s.Name == "-" {
			l.addf(SourcesFile, ln.no, "%s: empty English name", s.ID)
		}
		if s.NameAr == "" || s.NameAr == "-" {
			l.addf(SourcesFile, ln.no, "%s: empty Arabic name", s.ID)
		}
		if !ok {
			continue
		}
		r.byID[s.ID] = len(r.sources)
		r.sources = append(r.sources, s)
		parentLine[s.ID] = ln.no
	}
	for _, s := range r.sources {
		if s.Parent == "" {
			continue
		}
		if s.Parent == s.ID {
			l.addf(SourcesFile, parentLine[s.ID], "%s: is its own parent", s.ID)
		} else if _, ok := r.byID[s.Parent]; !ok {
			l.addf(SourcesFile, parentLine[s.ID], "%s: unknown parent %q", s.ID, s.Parent)
		}
	}
	// Cycles: walk up from each source at most len(sources) steps.
	for _, s := range r.sources {
		cur, steps := s.Parent, 0
		for cur != "" && cur != s.ID && steps <= len(r.sources) {
			i, ok := r.byID[cur]
			if !ok {
				break
			}
			cur, steps = r.sources[i].Parent, steps+1
		}
		if cur == s.ID && s.Parent != s.ID {
			l.addf(SourcesFile, parentLine[s.ID], "%s: parent chain loops back to itself", s.ID)
		}
	}
}

// phraseSet collects matcher phrases, each with a list of payloads, and
// reports the same name given twice.
type phraseSet struct {
	phrases []string
	index   map[string]int // folded phrase → index
	owner   map[string]string
	line    map[string]int
}

func newPhraseSet() *phraseSet {
	return &phraseSet{index: map[string]int{}, owner: map[string]string{}, line: map[string]int{}}
}

// add adds a phrase (already compiled for the matcher) under its folded
// key; it returns the phrase index and, when the key was already owned by
// someone else, the previous owner and line.
func (p *phraseSet) add(compiled, key, owner string, no int) (idx int, prevOwner string, prevLine int) {
	if i, ok := p.index[key]; ok {
		return i, p.owner[key], p.line[key]
	}
	p.index[key] = len(p.phrases)
	p.owner[key] = owner
	p.line[key] = no
	p.phrases = append(p.phrases, compiled)
	return len(p.phrases) - 1, "", 0
}

// matchForms are the forms searched for in text by the names matcher.
var matchForms = map[string]bool{
	FormArabic: true, FormGuard: true, FormStrict: true, FormShort: true, FormGeneric: true,
	FormGenericGuard: true, FormRole: true, FormNamed: true, FormPerson: true, FormLatin: true,
	FormInst: true,
}

func (l *loader) parseNames(r *Registry, lines []line) {
	names := newPhraseSet()
	affils := newPhraseSet()
	for _, ln := range lines {
		f := ln.fields
		if len(f) != 3 {
			l.addf(NamesFile, ln.no, "want 3 tab-separated fields (id form text), got %d", len(f))
			continue
		}
		id, form, text := f[0], f[1], f[2]
		role := ""
		if k := strings.IndexByte(form, ':'); k >= 0 {
			form, role = form[:k], form[k+1:]
			if (form != FormRole && form != FormNamed) || !slugRE.MatchString(role) {
				l.addf(NamesFile, ln.no, "bad form %q: only role:R and named:R take a role, a lowercase slug", f[1])
				continue
			}
		} else if form == FormRole || form == FormNamed {
			l.addf(NamesFile, ln.no, "form %q needs a role (%s:R)", form, form)
			continue
		}
		si, ok := r.byID[id]
		if !ok {
			l.addf(NamesFile, ln.no, "unknown source id %q", id)
			continue
		}
		switch {
		case matchForms[form], form == FormEnglish, form == FormTail, form == FormAffil:
		default:
			l.addf(NamesFile, ln.no, "%s: unknown form %q", id, form)
			continue
		}
		if text == "" || strings.Trim(text, "|") == "" || strings.Contains(text, "||") {
			l.addf(NamesFile, ln.no, "%s: empty name", id)
			continue
		}
		r.sources[si].Names = append(r.sources[si].Names, Name{Form: form, Role: role, Text: text})
		if form == FormEnglish {
			continue
		}
		if form == FormLatin && hasArabic(text) || form != FormLatin && !hasArabic(text) {
			l.addf(NamesFile, ln.no, "%s: form %s wants %s script: %q", id, form, map[bool]string{true: "Latin", false: "Arabic"}[form == FormLatin], text)
			continue
		}
		for _, alt := range expand(text) {
			key := arabic.Fold(alt)
			compiled := exactPhrase(alt)
			switch form {
			case FormTail:
				l.addTail(alt, id, ln.no)
			case FormAffil:
				if _, prev, pl := affils.add(compiled, key, id, ln.no); prev != "" {
					l.addf(NamesFile, ln.no, "%s: affiliated head %q already belongs to %s (line %d)", id, alt, prev, pl)
				}
			default:
				i, prev, pl := names.add(compiled, key, id, ln.no)
				if prev != "" {
					l.addf(NamesFile, ln.no, "%s: name %q already names %s (line %d)", id, alt, prev, pl)
					continue
				}
				for len(r.entries) <= i {
					r.entries = append(r.entries, nil)
				}
				r.entries[i] = append(r.entries[i], entry{src: si, form: form, role: role})
			}
		}
	}
	// General tails of media mentions (official and nationality adjectives)
	// are added with the lexicon and the nations.
	r.names = arabic.NewMatcher(names.phrases)
	r.affils = arabic.NewMatcher(affils.phrases)
	r.affilOf = make([]string, len(affils.phrases))
	for k, i := range affils.index {
		r.affilOf[i] = affils.owner[k]
	}
}

// exactPhrase writes a name for the matcher: every Arabic word must match
// with its article state and without suffixes ("=" in the matcher's syntax).
func exactPhrase(p string) string {
	words := strings.Fields(p)
	for i, w := range words {
		if hasArabic(w) && !strings.HasPrefix(w, "=") {
			words[i] = "=" + w
		}
	}
	return strings.Join(words, " ")
}

// expand expands word alternatives: "الدفاع الأمريكية|الأميركية" gives two
// phrases.
func expand(p string) []string {
	out := []string{""}
	for _, w := range strings.Fields(p) {
		alts := strings.Split(w, "|")
		next := make([]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				if o == "" {
					next = append(next, a)
				} else {
					next = append(next, o+" "+a)
				}
			}
		}
		out = next
	}
	return out
}

func hasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func set(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// buildLookup indexes every name for Lookup, most specific first: ids,
// English and Latin names, display names, then Arabic names. The first
// source to claim a key keeps it.
func (r *Registry) buildLookup() {
	put := func(name string, i int) {
		for _, k := range lookupKeys(name) {
			if _, ok := r.lookup[k]; !ok {
				r.lookup[k] = i
			}
		}
	}
	putExact := func(name string, i int) {
		if k := lookupKey(name); k != "" {
			if _, ok := r.lookup[k]; !ok {
				r.lookup[k] = i
			}
		}
	}
	// Exact keys first, so that a derived key (without "al" or ".net")
	// never hides another source's exact name.
	for pass := 0; pass < 2; pass++ {
		add := putExact
		if pass == 1 {
			add = put
		}
		for i, s := range r.sources {
			add(s.ID, i)
			add(s.Name, i)
			for _, n := range s.Names {
				if n.Form == FormEnglish || n.Form == FormLatin {
					add(n.Text, i)
				}
			}
		}
		for i, s := range r.sources {
			for _, n := range s.Names {
				switch n.Form {
				case FormArabic, FormGuard, FormStrict:
					for _, alt := range expand(n.Text) {
						add(alt, i)
					}
				}
			}
			add(s.NameAr, i)
		}
	}
}
