package reconcile

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// TestAnswererIsNoRivalPerpetrator: a claim that tells of a party
// answering fire names who answered, not a rival author of the attack; a
// response claim still disputes the attack with a claim of its own kind or
// with an actor of the same side.
func TestAnswererIsNoRivalPerpetrator(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "the coalition answering a claimed attack",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("islamic_resistance_iraq"), EventType: claims.EventDroneAttack,
					Text: "تبنت الفصائل الهجوم على القاعدة", Actor: sp("iran_backed")}),
				mk(claims.Claim{ID: "c2", Source: src("sdf"), EventType: claims.EventShelling, Response: true,
					Text: "وردت قوات التحالف بقصف مدفعي على مصادر النيران", Actor: sp("coalition")}),
			),
			want: nil,
		},
		{
			name: "two plain claims of opposed actors still clash",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات التحالف القرية", Actor: sp("coalition")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات روسية القرية", Actor: sp("russia")}),
			),
			want: []string{"perpetrator actor sana,sohr"},
		},
		{
			name: "a response claim against an ally's claim is a dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventAirstrike, Response: true,
					Text: "ردت الطائرات بغارات على مواقع المسلحين", Actor: sp("russia")}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), EventType: claims.EventAirstrike,
					Text: "قصفت طائرات النظام مواقع المسلحين", Actor: sp("syria_gov")}),
			),
			want: []string{"perpetrator actor sana,sohr"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kindHeads(t, tt.cs, KindPerpetrator)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestSameDayResponseIsItsOwnEvent: an answer given the same day, within
// the article that tells of the attack it answers, is an event of its own
// linked to that attack, as an answer on another day is. (A third report of
// the same day and site that links to both still bridges them: grouping
// has no cannot-link constraint.)
func TestSameDayResponseIsItsOwnEvent(t *testing.T) {
	cs := []claims.Claim{
		mk(claims.Claim{ID: "a", Article: "A", Start: 0, Source: src("sohr"), EventType: claims.EventShelling,
			Places: []string{"mayadin"}, Date: sp("2023-08-21")}),
		mk(claims.Claim{ID: "r", Article: "A", Start: 120, Source: src("turkey_mod"), EventType: claims.EventShelling,
			Response: true, Actor: sp("turkey"), Places: []string{"mayadin"}, Date: sp("2023-08-21")}),
	}
	evs := Reconcile(cs, testK)
	ea, er := eventOf(evs, "a"), eventOf(evs, "r")
	if ea.ID == er.ID {
		t.Fatalf("the answer joined the attack it answers: %v", ea.Claims)
	}
	if len(er.RespondsTo) != 1 || er.RespondsTo[0] != ea.ID {
		t.Errorf("RespondsTo = %v, want [%s]", er.RespondsTo, ea.ID)
	}
}

// settledPlaces is fakePlaces that also tells towns and villages apart.
type settledPlaces struct {
	fakePlaces
	settlements map[string]bool
}

func (f settledPlaces) Settlement(id string) bool { return f.settlements[id] }

// TestTwoTownsAreTwoScenes: air strikes reported the same day at two
// distinct towns 21 km apart are two incidents; at a town and an airport
// as far apart they may be one raid, as before.
func TestTwoTownsAreTwoScenes(t *testing.T) {
	places := settledPlaces{
		fakePlaces: fakePlaces{
			parent: map[string]string{"idlib": "syria", "aleppo": "syria", "maarat_misrin": "idlib",
				"atarib": "aleppo", "taftanaz_airport": "idlib"},
			coord: map[string][2]float64{"maarat_misrin": {35.99, 36.68}, "atarib": {36.14, 36.83},
				"taftanaz_airport": {36.0, 36.85}},
		},
		settlements: map[string]bool{"maarat_misrin": true, "atarib": true},
	}
	k := Knowledge{Places: places, Sources: testSources, Articles: testK.Articles}
	strike := func(id, art, place string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("sohr"), EventType: claims.EventAirstrike,
			Actor: sp("russia"), Places: []string{place}, Date: sp("2017-11-13")})
	}
	evs := Reconcile([]claims.Claim{strike("a", "A", "atarib"), strike("m", "M", "maarat_misrin")}, k)
	if eventOf(evs, "a").ID == eventOf(evs, "m").ID {
		t.Errorf("two towns 21 km apart share an event")
	}
	evs = Reconcile([]claims.Claim{strike("a", "A", "atarib"), strike("f", "F", "taftanaz_airport")}, k)
	if eventOf(evs, "a").ID != eventOf(evs, "f").ID {
		t.Errorf("a town and an airfield 15 km apart are apart; NearbyAirKm should join them")
	}
}

// TestDeferredClaimsDoNotBridge: "strikes on Deir ez-Zor" beside a town in
// each of two articles link neither article to the other's town.
func TestDeferredClaimsDoNotBridge(t *testing.T) {
	claim := func(id, art string, start int, place string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: start, Source: src("sohr"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp("2024-02-03")})
	}
	evs := Reconcile([]claims.Claim{
		claim("a1", "A", 0, "mayadin"), claim("a2", "A", 200, "deir_ez_zor"),
		claim("b1", "B", 0, "albukamal"), claim("b2", "B", 200, "deir_ez_zor"),
	}, testK)
	if eventOf(evs, "a1").ID == eventOf(evs, "b1").ID {
		t.Errorf("two towns 80 km apart share an event through their governorate claims")
	}
}
