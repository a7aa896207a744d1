package reconcile

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// corpus is a synthetic multi-article corpus: claims grouped by article
// and the articles' publication dates.
type corpus struct {
	articles [][]claims.Claim
	dates    fakeDates
}

func (c corpus) all() []claims.Claim {
	var out []claims.Claim
	for _, a := range c.articles {
		out = append(out, a...)
	}
	return out
}

var (
	synthPlaces = []string{"mayadin", "conoco_field", "omar_field", "deir_ez_zor", "albukamal", "khasham",
		"tabiya", "hasakah", "rmeilan", "damascus", "damascus_airport", "kiswah", "al_qaim", "anbar", "tanf", "syria"}
	synthTypes = []string{claims.EventAirstrike, claims.EventAirstrike, claims.EventShelling, claims.EventDroneAttack,
		claims.EventInterception, claims.EventWithdrawal, claims.EventGroundAttack, claims.EventEvacuation}
	synthActors  = []string{"us", "coalition", "israel", "russia", "iran_backed", "syria_gov", "sdf", "unknown", ""}
	synthSources = []string{"sana", "syria_state_tv", "syrian_army", "sohr", "pentagon", "centcom", "coalition",
		"us_government", "almayadeen", "russia_mod", "iran_mfa", "iran_advisors", "reuters", "sy24", "local_sources", "outlet"}
	synthGroups  = []string{"unknown", "fighters", "civilians", "us_forces", "pro_government", "iran_backed"}
	synthTargets = []string{"weapons depots", "food stores", "military positions", "homes", "popular forces fighting ISIS",
		"pro-regime forces", "a grain centre", "training camps"}
	synthStances = []string{claims.StanceAsserts, claims.StanceAsserts, claims.StanceAsserts, claims.StanceDenies,
		claims.StanceUnconfirmed, claims.StanceUnknown}
)

type synthEvent struct {
	typ, actor, place string
	day               int
}

// synthCorpus generates nArticles articles about a pool of events packed
// into a few weeks, so that events collide in time and place.
func synthCorpus(seed uint64, nArticles, nEvents, days int) corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := int(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	evs := make([]synthEvent, nEvents)
	for i := range evs {
		evs[i] = synthEvent{typ: pick(synthTypes), actor: pick(synthActors), place: pick(synthPlaces), day: base + r.IntN(days)}
	}
	c := corpus{dates: fakeDates{}}
	for a := 0; a < nArticles; a++ {
		art := fmt.Sprintf("art%03d_%d", a, seed)
		pos := 0
		var cs []claims.Claim
		maxDay := base
		for range 1 + r.IntN(3) {
			ev := evs[r.IntN(len(evs))]
			maxDay = max(maxDay, ev.day)
			for range 1 + r.IntN(4) {
				cl := claims.Claim{
					ID: fmt.Sprintf("%s_%d", art, pos), Article: art, Start: pos, End: pos + 80,
					Source: claims.Source{ID: pick(synthSources)}, Stance: pick(synthStances), EventType: ev.typ,
				}
				cl.Source.Name = cl.Source.ID
				pos += 60 + r.IntN(400)
				if r.IntN(4) == 0 {
					cl.Via = []claims.Relay{{ID: pick(synthSources)}}
				}
				switch r.IntN(10) {
				case 0:
					cl.EventType = claims.EventOther
				case 1:
					cl.EventType = pick(synthTypes)
				}
				switch d := r.IntN(10); {
				case d < 6:
					cl.Date = sp(dayString(ev.day))
				case d < 8:
					cl.Date = sp(dayString(ev.day + r.IntN(3) - 1))
				}
				switch p := r.IntN(10); {
				case p < 6:
					cl.Places = []string{ev.place}
				case p < 8:
					if anc := testPlaces.Ancestors(ev.place); len(anc) > 0 {
						cl.Places = []string{anc[0]}
					} else {
						cl.Places = []string{ev.place}
					}
				case p < 9:
					cl.Places = []string{ev.place, pick(synthPlaces)}
				}
				act := ev.actor
				if r.IntN(5) == 0 {
					act = pick(synthActors)
				}
				if act != "" {
					cl.Actor = sp(act)
				}
				if r.IntN(3) == 0 {
					n := r.IntN(12)
					f := exact(pick([]string{"killed", "wounded"}), pick(synthGroups), n)
					switch r.IntN(4) {
					case 0:
						f = atLeast(f.Outcome, f.Group, n)
					case 1:
						f.Earlier = true
					}
					cl.Figures = []claims.Figure{f}
				}
				if r.IntN(4) == 0 {
					cl.Target = sp(pick(synthTargets))
				}
				if r.IntN(8) == 0 {
					cl.Response = true
				}
				// Some claims recall their event by its week or month only
				// (see recall.go); chosen without drawing from r, so that
				// the rest of the corpus stays what it was.
				if cl.Date != nil && (a*7+pos)%11 == 0 {
					if (a+pos)%2 == 0 {
						cl.Date, cl.Rules = sp(dayString(ev.day-2)), []string{"date:last_week"}
					} else {
						cl.Date, cl.Rules = sp(dayString(base)), []string{"date:month"}
					}
				} else if cl.Date != nil && (a*5+pos)%13 == 0 {
					// Others are dated by their article and recall the event
					// in their own words (claims.RecallMark): the week before
					// and the day of publication; some name it only with a
					// generic "هجوم" (see recallsGeneric).
					cl.Date, cl.Rules = sp(dayString(ev.day-3-(a+pos)%4)), []string{"date:recalled"}
					if (a+pos)%2 == 1 {
						cl.Rules = []string{"event_type:generic", "date:recalled_reply"}
						cl.EventType = claims.EventGroundAttack
					}
				}
				if r.IntN(10) == 0 { // commentary
					cl.EventType, cl.Actor, cl.Target, cl.Figures, cl.Stance = claims.EventOther, nil, nil, nil, claims.StanceAsserts
				}
				cs = append(cs, cl)
			}
		}
		c.dates[art] = dayString(maxDay + r.IntN(2))
		c.articles = append(c.articles, cs)
	}
	return c
}

// memStore is what a store does for UpdateFrom: keep events and claims, and
// find candidates by block.
type memStore struct {
	events  map[string]Event
	claims  map[string]claims.Claim
	removed int // events merged away, to show the test exercises merges
}

func (s *memStore) ingest(t *testing.T, newClaims []claims.Claim, k Knowledge) {
	t.Helper()
	put, remove, err := UpdateFrom(context.Background(), s.load(k), newClaims, k)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range remove {
		delete(s.events, id)
		s.removed++
	}
	for _, c := range newClaims {
		s.claims[c.ID] = c
	}
	for _, ev := range put {
		s.events[ev.ID] = ev
		for _, id := range ev.Claims { // as the store fills Claim.Event
			c := s.claims[id]
			c.Event = &ev.ID
			s.claims[id] = c
		}
	}
}

// load is the store's Loader.
func (s *memStore) load(k Knowledge) Loader {
	return func(_ context.Context, near []claims.Claim, ids []string) ([]Event, []claims.Claim, error) {
		type block struct {
			from, to string
			places   []string
		}
		// Each claim's block is read with its article's claims (see
		// BlockKeyIn), as the pipeline's loader does.
		article := map[string][]claims.Claim{}
		for _, c := range s.claims {
			article[c.Article] = append(article[c.Article], c)
		}
		for _, c := range near {
			if _, stored := s.claims[c.ID]; !stored {
				article[c.Article] = append(article[c.Article], c)
			}
		}
		var blocks []block
		for _, c := range near {
			if from, to, ps := k.BlockKeyIn(c, article[c.Article]); from != "" {
				blocks = append(blocks, block{from, to, ps})
			}
		}
		// As the store does: an event is a candidate when one of its claims is
		// dated within a block's window and its places, with their ancestors
		// and the country keys of a claim placed only in countries (see
		// CountryKey) and its country-and-type keys (see TypeKeys), meet the
		// block's places.
		cand := map[string]bool{}
		for _, id := range ids {
			if _, ok := s.events[id]; ok {
				cand[id] = true
			}
		}
		for id, ev := range s.events {
		claimsLoop:
			for _, cid := range ev.Claims {
				c := s.claims[cid]
				if c.Date == nil {
					continue
				}
				var ps []string
				for _, p := range c.Places {
					ps = append(ps, p)
					ps = append(ps, k.ancestors(p)...)
				}
				ps = append(ps, CountryKeys(c.Places, k.ancestors)...)
				ps = append(ps, TypeKeys(c.Places, c.EventType, k.ancestors)...)
				from, to := ClaimDays(c)
				for _, b := range blocks {
					if from <= b.to && to >= b.from && intersects(ps, b.places) {
						cand[id] = true
						break claimsLoop
					}
				}
			}
		}
		// Events responding to a candidate, so their links are refreshed.
		for id, ev := range s.events {
			for _, r := range ev.RespondsTo {
				if cand[r] {
					cand[id] = true
				}
			}
		}
		// With every eventful claim of their articles (see Loader), as
		// the pipeline's store reads them: the others are left out.
		var candidates []Event
		articles := map[string]bool{}
		for _, id := range slices.Sorted(mapKeys(cand)) {
			ev := s.events[id]
			candidates = append(candidates, ev)
			for _, cid := range ev.Claims {
				articles[s.claims[cid].Article] = true
			}
		}
		var candClaims []claims.Claim
		for _, id := range slices.Sorted(mapKeys(s.claims)) {
			if c := s.claims[id]; articles[c.Article] && Eventful(c) {
				candClaims = append(candClaims, c)
			}
		}
		return candidates, candClaims, nil
	}
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func byID(evs []Event) []Event {
	out := slices.Clone(evs)
	slices.SortFunc(out, func(a, b Event) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// TestIncrementalEqualsBatch ingests synthetic corpora article by article
// in random orders through UpdateFrom and a store that finds candidates by
// BlockKey, and checks the store ends up with exactly Reconcile's events.
//
// It runs twice: with a gazetteer that can list the places near a place
// (PlaceIndex), so that blocks leave countries out, and with one that
// cannot.
func TestIncrementalEqualsBatch(t *testing.T) {
	for _, places := range []PlaceTree{indexedPlaces{testPlaces}, testPlaces} {
		_, indexed := places.(PlaceIndex)
		t.Run(fmt.Sprint("index=", indexed), func(t *testing.T) {
			testIncrementalEqualsBatch(t, Knowledge{Places: places, Sources: testSources}, synthShape{60, 25, 20}, 40, 1)
		})
	}
}

// TestIncrementalEqualsBatchDense does the same on corpora where many
// events crowd a few days, so that day groups compete for partners and a
// new article changes the pairing of groups it does not touch; articles
// arrive in batches of one to six, as the pipeline sends them.
func TestIncrementalEqualsBatchDense(t *testing.T) {
	testIncrementalEqualsBatch(t, Knowledge{Places: indexedPlaces{testPlaces}, Sources: testSources}, synthShape{90, 70, 6}, 25, 6)
}

// synthShape sizes a synthetic corpus (see synthCorpus).
type synthShape struct{ articles, events, days int }

func testIncrementalEqualsBatch(t *testing.T, base Knowledge, shape synthShape, seeds uint64, maxBatch int) {
	removed := 0
	for seed := uint64(1); seed <= seeds; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			c := synthCorpus(seed, shape.articles, shape.events, shape.days)
			k := base
			k.Articles = c.dates
			want := byID(Reconcile(c.all(), k))

			r := rand.New(rand.NewPCG(seed, 7))
			order := r.Perm(len(c.articles))
			s := &memStore{events: map[string]Event{}, claims: map[string]claims.Claim{}}
			for len(order) > 0 {
				n := min(1+r.IntN(maxBatch), len(order))
				var batch []claims.Claim
				for _, i := range order[:n] {
					batch = append(batch, c.articles[i]...)
				}
				order = order[n:]
				s.ingest(t, batch, k)
			}
			var got []Event
			for _, ev := range s.events {
				got = append(got, ev)
			}
			if g := byID(got); !reflect.DeepEqual(want, g) {
				t.Fatalf("incremental != batch (-batch +incremental):\n%s", gocmp.Diff(want, g))
			}
			removed += s.removed
		})
	}
	if removed == 0 {
		t.Errorf("no event was ever merged away: the corpus does not exercise UpdateFrom")
	}
	t.Logf("%d events merged away during ingestion", removed)
}

// TestEventsSpanAtMostThreeDays checks on crowded corpora that no event's
// linking claims (strong claims, see Group) span more than three
// consecutive dates (a small component of day groups, or a pair of them,
// see pairing.go), however many daily events crowd one place: pairing
// never chains days.
func TestEventsSpanAtMostThreeDays(t *testing.T) {
	pairs, wide := 0, 0
	for seed := uint64(1); seed <= 20; seed++ {
		c := synthCorpus(seed, 120, 80, 8)
		k := testK
		k.Articles = c.dates
		all := c.all()
		g := newGrouper(k)
		g.linkStrong(canonicalClaims(all))
		strongDay := map[string]int{}
		for _, n := range g.nodes {
			if n.strong {
				strongDay[n.c.ID] = n.day
			}
		}
		for _, ev := range Group(all, k) {
			lo, hi, n := 0, 0, 0
			for _, id := range ev.Claims {
				d, ok := strongDay[id]
				if !ok {
					continue
				}
				if n == 0 || d < lo {
					lo = d
				}
				if n == 0 || d > hi {
					hi = d
				}
				n++
			}
			if hi-lo > 2 {
				t.Fatalf("seed %d: event %s spans %s to %s", seed, ev.ID, dayString(lo), dayString(hi))
			}
			if n > 0 && hi > lo {
				pairs++
			}
			if n > 0 && hi-lo > 1 {
				wide++
			}
		}
	}
	if pairs == 0 || wide == 0 {
		t.Errorf("%d events join two dates, %d three: the corpus does not exercise pairing", pairs, wide)
	}
	t.Logf("%d events join two dates or more, %d of them three", pairs, wide)
}

// TestOrderIndependence shuffles the claims (and repeats some) and checks
// Group and Reconcile give the same events.
func TestOrderIndependence(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		c := synthCorpus(seed, 50, 20, 15)
		k := testK
		k.Articles = c.dates
		all := c.all()
		wantG := Group(all, k)
		wantR := Reconcile(all, k)
		r := rand.New(rand.NewPCG(seed, 99))
		for range 3 {
			sh := slices.Clone(all)
			r.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
			sh = append(sh, sh[:len(sh)/10]...) // repeated claims change nothing
			if g := Group(sh, k); !reflect.DeepEqual(wantG, g) {
				t.Fatalf("seed %d: Group depends on order:\n%s", seed, gocmp.Diff(wantG, g))
			}
			if r := Reconcile(sh, k); !reflect.DeepEqual(wantR, r) {
				t.Fatalf("seed %d: Reconcile depends on order:\n%s", seed, gocmp.Diff(wantR, r))
			}
		}
	}
}

// TestEventIDStable: an event's id does not change when a later article,
// reporting the same date, joins it.
func TestEventIDStable(t *testing.T) {
	first := strikes2022()[:9] // Xinhua, published 2022-08-24
	k := testK
	k.Articles = fakeDates{"xinhua22": "2022-08-24", "sy24_22": "2022-08-25", "aaa_late": "2022-08-26"}
	before := eventOf(Group(first, k), "x1").ID
	later := append(slices.Clone(first), mk(claims.Claim{ID: "l1", Article: "aaa_late", Source: src("reuters"),
		EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2022-08-24")}))
	after := eventOf(Group(later, k), "x1")
	if after.ID != before {
		t.Errorf("id changed from %s to %s when a later article joined", before, after.ID)
	}
	if !slices.Contains(after.Claims, "l1") {
		t.Errorf("later article's claim did not join: %v", after.Claims)
	}
}

// TestUpdateRefreshesResponseLinks: an answered event in another country
// changes its id when an earlier-dated report joins it; the response event
// lies outside the new claim's block and is refreshed only because the
// store passes the events that respond to candidates.
func TestUpdateRefreshesResponseLinks(t *testing.T) {
	a := []claims.Claim{
		mk(claims.Claim{ID: "r", Article: "A", Start: 0, Source: src("centcom"), Response: true,
			EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-10")}),
		mk(claims.Claim{ID: "d", Article: "A", Start: 150, Source: src("centcom"),
			EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Places: []string{"al_qaim"}, Date: sp("2024-02-09")}),
	}
	b := []claims.Claim{
		mk(claims.Claim{ID: "e", Article: "B", Start: 0, Source: src("reuters"),
			EventType: claims.EventDroneAttack, Actor: sp("iran_backed"), Places: []string{"al_qaim"}, Date: sp("2024-02-08")}),
	}
	s := &memStore{events: map[string]Event{}, claims: map[string]claims.Claim{}}
	s.ingest(t, a, testK)
	s.ingest(t, b, testK)
	var got []Event
	for _, ev := range s.events {
		got = append(got, ev)
	}
	want := byID(Reconcile(append(slices.Clone(a), b...), testK))
	if diff := gocmp.Diff(want, byID(got)); diff != "" {
		t.Fatalf("incremental != batch (-batch +incremental):\n%s", diff)
	}
	if s.removed != 1 {
		t.Errorf("removed %d events, want the answered event's old id", s.removed)
	}
	resp := eventOf(got, "r")
	if len(resp.RespondsTo) != 1 || resp.RespondsTo[0] != eventOf(got, "e").ID {
		t.Errorf("RespondsTo = %v, want the merged drone attack", resp.RespondsTo)
	}
}

// TestZonesKeepTheRelation checks that blocking by zone (a governorate and
// the zones within NearbyAirKm, with a gazetteer that lists nearby places)
// finds every related pair that blocking by country finds: the events are
// the same either way.
func TestZonesKeepTheRelation(t *testing.T) {
	for seed := uint64(1); seed <= 30; seed++ {
		c := synthCorpus(seed, 90, 50, 8)
		zoned := Knowledge{Places: indexedPlaces{testPlaces}, Sources: testSources, Articles: c.dates}
		country := Knowledge{Places: testPlaces, Sources: testSources, Articles: c.dates}
		all := c.all()
		if diff := gocmp.Diff(Group(all, country), Group(all, zoned)); diff != "" {
			t.Fatalf("seed %d: zoned blocking changes the events (-country +zoned):\n%s", seed, diff)
		}
	}
}
