package sources

import (
	"embed"
	"io/fs"
	"strings"
	"sync"
	"unicode"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Kinds of sources.
const (
	KindStateMedia    = "state_media"
	KindGovernment    = "government"
	KindMilitary      = "military"
	KindMonitor       = "monitor"
	KindMedia         = "media"
	KindWire          = "wire"
	KindArmedGroup    = "armed_group"
	KindInternational = "international"
	KindAnonymous     = "anonymous"
	KindOutlet        = "outlet"
)

// Kinds lists every valid kind.
func Kinds() []string {
	return []string{KindStateMedia, KindGovernment, KindMilitary, KindMonitor, KindMedia,
		KindWire, KindArmedGroup, KindInternational, KindAnonymous, KindOutlet}
}

// Affiliations lists every valid affiliation: the side a source is aligned
// with.
func Affiliations() []string {
	return []string{"syria_gov", "opposition", "us", "russia", "iran", "turkey", "israel",
		"sdf", "iraq", "jordan", "lebanon", "un", "independent", "isis", "unknown"}
}

// Actors lists the actor ids of CONTRACT.md that a source may speak for.
func Actors() []string {
	return []string{"us", "coalition", "israel", "russia", "turkey", "syria_gov",
		"iran_backed", "sdf", "isis", "unknown"}
}

// Forms of names (the second column of names.tsv).
const (
	FormArabic       = "ar"            // unambiguous Arabic name
	FormGuard        = "guard"         // Arabic name that needs an attribution context
	FormStrict       = "strict"        // Arabic name that needs a generic head or a credit line
	FormShort        = "short"         // short form
	FormGeneric      = "generic"       // unnamed category of speakers
	FormGenericGuard = "generic_guard" // generic that needs an attribution context
	FormRole         = "role"          // "role:R": a person by role
	FormNamed        = "named"         // "named:R": a role that needs a person's name
	FormPerson       = "person"        // a person by name
	FormLatin        = "latin"         // Latin-script name found in Arabic text
	FormEnglish      = "en"            // English alias, for Lookup only
	FormTail         = "tail"          // words that may follow a name
	FormAffil        = "affil"         // head tied to the source's side
	FormInst         = "inst"          // institution word: names the source only after "مصدر في" or a role
)

// Source is one entry of the registry.
type Source struct {
	ID          string // lowercase ASCII slug, as in CONTRACT.md
	Kind        string // one of Kinds()
	Affiliation string // one of Affiliations()
	Actor       string // one of Actors(), or "" for bodies that carry out nothing
	Parent      string // id of the body this one belongs to, or ""
	Generic     bool   // a category of speakers rather than one body
	Organ       bool   // a medium that only voices its parent: what it says, the parent says through it
	Name        string // English display name
	NameAr      string // Arabic display name
	Names       []Name // every form under which the source is named
}

// Name is one form under which a source is named.
type Name struct {
	Form string // one of the Form constants (without the role)
	Role string // for role and named forms: the role ("minister", "analyst")
	Text string // as written in the data ("a|b" alternatives not expanded)
}

// Registry holds the sources and the compiled matchers that find them. It is
// read-only after Load and safe for concurrent use.
type Registry struct {
	sources []Source
	byID    map[string]int
	lookup  map[string]int // Lookup key → index into sources

	names   *arabic.Matcher
	entries [][]entry // per phrase of names: what it stands for
	tails   *arabic.Matcher
	tailFor [][]string // per tail phrase: source ids ("*" for any media source)
	affils  *arabic.Matcher
	affilOf []string // per affil phrase: source id
	lex     lexicon
	nations map[string]*nation

	// scratch recycles the memory of finished Mentions calls
	// (*mentionScratch); no Mention refers to it.
	scratch sync.Pool
}

// entry is what one phrase of the names matcher stands for.
type entry struct {
	src  int    // index into sources
	form string // Form constant
	role string
}

// nation is one side of nations.tsv.
type nation struct {
	aff        string
	gov        string
	military   string
	diplomatic string
	security   string // an unnamed security source, when not the military
	parliament string
	defaultMil bool
}

//go:embed data/*.tsv
var embedded embed.FS

// Load parses and validates the embedded registry. It returns an error that
// lists every problem found; the embedded data has none, so an error here
// means a broken build.
func Load() (*Registry, error) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		return nil, err
	}
	return LoadFS(sub)
}

// MilitaryOf returns the source that an unnamed military source of side
// aff belongs to ("مصدر عسكري إسرائيلي" → idf), or "" when the side has
// none.
func (r *Registry) MilitaryOf(aff string) string {
	if n := r.nations[aff]; n != nil {
		return n.military
	}
	return ""
}

// Len returns the number of sources.
func (r *Registry) Len() int { return len(r.sources) }

// Sources returns every source in data order. The slice is a copy; the
// sources' Names slices are shared and must not be modified.
func (r *Registry) Sources() []Source {
	return append([]Source(nil), r.sources...)
}

// Source returns the source with the given id.
func (r *Registry) Source(id string) (Source, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Source{}, false
	}
	return r.sources[i], true
}

// Lookup finds a source by a name as written by people and programs: an id
// ("alarabiya"), an English name or alias ("Al Arabiya.net", "Sky News
// Arabia", "SY24"), or an Arabic name ("سكاي نيوز", "العربية.نت",
// "شينخوا"). Case, spacing, punctuation, hamza and diacritics do not matter,
// and neither does a leading "al"/"the"/ال or a trailing ".net" or "نت".
func (r *Registry) Lookup(name string) (Source, bool) {
	for _, n := range lookupNames(name) {
		for _, k := range lookupKeys(n) {
			if i, ok := r.lookup[k]; ok {
				return r.sources[i], true
			}
		}
	}
	return Source{}, false
}

// lookupNames is the name as given, then without a trailing qualifier in
// brackets ("Xinhua (Arabic)" → "Xinhua"), then the bracketed part alone
// ("Hawar News Agency (ANHA)" → "ANHA").
func lookupNames(name string) []string {
	names := []string{name}
	if i := strings.LastIndexByte(name, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(name), ")") {
		names = append(names, strings.TrimSpace(name[:i]))
		inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name[i+1:]), ")"))
		if inner != "" {
			names = append(names, inner)
		}
	}
	// A trailing language edition ("Rudaw Arabic", "Sputnik Arabic",
	// "Kan Arabic" of the bracket above) names the same outlet.
	for _, n := range names {
		if f := strings.Fields(n); len(f) > 1 && languageEditions[strings.ToLower(f[len(f)-1])] {
			names = append(names, strings.Join(f[:len(f)-1], " "))
		}
	}
	return names
}

// languageEditions are the words that mark an outlet's language edition
// after its name.
var languageEditions = map[string]bool{"arabic": true, "english": true, "عربي": true, "بالعربية": true}

// lookupKey folds s and keeps only its letters and digits.
func lookupKey(s string) string {
	s = arabic.Fold(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lookupKeys returns the keys under which name is looked up, most exact
// first: the key itself, then without a leading article or "the", then
// without a trailing domain.
func lookupKeys(name string) []string {
	k := lookupKey(name)
	if k == "" {
		return nil
	}
	keys := []string{k}
	add := func(s string) {
		if s == "" {
			return
		}
		for _, x := range keys {
			if x == s {
				return
			}
		}
		keys = append(keys, s)
	}
	for _, base := range []string{k, stripSuffix(k)} {
		add(base)
		add(stripPrefix(base))
	}
	return keys
}

func stripPrefix(k string) string {
	for _, p := range []string{"the", "al", "ال"} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			return k[len(p):]
		}
	}
	return k
}

func stripSuffix(k string) string {
	for _, s := range []string{"net", "com", "نت", "tv"} {
		if strings.HasSuffix(k, s) && len(k) > len(s)+2 {
			return k[:len(k)-len(s)]
		}
	}
	return k
}
