package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/riwaya/riwaya/claims/places"
)

// Article is one generated news article, with the metadata `riwaya ingest`
// reads from a JSON Lines file.
type Article struct {
	Text      string `json:"text"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Title     string `json:"title"`

	// Event is the generator's id of the main event the article reports;
	// articles with the same Event report the same incident. It is not
	// written to JSON Lines.
	Event int `json:"-"`
}

// Config says what to generate. The zero value is valid: events between
// DefaultFrom and DefaultTo, with seed 0.
type Config struct {
	// Seed chooses the corpus: the same seed gives the same articles, byte
	// for byte.
	Seed uint64
	// From and To bound the dates of the events (inclusive); zero means
	// DefaultFrom and DefaultTo.
	From, To time.Time
}

// The default span of event dates.
var (
	DefaultFrom = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	DefaultTo   = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
)

// window is how many articles are generated ahead and shuffled, so that
// the articles of one event are spread over neighbouring lines.
const window = 64

// Generator produces articles one after another. It is not safe for
// concurrent use.
type Generator struct {
	r      *rng
	from   time.Time
	days   int
	gaz    *places.Gazetteer
	pools  map[*scene][]place
	nextID int       // the last event id given
	buf    []Article // generated, not yet returned
}

// place is a gazetteer place with what the generator writes about it.
type place struct {
	id   string
	name string // Arabic name with its head noun: "بلدة الكسوة"
	bare string // the name alone: "الكسوة"
	gov  string // the governorate, for "بريف ..." and "محافظة ..."
	govR string // "ريف دمشق" when the governorate has a countryside name
	dir  string // direction from the governorate's centre: "الشرقي"
	kind places.Kind
}

// New returns a generator for cfg. It loads riwaya's gazetteer to draw
// place names.
func New(cfg Config) (*Generator, error) {
	gaz, err := places.Load()
	if err != nil {
		return nil, fmt.Errorf("gen: load gazetteer: %w", err)
	}
	from, to := cfg.From, cfg.To
	if from.IsZero() {
		from = DefaultFrom
	}
	if to.IsZero() {
		to = DefaultTo
	}
	if to.Before(from) {
		return nil, fmt.Errorf("gen: date range ends (%s) before it starts (%s)", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	g := &Generator{
		r:     newRNG(cfg.Seed),
		from:  from,
		days:  int(to.Sub(from).Hours()/24) + 1,
		gaz:   gaz,
		pools: map[*scene][]place{},
	}
	for _, sc := range scenes {
		g.pools[sc] = g.pool(sc)
		if len(g.pools[sc]) == 0 {
			return nil, fmt.Errorf("gen: scene %s has no places in the gazetteer", sc.name)
		}
	}
	return g, nil
}

// Next returns the next article of the corpus.
func (g *Generator) Next() Article {
	for len(g.buf) == 0 {
		var batch []Article
		for len(batch) < window {
			batch = append(batch, g.event()...)
		}
		shuffle(g.r, batch)
		g.buf = batch
	}
	a := g.buf[0]
	g.buf = g.buf[1:]
	return a
}

// Generate returns the first n articles of the corpus for cfg.
func Generate(cfg Config, n int) ([]Article, error) {
	g, err := New(cfg)
	if err != nil {
		return nil, err
	}
	out := make([]Article, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out, nil
}

// WriteJSONL writes the first n articles of the corpus for cfg to w, one
// JSON object a line, as `riwaya ingest` reads them.
func WriteJSONL(w io.Writer, cfg Config, n int) error {
	g, err := New(cfg)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for range n {
		if err := enc.Encode(g.Next()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// event draws one incident and writes the articles that report it.
func (g *Generator) event() []Article {
	r := g.r
	sc := scenes[pickWeighted(r, sceneWeights)]
	e := g.newEvent(r, sc, g.from.AddDate(0, 0, r.intn(g.days)))
	n := pick(r, []int{2, 2, 3, 3, 3, 4, 4, 5, 6})
	outs := g.outletsFor(e, n)
	arts := make([]Article, 0, n)
	for i, o := range outs {
		delay := 0
		switch x := r.intn(10); {
		case x >= 9:
			delay = 2
		case x >= 5:
			delay = 1
		}
		arts = append(arts, g.article(e, o, e.date.AddDate(0, 0, delay), i))
	}
	return arts
}

// newEvent draws the facts of one incident of scene sc on day date.
func (g *Generator) newEvent(r *rng, sc *scene, date time.Time) *event {
	g.nextID++
	pool := g.pools[sc]
	e := &event{
		id:    g.nextID,
		sc:    sc,
		date:  date,
		part:  pick(r, dayParts),
		place: pick(r, pool),
		actor: pick(r, sc.actors),
		typ:   pick(r, sc.types),
		figs:  map[string]figure{},
	}
	// the second place: another of the same governorate if there is one
	e.other = pick(r, pool)
	for tries := 0; (e.other.id == e.place.id || e.other.gov != e.place.gov) && tries < 40; tries++ {
		e.other = pick(r, pool)
	}
	if sc.killed[1] > 0 {
		e.killed = r.between(sc.killed[0], sc.killed[1])
	}
	if sc.wounded[1] > 0 {
		e.wounded = r.between(sc.wounded[0], sc.wounded[1])
	}
	e.n1, e.n2, e.n3 = r.between(2, 9), r.between(3, 40), r.between(1, 6)
	return e
}

// outletsFor picks n different outlets to report e, favouring outlets of
// the sides that follow such incidents.
func (g *Generator) outletsFor(e *event, n int) []outlet {
	r := g.r
	seen := map[string]bool{}
	var out []outlet
	for tries := 0; len(out) < n && tries < 50; tries++ {
		o := pick(r, outlets)
		if seen[o.id] {
			continue
		}
		seen[o.id] = true
		out = append(out, o)
	}
	return out
}

// article writes the report of e by o, published on pub; k numbers the
// outlet's place among the event's reports.
func (g *Generator) article(e *event, o outlet, pub time.Time, k int) Article {
	w := &writer{r: g.r.fork(), o: o, named: map[string]bool{}, pub: pub}
	late := !pub.Equal(e.date)
	title := e.sc.title(w, e)
	var paras []string
	if w.r.chance(0.3) {
		paras = append(paras, title)
	}
	paras = append(paras, e.sc.lead(w, e))
	voices := w.choose(e.sc.voices(w, e, late), reactions(w, e))
	for _, s := range voices {
		if p := w.render(s); p != "" {
			paras = append(paras, p)
		}
	}
	if w.r.chance(0.5) {
		paras = append(paras, g.minor(w, pub)...)
	}
	bg := e.sc.background
	k0 := w.r.intn(len(bg))
	paras = append(paras, bg[k0](w, e)+".")
	if len(bg) > 1 && w.r.chance(0.5) {
		paras = append(paras, bg[(k0+1)%len(bg)](w, e)+".")
	}
	k1 := w.r.intn(len(contexts))
	paras = append(paras, contexts[k1](w, e)+".")
	if w.r.chance(0.5) {
		paras[len(paras)-1] += " " + contexts[(k1+1)%len(contexts)](w, e) + "."
	}
	if c := w.credit(); c != "" {
		paras = append(paras, c)
	}
	sep := "\n\n"
	if w.r.chance(0.4) {
		sep = "\n"
	}
	slug := fmt.Sprintf("%s-%d-%d", e.sc.name, e.id, k)
	return Article{
		Text:      strings.Join(paras, sep) + "\n",
		Outlet:    o.name,
		Published: pub.Format(time.DateOnly),
		URL:       fmt.Sprintf("https://%s/%s/%s", o.domain, pub.Format("2006/01/02"), slug),
		Title:     title,
		Event:     e.id,
	}
}

// minor writes a short report of another, smaller incident that the
// article mentions in passing, on its publication day or the day before.
func (g *Generator) minor(w *writer, pub time.Time) []string {
	sc := scenes[pickWeighted(w.r, sceneWeights)]
	e := g.newEvent(w.r, sc, pub.AddDate(0, 0, -w.r.intn(2)))
	lead := pick(w.r, []string{"وفي سياق آخر، ", "على صعيد آخر، ", "وفي تطور منفصل، ", "إلى ذلك، "}) + e.sc.lead(w, e)
	out := []string{lead}
	vs := e.sc.voices(w, e, false)
	shuffle(w.r, vs)
	k := w.r.between(1, 2)
	for _, s := range vs {
		if k == 0 {
			break
		}
		if w.stmtHasFigure(s) && w.r.chance(0.6) {
			continue
		}
		if p := w.render(s); p != "" {
			out = append(out, p)
			k--
		}
	}
	return out
}

// credit writes the credit line some articles end with.
func (w *writer) credit() string {
	switch w.r.intn(10) {
	case 0, 1, 2:
		return "المصدر: " + w.o.ar
	case 3:
		return "(" + w.o.ar + "، " + pick(w.r, []string{"وكالات", "رويترز", "فرانس برس"}) + ")"
	}
	return ""
}

// choose keeps the statements the outlet would print, in its order: its
// own side and its allies first, few of their enemies, two or three
// reactions from afar, eight to eleven in all, and casualty figures from one
// or two speakers only.
func (w *writer) choose(vs, reacts []stmt) []stmt {
	r := w.r
	var mine, rest []stmt
	for _, s := range vs {
		side := w.sp(s.sp).side
		switch {
		case allied(w.o.side, side):
			mine = append(mine, s)
		case hostile(w.o.side, side) && r.chance(0.7):
			// left out
		default:
			rest = append(rest, s)
		}
	}
	shuffle(r, reacts)
	rest = append(rest, reacts[:r.between(2, 3)]...)
	shuffle(r, rest)
	all := append(mine, rest...)
	n := r.between(8, 11)
	figs := r.between(1, 2)
	var out []stmt
	for _, s := range all {
		if len(out) == n {
			break
		}
		if w.stmtHasFigure(s) {
			if figs == 0 {
				continue
			}
			figs--
		}
		out = append(out, s)
	}
	return out
}

// allied reports whether outlets of side a quote speakers of side b first.
func allied(a, b string) bool {
	if a == b {
		return true
	}
	axis := map[string]bool{sideGov: true, sideIran: true, sideRussia: true}
	return axis[a] && axis[b]
}

// stmtHasFigure reports whether s gives a casualty figure.
func (w *writer) stmtHasFigure(s stmt) bool {
	if w.hasFigure(s.obj) {
		return true
	}
	for _, c := range s.says {
		if w.hasFigure(c) {
			return true
		}
	}
	return false
}

// hostile reports whether outlets of side a rarely quote speakers of side b.
func hostile(a, b string) bool {
	switch a {
	case sideGov, sideIran, sideRussia:
		return b == sideOpp || b == sideSDF || b == sideTurkey
	case sideOpp, sideTurkey:
		return b == sideSDF || b == sideIran
	case sideSDF:
		return b == sideTurkey || b == sideGov
	}
	return false
}

// pickWeighted returns an index into weights chosen in proportion.
func pickWeighted(r *rng, weights []int) int {
	total := 0
	for _, x := range weights {
		total += x
	}
	n := r.intn(total)
	for i, x := range weights {
		if n < x {
			return i
		}
		n -= x
	}
	return len(weights) - 1
}
