package reconcile

import (
	"slices"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestPlacelessLink: a claim that places its event only in a country
// joins another article's event when that event is the only one of its
// type in the country within a day that shares a doer, an exact toll or a
// named target with it (see placeless.go).
func TestPlacelessLink(t *testing.T) {
	// strong is a report placing a strike at a town.
	strong := func(id, art, date, typ, actor, place string) claims.Claim {
		c := claims.Claim{ID: id, Article: art, Start: 0, Source: src("sohr"), Text: "قصفت طائرات حربية مواقع قرب البلدة",
			EventType: typ, Places: []string{place}, Date: sp(date)}
		if actor != "" {
			c.Actor = sp(actor)
		}
		return mk(c)
	}
	// toll is a weak claim of the strong report's article giving a toll.
	toll := func(id, art, date string, n int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: 200, Source: src("russia_mod"), Text: "وقالت الوزارة إن الضربة قتلت جنودا",
			EventType: claims.EventAirstrike, Date: sp(date), Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", n)}})
	}
	// vague is the claim placed only in a country.
	vague := func(typ, actor, country, date string, figs []claims.Figure, target string) claims.Claim {
		c := claims.Claim{ID: "p1", Article: "wire", Source: src("reuters"), Text: "غارة في البلاد أوقعت قتلى بين الجنود",
			EventType: typ, Places: []string{country}, Date: sp(date), Figures: figs}
		if actor != "" {
			c.Actor = sp(actor)
		}
		if target != "" {
			c.Target = sp(target)
		}
		return mk(c)
	}
	published := func(c claims.Claim) claims.Claim {
		c.Rules = []string{"date:published"}
		return c
	}
	air := claims.EventAirstrike
	killed := func(n int) []claims.Figure { return []claims.Figure{exact(claims.OutcomeKilled, "soldiers", n)} }
	tests := []struct {
		name   string
		others []claims.Claim
		w      claims.Claim
		linked bool
	}{
		{"same doer, the only such strike", []claims.Claim{strong("s1", "a", "2024-02-02", air, "us", "mayadin")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), true},
		{"same doer, a day later", []claims.Claim{strong("s1", "a", "2024-02-02", air, "coalition", "mayadin")},
			vague(air, "us", "syria", "2024-02-03", nil, ""), true},
		{"two days apart", []claims.Claim{strong("s1", "a", "2024-02-02", air, "us", "mayadin")},
			vague(air, "us", "syria", "2024-02-04", nil, ""), false},
		{"dated by publication, the strike the day before", []claims.Claim{strong("s1", "a", "2024-02-02", air, "us", "mayadin")},
			published(vague(air, "us", "syria", "2024-02-03", nil, "")), true},
		{"dated by publication, a strike the day after", []claims.Claim{strong("s1", "a", "2024-02-02", air, "us", "mayadin")},
			published(vague(air, "us", "syria", "2024-02-01", nil, "")), false},
		{"same toll, told beside the placed report", []claims.Claim{
			strong("s1", "a", "2024-02-02", air, "", "mayadin"), toll("s1t", "a", "2024-02-02", 23)},
			vague(air, "", "syria", "2024-02-02", killed(23), ""), true},
		{"another toll", []claims.Claim{
			strong("s1", "a", "2024-02-02", air, "", "mayadin"), toll("s1t", "a", "2024-02-02", 23)},
			vague(air, "", "syria", "2024-02-02", killed(30), ""), false},
		{"same named target", []claims.Claim{func() claims.Claim {
			c := strong("s1", "a", "2024-02-02", air, "", "mayadin")
			c.Target = sp("grain silos")
			return c
		}()},
			vague(air, "", "syria", "2024-02-02", nil, "Grain  Silos"), true},
		{"a one-word target tells nothing", []claims.Claim{func() claims.Claim {
			c := strong("s1", "a", "2024-02-02", air, "", "mayadin")
			c.Target = sp("position")
			return c
		}()},
			vague(air, "", "syria", "2024-02-02", nil, "position"), false},
		{"nothing shared but the type", []claims.Claim{strong("s1", "a", "2024-02-02", air, "", "mayadin")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), false},
		{"another type", []claims.Claim{strong("s1", "a", "2024-02-02", claims.EventShelling, "us", "mayadin")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), false},
		{"another doer", []claims.Claim{strong("s1", "a", "2024-02-02", air, "russia", "mayadin")},
			vague(air, "us", "syria", "2024-02-02", killed(5), ""), false},
		{"another country", []claims.Claim{strong("s1", "a", "2024-02-02", air, "us", "al_qaim")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), false},
		{"two strikes of that doer in two towns", []claims.Claim{
			strong("s1", "a", "2024-02-02", air, "us", "mayadin"),
			strong("s2", "b", "2024-02-02", air, "us", "damascus")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), false},
		{"one strike told by two reports", []claims.Claim{
			strong("s1", "a", "2024-02-02", air, "us", "mayadin"),
			strong("s2", "b", "2024-02-02", air, "us", "mayadin")},
			vague(air, "us", "syria", "2024-02-02", nil, ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group(append(slices.Clone(tt.others), tt.w), testK)
			ev := eventOf(evs, "s1")
			if got := ev != nil && slices.Contains(ev.Claims, "p1"); got != tt.linked {
				t.Errorf("linked = %v, want %v (events %v)", got, tt.linked, evs)
			}
		})
	}
}

// TestPlacelessBringsItsArticle: the claims of the placeless claim's
// article that group with it loosely come along into the event it joins,
// and a placeless claim with an anchor in its own article stays there.
func TestPlacelessBringsItsArticle(t *testing.T) {
	placed := mk(claims.Claim{ID: "s1", Article: "a", Source: src("sana"), Text: "غارات على مواقع قرب المدينة",
		EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"mayadin"}, Date: sp("2024-02-02")})
	p1 := mk(claims.Claim{ID: "p1", Article: "wire", Start: 0, Source: src("pentagon"), Text: "نفذت قواتنا ضربة في البلاد",
		EventType: claims.EventAirstrike, Actor: sp("us"), Places: []string{"syria"}, Date: sp("2024-02-02")})
	p2 := mk(claims.Claim{ID: "p2", Article: "wire", Start: 100, Source: src("sohr"), Text: "وقتل في الضربة عدد من المقاتلين",
		EventType: claims.EventAirstrike, Places: []string{"syria"}, Date: sp("2024-02-02"),
		Figures: []claims.Figure{atLeast(claims.OutcomeKilled, "fighters", 4)}})
	evs := Group([]claims.Claim{placed, p1, p2}, testK)
	if ev := eventOf(evs, "s1"); ev == nil || !slices.Contains(ev.Claims, "p1") || !slices.Contains(ev.Claims, "p2") {
		t.Errorf("the wire's claims did not join the placed strike: %v", evs)
	}

	// Its own article places it: it stays with that report.
	own := mk(claims.Claim{ID: "o1", Article: "wire", Start: 300, Source: src("sohr"), Text: "غارة على البلدة",
		EventType: claims.EventAirstrike, Places: []string{"damascus"}, Date: sp("2024-02-02")})
	evs = Group([]claims.Claim{placed, p1, own}, testK)
	if ev := eventOf(evs, "s1"); ev != nil && slices.Contains(ev.Claims, "p1") {
		t.Errorf("a claim anchored in its own article joined another's event: %v", evs)
	}
}

// TestPlacelessDenialOfOwnDeed: a state's denial, in an article of its
// own, that its aircraft struck anything in the country that day names the
// doer it denies; that doer ties it to the one raid by that doer that day,
// and two raids of that doer in towns far apart leave it alone, as does a
// raid by a doer of another class.
func TestPlacelessDenialOfOwnDeed(t *testing.T) {
	raid := func(id, art, actor, place string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("sohr"), EventType: claims.EventAirstrike,
			Actor: sp(actor), Places: []string{place}, Date: sp("2019-07-22"), Text: "قصفت طائرات حربية سوقا في المدينة"})
	}
	denial := mk(claims.Claim{ID: "d", Article: "mod", Source: src("russia_mod"), Stance: claims.StanceDenies,
		EventType: claims.EventAirstrike, Actor: sp("russia"), Places: []string{"syria"}, Date: sp("2019-07-22"),
		Rules: []string{"actor:own_forces", "date:yesterday"}, Text: "قالت الوزارة إن طائراتها لم تقصف أي سوق في البلاد"})
	tests := []groupCase{
		{"one raid", []claims.Claim{raid("a", "r1", "russia", "mayadin"), denial}, [][]string{{"a", "d"}}},
		{"two raids far apart", []claims.Claim{raid("a", "r1", "russia", "mayadin"), raid("b", "r2", "russia", "damascus"), denial},
			[][]string{{"a"}, {"b"}, {"d"}}},
		{"raid of another side", []claims.Claim{raid("a", "r1", "us", "mayadin"), denial}, [][]string{{"a"}, {"d"}}},
	}
	runGroupCases(t, tests)
}
