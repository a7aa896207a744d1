package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestUnnamedDroneOfAStateStrike: an article that tells a coalition strike
// on a town and, beside it, witnesses' unnamed drone there that day tells
// one strike, which another article's account of the coalition's raid
// joins; not when the article names a militia's attack too, tells an
// interception, makes the state's strike a response, names the drone's
// doer as gunmen, or places the drone in another town.
func TestUnnamedDroneOfAStateStrike(t *testing.T) {
	state := mk(claims.Claim{ID: "s", Article: "n1", Source: src("centcom"), EventType: claims.EventAirstrike,
		Actor: sp("coalition"), Places: []string{"deir_ez_zor"}, Date: sp("2024-05-06"),
		Text: "أعلنت القيادة أن طائراتها أغارت في دير الزور على قيادي"})
	drone := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "d", Article: "n1", Source: src("local_sources"), EventType: claims.EventDroneAttack,
			Places: []string{"khasham"}, Date: sp("2024-05-06"), Start: 300,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 1)},
			Text:    "وقال سكان إن طائرة مسيرة أطلقت صاروخا على سيارة عند مدخل خشام فقتلت سائقها"}
		return variant(c, mod)
	}
	other := mk(claims.Claim{ID: "o", Article: "n2", Source: src("reuters"), EventType: claims.EventAirstrike,
		Actor: sp("us"), Places: []string{"khasham"}, Date: sp("2024-05-06"),
		Text: "ذكرت الوكالة أن غارة أمريكية أصابت سيارة قرب خشام"})
	militia := mk(claims.Claim{ID: "m", Article: "n1", Source: src("sohr"), EventType: claims.EventShelling,
		Actor: sp("iran_backed"), Places: []string{"mayadin"}, Date: sp("2024-05-06"), Start: 700,
		Text: "وكانت ميليشيات موالية لإيران قد قصفت بالصواريخ حقلا قرب الميادين"})
	tests := []groupCase{
		{"the witnesses' drone is the state's strike", []claims.Claim{state, drone(nil), other},
			[][]string{{"d", "o", "s"}}},
		{"a drone owner unknown to the witnesses", []claims.Claim{state, drone(func(c *claims.Claim) {
			c.Actor = sp("unknown")
		}), other}, [][]string{{"d", "o", "s"}}},
		{"without the state's strike in its article the drone stays apart", []claims.Claim{drone(nil), other},
			[][]string{{"d"}, {"o"}}},
		{"a militia's attack in the article", []claims.Claim{state, drone(nil), other, militia},
			[][]string{{"d"}, {"m"}, {"o", "s"}}},
		{"an interception in the article", []claims.Claim{state, drone(nil), other,
			mk(claims.Claim{ID: "i", Article: "n1", Source: src("sana"), EventType: claims.EventInterception,
				Places: []string{"rmeilan"}, Date: sp("2024-05-06"), Start: 900,
				Text: "وتصدت الدفاعات الجوية لطائرات مسيرة فوق رميلان"})},
			[][]string{{"d"}, {"i"}, {"o", "s"}}},
		{"gunmen's drone", []claims.Claim{state, drone(func(c *claims.Claim) {
			c.Actor = sp("unknown")
			c.Rules = []string{"actor:unnamed_doer"}
		}), other}, [][]string{{"d"}, {"o", "s"}}},
		{"a drone in another governorate", []claims.Claim{state, drone(func(c *claims.Claim) {
			c.Places = []string{"rmeilan"}
		}), other}, [][]string{{"d"}, {"o", "s"}}},
	}
	runGroupCases(t, tests)
}
