package claims_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/riwaya/riwaya/claims"
	"github.com/riwaya/riwaya/claims/places"
)

// goldDate is a dates row of a gold set: the day an article gives for
// one event. Approx marks a day read from a phrase without one (الأسبوع
// الماضي، قبل أسبوع).
type goldDate struct {
	Article string `json:"article"`
	Event   string `json:"event"`
	Date    string `json:"date"`
	Approx  bool   `json:"approx"`
}

// goldPlace is a places row of a gold set: the places an article itself
// names for one event, most specific first.
type goldPlace struct {
	Article string   `json:"article"`
	Event   string   `json:"event"`
	Places  []string `json:"places"`
}

// Date and place scoring. Gold rows are per (article, event) and claims
// carry no event id, so both scores match at the article level, which is
// what event grouping needs: the days and places a claim of an article
// carries should be the days and places the article gives its events.
//
// Dates: a gold row is found when some claim of its article carries a
// date within a day of it (the gold conventions allow one day of slack;
// seven for rows marked approx). The distinct dates the claims of an
// article carry are right when within that slack of one of the article's
// gold rows, else extra (a wrong day, or the day of an event the gold does
// not list). Claims are counted too: of the eventful claims (a strike type
// or figures), how many carry a date, and how many of those a right one.
//
// Places: the unit is (article, place id). A gold place is found when
// some claim of its article carries that id. A place id a claim carries is
// right when the gold of its article lists it, neutral when it only
// encloses a listed place (claims carry the hierarchy: a town's province
// is not a wrong place), and extra otherwise (a place the event did not
// happen in: a speaker's city, a force's home base, a wrong reading).
type whereResult struct {
	dates, places   score
	eventful, dated int // eventful claims, and those of them with a date
	datedRight      int // dated eventful claims whose date is right
	missedDate      []goldDate
	extraDate       []whereItem
	missedPlace     []whereItem
	extraPlace      []whereItem
}

// whereItem is one per-item line: an article, a value, and a phrase
// behind it (a claim's opening, or a gold event id).
type whereItem struct{ article, value, why string }

// goldPlaceAlias maps the place ids some gold sets coined before the
// gazetteer held the place to the gazetteer's id for the same place.
var goldPlaceAlias = map[string]string{
	"ghweran": "ghuwayran", "sinaa_prison": "ghuwayran_prison", "derik": "malikiyah",
	"ain_al_fijah": "ain_al_fijeh", "aun_al_dadat": "aoun_dadat_crossing", "dhiban": "diban",
	"uqayribat": "aqirbat", "jousiyeh_crossing": "jusiyah_crossing",
}

// dateSlack is how far, in days, a claim's date may lie from a gold row.
func dateSlack(g goldDate) int {
	if g.Approx {
		return 7
	}
	return 1
}

// dayOf parses a YYYY-MM-DD date into days since the epoch.
func dayOf(s string) (int, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// nearGold reports whether date lies within slack of one of rows.
func nearGold(date string, rows []goldDate) bool {
	d, ok := dayOf(date)
	if !ok {
		return false
	}
	for _, g := range rows {
		if gd, ok := dayOf(g.Date); ok && abs(d-gd) <= dateSlack(g) {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// eventfulClaim reports whether a claim tells of an event that grouping
// must place and date: a strike or other typed event, or figures.
func eventfulClaim(c claims.Claim) bool {
	return c.EventType != "" && c.EventType != claims.EventOther || len(c.Figures) > 0
}

// opening is the start of a claim's text, for a per-item line.
func opening(c claims.Claim) string {
	r := []rune(strings.TrimSpace(c.Text))
	if len(r) > 60 {
		r = r[:60]
	}
	return string(r)
}

// scoreWhere scores the dates and places of the extracted claims of each
// article against the gold rows.
func scoreWhere(t *testing.T, dates []goldDate, golds []goldPlace, got map[string][]claims.Claim) whereResult {
	t.Helper()
	gaz, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	var r whereResult
	datesOf := map[string][]goldDate{}
	for _, g := range dates {
		datesOf[g.Article] = append(datesOf[g.Article], g)
	}
	arts := make([]string, 0, len(got))
	for a := range got {
		arts = append(arts, a)
	}
	sort.Strings(arts)
	for _, a := range arts {
		scoreDates(&r, a, datesOf[a], got[a])
	}
	placesOf := map[string][]string{}
	for _, g := range golds {
		for _, p := range g.Places {
			if id, ok := goldPlaceAlias[p]; ok {
				p = id
			}
			if !containsID(placesOf[g.Article], p) {
				placesOf[g.Article] = append(placesOf[g.Article], p)
			}
		}
	}
	for _, a := range arts {
		scorePlaces(&r, gaz, a, placesOf[a], got[a])
	}
	return r
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// scoreDates adds one article's dates to r.
func scoreDates(r *whereResult, article string, gold []goldDate, cs []claims.Claim) {
	seen := map[string]string{} // date -> opening of its first claim
	var order []string
	for _, c := range cs {
		if c.Date != nil {
			if _, ok := seen[*c.Date]; !ok {
				seen[*c.Date] = opening(c)
				order = append(order, *c.Date)
			}
		}
		if !eventfulClaim(c) {
			continue
		}
		r.eventful++
		if c.Date != nil {
			r.dated++
			if nearGold(*c.Date, gold) {
				r.datedRight++
			}
		}
	}
	for _, g := range gold {
		hit := false
		for _, d := range order {
			if nearGold(d, []goldDate{g}) {
				hit = true
				break
			}
		}
		if hit {
			r.dates.tp++
		} else {
			r.dates.fn++
			r.missedDate = append(r.missedDate, g)
		}
	}
	for _, d := range order {
		if !nearGold(d, gold) {
			r.dates.fp++
			r.extraDate = append(r.extraDate, whereItem{article, d, seen[d]})
		}
	}
}

// scorePlaces adds one article's places to r.
func scorePlaces(r *whereResult, gaz *places.Gazetteer, article string, gold []string, cs []claims.Claim) {
	seen := map[string]string{}
	var order []string
	for _, c := range cs {
		for _, p := range c.Places {
			if _, ok := seen[p]; !ok {
				seen[p] = opening(c)
				order = append(order, p)
			}
		}
	}
	for _, g := range gold {
		if _, ok := seen[g]; ok {
			r.places.tp++
		} else {
			r.places.fn++
			r.missedPlace = append(r.missedPlace, whereItem{article, g, ""})
		}
	}
	for _, p := range order {
		if containsID(gold, p) || enclosesAny(gaz, p, gold) {
			continue
		}
		r.places.fp++
		r.extraPlace = append(r.extraPlace, whereItem{article, p, seen[p]})
	}
}

// enclosesAny reports whether place p encloses one of ids.
func enclosesAny(gaz *places.Gazetteer, p string, ids []string) bool {
	for _, id := range ids {
		if id != p && gaz.Within(id, p) {
			return true
		}
	}
	return false
}

// reportWhere logs the date and place scores of a set, and for an open
// set in verbose mode the per-item lines.
func reportWhere(t *testing.T, name string, r whereResult) {
	t.Helper()
	if r.dates.tp+r.dates.fn == 0 && r.places.tp+r.places.fn == 0 {
		return // a set without date and place rows (the seeds)
	}
	t.Logf("%s dates:   P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d); %d eventful claims, %.0f%% dated, %.0f%% of those right",
		name, r.dates.precision(), r.dates.recall(), r.dates.f1(), r.dates.tp, r.dates.fp, r.dates.fn,
		r.eventful, 100*ratio(r.dated, r.eventful), 100*ratio(r.datedRight, r.dated))
	t.Logf("%s places:  P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)",
		name, r.places.precision(), r.places.recall(), r.places.f1(), r.places.tp, r.places.fp, r.places.fn)
	if !testing.Verbose() || sealed[name] {
		return
	}
	for _, g := range r.missedDate {
		t.Logf("  missed date   %s %s %s", g.Article, g.Event, g.Date)
	}
	for _, e := range r.extraDate {
		t.Logf("  extra date    %s %s %q", e.article, e.value, e.why)
	}
	for _, e := range r.missedPlace {
		t.Logf("  missed place  %s %s", e.article, e.value)
	}
	for _, e := range r.extraPlace {
		t.Logf("  extra place   %s %s %q", e.article, e.value, e.why)
	}
}
