package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// villageK knows two villages of one district, a hamlet inside the first,
// a city and the district itself (neither counts as a settlement).
func villageK() Knowledge {
	k := testK
	k.Places = settledPlaces{
		fakePlaces: fakePlaces{parent: map[string]string{
			"dayr_a": "district_x", "dayr_b": "district_x", "hamlet_a": "dayr_a",
			"big_city": "district_x", "district_x": "syria",
		}},
		settlements: map[string]bool{"dayr_a": true, "dayr_b": true, "hamlet_a": true},
	}
	return k
}

// TestOtherVillageToll: a claim that tells a toll for another village is
// left out of the account's present toll of the event only when the same
// article of the account tells a toll of the same outcome for the event's
// own village, and never when its place is a region or a city, lies
// inside the main village, or is borrowed from context with "the toll".
func TestOtherVillageToll(t *testing.T) {
	k := villageK()
	home := func(outcome string) *claims.Claim {
		c := mk(claims.Claim{ID: "h", Article: "A", Source: src("rescuers"), Stance: claims.StanceAsserts,
			Places: []string{"dayr_a", "district_x"}, Figures: []claims.Figure{fig(outcome, "civilians", 9, nil, "")},
			Text: "قتل تسعة مدنيين في القرية"})
		return &c
	}
	other := func(places []string, article string, rules []string, text string) *claims.Claim {
		c := mk(claims.Claim{ID: "o", Article: article, Start: 300, Source: src("rescuers"), Stance: claims.StanceAsserts,
			Places: places, Rules: rules, Text: text,
			Figures: []claims.Figure{fig(claims.OutcomeKilled, "civilians", 1, nil, ""), fig(claims.OutcomeWounded, "unknown", 0, nil, "")}})
		return &c
	}
	tests := []struct {
		name string
		home *claims.Claim
		c    *claims.Claim
		want bool
	}{
		{"another village, same article, same outcome", home(claims.OutcomeKilled),
			other([]string{"dayr_b", "district_x"}, "A", nil, "وفي قرية مجاورة قتل رجل"), true},
		{"another village, home toll of another outcome only", home(claims.OutcomeCaptured),
			other([]string{"dayr_b", "district_x"}, "A", nil, "وفي قرية مجاورة قتل رجل"), false},
		{"another village, home toll in another article", func() *claims.Claim { h := home(claims.OutcomeKilled); h.Article = "B"; return h }(),
			other([]string{"dayr_b", "district_x"}, "A", nil, "وفي قرية مجاورة قتل رجل"), false},
		{"a hamlet inside the main village", home(claims.OutcomeKilled),
			other([]string{"hamlet_a", "dayr_a"}, "A", nil, "وفي طرف القرية قتل رجل"), false},
		{"a city is no settlement", home(claims.OutcomeKilled),
			other([]string{"big_city", "district_x"}, "A", nil, "وفي المدينة قتل رجل"), false},
		{"a region is no settlement", home(claims.OutcomeKilled),
			other([]string{"district_x"}, "A", nil, "وفي المنطقة قتل رجل"), false},
		{"place from context with a definite toll noun", home(claims.OutcomeKilled),
			other([]string{"dayr_b", "district_x"}, "A", []string{"places:context"}, "وبلغ عدد القتلى واحداً"), false},
		{"place from context without a toll noun", home(claims.OutcomeKilled),
			other([]string{"dayr_b", "district_x"}, "A", []string{"places:context"}, "وقتل رجل هناك"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &account{source: "rescuers", claims: []*claims.Claim{tc.home, tc.c}}
			if main := mainSettlementOf(t, a, k); main != "dayr_a" {
				t.Fatalf("main settlement = %q, want dayr_a", main)
			}
			if got := otherVillageToll(a, tc.c, "dayr_a", k); got != tc.want {
				t.Errorf("otherVillageToll = %v, want %v", got, tc.want)
			}
			refs := []figRef{{tc.home.Figures[0], tc.home}, {tc.c.Figures[0], tc.c}}
			kept := atMainSettlement(a, refs, "dayr_a", k)
			if wantLen := map[bool]int{true: 1, false: 2}[tc.want]; len(kept) != wantLen {
				t.Errorf("atMainSettlement kept %d figures, want %d", len(kept), wantLen)
			}
			if got := atMainSettlement(a, refs, "", k); len(got) != 2 {
				t.Errorf("with no main settlement %d figures kept, want 2", len(got))
			}
		})
	}
}

// mainSettlementOf is mainSettlement of one account plus a second voice
// at the main village, so that the main village is named most often.
func mainSettlementOf(t *testing.T, a *account, k Knowledge) string {
	t.Helper()
	c := mk(claims.Claim{ID: "m", Article: "C", Source: src("monitor"), Places: []string{"dayr_a"}})
	return mainSettlement([]*account{a, {source: "monitor", claims: []*claims.Claim{&c}}}, k)
}

// TestSaysNoResidents: a denial that the place hit had people in it is a
// denial about the victims; other denials are not.
func TestSaysNoResidents(t *testing.T) {
	tests := []struct {
		text   string
		stance string
		want   bool // deniesOtherThanVictims
	}{
		{"ونفى المصدر ذلك قائلاً إن الموقع خالية من السكان منذ زمن", claims.StanceDenies, false},
		{"وأكد الجيش أن الحي يخلو من المدنيين تماماً", claims.StanceDenies, false},
		{"ونفى الجيش أن يكون قد قصف المنطقة أصلاً", claims.StanceDenies, true},
		{"ونفت الوزارة استخدام أي سلاح محرّم", claims.StanceDenies, true},
		{"قال المصدر إن البلدة خالية من السكان", claims.StanceAsserts, false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			c := mk(claims.Claim{ID: "d", Article: "A", Source: src("army"), Stance: tc.stance, Text: tc.text})
			a := &account{source: "army", claims: []*claims.Claim{&c}}
			if got := deniesOtherThanVictims(a); got != tc.want {
				t.Errorf("deniesOtherThanVictims = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEmptyOfResidentsDisputesVictims: the army says it killed fighters
// and denies, saying the place had no residents, that civilians died;
// rescuers count civilians dead. Who died is disputed; with a denial of
// the strike itself instead, the army tells of another happening.
func TestEmptyOfResidentsDisputesVictims(t *testing.T) {
	tests := []struct {
		denial string
		want   bool
	}{
		{"ونفى المصدر ذلك مؤكداً أن المكان خالية من السكان", true},
		{"ونفى المصدر أن تكون المدفعية قد أطلقت أي قذيفة", false},
	}
	for _, tc := range tests {
		t.Run(tc.denial, func(t *testing.T) {
			army := mk(claims.Claim{ID: "a1", Article: "A", Source: src("syrian_army"), Stance: claims.StanceAsserts,
				EventType: claims.EventShelling, Places: []string{"dayr_a"}, Date: sp("2022-03-04"),
				Figures: []claims.Figure{fig(claims.OutcomeKilled, "fighters", 12, nil, "")}, Text: "قتل اثنا عشر مسلحاً"})
			deny := mk(claims.Claim{ID: "a2", Article: "A", Start: 200, Source: src("syrian_army"), Stance: claims.StanceDenies,
				EventType: claims.EventShelling, Places: []string{"dayr_a"}, Date: sp("2022-03-04"), Text: tc.denial})
			resc := mk(claims.Claim{ID: "w1", Article: "B", Source: src("white_helmets"), Stance: claims.StanceAsserts,
				EventType: claims.EventShelling, Places: []string{"dayr_a"}, Date: sp("2022-03-04"),
				Figures: []claims.Figure{fig(claims.OutcomeKilled, "civilians", 9, nil, "")}, Text: "قتل تسعة مدنيين"})
			a := &account{source: "syrian_army", claims: []*claims.Claim{&army, &deny}}
			w := &account{source: "white_helmets", claims: []*claims.Claim{&resc}}
			got := len(casualtyConflicts([]*account{a, w}, villageK())) > 0
			if got != tc.want {
				t.Errorf("casualties disputed = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestVillagesApart: two tolls told for two distinct villages are kept
// from being compared only when one of the two articles itself tells a
// toll of the same outcome for another village, no claim names the two
// villages together, neither place lies inside the other, neither is a
// city or a region, and a context-borrowed place said with "the toll"
// still counts as the event's own.
func TestVillagesApart(t *testing.T) {
	k := villageK()
	claim := func(id, article string, places, rules []string, outcome string, n int, text string) *claims.Claim {
		c := mk(claims.Claim{ID: id, Article: article, Source: src("monitor"), Stance: claims.StanceAsserts,
			Places: places, Rules: rules, Text: text, Figures: []claims.Figure{fig(outcome, "civilians", n, nil, "")}})
		return &c
	}
	killed := claims.OutcomeKilled
	atA := []string{"dayr_a", "district_x"}
	atB := []string{"dayr_b", "district_x"}
	tests := []struct {
		name  string
		x, y  *claims.Claim
		extra []*claims.Claim // other claims of the event (first account)
		want  bool
	}{
		{"article A also tells a toll in the second village",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, nil, killed, 2, "قتل اثنان في القرية الثانية"),
			[]*claims.Claim{claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى")}, true},
		{"no article tells two villages' tolls",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, nil, killed, 2, "قتل اثنان في القرية الثانية"),
			nil, false},
		{"the other village's toll is of another outcome",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, nil, killed, 2, "قتل اثنان في القرية الثانية"),
			[]*claims.Claim{claim("x2", "A", atB, nil, claims.OutcomeWounded, 4, "وجرح أربعة في القرية الأخرى")}, false},
		{"a claim names both villages together",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, nil, killed, 2, "قتل اثنان في القرية الثانية"),
			[]*claims.Claim{
				claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى"),
				claim("both", "C", []string{"dayr_a", "dayr_b", "district_x"}, nil, killed, 8, "قصف طال القريتين معاً")}, false},
		{"a hamlet inside the first village",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", []string{"hamlet_a", "dayr_a"}, nil, killed, 2, "قتل اثنان في طرف القرية"),
			[]*claims.Claim{claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى")}, false},
		{"a city is no village",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", []string{"big_city", "district_x"}, nil, killed, 2, "قتل اثنان في المدينة"),
			[]*claims.Claim{claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى")}, false},
		{"a borrowed place with a definite toll noun is the event's own",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, []string{"places:town_anaphora"}, killed, 2, "وارتفعت الحصيلة إلى اثنين"),
			[]*claims.Claim{claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى")}, false},
		{"a borrowed place without a toll noun counts as told there",
			claim("x", "A", atA, nil, killed, 6, "قتل ستة في القرية الأولى"),
			claim("y", "B", atB, []string{"places:context"}, killed, 2, "وقتل اثنان هناك"),
			[]*claims.Claim{claim("x2", "A", atB, nil, killed, 2, "واثنان في القرية الأخرى")}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ai := &account{source: "monitor", claims: append([]*claims.Claim{tc.x}, tc.extra...)}
			aj := &account{source: "agency", claims: []*claims.Claim{tc.y}}
			accs := []*account{ai, aj}
			x, y := figRef{tc.x.Figures[0], tc.x}, figRef{tc.y.Figures[0], tc.y}
			if got := villagesApart(x, y, accs, k); got != tc.want {
				t.Errorf("villagesApart = %v, want %v", got, tc.want)
			}
			if got := villagesApart(y, x, accs, k); got != tc.want {
				t.Errorf("villagesApart (swapped) = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCasualtiesOfTwoVillages: one outlet tells six dead in the event's
// village and two in a neighbouring one; another outlet tells two dead in
// the neighbouring village only. The two tolls are of two villages, not
// a dispute; without the first outlet's own toll of the second village
// nothing says so, and the six and the two are still compared.
func TestCasualtiesOfTwoVillages(t *testing.T) {
	for _, tc := range []struct {
		name       string
		bothToldBy bool
		want       bool
	}{
		{"first article tells both villages", true, false},
		{"first article tells its village only", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := func(id, article, source, place string, n int, start int) *claims.Claim {
				c := mk(claims.Claim{ID: id, Article: article, Start: start, Source: src(source), Stance: claims.StanceAsserts,
					EventType: claims.EventShelling, Places: []string{place, "district_x"}, Date: sp("2022-05-06"),
					Text: "قصف مدفعي على القرية"})
				if n > 0 {
					c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "unknown", n)}
				}
				return &c
			}
			first := []*claims.Claim{at("a1", "A", "monitor", "dayr_a", 6, 0), at("a2", "A", "monitor", "dayr_a", 0, 100)}
			if tc.bothToldBy {
				first = append(first, at("a3", "A", "monitor", "dayr_b", 2, 200))
			}
			a := &account{source: "monitor", claims: first}
			b := &account{source: "agency", claims: []*claims.Claim{at("b1", "B", "agency", "dayr_b", 2, 0)}}
			if got := len(casualtyConflicts([]*account{a, b}, villageK())) > 0; got != tc.want {
				t.Errorf("casualties disputed = %v, want %v", got, tc.want)
			}
		})
	}
}
