package reconcile

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/riwaya/riwaya/claims"
)

// eventOf returns the event holding the claim, or nil.
func eventOf(evs []Event, claimID string) *Event {
	for i := range evs {
		if slices.Contains(evs[i].Claims, claimID) {
			return &evs[i]
		}
	}
	return nil
}

// assertFlagged compares cs as the claims of one event and checks whether
// a discrepancy of kind is among what Compare flags.
func assertFlagged(t *testing.T, cs []claims.Claim, kind string, want bool) {
	t.Helper()
	ds := Compare(Event{}, cs, testK)
	if got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == kind }); got != want {
		t.Errorf("%s flagged = %v, want %v: %+v", kind, got, want, ds)
	}
}

// discs returns the event's discrepancies of one kind.
func discs(ev *Event, kind string) []Discrepancy {
	var out []Discrepancy
	for _, d := range ev.Discrepancies {
		if d.Kind == kind {
			out = append(out, d)
		}
	}
	return out
}

// assertGroups groups cs and checks the events' claim ids (see partition)
// against want.
// groupCase is one grouping case: claims and the groups of claim ids they
// must form.
type groupCase struct {
	name string
	cs   []claims.Claim
	want [][]string
}

// runGroupCases runs each case as a subtest through assertGroups.
func runGroupCases(t *testing.T, cases []groupCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assertGroups(t, tt.cs, tt.want)
		})
	}
}

// variant is c changed by mod (if any), prepared by mk: the claim of a
// case that differs from its base in one respect.
func variant(c claims.Claim, mod func(*claims.Claim)) claims.Claim {
	if mod != nil {
		mod(&c)
	}
	return mk(c)
}

func assertGroups(t *testing.T, cs []claims.Claim, want [][]string) {
	t.Helper()
	if diff := cmp.Diff(want, partition(Group(cs, testK))); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// partition renders events as sorted lists of claim ids, for comparing
// groupings.
func partition(evs []Event) [][]string {
	var out [][]string
	for _, e := range evs {
		out = append(out, slices.Sorted(slices.Values(e.Claims)))
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

func TestGroupScenarios(t *testing.T) {
	tests := []struct {
		name  string
		cs    []claims.Claim
		want  [][]string // expected partition of the eventful claims
		outOf []string   // claims that belong to no event
	}{
		{
			name: "2022 strikes: Xinhua (Wednesday) and SY24 (yesterday Wednesday, CENTCOM on Tuesday)",
			cs:   strikes2022(),
			want: [][]string{
				{"s1"},
				{"s2", "s4", "x1", "x5", "x6", "x7", "x8", "x9"},
				{"x2", "x3", "x4"},
			},
			outOf: []string{"s3"},
		},
		{
			name: "2019 withdrawal and Israeli strikes in one article",
			cs:   withdrawal2019(),
			want: [][]string{{"w1", "w2", "w3"}, {"w4", "w5", "w6", "w7"}},
		},
		{
			name: "Khasham 2018 and the Israeli strike on the Damascus countryside",
			cs:   khasham2018(),
			want: [][]string{{"k1", "k2", "k3", "k5"}, {"k4"}},
		},
		{
			name: "2023 drone attack and the strikes answering it",
			cs:   strikes2023(),
			want: [][]string{{"a1", "a2", "a4"}, {"a3"}},
		},
		{
			name: "same base attacked in 2019 and 2023",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "b19", Article: "p19", Source: src("sohr"), EventType: claims.EventShelling,
					Places: []string{"omar_field"}, Date: sp("2019-06-01")}),
				mk(claims.Claim{ID: "b23", Article: "p23", Source: src("sohr"), EventType: claims.EventShelling,
					Places: []string{"omar_field"}, Date: sp("2023-03-24")}),
			},
			want: [][]string{{"b19"}, {"b23"}},
		},
		{
			name: "strikes in Syria and Iraq the same night, 10 km apart across the border",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "sy", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"albukamal"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "iq", Article: "n2", Source: src("reuters"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"al_qaim"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"iq"}, {"sy"}},
		},
		{
			// The headline names the Turkish drone, the body's sentences do
			// not; another article names it too. An unnamed drone of
			// another article is not linked to the named one across
			// articles.
			name: "a named drone strike and the article's unnamed drone sentences are one event",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "h1", Article: "n1", Source: src("sohr"), EventType: claims.EventDroneAttack,
					Actor: sp("turkey"), Places: []string{"rmeilan"}, Date: sp("2024-06-13")}),
				mk(claims.Claim{ID: "h2", Article: "n1", Start: 200, Source: src("sohr"), EventType: claims.EventDroneAttack,
					Places: []string{"rmeilan"}, Date: sp("2024-06-13"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}}),
				mk(claims.Claim{ID: "o1", Article: "n2", Source: src("reuters"), EventType: claims.EventDroneAttack,
					Places: []string{"rmeilan"}, Date: sp("2024-06-13")}),
				mk(claims.Claim{ID: "o2", Article: "n3", Source: src("alarabiya"), EventType: claims.EventDroneAttack,
					Actor: sp("turkey"), Places: []string{"rmeilan"}, Date: sp("2024-06-13")}),
			},
			want: [][]string{{"h1", "h2", "o1", "o2"}},
		},
		{
			name: "unnamed and named drones of two articles stay apart without a bridge in one article",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "o1", Article: "n2", Source: src("reuters"), EventType: claims.EventDroneAttack,
					Places: []string{"rmeilan"}, Date: sp("2024-06-13")}),
				mk(claims.Claim{ID: "o2", Article: "n3", Source: src("alarabiya"), EventType: claims.EventDroneAttack,
					Actor: sp("turkey"), Places: []string{"rmeilan"}, Date: sp("2024-06-13")}),
			},
			want: [][]string{{"o1"}, {"o2"}},
		},
		{
			name: "shelling and airstrike the same day at the same place are two events",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "sh", Article: "n1", Source: src("sohr"), EventType: claims.EventShelling,
					Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "as", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("russia"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"as"}, {"sh"}},
		},
		{
			name: "attack and counter-attack by opposed actors are two events",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "d1", Article: "n1", Source: src("sohr"), EventType: claims.EventDroneAttack,
					Actor: sp("iran_backed"), Places: []string{"conoco_field"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "d2", Article: "n2", Source: src("centcom"), EventType: claims.EventDroneAttack,
					Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"d1"}, {"d2"}},
		},
		{
			name: "airstrike and drone strike by the same actor are one event; two days apart are not",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "e1", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "e2", Article: "n2", Source: src("centcom"), EventType: claims.EventDroneAttack,
					Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "e3", Article: "n3", Source: src("centcom"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2024-02-04")}),
			},
			want: [][]string{{"e1", "e2"}, {"e3"}},
		},
		{
			name: "a country-level claim does not link across articles to one of two events it matches",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "c1", Article: "n1", Source: src("pentagon"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"syria"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "c2", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "c3", Article: "n3", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"damascus"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"c1"}, {"c2"}, {"c3"}},
		},
		{
			name: "a day's gap at one town links reports of which only one names the actor",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "g1", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "g2", Article: "n2", Source: src("reuters"), EventType: claims.EventAirstrike,
					Places: []string{"mayadin"}, Date: sp("2024-02-03")}),
			},
			want: [][]string{{"g1", "g2"}},
		},
		{
			name: "a day's gap in one governorate, or between two named actors, keeps reports apart",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "h1", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"deir_ez_zor"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "h2", Article: "n2", Source: src("reuters"), EventType: claims.EventAirstrike,
					Places: []string{"deir_ez_zor"}, Date: sp("2024-02-03")}),
				mk(claims.Claim{ID: "h3", Article: "n3", Source: src("sohr"), EventType: claims.EventShelling,
					Actor: sp("russia"), Places: []string{"albukamal"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "h4", Article: "n4", Source: src("sana"), EventType: claims.EventShelling,
					Actor: sp("syria_gov"), Places: []string{"albukamal"}, Date: sp("2024-02-03")}),
			},
			want: [][]string{{"h1"}, {"h2"}, {"h3"}, {"h4"}},
		},
		{
			name: "a governorate-level claim beside its article's town does not bridge another article's town",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "x1", Article: "n1", Start: 0, Source: src("sohr"), EventType: claims.EventAirstrike,
					Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "x2", Article: "n1", Start: 200, Source: src("russia_mod"), EventType: claims.EventAirstrike,
					Actor: sp("russia"), Places: []string{"deir_ez_zor"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "y1", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("russia"), Places: []string{"albukamal"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"x1", "x2"}, {"y1"}},
		},
		{
			name: "an attack on a base told as rockets by one and as an attack by another is one event",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "r1", Article: "n1", Source: src("almayadeen"), EventType: claims.EventShelling,
					Places: []string{"omar_field"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "r2", Article: "n2", Source: src("coalition"), EventType: claims.EventGroundAttack,
					Places: []string{"omar_field"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"r1", "r2"}},
		},
		{
			name: "a sentence naming only an actor opposed to its neighbour's event joins the next event",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "s1", Article: "n1", Start: 0, Source: src("centcom"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "s2", Article: "n1", Start: 300, Source: src("sohr"), EventType: claims.EventAirstrike,
					Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
				mk(claims.Claim{ID: "w", Article: "n1", Start: 400, Source: src("us_government"), Actor: sp("iran_backed")}),
				mk(claims.Claim{ID: "s3", Article: "n1", Start: 700, Source: src("sohr"), EventType: claims.EventDroneAttack,
					Places: []string{"tanf"}, Date: sp("2024-02-01")}),
			},
			want: [][]string{{"s1", "s2"}, {"s3", "w"}},
		},
		{
			name: "undated claims join only their own article",
			cs: []claims.Claim{
				mk(claims.Claim{ID: "u1", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}}),
				mk(claims.Claim{ID: "u2", Article: "n2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")}),
			},
			want: [][]string{{"u1"}, {"u2"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group(tt.cs, testK)
			if diff := cmp.Diff(tt.want, partition(evs)); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
			for _, id := range tt.outOf {
				if ev := eventOf(evs, id); ev != nil {
					t.Errorf("claim %s is in event %s, want none", id, ev.ID)
				}
			}
			for _, ev := range evs {
				if !strings.HasPrefix(ev.ID, "ev_") {
					t.Errorf("event id %q lacks the ev_ prefix", ev.ID)
				}
			}
		})
	}
}

func TestStrikes2022(t *testing.T) {
	evs := Reconcile(strikes2022(), testK)
	ev := eventOf(evs, "x1")
	if ev == nil {
		t.Fatal("no event for x1")
	}
	if ev.EventType != claims.EventAirstrike || ev.Date == nil || *ev.Date != "2022-08-24" {
		t.Errorf("consensus = %s %v, want airstrike 2022-08-24", ev.EventType, deref(ev.Date))
	}
	if diff := cmp.Diff([]string{"mayadin", "deir_ez_zor"}, ev.Places); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
	if ev.Grade != GradeConfirmed {
		t.Errorf("grade = %s, want confirmed (CENTCOM announces US strikes)", ev.Grade)
	}
	wantSources := []string{"centcom", "iran_mfa", "sohr", "sy24"}
	if diff := cmp.Diff(wantSources, ev.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if got := Disputes(*ev); got != 0 {
		t.Errorf("disputes = %d, want 0: %+v", got, ev.Discrepancies)
	}
	want := Estimate{Low: 6, Best: 6, High: ip(6), Sources: []string{"sohr"}}
	if diff := cmp.Diff(want, ev.Estimates["killed"]); diff != "" {
		t.Errorf("killed estimate (-want +got):\n%s", diff)
	}

	rockets := eventOf(evs, "x2")
	if rockets == nil || rockets.EventType != claims.EventShelling {
		t.Fatalf("rocket attack event = %+v", rockets)
	}
	// SANA relays local sources: one account (local_sources) plus SANA's own
	// voice on the perpetrator.
	if diff := cmp.Diff([]string{"local_sources", "sana"}, rockets.Sources); diff != "" {
		t.Errorf("rocket sources (-want +got):\n%s", diff)
	}
	if rockets.Grade != GradeWeak {
		t.Errorf("rocket grade = %s, want weak (SANA and the local sources it relays are one government voice... or one account)", rockets.Grade)
	}
}

func TestWithdrawalOccurrence(t *testing.T) {
	evs := Reconcile(withdrawal2019(), testK)
	ev := eventOf(evs, "w3")
	if ev == nil || ev.EventType != claims.EventWithdrawal {
		t.Fatalf("withdrawal event = %+v", ev)
	}
	occ := discs(ev, KindOccurrence)
	found := false
	for _, d := range occ {
		if slices.Contains(d.Sources, "sohr") && slices.Contains(d.Sources, "pentagon") {
			found = true
			if want := "The coalition and SOHR assert the withdrawal; the Pentagon denies it."; d.Summary != want {
				t.Errorf("summary = %q, want %q", d.Summary, want)
			}
			if diff := cmp.Diff([]string{"w1", "w2", "w3"}, d.Claims); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
			for _, p := range d.Positions {
				if p.Source == "sohr" && !slices.Equal(p.Against, []string{"pentagon"}) {
					t.Errorf("SOHR is contradicted by %v, want the Pentagon", p.Against)
				}
			}
		}
	}
	if !found {
		t.Errorf("no occurrence discrepancy between sohr and pentagon: %+v", occ)
	}
	if n := len(discs(ev, KindPerpetrator)); n != 0 {
		t.Errorf("a denied withdrawal is not a perpetrator dispute: got %d", n)
	}
	if ev.Grade != GradeConfirmed {
		t.Errorf("grade = %s, want confirmed (the coalition announces its own withdrawal)", ev.Grade)
	}
	israel := eventOf(evs, "w4")
	if israel == nil || israel == ev || israel.EventType != claims.EventAirstrike {
		t.Fatalf("Israeli strikes event = %+v", israel)
	}
	if israel.Grade != GradeFair {
		t.Errorf("Israeli strikes grade = %s, want fair (government voice and SOHR)", israel.Grade)
	}
}

func TestKhashamTarget(t *testing.T) {
	evs := Reconcile(khasham2018(), testK)
	ev := eventOf(evs, "k1")
	if ev == nil {
		t.Fatal("no Khasham event")
	}
	var got []string
	for _, d := range discs(ev, KindTarget) {
		got = append(got, strings.Join(d.Sources, "/"))
	}
	// The US official's "more than 100 pro-regime fighters killed" sides
	// with the coalition's characterisation (see victimPosition).
	if !slices.Equal(got, []string{"syria_state_tv/coalition/us_government"}) {
		t.Errorf("target discrepancies = %v, want syria_state_tv/coalition/us_government", got)
	}
	for _, d := range discs(ev, KindTarget) {
		if slices.Equal(d.Sources, []string{"syria_state_tv", "coalition", "us_government"}) {
			want := "Syrian state TV describes the target as popular forces fighting ISIS and the SDF (civilian); " +
				"the coalition and US officials as pro-regime forces attacking SDF headquarters; " +
				"at least 100 pro-government fighters killed (military)."
			if d.Summary != want {
				t.Errorf("summary = %q\nwant      %q", d.Summary, want)
			}
		}
	}
	// Russia's 25 wounded and the US official's "more than 100" killed
	// are different outcomes: no casualty conflict.
	if n := len(discs(ev, KindCasualties)); n != 0 {
		t.Errorf("casualties = %+v, want none", discs(ev, KindCasualties))
	}
	wantK := Estimate{Low: 100, Best: 100, High: nil, Sources: []string{"us_government"}}
	if diff := cmp.Diff(wantK, ev.Estimates["killed"]); diff != "" {
		t.Errorf("killed estimate (-want +got):\n%s", diff)
	}
	if ev.Grade != GradeConfirmed {
		t.Errorf("grade = %s, want confirmed", ev.Grade)
	}
}

func TestRespondsTo(t *testing.T) {
	evs := Reconcile(strikes2023(), testK)
	strikes, drone := eventOf(evs, "a2"), eventOf(evs, "a3")
	if strikes == nil || drone == nil || strikes == drone {
		t.Fatalf("strikes %v, drone %v: want two events", strikes, drone)
	}
	if diff := cmp.Diff([]string{drone.ID}, strikes.RespondsTo); diff != "" {
		t.Errorf("RespondsTo (-want +got):\n%s", diff)
	}
	if len(drone.RespondsTo) != 0 {
		t.Errorf("drone attack responds to %v, want nothing", drone.RespondsTo)
	}
	if strikes.Date == nil || *strikes.Date != "2023-03-24" || drone.Date == nil || *drone.Date != "2023-03-23" {
		t.Errorf("dates = %v / %v", deref(strikes.Date), deref(drone.Date))
	}
	wantUS := Estimate{Low: 1, Best: 1, High: ip(1), Sources: []string{"pentagon"}}
	if diff := cmp.Diff(wantUS, drone.Estimates["killed"]); diff != "" {
		t.Errorf("drone killed (-want +got):\n%s", diff)
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// scene returns claims of one event (airstrike at Mayadin on one day)
// from different articles, for discrepancy tests.
func scene(cs ...claims.Claim) []claims.Claim {
	for i := range cs {
		c := &cs[i]
		if c.Article == "" {
			c.Article = "art" + c.ID
		}
		if c.EventType == claims.EventOther || c.EventType == "" {
			c.EventType = claims.EventAirstrike
		}
		if c.Places == nil {
			c.Places = []string{"mayadin"}
		}
		if c.Date == nil {
			c.Date = sp("2024-05-01")
		}
		*c = mk(*c)
	}
	return cs
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string // "kind field sources… | summary"
	}{
		{
			name: "exact 7 against exact 6 conflict",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "unknown", 7)}}),
			),
			want: []string{"casualties killed iran_advisors,sohr | Iranian advisers say 7 killed; SOHR says 6 killed."},
		},
		{
			name: "at least 6 against at least 10 is not a conflict",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{atLeast("killed", "unknown", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("reuters"), Figures: []claims.Figure{atLeast("killed", "unknown", 10)}}),
			),
		},
		{
			name: "at least 11 against 7",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "unknown", 7)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{atLeast("killed", "unknown", 11)}}),
			),
			want: []string{"casualties killed sohr,iran_advisors | SOHR says at least 11 killed; Iranian advisers say 7 killed."},
		},
		{
			// Who died is disputed when one account counts only
			// fighters and the other only civilians: the monitors' and
			// every gold set's reading ("six terrorists" against "four
			// girls"), so it is a conflict of its own.
			name: "fighters only against civilians only dispute who died",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "fighters", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "civilians", 7)}}),
			),
			want: []string{"casualties killed iran_advisors,sohr | Iranian advisers say 7 civilians killed; SOHR says 6 fighters killed."},
		},
		{
			// ... nor when the combatants' account denies something of
			// the event: its toll is that of its own version ("we struck
			// militants there; the gas attack is a fabrication"), which
			// the denial disputes.
			name: "fighters from an account that denies, against civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "fighters", 6)}}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Stance: claims.StanceDenies, Text: "ونفى أن تكون الضربات أصابت المشفى"}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "civilians", 7)}}),
			),
			want: []string{"occurrence occurrence iran_advisors,sohr | Iranian advisers assert the airstrike; SOHR denies it."},
		},
		{
			// ... but not when the combatants' account also gives a total
			// of unknown people, among whom civilians may be.
			name: "fighters with a total against civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 9), exact("killed", "fighters", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "civilians", 3)}}),
			),
		},
		{
			name: "a relay chain is one account: SANA twice, once via Xinhua",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Figures: []claims.Figure{exact("killed", "unknown", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Via: []claims.Relay{{ID: "xinhua", Name: "Xinhua"}},
					Figures: []claims.Figure{exact("killed", "unknown", 6)}}),
			),
		},
		{
			name: "revision within one account is a note, not a conflict",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "unknown", 11), {Outcome: "killed", Group: "unknown", Low: 9, High: ip(9), Qualifier: "exact", Earlier: true}}}),
			),
			want: []string{"revision killed sohr | SOHR revised its toll: killed 9 → 11."},
		},
		{
			name: "revision across articles, ordered by publication",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "late", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 11)}}),
				mk(claims.Claim{ID: "c2", Article: "early", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 9)}}),
			),
			want: []string{"revision killed sohr | SOHR gave 9 killed on 2024-05-01 and 11 killed on 2024-05-02."},
		},
		{
			name: "two tolls for one group in a claim that speaks of a revision",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "ارتفعت الحصيلة إلى 22 قتيلاً بعد أن كانت 20",
					Figures: []claims.Figure{exact("killed", "unknown", 22), exact("killed", "unknown", 20)}}),
			),
			want: []string{"revision killed sohr | SOHR revised its toll: killed 20 → 22."},
		},
		{
			name: "two tolls in one claim that does not speak of a revision are no note",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "قتل 22 شخصاً وأصيب 20",
					Figures: []claims.Figure{exact("killed", "unknown", 22), exact("killed", "unknown", 20)}}),
			),
		},
		{
			name: "a toll the source later calls its earlier one is no longer current",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "early", Source: src("sohr"), Figures: []claims.Figure{atLeast("killed", "unknown", 35)}}),
				mk(claims.Claim{ID: "c2", Article: "late", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "civilians", 39),
					{Outcome: "killed", Group: "unknown", Low: 35, High: ip(35), Qualifier: "exact", Earlier: true}}}),
			),
			want: []string{"revision killed sohr | SOHR revised its toll: killed 35 → 39."},
		},
		{
			name: "a denial carrying figures, and its headline, deny the toll, not the perpetrator",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
				mk(claims.Claim{ID: "c2", Source: src("media"), Figures: []claims.Figure{exact("killed", "iran_backed", 2)}}),
				mk(claims.Claim{ID: "c3", Source: src("informed_sources"), Actor: sp("israel"), Stance: claims.StanceDenies}),
				mk(claims.Claim{ID: "c4", Source: src("informed_sources"), Actor: sp("israel"), Stance: claims.StanceDenies,
					Figures: []claims.Figure{exact("killed", "iran_backed", 2)}}),
			),
			want: []string{"occurrence killed media,informed_sources | Media outlets say 2 Iran-backed fighters killed; informed sources deny it."},
		},
		{
			name: "an enemy of the named actor denying it denies the event",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("media"), Actor: sp("israel"), EventType: claims.EventGroundAttack}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"), Actor: sp("israel"), EventType: claims.EventGroundAttack,
					Stance: claims.StanceDenies}),
			),
			want: []string{"occurrence occurrence media,syrian_army | Media outlets assert the ground attack; Syrian army denies it."},
		},
		{
			name: "competing perpetrators",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Actor: sp("us")}),
				mk(claims.Claim{ID: "c3", Source: src("reuters"), Actor: sp("coalition")}),
			),
			want: []string{
				"perpetrator actor sana,sohr,reuters | SANA attributes it to Israel; SOHR and Reuters attribute it to the US.",
			},
		},
		{
			name: "an actor asserted and denied",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
				mk(claims.Claim{ID: "c2", Source: src("israel_army"), Actor: sp("israel"), Stance: claims.StanceDenies}),
			),
			want: []string{"perpetrator actor sana,israel_army | SANA attributes it to Israel; the Israeli army denies that Israel did it."},
		},
		{
			name: "a named actor against unknown is a gap",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Actor: sp("us")}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Actor: sp("unknown")}),
			),
			want: []string{"gap actor centcom,sana | CENTCOM names the US as the perpetrator; SANA does not say who carried it out."},
		},
		{
			name: "a toll against a source that does not know it is a gap",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "fighters", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Stance: claims.StanceUnknown,
					Rules: []string{claims.RuleTollUnknown}}),
			),
			want: []string{"gap casualties sohr,local_sources | SOHR gives 6 fighters killed; local sources say they do not know the toll."},
		},
		{
			name: "military against civilian targets",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Target: sp("weapons depots")}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Target: sp("food stores and a bakery")}),
			),
			want: []string{"target target centcom,iran_advisors | CENTCOM describes the target as weapons depots (military); Iranian advisers as food stores and a bakery (civilian)."},
		},
		{
			name: "one casualty discrepancy with everyone who counts, supporters included",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Figures: []claims.Figure{exact("killed", "civilians", 8)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Figures: []claims.Figure{exact("killed", "civilians", 8)}}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 7)}}),
			),
			want: []string{"casualties killed local_sources,white_helmets,sohr | Local sources and the White Helmets say 8 civilians killed; SOHR says 7 killed."},
		},
		{
			name: "civilian and combatant tolls disputed separately",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "iran_backed", 14)}}),
				mk(claims.Claim{ID: "c2", Source: src("us_government"), Figures: []claims.Figure{
					fig("killed", "fighters", 5, ip(7), claims.QualRange), exact("killed", "civilians", 0)}}),
				mk(claims.Claim{ID: "c3", Source: src("sana"), Figures: []claims.Figure{exact("killed", "civilians", 3)}}),
				mk(claims.Claim{ID: "c4", Source: src("almayadeen"), Figures: []claims.Figure{exact("killed", "civilians", 4)}}),
			),
			want: []string{
				"casualties killed almayadeen,sana,us_government | Al Mayadeen says 4 civilians killed; SANA says 3 civilians killed; US officials say no civilians killed.",
				"casualties killed sohr,us_government | SOHR says 14 Iran-backed fighters killed; US officials say between 5 and 7 fighters killed.",
			},
		},
		{
			name: "a total against a breakdown that adds up to it",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("reuters"), Figures: []claims.Figure{exact("killed", "unknown", 10)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "fighters", 6), exact("killed", "civilians", 4)}}),
			),
		},
		{
			name: "a total against a breakdown that does not",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("reuters"), Figures: []claims.Figure{exact("killed", "unknown", 31)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "sdf", 18), exact("killed", "syrian_army", 12)}}),
			),
			want: []string{"casualties killed reuters,sohr | Reuters says 31 killed; SOHR says 18 SDF fighters killed, 12 Syrian soldiers killed."},
		},
		{
			name: "a source with a total and a breakdown is compared by its parts",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "unknown", 7), exact("killed", "iran_backed", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Figures: []claims.Figure{exact("killed", "civilians", 1)}}),
			),
		},
		{
			name: "clashing totals gather every count in one discrepancy",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sy24"), Figures: []claims.Figure{exact("killed", "unknown", 21)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 18)}}),
				mk(claims.Claim{ID: "c3", Source: src("reuters"), Figures: []claims.Figure{exact("killed", "civilians", 13)}}),
			),
			want: []string{"casualties killed sy24,sohr,reuters | SY24 says 21 killed; SOHR says 18 killed; Reuters says 13 civilians killed."},
		},
		{
			name: "an explicit zero against several wounded",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Figures: []claims.Figure{exact("wounded", "us_forces", 0)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Stance: claims.StanceUnconfirmed,
					Figures: []claims.Figure{fig("wounded", "us_forces", 2, ip(9), claims.QualVague)}}),
			),
			want: []string{"casualties wounded local_sources,centcom | Local sources say several (2–9) US troops wounded; CENTCOM says no US troops wounded."},
		},
		{
			name: "casualties denied",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("media"), Figures: []claims.Figure{exact("killed", "iran_backed", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("informed_sources"), Stance: claims.StanceDenies,
					Figures: []claims.Figure{exact("killed", "iran_backed", 2)}}),
			),
			want: []string{"occurrence killed media,informed_sources | Media outlets say 2 Iran-backed fighters killed; informed sources deny it."},
		},
		{
			name: "a toll revised twice",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_health"), Figures: []claims.Figure{
					exact("killed", "unknown", 18), exact("wounded", "unknown", 37),
					{Outcome: "killed", Group: "unknown", Low: 4, High: ip(4), Qualifier: "exact", Earlier: true},
					{Outcome: "killed", Group: "unknown", Low: 16, High: ip(16), Qualifier: "exact", Earlier: true},
					{Outcome: "wounded", Group: "unknown", Low: 12, High: ip(12), Qualifier: "exact", Earlier: true},
				}}),
			),
			want: []string{"revision killed,wounded syria_health | Syrian health authorities revised their toll: killed 4 → 16 → 18; wounded 12 → 37."},
		},
		{
			name: "a toll revised into a breakdown",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "sdf", 18), exact("killed", "syrian_army", 12),
					{Outcome: "killed", Group: "unknown", Low: 25, High: ip(25), Qualifier: "exact", Earlier: true},
				}}),
			),
			want: []string{"revision killed sohr | SOHR revised its toll: killed 25 → 18 + 12."},
		},
		{
			name: "a perpetrator gap with several sources",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a1", Source: src("ahram"), Actor: sp("unknown")}),
				mk(claims.Claim{ID: "c2", Article: "a2", Source: src("sana"), Actor: sp("isis")}),
				mk(claims.Claim{ID: "c3", Article: "a3", Source: src("sohr"), Actor: sp("isis"), Stance: claims.StanceUnconfirmed}),
			),
			want: []string{"gap actor sana,sohr,ahram | SANA and SOHR name ISIS as the perpetrator; Al-Ahram does not say who carried it out."},
		},
		{
			name: "the same target class is no dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Target: sp("infrastructure used by IRGC")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Target: sp("ammunition depots")}),
			),
		},
	}
	k := testK
	k.Articles = fakeDates{"early": "2024-05-01", "late": "2024-05-02"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := Event{}
			var got []string
			for _, d := range Compare(ev, tt.cs, k) {
				got = append(got, d.Kind+" "+d.Field+" "+strings.Join(d.Sources, ",")+" | "+d.Summary)
				if len(d.Values) != len(d.Positions) || (d.Kind != KindRevision && d.Kind != KindGap && len(d.Positions) != len(d.Sources)) {
					t.Errorf("values %v / positions %d not parallel to sources %v", d.Values, len(d.Positions), d.Sources)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEstimates(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want map[string]Estimate
	}{
		{
			name: "exact figures: low min, high max, lower median",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 11)}}),
				mk(claims.Claim{ID: "c2", Source: src("iran_advisors"), Figures: []claims.Figure{exact("killed", "unknown", 7)}}),
				mk(claims.Claim{ID: "c3", Source: src("reuters"), Figures: []claims.Figure{exact("killed", "unknown", 9)}}),
				mk(claims.Claim{ID: "c4", Source: src("sana"), Figures: []claims.Figure{exact("killed", "unknown", 20)}}),
			),
			want: map[string]Estimate{"killed": {Low: 7, Best: 9, High: ip(20), Sources: []string{"iran_advisors", "reuters", "sana", "sohr"}}},
		},
		{
			name: "open-ended figure leaves high unbounded",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("us_government"), Figures: []claims.Figure{atLeast("killed", "pro_government", 100)}}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Figures: []claims.Figure{exact("killed", "pro_government", 5)}}),
			),
			want: map[string]Estimate{"killed": {Low: 5, Best: 5, High: nil, Sources: []string{"russia_mod", "us_government"}}},
		},
		{
			name: "groups summed, earlier and subset figures ignored, relays counted once",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact("killed", "civilians", 3), exact("killed", "fighters", 5),
					{Outcome: "killed", Group: "civilians", Low: 2, High: ip(2), Qualifier: "exact", Subset: true},
					{Outcome: "killed", Group: "fighters", Low: 1, High: ip(1), Qualifier: "exact", Earlier: true},
				}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Via: []claims.Relay{{ID: "xinhua"}},
					Figures: []claims.Figure{exact("wounded", "unknown", 4)}}),
			),
			want: map[string]Estimate{
				"killed":  {Low: 8, Best: 8, High: ip(8), Sources: []string{"sohr"}},
				"wounded": {Low: 4, Best: 4, High: ip(4), Sources: []string{"sohr"}},
			},
		},
		{
			name: "vague figures only when nothing else",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sy24"), Figures: []claims.Figure{fig("killed", "unknown", 2, nil, claims.QualVague)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{exact("killed", "unknown", 6)}}),
				mk(claims.Claim{ID: "c3", Source: src("sy24"), Figures: []claims.Figure{fig("wounded", "unknown", 2, nil, claims.QualVague)}}),
			),
			want: map[string]Estimate{
				"killed":  {Low: 6, Best: 6, High: ip(6), Sources: []string{"sohr"}},
				"wounded": {Low: 2, Best: 2, High: nil, Sources: []string{"sy24"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Estimates(Event{}, tt.cs)); diff != "" {
				t.Errorf("estimates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGrade(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want string
	}{
		{"one source", scene(mk(claims.Claim{ID: "c1", Source: src("sohr"), Actor: sp("us")})), GradeWeak},
		{"one source relayed by two outlets", scene(
			mk(claims.Claim{ID: "c1", Source: src("sohr"), Via: []claims.Relay{{ID: "xinhua"}}}),
			mk(claims.Claim{ID: "c2", Source: src("sohr"), Via: []claims.Relay{{ID: "alarabiya"}}}),
		), GradeWeak},
		{"one government's voices are one", scene(
			mk(claims.Claim{ID: "c1", Source: src("sana")}),
			mk(claims.Claim{ID: "c2", Source: src("syria_state_tv")}),
		), GradeWeak},
		{"two independent sources", scene(
			mk(claims.Claim{ID: "c1", Source: src("sohr"), Actor: sp("us")}),
			mk(claims.Claim{ID: "c2", Source: src("reuters"), Actor: sp("coalition")}),
		), GradeFair},
		{"competing perpetrators", scene(
			mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
			mk(claims.Claim{ID: "c2", Source: src("sohr"), Actor: sp("us")}),
		), GradeContested},
		{"hedged competing perpetrator does not contest", scene(
			mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
			mk(claims.Claim{ID: "c2", Source: src("sohr"), Actor: sp("us"), Stance: claims.StanceUnconfirmed}),
		), GradeFair},
		{"a belligerent accepts responsibility, outranking a contest", scene(
			mk(claims.Claim{ID: "c1", Source: src("sana"), Actor: sp("israel")}),
			mk(claims.Claim{ID: "c2", Source: src("centcom"), Actor: sp("us")}),
		), GradeConfirmed},
		{"an interception does not confirm", scene(
			mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Actor: sp("syria_gov"), EventType: claims.EventInterception}),
		), GradeWeak},
		{"a belligerent denying is no confirmation", scene(
			mk(claims.Claim{ID: "c1", Source: src("israel_army"), Actor: sp("israel"), Stance: claims.StanceDenies}),
		), GradeWeak},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Grade(Event{}, tt.cs, testK); got != tt.want {
				t.Errorf("grade = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestReconcileOrderAndShape(t *testing.T) {
	var cs []claims.Claim
	cs = append(cs, strikes2022()...)
	cs = append(cs, withdrawal2019()...)
	cs = append(cs, khasham2018()...)
	cs = append(cs, strikes2023()...)
	evs := Reconcile(cs, testK)
	for i := 1; i < len(evs); i++ {
		a, b := evs[i-1], evs[i]
		if Disputes(a) < Disputes(b) {
			t.Errorf("event %d (%d disputes) before event %d (%d disputes)", i-1, Disputes(a), i, Disputes(b))
		}
		if Disputes(a) == Disputes(b) && a.Date != nil && b.Date != nil && *a.Date < *b.Date {
			t.Errorf("event %d (%s) before later event %d (%s)", i-1, *a.Date, i, *b.Date)
		}
	}
	if Disputes(evs[0]) == 0 {
		t.Errorf("first event has no disputes")
	}
	// The JSON shape of CONTRACT.md.
	b, err := json.Marshal(evs[0])
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"id", "event_type", "date", "places", "claims", "sources", "estimates", "grade", "discrepancies"} {
		if _, ok := m[f]; !ok {
			t.Errorf("event JSON lacks %q: %s", f, b)
		}
	}
	for _, d := range m["discrepancies"].([]any) {
		for _, f := range []string{"kind", "field", "claims", "sources", "values", "summary"} {
			if _, ok := d.(map[string]any)[f]; !ok {
				t.Errorf("discrepancy JSON lacks %q", f)
			}
		}
	}
	// Claim.Event assignment covers every eventful claim.
	ce := ClaimEvents(evs)
	for _, c := range cs {
		if Eventful(c) && ce[c.ID] == "" {
			t.Errorf("eventful claim %s has no event", c.ID)
		}
	}
}

func TestBlockKey(t *testing.T) {
	c := mk(claims.Claim{ID: "c", Article: "a", EventType: claims.EventAirstrike, Places: []string{"mayadin"}, Date: sp("2024-03-01")})
	from, to, places := testK.BlockKey(c)
	if from != "2024-02-29" || to != "2024-03-02" {
		t.Errorf("window = %s..%s", from, to)
	}
	if diff := cmp.Diff([]string{"@syria", "deir_ez_zor", "mayadin", "syria"}, places); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
	// With a gazetteer that lists nearby places, the country is left out
	// and the places within NearbyAirKm come in (Deir ez-Zor's oil fields
	// are farther from Mayadin than that, the Omar field nearer).
	k := testK
	k.Places = indexedPlaces{testPlaces}
	_, _, places = k.BlockKey(c)
	if diff := cmp.Diff([]string{"@syria", "deir_ez_zor", "mayadin", "omar_field"}, places); diff != "" {
		t.Errorf("places with PlaceIndex (-want +got):\n%s", diff)
	}
	// A claim placed only in a country that names its doer looks for its
	// candidates in the whole country (see placeless.go); one that tells
	// nothing to tell its event apart has no block.
	country := c
	country.Places = []string{"syria"}
	if from, _, places := k.BlockKey(country); from != "" || places != nil {
		t.Errorf("claim placed only in a country, naming nothing, has a block: %s %v", from, places)
	}
	country.Actor = sp("us")
	if from, to, places := k.BlockKey(country); from != "2024-02-29" || to != "2024-03-02" || !slices.Equal(places, []string{"#syria/airstrike"}) {
		t.Errorf("claim placed only in a country: block %s..%s %v", from, to, places)
	}
	vague := c
	vague.EventType = claims.EventOther
	vague.Figures = []claims.Figure{{Outcome: "killed", Low: 1}}
	if from, _, places := k.BlockKey(vague); from != "" || places != nil {
		t.Errorf("claim of vague type has a block: %s %v", from, places)
	}
	// A toll of an incident (see incident) links across articles, so it
	// has a block.
	toll := vague
	toll.Figures = []claims.Figure{exact(claims.OutcomeKilled, "unknown", 9)}
	if from, _, _ := k.BlockKey(toll); from != "2024-02-29" {
		t.Errorf("incident toll has no block: %q", from)
	}
	from, to, places = BlockKey(c)
	if from != "2024-02-29" || to != "2024-03-02" || !slices.Equal(places, []string{"mayadin"}) {
		t.Errorf("BlockKey without gazetteer = %s %s %v", from, to, places)
	}
	undated := c
	undated.Date = nil
	if from, _, places := testK.BlockKey(undated); from != "" || places != nil {
		t.Errorf("undated claim has a block: %s %v", from, places)
	}
}

func TestTables(t *testing.T) {
	types := []struct {
		a, b string
		want bool
	}{
		{"airstrike", "airstrike", true}, {"airstrike", "drone_attack", true}, {"airstrike", "interception", true},
		{"interception", "shelling", false}, {"shelling", "airstrike", false}, {"ground_attack", "airstrike", false},
		{"withdrawal", "evacuation", true}, {"withdrawal", "deployment", false}, {"drone_attack", "shelling", true},
	}
	for _, tt := range types {
		if got := TypesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("TypesCompatible(%s, %s) = %v", tt.a, tt.b, got)
		}
		if got := TypesCompatible(tt.b, tt.a); got != tt.want {
			t.Errorf("TypesCompatible(%s, %s) = %v (not symmetric)", tt.b, tt.a, got)
		}
	}
	groups := []struct {
		a, b string
		want bool
	}{
		{"unknown", "civilians", true}, {"fighters", "civilians", false}, {"fighters", "iran_backed", true},
		{"pro_government", "syrian_army", true}, {"sdf", "iran_backed", false}, {"civilians", "civilians", true},
	}
	for _, tt := range groups {
		if got := GroupsCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("GroupsCompatible(%s, %s) = %v", tt.a, tt.b, got)
		}
	}
}

func TestTargetClass(t *testing.T) {
	tests := []struct{ in, want string }{
		{"weapons depots", TargetMilitary},
		{"ammunition depots and IRGC camp", TargetMilitary},
		{"infrastructure used by IRGC-affiliated groups", TargetMilitary},
		{"military positions", TargetMilitary},
		{"headquarters", TargetMilitary},
		{"training camps", TargetMilitary},
		{"Iran-backed militias", TargetMilitary},
		{"pro-regime forces attacking SDF headquarters", TargetMilitary},
		{"depot of food supplies", TargetCivilian},
		// a bare convoy names no side; aid says what it carried
		{"convoy", ""},
		{"aid convoy", TargetCivilian},
		{"military convoy", TargetMilitary},
		{"trucks and depot of food supplies", TargetCivilian},
		{"depots of grain", TargetCivilian},
		{"grain centre", TargetCivilian},
		{"food stores and service centres", TargetCivilian},
		{"rural development centre and grain centre", TargetCivilian},
		{"a hospital", TargetCivilian},
		{"school", TargetCivilian},
		{"homes", TargetCivilian},
		{"civilians", TargetCivilian},
		{"the market", TargetCivilian},
		{"mosque", TargetCivilian},
		{"bakery", TargetCivilian},
		{"bakeries", TargetCivilian},
		{"livestock pen", TargetCivilian},
		{"bus station", TargetCivilian},
		// diplomatic premises, by whatever word
		{"consulate building", TargetCivilian},
		{"building and consular section", TargetCivilian},
		{"diplomatic premises", TargetCivilian},
		{"a diplomatic mission", TargetCivilian},
		{"embassy", TargetCivilian},
		{"government institutions and civilian facilities", TargetCivilian},
		{"military targets", TargetMilitary},
		{"militant cells", TargetMilitary},
		{"militant commander", TargetMilitary},
		{"popular forces fighting ISIS", TargetCivilian},
		{"a camp for displaced people", TargetMixed},
		{"displacement camp", TargetCivilian},
		{"weapons depots near homes", TargetMixed},
		{"database", ""},
		{"مستودعات أسلحة", TargetMilitary},
		{"مَخازِن تغذية ومراكز للخدمات العامة", TargetCivilian},
		{"قوات شعبية من أبناء العشائر تقاتل داعش", TargetCivilian},
		{"positions of popular forces", TargetCivilian},
		{"homes of local residents", TargetCivilian},
		{"positions of pro-government forces", TargetMilitary},
		{"grain silos and power station", TargetCivilian},
		{"health centre", TargetCivilian},
		{"posts", TargetMilitary},
		{"civilian depots", TargetCivilian},
		{"civilian depots and fodder", TargetCivilian},
		{"civilian, unarmed", TargetCivilian},
		{"inhabited villages", TargetCivilian},
		{"targets of terrorists", TargetMilitary},
		{"home of a farmer", TargetCivilian},
		{"positions of militias", TargetMilitary},
		{"hideouts", TargetMilitary},
		{"poultry farm", TargetCivilian},
		{"targets", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TargetClass(tt.in); got != tt.want {
			t.Errorf("TargetClass(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDescribeFigure(t *testing.T) {
	tests := []struct {
		f    claims.Figure
		want string
	}{
		{exact("killed", "unknown", 7), "7 killed"},
		{atLeast("killed", "fighters", 11), "at least 11 fighters killed"},
		{fig("wounded", "civilians", 10, ip(15), claims.QualRange), "between 10 and 15 civilians wounded"},
		{fig("killed", "unknown", 0, ip(5), claims.QualAtMost), "at most 5 killed"},
		{fig("killed_or_wounded", "unknown", 21, ip(21), claims.QualAbout), "about 21 killed or wounded"},
		{exact("wounded", "unknown", 0), "no one wounded"},
		{fig("killed", "unknown", 20, ip(99), claims.QualVague), "several (20–99) killed"},
		{fig("killed", "fighters", 2, nil, claims.QualVague), "several (2 or more) fighters killed"},
		{exact("killed", "civilians", 0), "no civilians killed"},
		{claims.Figure{Outcome: "killed", Group: "us_forces", Low: 1, High: ip(1), Qualifier: "exact", Earlier: true}, "1 US troops killed (earlier toll)"},
	}
	for _, tt := range tests {
		if got := DescribeFigure(tt.f); got != tt.want {
			t.Errorf("DescribeFigure(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestGradeOneSourceTwoActors(t *testing.T) {
	cs := scene(
		mk(claims.Claim{ID: "c1", Source: src("sy24"), Actor: sp("us")}),
		mk(claims.Claim{ID: "c2", Source: src("sy24"), Actor: sp("israel")}),
	)
	if got := Grade(Event{}, cs, testK); got != GradeWeak {
		t.Errorf("grade = %s, want weak: one source naming two actors is no contest", got)
	}
}

// TestOccurrenceDenials: which denials dispute that the event happened.
func TestOccurrenceDenials(t *testing.T) {
	strike := func(id, source string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "a1", Start: start, Source: src(source), Text: "قصف جوي روسي استهدف سوقاً للخضار",
			EventType: claims.EventAirstrike, Actor: sp("russia"), Target: sp("market")})
	}
	denial := func(id, source string, start int, text string, actor, target *string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "a2", Start: start, Source: src(source), Text: text, Stance: claims.StanceDenies,
			EventType: claims.EventAirstrike, Actor: actor, Target: target, Rules: rules})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"reports of the attack called fabricated", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "russia_mod", 0, "تقارير قصف السوق مفبركة", nil, sp("market"), "stance:denial_falsehood")}, true},
		{"a denial of the toll without figures", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "iran_mfa", 0, "نفى سقوط جرحى بين مستشاريه", nil, nil)}, false},
		{"a denial by a side that denies its own part", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "russia_mod", 0, "لم تنفذ طائراتنا أي طلعة", sp("russia"), nil),
			denial("d2", "russia_mod", 100, "المشاهد المتداولة مفبركة", nil, nil, "stance:denial_falsehood")}, false},
		{"a denial of a detail by a source that asserts the attack", []claims.Claim{strike("s1", "white_helmets", 0),
			strike("s2", "sohr", 50), denial("d1", "sohr", 100, "لا صحة لما يتداول عن استخدام أسلحة محرمة", nil, nil)}, false},
		{"a denial naming no one", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "syrian_army", 0, "لا صحة لما يتداول عن غارات على المنطقة", nil, nil)}, true},
		// A civilian target denied: by an army whose ally is the one
		// accused, and by an accused side that says it struck military
		// sites; not by an accused side that admits nothing.
		{"an army denies that the market was hit, its ally accused", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "syrian_army", 0, "كذب المصدر الأنباء عن قصف السوق", nil, sp("market"), "stance:cue")}, true},
		{"the accused denies the market but admits military targets", []claims.Claim{strike("s1", "white_helmets", 0),
			mk(claims.Claim{ID: "m1", Article: "a2", Start: 0, Source: src("russia_mod"), Text: "طائراتنا دمرت مستودع ذخيرة",
				EventType: claims.EventAirstrike, Actor: sp("russia"), Target: sp("ammunition depot")}),
			denial("d1", "russia_mod", 80, "نفى المتحدث أن تكون الغارات طالت السوق", sp("russia"), sp("market"), "stance:cue")}, true},
		{"the accused denies striking the market and admits nothing", []claims.Claim{strike("s1", "white_helmets", 0),
			denial("d1", "russia_mod", 0, "نفت الوزارة قصف السوق", sp("russia"), sp("market"), "stance:cue")}, false},
		// The struck side denies that a military target was hit while
		// its other voices tell of the enemy's strike on a civilian
		// place: it disputes what was there, not the strike.
		{"the struck side calls the destroyed arms a lie", []claims.Claim{
			mk(claims.Claim{ID: "i1", Article: "a1", Start: 0, Source: src("israel_army"), Text: "دمرنا شحنة سلاح في الميناء",
				EventType: claims.EventAirstrike, Actor: sp("israel"), Target: sp("weapons shipment")}),
			mk(claims.Claim{ID: "t1", Article: "a2", Start: 0, Source: src("syria_state_tv"), Text: "صواريخ العدو أحرقت مخازن الميناء التجاري",
				EventType: claims.EventAirstrike, Actor: sp("israel"), Target: sp("port")}),
			denial("d1", "syrian_army", 90, "وصف المصدر حديث العدو عن ضرب مخزن سلاح بأنه افتراء", nil, sp("weapons shipment"),
				"stance:denial_falsehood")}, false},
		{"the struck side denies the arms but tells of no civilian place", []claims.Claim{
			mk(claims.Claim{ID: "i1", Article: "a1", Start: 0, Source: src("israel_army"), Text: "دمرنا شحنة سلاح في الميناء",
				EventType: claims.EventAirstrike, Actor: sp("israel"), Target: sp("weapons shipment")}),
			mk(claims.Claim{ID: "t1", Article: "a2", Start: 0, Source: src("syria_state_tv"), Text: "العدو أطلق صواريخ نحو الساحل",
				EventType: claims.EventAirstrike, Actor: sp("israel")}),
			denial("d1", "syrian_army", 90, "وصف المصدر حديث العدو عن ضرب مخزن سلاح بأنه افتراء", nil, sp("weapons shipment"),
				"stance:denial_falsehood")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertFlagged(t, tt.cs, KindOccurrence, tt.want)
		})
	}
}

// TestMovementNoPerpetrator: parties that move together are not competing
// perpetrators.
func TestMovementNoPerpetrator(t *testing.T) {
	cs := []claims.Claim{
		mk(claims.Claim{ID: "m1", Article: "a1", Source: src("russia_mod"), Text: "بدأت الشرطة العسكرية الروسية تسيير دوريات",
			EventType: claims.EventDeployment, Actor: sp("russia")}),
		mk(claims.Claim{ID: "m2", Article: "a2", Source: src("reuters"), Text: "دخلت القوات السورية المدينة",
			EventType: claims.EventDeployment, Actor: sp("syria_gov")}),
	}
	for _, d := range Compare(Event{}, cs, testK) {
		if d.Kind == KindPerpetrator {
			t.Errorf("perpetrator discrepancy on a deployment: %s", d.Summary)
		}
	}
}

// TestTotalAgainstOneGroup: a total is compared with one group's figure as
// with a part of it.
func TestTotalAgainstOneGroup(t *testing.T) {
	tests := []struct {
		total claims.Figure
		want  bool
	}{
		{atLeast(claims.OutcomeKilled, "unknown", 30), false}, // 30 dead may include 23 civilians
		{exact(claims.OutcomeKilled, "unknown", 23), false},
		{exact(claims.OutcomeKilled, "unknown", 12), true}, // fewer dead than civilians dead
	}
	for _, tt := range tests {
		cs := []claims.Claim{
			mk(claims.Claim{ID: "t1", Article: "a1", Source: src("reuters"), EventType: claims.EventAirstrike,
				Figures: []claims.Figure{tt.total}}),
			mk(claims.Claim{ID: "t2", Article: "a2", Source: src("sohr"), EventType: claims.EventAirstrike,
				Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 23)}}),
		}
		got := slices.ContainsFunc(Compare(Event{}, cs, testK), func(d Discrepancy) bool { return d.Kind == KindCasualties })
		if got != tt.want {
			t.Errorf("total %+v against 23 civilians: conflict %v, want %v", tt.total, got, tt.want)
		}
	}
}

// TestTollDenial: a denial of casualties without a figure is a toll of zero
// among the denier's ranks.
func TestTollDenial(t *testing.T) {
	cs := []claims.Claim{
		mk(claims.Claim{ID: "t1", Article: "a1", Source: src("sohr"), EventType: claims.EventShelling,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "syrian_army", 3)}}),
		mk(claims.Claim{ID: "t2", Article: "a2", Source: src("syrian_army"), EventType: claims.EventShelling,
			Stance: claims.StanceDenies, Text: "أكد المصدر خلو صفوف الجيش من أي إصابات"}),
		mk(claims.Claim{ID: "t3", Article: "a3", Source: src("white_helmets"), EventType: claims.EventShelling,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
	}
	ds := Compare(Event{}, cs, testK)
	var cas *Discrepancy
	for i := range ds {
		if ds[i].Kind == KindCasualties {
			cas = &ds[i]
		}
		if ds[i].Kind == KindOccurrence {
			t.Errorf("a toll denial is not an occurrence dispute: %s", ds[i].Summary)
		}
	}
	if cas == nil || !slices.Contains(cas.Sources, "syrian_army") || !slices.Contains(cas.Sources, "sohr") {
		t.Fatalf("no casualties discrepancy between the army's denial and SOHR: %+v", ds)
	}
	for _, p := range cas.Positions {
		if p.Source == "white_helmets" && slices.Contains(p.Against, "syrian_army") {
			t.Errorf("civilian dead do not contradict a denial of army casualties")
		}
	}
}

// TestDeniesTollFirst: a denial whose object is a loss ("ينفي مقتل ...")
// does not deny the attacker it names on the way.
func TestDeniesTollFirst(t *testing.T) {
	tests := []struct {
		text, cue string
		want      bool
	}{
		{"مسؤول ينفي مقتل أي ضابط في القصف الإسرائيلي على المطار", "", true},
		{"ما نشرته مواقع معارضة عن سقوط قتلى في الغارة الروسية على البلدة", "نفى", true},
		{"أي علاقة لقواته بالقصف الذي أدى إلى مقتل خمسة مدنيين", "نفى", false},
		{"الجيش ينفي الغارة على المطار ومقتل جنود", "", false},
	}
	for _, tt := range tests {
		c := &claims.Claim{Text: tt.text, Cue: tt.cue, Stance: claims.StanceDenies}
		if got := deniesTollFirst(c); got != tt.want {
			t.Errorf("%s (cue %q): got %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}
