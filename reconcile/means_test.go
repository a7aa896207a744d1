package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestGenericWordReadByItsToll: within one article, a headline that names
// its attack only with the bare «قصف» (an airstrike by default) and gives
// the toll that the body gives to rocket shells in the same town is that
// shelling, and no longer chains it to the air raids the article tells of
// in the next village; with another toll, with the toll given to two
// means, or with a doer of another side, the bare word keeps its default.
func TestGenericWordReadByItsToll(t *testing.T) {
	headline := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "h", Article: "n1", Source: src("sy24"), EventType: claims.EventAirstrike,
			Places: []string{"khasham"}, Date: sp("2024-03-10"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 7)},
			Rules:   []string{"event_type:generic", "date:published"},
			Text:    "سبعة مدنيين قتلى بقصف طال سوق خشام"}
		return variant(c, mod)
	}
	shells := mk(claims.Claim{ID: "s", Article: "n1", Source: src("white_helmets"), EventType: claims.EventShelling,
		Places: []string{"khasham"}, Date: sp("2024-03-10"), Start: 200,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 7)},
		Text:    "سقطت قذائف صاروخية على سوق البلدة فقتلت سبعة من المتسوقين"})
	raids := mk(claims.Claim{ID: "r", Article: "n1", Source: src("sy24"), EventType: claims.EventAirstrike,
		Actor: sp("russia"), Places: []string{"tabiya"}, Date: sp("2024-03-10"), Start: 600,
		Text: "وفي المساء أغارت طائرات روسية على أطراف الطابية المجاورة"})
	raidWithToll := mk(claims.Claim{ID: "q", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
		Places: []string{"khasham"}, Date: sp("2024-03-10"), Start: 900,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 7)},
		Text:    "وأحصى المرصد سبعة قتلى جراء غارة جوية على البلدة"})
	tests := []groupCase{
		{"the bare word takes the means of its toll", []claims.Claim{headline(nil), shells, raids},
			[][]string{{"h", "s"}, {"r"}}},
		{"another toll keeps the default", []claims.Claim{headline(func(c *claims.Claim) {
			c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}
		}), shells, raids}, [][]string{{"h", "r"}, {"s"}}},
		{"a toll given to two means decides nothing", []claims.Claim{headline(nil), shells, raids, raidWithToll},
			[][]string{{"h", "q", "r"}, {"s"}}},
		{"a doer of another side keeps the default", []claims.Claim{headline(func(c *claims.Claim) {
			c.Actor = sp("russia")
		}), mk(claims.Claim{ID: "s", Article: "n1", Source: src("white_helmets"), EventType: claims.EventShelling,
			Actor: sp("isis"), Places: []string{"khasham"}, Date: sp("2024-03-10"), Start: 200,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 7)},
			Text:    "قذائف أطلقها التنظيم على البلدة قتلت سبعة"}), raids}, [][]string{{"h", "r"}, {"s"}}},
		{"a word of its own is not re-read", []claims.Claim{headline(func(c *claims.Claim) {
			c.Rules = []string{"date:published"}
		}), shells, raids}, [][]string{{"h", "r"}, {"s"}}},
	}
	runGroupCases(t, tests)
}

// TestTollTiesMeansAcrossArticles: one outlet's air raid and another's
// rocket fire on the same town on the same day, or on neighbouring days,
// with the same toll are one attack told by two means; a different toll
// (a raid and a shelling of one town that day), another town, a gap of two
// days or doers of two sides keep them apart.
func TestTollTiesMeansAcrossArticles(t *testing.T) {
	raid := mk(claims.Claim{ID: "a", Article: "n1", Source: src("sohr"), EventType: claims.EventAirstrike,
		Places: []string{"mayadin"}, Date: sp("2024-08-02"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 6)},
		Text:    "ستة مدنيين قتلوا بغارة استهدفت منزلا في الميادين"})
	other := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "b", Article: "n2", Source: src("sana"), EventType: claims.EventShelling,
			Places: []string{"mayadin"}, Date: sp("2024-08-02"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 6)},
			Text:    "ارتقى ستة مدنيين جراء قصف صاروخي على حي في المدينة"}
		return variant(c, mod)
	}
	tests := []groupCase{
		{"same toll, town and day: one attack", []claims.Claim{raid, other(nil)}, [][]string{{"a", "b"}}},
		{"a drone told by a third", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.EventType = claims.EventDroneAttack
		})}, [][]string{{"a", "b"}}},
		{"another toll: two attacks", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}
		})}, [][]string{{"a"}, {"b"}}},
		{"another town", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.Places = []string{"albukamal"}
		})}, [][]string{{"a"}, {"b"}}},
		{"the next day: one attack whose night one report dates to the day before", []claims.Claim{raid,
			other(func(c *claims.Claim) { c.Date = sp("2024-08-03") })}, [][]string{{"a", "b"}}},
		{"the next day, another toll", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.Date = sp("2024-08-03")
			c.Figures = []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}
		})}, [][]string{{"a"}, {"b"}}},
		{"the next day, another town", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.Date = sp("2024-08-03")
			c.Places = []string{"albukamal"}
		})}, [][]string{{"a"}, {"b"}}},
		{"two days later", []claims.Claim{raid, other(func(c *claims.Claim) {
			c.Date = sp("2024-08-04")
		})}, [][]string{{"a"}, {"b"}}},
		{"doers of two sides", []claims.Claim{mk(func() claims.Claim {
			c := raid
			c.Actor = sp("russia")
			return c
		}()), other(func(c *claims.Claim) { c.Actor = sp("isis") })}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}

// TestBareWordsMeetAcrossArticles: a denial that repeats the accusation's
// bare «قصف» of a hospital joins the shelling of the hospital that another
// article tells of that day, whose own headline's bare word its toll read
// as the shelling; not when the denying article names raids of its own,
// names another kind of facility, or is dated to another day.
func TestBareWordsMeetAcrossArticles(t *testing.T) {
	head := mk(claims.Claim{ID: "h", Article: "n1", Source: src("sy24"), EventType: claims.EventAirstrike,
		Places: []string{"khasham"}, Date: sp("2024-03-10"), Target: sp("hospital"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 5)},
		Rules:   []string{"event_type:generic", "date:published"},
		Text:    "خمسة قتلى بقصف طال مشفى خشام"})
	body := mk(claims.Claim{ID: "s", Article: "n1", Source: src("white_helmets"), EventType: claims.EventShelling,
		Places: []string{"khasham"}, Date: sp("2024-03-10"), Target: sp("hospital"), Start: 150,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 5)},
		Text:    "أصابت قذائف مدفعية مبنى المشفى وقتلت خمسة من المرضى"})
	denial := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "d", Article: "n2", Source: src("russia_mod"), EventType: claims.EventAirstrike,
			Stance: claims.StanceDenies, Places: []string{"khasham"}, Date: sp("2024-03-10"),
			Target: sp("medical facility"), Rules: []string{"event_type:generic", "date:weekday"},
			Text: "نفى المركز أي قصف لمنشأة طبية في البلدة يوم الأحد"}
		return variant(c, mod)
	}
	ownRaid := mk(claims.Claim{ID: "r", Article: "n2", Source: src("russia_mod"), EventType: claims.EventAirstrike,
		Actor: sp("russia"), Places: []string{"tabiya"}, Date: sp("2024-03-10"), Start: 400,
		Text: "وأكد أن طائراته أغارت على مستودع للمسلحين قرب الطابية"})
	tests := []groupCase{
		{"the denial joins the shelling", []claims.Claim{head, body, denial(nil)}, [][]string{{"d", "h", "s"}}},
		{"a denying article that names its raids keeps to them", []claims.Claim{head, body, denial(nil), ownRaid},
			[][]string{{"d", "r"}, {"h", "s"}}},
		{"another kind of facility", []claims.Claim{head, body, denial(func(c *claims.Claim) {
			c.Target = sp("school")
		})}, [][]string{{"d"}, {"h", "s"}}},
		{"another day", []claims.Claim{head, body, denial(func(c *claims.Claim) {
			c.Date = sp("2024-03-12")
		})}, [][]string{{"d"}, {"h", "s"}}},
	}
	runGroupCases(t, tests)
}

// TestMassacreReadByItsToll: a headline's bare «مجزرة» (a generic attack,
// a ground attack by default) with the toll its body gives to air raids
// in that town is the raid; with another toll it stays a ground attack,
// apart from the raid.
func TestMassacreReadByItsToll(t *testing.T) {
	massacre := func(n int) claims.Claim {
		return mk(claims.Claim{ID: "m", Article: "n1", Source: src("sy24"), EventType: claims.EventGroundAttack,
			Places: []string{"mayadin"}, Date: sp("2024-06-01"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", n)},
			Rules:   []string{"event_type:generic", "date:published"},
			Text:    "مجزرة في الميادين تودي بحياة مدنيين"})
	}
	raid := mk(claims.Claim{ID: "r", Article: "n1", Source: src("white_helmets"), EventType: claims.EventAirstrike,
		Actor: sp("russia"), Places: []string{"mayadin"}, Date: sp("2024-06-01"), Start: 180,
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 11)},
		Text:    "قتل أحد عشر مدنيا بغارات روسية على سوق المدينة"})
	tests := []groupCase{
		{"the toll of the raid", []claims.Claim{massacre(11), raid}, [][]string{{"m", "r"}}},
		{"another toll", []claims.Claim{massacre(4), raid}, [][]string{{"m"}, {"r"}}},
	}
	runGroupCases(t, tests)
}

// TestRussianRocketFireIsTheRaid: one article's "Russian missile
// bombardment" of a village and another's Russian air raid on it that day
// are one event, even with a toll too small to tie them; the army's
// shelling of the village that day stays apart and does not chain them, and
// rocket fire by a state that also fires from the ground (Turkey) does not
// join a raid.
func TestRussianRocketFireIsTheRaid(t *testing.T) {
	hit := func(id, art, typ, actor string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("local_sources"), EventType: typ, Actor: sp(actor),
			Places: []string{"khasham"}, Date: sp("2021-09-10"), Start: 0, End: 80,
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)},
			Text:    "قتل مدنيان بقصف على أطراف القرية اليوم"})
	}
	tests := []groupCase{
		{"russian rockets and russian raid", []claims.Claim{hit("a", "r1", claims.EventShelling, "russia"),
			hit("b", "r2", claims.EventAirstrike, "russia")}, [][]string{{"a", "b"}}},
		{"army guns stay apart", []claims.Claim{hit("a", "r1", claims.EventShelling, "russia"),
			hit("b", "r2", claims.EventAirstrike, "russia"), hit("c", "r3", claims.EventShelling, "syria_gov")},
			[][]string{{"a", "b"}, {"c"}}},
		{"turkish rockets and turkish raid", []claims.Claim{hit("a", "r1", claims.EventShelling, "turkey"),
			hit("b", "r2", claims.EventAirstrike, "turkey")}, [][]string{{"a"}, {"b"}}},
	}
	runGroupCases(t, tests)
}

// TestGroundDoerStrikeReadsAsShelling: a report that names its attack only
// by a generic word (an airstrike by default) and names as its doer an
// armed group with no aircraft tells the assault or the shelling another
// outlet reports in the same town that day, and the two meet; the default
// stays when the article names a strike from the air by a word of its
// own, when it names a doer with an air force, when the word is the
// report's own, and when the group is no ground doer.
func TestGroundDoerStrikeReadsAsShelling(t *testing.T) {
	generic := func(mod func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: "g", Article: "n1", Source: src("syria_health"), EventType: claims.EventAirstrike,
			Actor: sp("isis"), Places: []string{"mayadin"}, Date: sp("2024-05-14"),
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 12)},
			Rules:   []string{"event_type:generic", "actor:after_event_word"},
			Text:    "اثنا عشر قتيلا في اعتداءات التنظيم على المدينة"}
		return variant(c, mod)
	}
	assault := mk(claims.Claim{ID: "a", Article: "n2", Source: src("sohr"), EventType: claims.EventGroundAttack,
		Actor: sp("isis"), Places: []string{"mayadin"}, Date: sp("2024-05-14"),
		Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 15)},
		Text:    "قتل خمسة عشر شخصا حين اقتحم مسلحو التنظيم أحياء المدينة فجرا"})
	ownAir := mk(claims.Claim{ID: "w", Article: "n1", Source: src("syria_health"), EventType: claims.EventAirstrike,
		Places: []string{"tabiya"}, Date: sp("2024-05-14"), Start: 400,
		Text: "وأغارت طائرات حربية على أطراف الطابية"})
	flyer := mk(claims.Claim{ID: "f", Article: "n1", Source: src("syria_health"), EventType: claims.EventShelling,
		Actor: sp("syria_gov"), Places: []string{"tabiya"}, Date: sp("2024-05-14"), Start: 400,
		Text: "وردت وحدات الجيش بقصف مواقع المسلحين قرب الطابية"})
	tests := []groupCase{
		{"a ground doer's generic attack meets the assault", []claims.Claim{generic(nil), assault},
			[][]string{{"a", "g"}}},
		{"a denied ground doer too", []claims.Claim{generic(func(c *claims.Claim) {
			c.Stance = claims.StanceDenies
			c.Figures = nil
		}), assault}, [][]string{{"a", "g"}}},
		{"an air strike named by the article keeps the default", []claims.Claim{generic(nil), assault, ownAir},
			[][]string{{"a"}, {"g"}, {"w"}}},
		{"a doer with an air force in the article keeps the default", []claims.Claim{generic(nil), assault, flyer},
			[][]string{{"a"}, {"f"}, {"g"}}},
		{"a word of its own is not re-read", []claims.Claim{generic(func(c *claims.Claim) {
			c.Rules = []string{"actor:after_event_word"}
		}), assault}, [][]string{{"a"}, {"g"}}},
		{"a doer with aircraft is no ground doer", []claims.Claim{generic(func(c *claims.Claim) {
			c.Actor = sp("turkey")
		}), mk(claims.Claim{ID: "a", Article: "n2", Source: src("sohr"), EventType: claims.EventGroundAttack,
			Actor: sp("turkey"), Places: []string{"mayadin"}, Date: sp("2024-05-14"),
			Text: "اقتحمت فصائل موالية لتركيا أحياء المدينة"})}, [][]string{{"a"}, {"g"}}},
	}
	runGroupCases(t, tests)
}
