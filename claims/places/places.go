package places

import (
	"bytes"
	"cmp"
	_ "embed"
	"io"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Kind is the kind of a place.
type Kind string

// Kinds of places.
const (
	KindCountry       Kind = "country"
	KindGovernorate   Kind = "governorate"
	KindDistrict      Kind = "district"
	KindSubdistrict   Kind = "subdistrict"
	KindCity          Kind = "city"
	KindTown          Kind = "town"
	KindVillage       Kind = "village"
	KindNeighbourhood Kind = "neighbourhood"
	KindRegion        Kind = "region"
	KindBase          Kind = "base"
	KindAirport       Kind = "airport"
	KindOilField      Kind = "oil_field"
	KindGasField      Kind = "gas_field"
	KindCrossing      Kind = "crossing"
	KindRiver         Kind = "river"
	KindSite          Kind = "site"
)

// validKinds lists the kinds the data may use.
var validKinds = map[Kind]bool{
	KindCountry: true, KindGovernorate: true, KindDistrict: true, KindSubdistrict: true,
	KindCity: true, KindTown: true, KindVillage: true, KindNeighbourhood: true,
	KindRegion: true, KindBase: true, KindAirport: true, KindOilField: true,
	KindGasField: true, KindCrossing: true, KindRiver: true, KindSite: true,
}

// Place is one entry of the gazetteer.
type Place struct {
	ID     string // lowercase ASCII slug, e.g. "conoco_field"
	Kind   Kind
	Parent string // id of the enclosing place; "" for a root
	NameEn string
	// NamesAr are the Arabic names as written in the data, without their
	// markers; the first is the usual one.
	NamesAr []string
	// Lat and Lon are approximate decimal degrees; both 0 when unknown.
	Lat, Lon float64
	// Countryside is the id of the place that "the countryside of" this
	// place denotes, if it is a place of its own (damascus → rif_dimashq).
	Countryside string
	// Capital marks the seat of a national government: after a word of
	// allegiance its name stands for the government ("قوات موالية
	// لطهران"), as a country's does.
	Capital bool
	// Line is the line of the data file that defines the place.
	Line int
}

// HasCoords reports whether the place's coordinates are known.
func (p Place) HasCoords() bool { return p.Lat != 0 || p.Lon != 0 }

// Gazetteer is the set of places with their names, ready to find mentions.
// It is read-only after construction and safe for concurrent use.
type Gazetteer struct {
	places []Place
	index  map[string]int
	parent []int // index of the parent, -1 for roots
	depth  []int // 0 for roots
	// ancestors lists, per place, the ids of the places enclosing it,
	// nearest first (nil for a root), so that Ancestors allocates nothing.
	ancestors [][]string
	// near lists, per place, the places within AroundMaxKm of it with
	// their distances, nearest first; built on the first call of Around.
	near     [][]neighbour
	nearOnce sync.Once

	names    *arabic.Matcher
	nameRefs [][]nameRef // per phrase of names
	stop     *arabic.Matcher
	lex      *lexicon

	// scratch recycles the memory of finished Mentions calls
	// (*mentionScratch); no Mention refers to it.
	scratch sync.Pool
}

//go:embed data/places.tsv
var placesTSV []byte

//go:embed data/stop.txt
var stopTXT []byte

// Load returns the gazetteer built from the embedded data. It fails only
// if the embedded data is invalid, which the package's tests rule out.
// Each call parses the data afresh (about 2 ms): load once and share the
// result.
func Load() (*Gazetteer, error) {
	return Parse("places.tsv", bytes.NewReader(placesTSV), bytes.NewReader(stopTXT))
}

// Parse builds a gazetteer from place data in the format of
// data/places.tsv and an optional list of stop phrases in the format of
// data/stop.txt (nil for none). name labels the place data in errors. The
// error, if any, is a *DataError listing every problem found, each with its
// line.
func Parse(name string, placeData io.Reader, stopData io.Reader) (*Gazetteer, error) {
	recs, probs, err := readPlaces(placeData)
	if err != nil {
		return nil, err
	}
	var stops []string
	if stopData != nil {
		if stops, err = readStops(stopData); err != nil {
			return nil, err
		}
	}
	g := &Gazetteer{index: make(map[string]int, len(recs))}
	probs = append(probs, g.build(recs)...)
	if len(probs) > 0 {
		sort.SliceStable(probs, func(i, j int) bool { return probs[i].Line < probs[j].Line })
		return nil, &DataError{File: name, Problems: probs}
	}
	g.stop = arabic.NewMatcher(stops)
	g.lex = newLexicon()
	return g, nil
}

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Places returns every place in data order. The slice is a copy.
func (g *Gazetteer) Places() []Place {
	out := make([]Place, len(g.places))
	copy(out, g.places)
	return out
}

// Get returns the place with the given id.
func (g *Gazetteer) Get(id string) (Place, bool) {
	i, ok := g.index[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Depth returns the number of ancestors of the place, or -1 for an unknown
// id. Roots (countries) have depth 0.
func (g *Gazetteer) Depth(id string) int {
	i, ok := g.index[id]
	if !ok {
		return -1
	}
	return g.depth[i]
}

// Ancestors returns the ids of the places that enclose id, nearest first,
// excluding id itself; nil for a root or an unknown id. The slice is the
// gazetteer's own: callers must not change its elements (appending to it
// copies it, its capacity being its length).
func (g *Gazetteer) Ancestors(id string) []string {
	i, ok := g.index[id]
	if !ok {
		return nil
	}
	return g.ancestors[i]
}

// Within reports whether the place id lies within ancestor, or is it. It
// is false when either id is unknown.
func (g *Gazetteer) Within(id, ancestor string) bool {
	i, ok := g.index[id]
	a, ok2 := g.index[ancestor]
	if !ok || !ok2 {
		return false
	}
	for ; i >= 0; i = g.parent[i] {
		if i == a {
			return true
		}
	}
	return false
}

// MostSpecificFirst returns ids without duplicates, the deepest places
// first; places of equal depth keep their order in ids. Unknown ids come
// last, in their order in ids.
func (g *Gazetteer) MostSpecificFirst(ids []string) []string {
	out := make([]string, 0, len(ids))
	var seen map[string]bool // for long lists; short ones are searched
	for _, id := range ids {
		if len(ids) > 16 {
			if seen == nil {
				seen = make(map[string]bool, len(ids))
			}
			if seen[id] {
				continue
			}
			seen[id] = true
		} else if slices.Contains(out, id) {
			continue
		}
		out = append(out, id)
	}
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(g.Depth(b), g.Depth(a)) })
	return out
}

// Distance returns the great-circle distance in kilometres between two
// places, and false when either is unknown or lacks coordinates.
func (g *Gazetteer) Distance(a, b string) (float64, bool) {
	pa, ok := g.Get(a)
	pb, ok2 := g.Get(b)
	if !ok || !ok2 || !pa.HasCoords() || !pb.HasCoords() {
		return 0, false
	}
	return haversine(pa.Lat, pa.Lon, pb.Lat, pb.Lon), true
}

// Nearby reports whether places a and b lie within km kilometres of each
// other; false when either lacks coordinates.
func (g *Gazetteer) Nearby(a, b string, km float64) bool {
	d, ok := g.Distance(a, b)
	return ok && d <= km
}

// Settlement reports whether id is a town or a village: a place that is
// a scene of its own, not a city with suburbs, a site or a region.
func (g *Gazetteer) Settlement(id string) bool {
	i, ok := g.index[id]
	if !ok {
		return false
	}
	k := g.places[i].Kind
	return k == KindTown || k == KindVillage
}

// Expanse reports whether a place is a region or a river: an expanse that
// no single incident has for its scene.
func (g *Gazetteer) Expanse(id string) bool {
	i, ok := g.index[id]
	if !ok {
		return false
	}
	k := g.places[i].Kind
	return k == KindRegion || k == KindRiver
}

// River reports whether a place is a river.
func (g *Gazetteer) River(id string) bool {
	i, ok := g.index[id]
	return ok && g.places[i].Kind == KindRiver
}

// AroundMaxKm is the largest radius Around answers from its precomputed
// neighbour lists; larger radii scan every place.
const AroundMaxKm = 50

// Around returns the ids of the other places within km kilometres of id,
// nearest first; nil when id is unknown or lacks coordinates. It lets a
// store look up what lies near a place instead of testing every pair
// with Nearby: q is in Around(p, km) exactly when Nearby(p, q, km) and
// q != p.
func (g *Gazetteer) Around(id string, km float64) []string {
	i, ok := g.index[id]
	if !ok || !g.places[i].HasCoords() {
		return nil
	}
	var out []string
	if km <= AroundMaxKm {
		g.nearOnce.Do(g.indexNeighbours)
		near := g.near[i]
		within := 0 // near is nearest first: one allocation of the right size
		for within < len(near) && near[within].km <= km {
			within++
		}
		if within == 0 {
			return nil
		}
		out = make([]string, within)
		for x, n := range near[:within] {
			out[x] = g.places[n.place].ID
		}
		return out
	}
	type hit struct {
		j int
		d float64
	}
	var hits []hit
	for j := range g.places {
		if j != i && g.places[j].HasCoords() {
			if d := g.dist(i, j); d <= km {
				hits = append(hits, hit{j, d})
			}
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].d < hits[b].d })
	for _, h := range hits {
		out = append(out, g.places[h.j].ID)
	}
	return out
}

// dist is the distance between places i and j, which must have coordinates.
func (g *Gazetteer) dist(i, j int) float64 {
	a, b := g.places[i], g.places[j]
	return haversine(a.Lat, a.Lon, b.Lat, b.Lon)
}

// neighbour is a place near another and its distance.
type neighbour struct {
	place int
	km    float64
}

// indexNeighbours fills g.near: a sweep over the places sorted by
// latitude compares only those less than AroundMaxKm apart north to south,
// and computes distances only for those that close east to west too.
func (g *Gazetteer) indexNeighbours() {
	var order []int
	for i, p := range g.places {
		if p.HasCoords() {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(a, b int) bool { return g.places[order[a]].Lat < g.places[order[b]].Lat })
	// Lower bounds of the distance per degree: 111.19 km per degree of
	// latitude; per degree of longitude, 111.19 km times the cosine of
	// the latitude farthest from the equator of the two (below 75°).
	const kmPerDegree = 111.0
	g.near = make([][]neighbour, len(g.places))
	for x, i := range order {
		pi := g.places[i]
		for _, j := range order[x+1:] {
			pj := g.places[j]
			if (pj.Lat-pi.Lat)*kmPerDegree > AroundMaxKm {
				break
			}
			lat := max(math.Abs(pi.Lat), math.Abs(pj.Lat))
			if lat < 75 && math.Abs(pj.Lon-pi.Lon)*kmPerDegree*math.Cos(lat*math.Pi/180) > AroundMaxKm {
				continue
			}
			if d := g.dist(i, j); d <= AroundMaxKm {
				g.near[i] = append(g.near[i], neighbour{j, d})
				g.near[j] = append(g.near[j], neighbour{i, d})
			}
		}
	}
	for _, ns := range g.near {
		sort.SliceStable(ns, func(a, b int) bool { return ns[a].km < ns[b].km })
	}
}

// haversine returns the great-circle distance in km between two points.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const earthRadiusKm = 6371.0
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
