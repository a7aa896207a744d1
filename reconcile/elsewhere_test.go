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
