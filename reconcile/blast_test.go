package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestBlastJoinsTheStrikeThere: another article's account that tells only
// of blasts in a town ("explosions shook the town", a depot that blew up)
// is the raid told there that day, with its own toll and with the doer
// the raid names or a state that flies when the raid names none; a blast
// with a bomb or gunmen, one of the next day, one of another town, or one
// that names a doer of the ground keeps to itself.
func TestBlastJoinsTheStrikeThere(t *testing.T) {
	raid := mk(claims.Claim{ID: "a", Article: "n1", Source: src("syria_mod"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin", "deir_ez_zor"}, Date: sp("2024-05-07"),
		Rules: []string{"date:weekday"},
		Text:  "تصدت وسائط الدفاع الجوي لعدوان جوي على محيط البلدة مساء الثلاثاء"})
	blast := func(text string, mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("sohr"), EventType: claims.EventGroundAttack,
			Places: []string{"mayadin"}, Date: sp("2024-05-07"),
			Figures: []claims.Figure{exact(claims.OutcomeWounded, "civilians", 9)},
			Rules:   []string{"date:weekday"}, Text: text}
		return variant(c, mod)
	}
	const shook = "جرح تسعة مدنيين بعدما هزت انفجارات عنيفة أطراف البلدة ليل الثلاثاء"
	tests := []groupCase{
		{"blasts with a toll join the raid", []claims.Claim{raid, blast(shook, nil)}, [][]string{{"a", "b"}}},
		{"a depot that blew up joins the raid", []claims.Claim{raid,
			blast("دوى انفجار ضخم في مستودع للذخيرة قرب البلدة", nil)}, [][]string{{"a", "b"}}},
		{"blasts naming a state that flies join an unnamed raid", []claims.Claim{raid, blast(shook, func(c *claims.Claim) {
			c.Actor = sp("israel")
		})}, [][]string{{"a", "b"}}},
		{"a bomb's blast stays apart", []claims.Claim{raid,
			blast("جرح تسعة مدنيين بانفجار عبوة ناسفة في سوق البلدة", nil)}, [][]string{{"a"}, {"b"}}},
		{"a blast among gunmen stays apart", []claims.Claim{raid,
			blast("سمع دوي انفجارات خلال اشتباكات بين مسلحين في البلدة", nil)}, [][]string{{"a"}, {"b"}}},
		{"blasts of the next day stay apart", []claims.Claim{raid, blast(shook, func(c *claims.Claim) {
			c.Date = sp("2024-05-08")
		})}, [][]string{{"a"}, {"b"}}},
		{"blasts in another town stay apart", []claims.Claim{raid, blast(shook, func(c *claims.Claim) {
			c.Places = []string{"albukamal"}
		})}, [][]string{{"a"}, {"b"}}},
		{"blasts blamed on a group stay apart", []claims.Claim{raid, blast(shook, func(c *claims.Claim) {
			c.Actor = sp("isis")
		})}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}

// TestBlastOnly: what counts as a deed named only by a blast.
func TestBlastOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"وهزت انفجارات متلاحقة محيط المطار العسكري":        true,
		"سمع دوي انفجار قوي في الحي الغربي":                true,
		"وانفجرت مستودعات الأسلحة بعد منتصف الليل":         true,
		"قتل ثلاثة بانفجار سيارة مفخخة عند الدوار":         false,
		"انفجر لغم أرضي بسيارة تقل مزارعين":                false,
		"سقطت قذائف هاون على الحي وسمع دوي انفجارات":       false,
		"وأطلق مسلحون النار على الحاجز قبل أن يفجروا عبوة": false,
		"قتل عنصران في هجوم على نقطة عسكرية":               false,
	} {
		c := claims.Claim{EventType: claims.EventGroundAttack, Text: text}
		if got := blastOnly(&c); got != want {
			t.Errorf("blastOnly(%s) = %v, want %v", text, got, want)
		}
	}
}
