package reconcile

import (
	"math"
	"slices"
	"strconv"

	"github.com/riwaya/riwaya/claims"
)

// fakePlaces is a small gazetteer: parent links and coordinates.
type fakePlaces struct {
	parent map[string]string
	coord  map[string][2]float64 // lat, lon
}

func (f fakePlaces) Ancestors(id string) []string {
	var out []string
	for p, ok := f.parent[id]; ok; p, ok = f.parent[p] {
		out = append(out, p)
	}
	return out
}

func (f fakePlaces) Within(id, ancestor string) bool {
	return slices.Contains(f.Ancestors(id), ancestor)
}

func (f fakePlaces) Nearby(a, b string, km float64) bool {
	ca, oka := f.coord[a]
	cb, okb := f.coord[b]
	if !oka || !okb {
		return false
	}
	const r = 6371.0
	la1, la2 := ca[0]*math.Pi/180, cb[0]*math.Pi/180
	dla, dlo := la2-la1, (cb[1]-ca[1])*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2*r*math.Asin(math.Sqrt(h)) <= km
}

// indexedPlaces is fakePlaces that also lists the places near a place.
type indexedPlaces struct{ fakePlaces }

func (f indexedPlaces) Around(id string, km float64) []string {
	var out []string
	for q := range f.coord {
		if q != id && f.Nearby(id, q, km) {
			out = append(out, q)
		}
	}
	slices.Sort(out)
	return out
}

var testPlaces = fakePlaces{
	parent: map[string]string{
		"deir_ez_zor": "syria", "mayadin": "deir_ez_zor", "conoco_field": "deir_ez_zor",
		"omar_field": "deir_ez_zor", "khasham": "deir_ez_zor", "tabiya": "deir_ez_zor",
		"deir_ez_zor_airport": "deir_ez_zor", "albukamal": "deir_ez_zor",
		"hasakah": "syria", "rmeilan": "hasakah",
		"damascus": "syria", "damascus_airport": "rif_dimashq", "mezzeh": "damascus",
		"rif_dimashq": "syria", "kiswah": "rif_dimashq", "qara": "rif_dimashq",
		"homs": "syria", "tanf": "homs",
		"anbar": "iraq", "al_qaim": "anbar", "ain_al_asad": "anbar",
	},
	coord: map[string][2]float64{
		"albukamal": {34.453, 40.918}, "al_qaim": {34.38, 40.99},
		"khasham": {35.29, 40.30}, "tabiya": {35.27, 40.33}, "conoco_field": {35.25, 40.30},
		"omar_field": {34.99, 40.62}, "mayadin": {35.02, 40.45},
		"damascus": {33.51, 36.29}, "damascus_airport": {33.41, 36.51}, "kiswah": {33.36, 36.24},
	},
}

// fakeSources is a small registry.
type fakeSources map[string][3]string // id → affiliation, actor, name

func (f fakeSources) Affiliation(id string) string { return f[id][0] }
func (f fakeSources) ActorOf(id string) string     { return f[id][1] }
func (f fakeSources) Name(id string) string        { return f[id][2] }

var testSources = fakeSources{
	"sana":              {"syria_gov", "", "SANA"},
	"syria_state_tv":    {"syria_gov", "", "Syrian state TV"},
	"syrian_army":       {"syria_gov", "syria_gov", "Syrian army"},
	"sohr":              {"opposition", "", "SOHR"},
	"pentagon":          {"us", "us", "the Pentagon"},
	"centcom":           {"us", "us", "CENTCOM"},
	"coalition":         {"us", "coalition", "the coalition"},
	"us_government":     {"us", "", "US officials"},
	"almayadeen":        {"iran", "", "Al Mayadeen"},
	"russia_mod":        {"russia", "russia", "the Russian defence ministry"},
	"russia_government": {"russia", "", "the Russian government"},
	"iran_mfa":          {"iran", "", "the Iranian foreign ministry"},
	"iran_advisors":     {"iran", "", "Iranian advisers"},
	"reuters":           {"independent", "", "Reuters"},
	"xinhua":            {"independent", "", "Xinhua"},
	"sy24":              {"opposition", "", "SY24"},
	"local_sources":     {"unknown", "", "local sources"},
	"analyst":           {"independent", "", "an analyst"},
	"alarabiya":         {"independent", "", "Al Arabiya"},
	"israel_army":       {"israel", "israel", "the Israeli army"},
	"white_helmets":     {"opposition", "", "the White Helmets"},
	"syria_health":      {"syria_gov", "", "Syrian health authorities"},
	"informed_sources":  {"unknown", "", "informed sources"},
	"media":             {"unknown", "", "media outlets"},
	"ahram":             {"independent", "", "Al-Ahram"},
}

// fakeDates maps article ids to publication dates.
type fakeDates map[string]string

func (f fakeDates) Published(id string) string { return f[id] }

var testK = Knowledge{Places: testPlaces, Sources: testSources}

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }

// fig builds a figure: exact when high == low.
func fig(outcome, group string, low int, high *int, qual string) claims.Figure {
	return claims.Figure{Outcome: outcome, Group: group, Low: low, High: high, Qualifier: qual}
}

func exact(outcome, group string, n int) claims.Figure {
	return fig(outcome, group, n, ip(n), claims.QualExact)
}

func atLeast(outcome, group string, n int) claims.Figure {
	return fig(outcome, group, n, nil, claims.QualAtLeast)
}

// mk completes a claim: End from Text, a default stance and source name.
func mk(c claims.Claim) claims.Claim {
	if c.End == 0 {
		n := len(c.Text)
		if n == 0 {
			n = 10
		}
		c.End = c.Start + n
	}
	if c.Stance == "" {
		c.Stance = claims.StanceAsserts
	}
	if c.EventType == "" {
		c.EventType = claims.EventOther
	}
	if c.Source.Name == "" {
		c.Source.Name = c.Source.ID
	}
	if c.ID == "" {
		c.ID = c.Article + "_" + strconv.Itoa(c.Start)
	}
	return c
}

func src(id string) claims.Source { return claims.Source{ID: id, Name: id} }
