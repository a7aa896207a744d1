package places

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Problem is one defect of the place data.
type Problem struct {
	Line int // 1-based line of the data file; 0 when not tied to a line
	Msg  string
}

// DataError lists every problem found in place data.
type DataError struct {
	File     string
	Problems []Problem
}

// Error returns one line per problem, headed by the count.
func (e *DataError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problem(s) in place data", e.File, len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n%s:%d: %s", e.File, p.Line, p.Msg)
	}
	return b.String()
}

// nameFlag holds the markers of one Arabic name (see data/places.tsv).
type nameFlag uint8

const (
	flagHeadOnly   nameFlag = 1 << iota // "+": only after a fitting head noun
	flagWeak                            // "~": needs a place-like context
	flagShared                          // "?": shared with another place on purpose
	flagMedia                           // "!": also an outlet's name
	flagConstruct                       // "^": not before a definite noun
	flagAnyArticle                      // "*": the article may be present or absent
)

// markers maps marker characters to flags.
var markers = map[byte]nameFlag{
	'+': flagHeadOnly, '~': flagWeak, '?': flagShared, '!': flagMedia, '^': flagConstruct, '*': flagAnyArticle,
}

// nameRef ties a matcher phrase to one place.
type nameRef struct {
	place int32
	flags nameFlag
}

// record is one parsed line of place data.
type record struct {
	place Place
	names []nameSpec
}

// nameSpec is one Arabic name with its markers.
type nameSpec struct {
	text  string
	flags nameFlag
}

// avgLineBytes is about the mean length of a line of place data, comment
// and blank lines included, to size the record slice when the reader tells
// its length.
const avgLineBytes = 64

// readPlaces reads place records; line-level problems are returned with
// the records that could be read. The error is for I/O failures only.
func readPlaces(r io.Reader) ([]record, []Problem, error) {
	var recs []record
	if sized, ok := r.(interface{ Len() int }); ok {
		recs = make([]record, 0, sized.Len()/avgLineBytes+1)
	}
	var probs []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		rec, ps := parseLine(text, line)
		probs = append(probs, ps...)
		if rec.place.ID != "" {
			recs = append(recs, rec)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("reading place data: %w", err)
	}
	return recs, probs, nil
}

// parseLine parses one data line. It returns a record with an empty ID
// when the line is too broken to use.
func parseLine(text string, line int) (record, []Problem) {
	var probs []Problem
	bad := func(format string, args ...any) {
		probs = append(probs, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	f := strings.Split(text, "\t")
	if len(f) < 7 || len(f) > 8 {
		bad("want 7 or 8 tab-separated fields (id kind parent lat lon english arabic [attrs]), got %d", len(f))
		return record{}, probs
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	p := Place{ID: f[0], Kind: Kind(f[1]), NameEn: f[5], Line: line}
	if !isSlug(p.ID) {
		bad("id %q is not a lowercase ASCII slug", p.ID)
	}
	if !validKinds[p.Kind] {
		bad("%s: unknown kind %q", p.ID, f[1])
	}
	if f[2] != "-" && f[2] != "" {
		p.Parent = f[2]
	}
	p.Lat, p.Lon = parseCoords(f[3], f[4], p.ID, bad)
	if p.NameEn == "" {
		bad("%s: empty English name", p.ID)
	}
	names := parseNames(f[6], p.ID, bad)
	for _, n := range names {
		p.NamesAr = append(p.NamesAr, n.text)
	}
	if len(f) == 8 && f[7] != "" {
		for _, kv := range strings.Split(f[7], ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			switch {
			case !ok:
				bad("%s: attribute %q is not key=value", p.ID, kv)
			case k == "countryside":
				p.Countryside = v
			case k == "capital" && v == "yes":
				p.Capital = true
			case k == "capital":
				bad("%s: capital=%q (want capital=yes)", p.ID, v)
			default:
				bad("%s: unknown attribute %q", p.ID, k)
			}
		}
	}
	return record{place: p, names: names}, probs
}

// parseCoords parses and checks a latitude and longitude.
func parseCoords(latS, lonS, id string, bad func(string, ...any)) (float64, float64) {
	lat, err1 := strconv.ParseFloat(latS, 64)
	lon, err2 := strconv.ParseFloat(lonS, 64)
	switch {
	case err1 != nil || err2 != nil:
		bad("%s: coordinates %q %q are not numbers", id, latS, lonS)
		return 0, 0
	case lat < -90 || lat > 90 || lon < -180 || lon > 180:
		bad("%s: coordinates %v %v out of range", id, lat, lon)
		return 0, 0
	case (lat == 0) != (lon == 0):
		bad("%s: only one of lat %v, lon %v is given (0 0 means unknown)", id, lat, lon)
		return 0, 0
	}
	return lat, lon
}

// parseNames splits and checks the Arabic names field.
func parseNames(field, id string, bad func(string, ...any)) []nameSpec {
	if field == "" {
		bad("%s: no Arabic names", id)
		return nil
	}
	var out []nameSpec
	for _, raw := range strings.Split(field, "|") {
		s := strings.TrimSpace(raw)
		var fl nameFlag
		for len(s) > 0 {
			m, ok := markers[s[0]]
			if !ok {
				break
			}
			fl |= m
			s = s[1:]
		}
		s = strings.TrimSpace(s)
		switch {
		case s == "":
			bad("%s: empty Arabic name", id)
			continue
		case s[0] < 0x80 && !isASCIIAlnum(s[0]):
			bad("%s: name %q starts with unknown marker %q", id, s, s[0])
			continue
		case !hasLetter(s):
			bad("%s: name %q has no letters", id, s)
			continue
		case fl&flagHeadOnly != 0 && fl&flagWeak != 0:
			bad("%s: name %q is both head-only (+) and weak (~)", id, s)
		}
		out = append(out, nameSpec{text: s, flags: fl})
	}
	return out
}

// readStops reads stop phrases, one a line, skipping blanks and comments.
func readStops(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s != "" && !strings.HasPrefix(s, "#") {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading stop phrases: %w", err)
	}
	return out, nil
}

// build indexes the records and checks what spans several of them: ids,
// parents, cycles, names, coordinates against the parent's. It fills g and
// returns the problems found.
func (g *Gazetteer) build(recs []record) []Problem {
	var probs []Problem
	bad := func(line int, format string, args ...any) {
		probs = append(probs, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	g.places = slices.Grow(g.places, len(recs))
	for _, r := range recs {
		if first, dup := g.index[r.place.ID]; dup {
			bad(r.place.Line, "duplicate id %q (first on line %d)", r.place.ID, g.places[first].Line)
			continue
		}
		g.index[r.place.ID] = len(g.places)
		g.places = append(g.places, r.place)
	}
	g.parent = make([]int, len(g.places))
	for i, p := range g.places {
		g.parent[i] = -1
		switch {
		case p.Parent == "":
			if p.Kind != KindCountry && p.Kind != KindRegion {
				bad(p.Line, "%s: a %s needs a parent", p.ID, p.Kind)
			}
		case p.Parent == p.ID:
			bad(p.Line, "%s: is its own parent", p.ID)
		default:
			j, ok := g.index[p.Parent]
			if !ok {
				bad(p.Line, "%s: unknown parent %q", p.ID, p.Parent)
				continue
			}
			g.parent[i] = j
		}
		if p.Countryside != "" {
			if _, ok := g.index[p.Countryside]; !ok {
				bad(p.Line, "%s: unknown countryside place %q", p.ID, p.Countryside)
			}
		}
	}
	probs = append(probs, g.checkCycles()...)
	g.depth = make([]int, len(g.places))
	for i := range g.places {
		for p, n := g.parent[i], 0; p >= 0 && n <= len(g.places); p, n = g.parent[p], n+1 {
			g.depth[i]++
		}
	}
	g.ancestors = make([][]string, len(g.places))
	for i := range g.places {
		for p := g.parent[i]; p >= 0; p = g.parent[p] {
			g.ancestors[i] = append(g.ancestors[i], g.places[p].ID)
		}
		g.ancestors[i] = slices.Clip(g.ancestors[i])
	}
	probs = append(probs, g.checkDistances()...)
	probs = append(probs, g.indexNames(recs)...)
	return probs
}

// checkCycles reports every parent cycle once, at the line of its
// earliest place, and cuts it so that later walks terminate.
func (g *Gazetteer) checkCycles() []Problem {
	var probs []Problem
	const (
		unseen = iota
		active
		done
	)
	state := make([]int, len(g.places))
	for start := range g.places {
		var path []int
		i := start
		for i >= 0 && state[i] == unseen {
			state[i] = active
			path = append(path, i)
			i = g.parent[i]
		}
		if i >= 0 && state[i] == active {
			// path from i to the end is the cycle.
			k := 0
			for path[k] != i {
				k++
			}
			cyc := path[k:]
			ids := make([]string, len(cyc))
			first := cyc[0]
			for n, c := range cyc {
				ids[n] = g.places[c].ID
				if g.places[c].Line < g.places[first].Line {
					first = c
				}
			}
			probs = append(probs, Problem{Line: g.places[first].Line,
				Msg: fmt.Sprintf("%s: parent cycle %s → %s", g.places[first].ID, strings.Join(ids, " → "), ids[0])})
			g.parent[first] = -1
		}
		for _, p := range path {
			state[p] = done
		}
	}
	return probs
}

// maxParentKm is how far a place may lie from the nearest enclosing place
// with coordinates, unless that is a country or a region.
const maxParentKm = 250

// checkDistances catches coordinates typed wrong: a place far from the
// town or governorate that encloses it.
func (g *Gazetteer) checkDistances() []Problem {
	var probs []Problem
	for i, p := range g.places {
		if !p.HasCoords() {
			continue
		}
		for a, n := g.parent[i], 0; a >= 0 && n <= len(g.places); a, n = g.parent[a], n+1 {
			q := g.places[a]
			if q.Kind == KindCountry || q.Kind == KindRegion {
				break
			}
			if !q.HasCoords() {
				continue
			}
			if d := haversine(p.Lat, p.Lon, q.Lat, q.Lon); d > maxParentKm {
				probs = append(probs, Problem{Line: p.Line,
					Msg: fmt.Sprintf("%s: %.0f km from %s, which encloses it: check the coordinates", p.ID, d, q.ID)})
			}
			break
		}
	}
	return probs
}

// indexNames builds the name matcher and checks the names: duplicates
// within a place, and names shared between places that nothing tells
// apart unless both are marked "?".
func (g *Gazetteer) indexNames(recs []record) []Problem {
	var probs []Problem
	phraseID := make(map[string]int)
	var phrases []string
	for _, r := range recs {
		pi, ok := g.index[r.place.ID]
		if !ok || g.places[pi].Line != r.place.Line {
			continue // a duplicate id, already reported
		}
		for _, n := range r.names {
			ph := phraseOf(n)
			id, ok := phraseID[ph]
			if !ok {
				id = len(phrases)
				phraseID[ph] = id
				phrases = append(phrases, ph)
				g.nameRefs = append(g.nameRefs, nil)
			}
			for _, other := range g.nameRefs[id] {
				q := g.places[other.place]
				switch {
				case int(other.place) == pi:
					probs = append(probs, Problem{Line: r.place.Line,
						Msg: fmt.Sprintf("%s: name %q given twice (same after folding)", r.place.ID, n.text)})
				case n.flags&flagShared != 0 && other.flags&flagShared != 0:
				case n.flags&flagHeadOnly != 0 || other.flags&flagHeadOnly != 0:
					if q.Kind == r.place.Kind {
						probs = append(probs, Problem{Line: r.place.Line,
							Msg: fmt.Sprintf("%s: name %q also names %s (line %d), a %s too: mark both \"?\" if it is meant", r.place.ID, n.text, q.ID, q.Line, q.Kind)})
					}
				default:
					probs = append(probs, Problem{Line: r.place.Line,
						Msg: fmt.Sprintf("%s: name %q also names %s (line %d): mark both \"?\" if it is meant, or make one head-only (+)", r.place.ID, n.text, q.ID, q.Line)})
				}
			}
			g.nameRefs[id] = append(g.nameRefs[id], nameRef{place: int32(pi), flags: n.flags})
		}
	}
	for _, refs := range g.nameRefs {
		shared := 0
		for _, ref := range refs {
			if ref.flags&flagShared != 0 {
				shared++
			}
		}
		if shared == 1 {
			for _, ref := range refs {
				if ref.flags&flagShared != 0 {
					p := g.places[ref.place]
					probs = append(probs, Problem{Line: p.Line,
						Msg: fmt.Sprintf("%s: a name is marked shared (?) but no other place has it", p.ID)})
				}
			}
		}
	}
	g.names = arabic.NewMatcher(phrases)
	return probs
}

// phraseOf returns the matcher phrase for a name: folded, every word
// exact ("=") unless the article is optional.
func phraseOf(n nameSpec) string {
	words := strings.Fields(arabic.Fold(n.text))
	if n.flags&flagAnyArticle == 0 {
		for i, w := range words {
			words[i] = "=" + w
		}
	}
	return strings.Join(words, " ")
}

// isSlug reports whether s is a lowercase ASCII slug: a letter, then
// letters, digits and underscores.
func isSlug(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// hasLetter reports whether s contains a letter of any script.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
