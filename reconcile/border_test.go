package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestRaidAcrossBorder: one report that tells, on one day, of air raids by
// one named doer on two towns facing each other across a border (Albu
// Kamal in Syria, al-Qaim in Iraq) tells one raid; two reports, two days,
// two types of attack, or raids whose doer neither sentence names keep the
// two countries' places apart.
func TestRaidAcrossBorder(t *testing.T) {
	us := "us"
	syrianSide := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "a", Article: "n1", Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{"albukamal"}, Date: sp("2024-02-02"), Start: 0, End: 90, Actor: &us,
			Rules: []string{"date:weekday"},
			Text:  "شنت طائرات أمريكية ليل الجمعة غارات على مواقع قرب البلدة الحدودية"}
		return variant(c, mod)
	}
	iraqiSide := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n1", Source: src("pmf"), EventType: claims.EventAirstrike,
			Places: []string{"al_qaim"}, Date: sp("2024-02-02"), Start: 400, End: 480,
			Rules: []string{"date:context"},
			Text:  "وقالت الهيئة إن الغارات أصابت مقرات لها على الجانب الآخر من الحدود"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"one article, one day, one named doer", []claims.Claim{syrianSide(nil), iraqiSide(nil)}, [][]string{{"a", "b"}}},
		{"two articles", []claims.Claim{syrianSide(nil), iraqiSide(func(c *claims.Claim) { c.Article = "n2" })},
			[][]string{{"a"}, {"b"}}},
		{"two days", []claims.Claim{syrianSide(nil), iraqiSide(func(c *claims.Claim) { c.Date = sp("2024-02-03") })},
			[][]string{{"a"}, {"b"}}},
		{"shelling on one side", []claims.Claim{syrianSide(nil), iraqiSide(func(c *claims.Claim) { c.EventType = claims.EventShelling })},
			[][]string{{"a"}, {"b"}}},
		{"no doer named", []claims.Claim{syrianSide(func(c *claims.Claim) { c.Actor = nil }), iraqiSide(nil)},
			[][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}
