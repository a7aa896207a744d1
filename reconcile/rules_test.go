package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/riwaya/riwaya/claims"
)

// assertHeads compares cs as one scene and checks the discrepancies of
// kind it flags, each as "kind field sources" (no summary).
func assertHeads(t *testing.T, cs []claims.Claim, kind string, want []string) {
	t.Helper()
	var got []string
	for _, l := range onlyKind(compareLines(t, scene(cs...)), kind) {
		got = append(got, l[:strings.Index(l, " |")])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// compareLines runs Compare over a scene and renders each discrepancy as
// "kind field sources | summary".
func compareLines(t *testing.T, cs []claims.Claim) []string {
	t.Helper()
	var got []string
	for _, d := range Compare(Event{}, cs, testK) {
		got = append(got, d.Kind+" "+d.Field+" "+strings.Join(d.Sources, ",")+" | "+d.Summary)
		if len(d.Values) != len(d.Positions) || (d.Kind != KindRevision && d.Kind != KindGap && len(positionSources(d)) != len(d.Sources)) {
			t.Errorf("values %v / positions %d not parallel to sources %v", d.Values, len(d.Positions), d.Sources)
		}
	}
	return got
}

// positionSources are the distinct sources of a discrepancy's positions
// (the local sources of two reports are two positions of one source).
func positionSources(d Discrepancy) []string {
	var out []string
	for _, p := range d.Positions {
		if !slices.Contains(out, p.Source) {
			out = append(out, p.Source)
		}
	}
	return out
}

// onlyKind keeps the lines of one discrepancy kind.
// kindHeads are the compareLines of one kind cut before their summary
// ("perpetrator actor sana,sohr").
func kindHeads(t *testing.T, cs []claims.Claim, kind string) []string {
	t.Helper()
	var heads []string
	for _, l := range onlyKind(compareLines(t, cs), kind) {
		head, _, _ := strings.Cut(l, " | ")
		heads = append(heads, head)
	}
	return heads
}

func onlyKind(lines []string, kind string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, kind+" ") {
			out = append(out, l)
		}
	}
	return out
}

func TestVictimsCharacteriseTarget(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "fighters killed against a civilian car",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "قتل ثلاثة مسلحين بضربة مسيرة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 3)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "استهدفت المسيرة سيارة مدنية",
					Target: sp("civilian car")}),
			),
			want: []string{"target target sohr,local_sources | SOHR describes the target as 3 fighters killed (military); " +
				"local sources as civilian car (civilian)."},
		},
		{
			name: "civilians killed against a weapons depot",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("centcom"), Target: sp("weapons depot")}),
				mk(claims.Claim{ID: "c2", Source: src("white_helmets"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}}),
			),
			want: []string{"target target centcom,white_helmets | CENTCOM describes the target as weapons depot (military); " +
				"the White Helmets as 4 civilians killed (civilian)."},
		},
		{
			name: "two tolls of different victims alone are no target dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 6)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
			),
		},
		{
			name: "a toll of both kinds characterises nothing",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "fighters", 6), exact(claims.OutcomeKilled, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Target: sp("residential areas")}),
			),
		},
		{
			name: "wounded bystanders and unknown victims characterise nothing",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeWounded, "civilians", 2), exact(claims.OutcomeKilled, "unknown", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("coalition"), Target: sp("ISIS commander")}),
			),
		},
		{
			name: "a town named against fighters killed says where, not who",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "قصفت الطائرات أطراف البلدة", Target: sp("town")}),
			),
		},
		{
			name: "a word for the target wins over the account's toll",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Target: sp("market"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Target: sp("homes")}),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindTarget)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("target discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHitAgainstIntercepted(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "drones said to hit against drones said to be brought down",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("local_sources"), EventType: claims.EventDroneAttack,
					Text: "قالت المصادر إن المسيرات أصابت أهدافها داخل القاعدة"}),
				mk(claims.Claim{ID: "c2", Source: src("pentagon"), EventType: claims.EventInterception,
					Text: "وأوضح المتحدث أن القوات أسقطت الطائرتين قبل وصولهما إلى القاعدة"}),
			),
			want: []string{"occurrence hit local_sources,pentagon | Local sources say the attack struck home; " +
				"the Pentagon says the attack was intercepted."},
		},
		{
			name: "a contrast after an attempt to intercept is a hit",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventInterception,
					Text: "تصدت الدفاعات الجوية للعدوان وأسقطت معظم الصواريخ المعادية"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"),
					Text: "حاولت الدفاعات التصدي للصواريخ، غير أن أغلب الصواريخ أصابت مخازن في المطار"}),
			),
			want: []string{"occurrence hit sana,sohr | SANA says the attack was intercepted; SOHR says the attack struck home."},
		},
		{
			name: "one government telling of a partial interception is no dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_state_tv"), EventType: claims.EventInterception,
					Text: "أسقطت وسائط الدفاع الجوي عدداً من الصواريخ"}),
				mk(claims.Claim{ID: "c2", Source: src("syrian_army"),
					Text: "وقال المصدر إن أحد الصواريخ أصاب مستودعاً وأدى إلى أضرار مادية"}),
			),
		},
		{
			name: "most intercepted against one that hit leaves room for both",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventInterception,
					Text: "وأسقطت الدفاعات الجوية معظم الصواريخ المعادية"}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "وقال الأهالي إن صاروخا أصاب مستودعا قرب الطريق"}),
			),
		},
		{
			name: "one of two drones downed against both drones hitting",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), EventType: claims.EventInterception,
					Text: "وأسقطت القوات إحدى المسيرتين بينما سقطت الأخرى في أرض خالية"}),
				mk(claims.Claim{ID: "c2", Source: src("almayadeen"), Text: "وأكدت المصادر أن المسيرتين أصابتا مهجعا للجنود"}),
			),
			want: []string{"occurrence hit coalition,almayadeen | The coalition says the attack was intercepted; " +
				"Al Mayadeen says the attack struck home."},
		},
		{
			name: "an account that tells of both takes no side",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "أصابت ثلاثة صواريخ موقعاً عسكرياً"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "واعترضت الدفاعات صاروخين آخرين"}),
				mk(claims.Claim{ID: "c3", Source: src("israel_army"), EventType: claims.EventInterception,
					Text: "اعترضت منظومة القبة الحديدية الصاروخ فوق الجولان"}),
			),
		},
		{
			name: "injuries and objections are neither a hit nor an interception",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"), Text: "أسفر القصف عن إصابات بين المدنيين وإصابته بجروح"}),
				mk(claims.Claim{ID: "c2", Source: src("russia_mod"), Text: "اعترضت موسكو على القرار في مجلس الأمن"}),
			),
		},
		// An interception that counts what it met as a part of what was
		// fired ("أسقطت اثنتين من المسيرات"، "اعترضت 3 من الصواريخ") is
		// partial: against one projectile that hit it is no dispute;
		// against all hitting it still is.
		{
			name: "two of the drones downed, one said to hit",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("pentagon"), EventType: claims.EventInterception,
					Text: "وقال المتحدث إن الدفاعات أسقطت اثنتين من المسيرات فوق الموقع"}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventDroneAttack,
					Text: "وأكد ناشطون أن إحدى المسيرات أصابت مستودعاً داخل الموقع"}),
			),
		},
		{
			name: "three of the missiles intercepted, in digits",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syria_state_tv"), EventType: claims.EventInterception,
					Text: "وأعلنت الدفاعات أنها اعترضت 3 من الصواريخ المعادية"}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Text: "وقال المرصد إن صاروخاً أصاب مخزناً قرب المطار"}),
			),
		},
		{
			name: "a partitive interception against all said to hit",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("pentagon"), EventType: claims.EventInterception,
					Text: "وقال المتحدث إن الدفاعات أسقطت اثنتين من المسيرات فوق الموقع"}),
				mk(claims.Claim{ID: "c2", Source: src("local_sources"), EventType: claims.EventDroneAttack,
					Text: "وأكد ناشطون أن المسيرات أصابت أهدافها داخل الموقع"}),
			),
			want: []string{"occurrence hit pentagon,local_sources | The Pentagon says the attack was intercepted; " +
				"local sources say the attack struck home."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindOccurrence)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("occurrence discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}

// TestInterceptionJoinsDroneAttack: a weak claim of an interception
// joins the drone attack of its article, whose class (fire, the drone's
// owner unnamed) differs from its own; a strong one stays apart.
func TestInterceptionJoinsDroneAttack(t *testing.T) {
	attack := mk(claims.Claim{ID: "a1", Article: "p", Start: 0, Source: src("pentagon"),
		Text: "هاجمت مسيرتان موقعا يتمركز فيه جنود أمريكيون", EventType: claims.EventDroneAttack,
		Target: sp("base"), Places: []string{"rmeilan"}, Date: sp("2023-11-04")})
	tests := []struct {
		name   string
		intcpt claims.Claim
		joined bool
	}{
		{"weak: no place", mk(claims.Claim{ID: "a2", Article: "p", Start: 300, Source: src("pentagon"),
			Text: "وأضافت أن القوات أسقطت إحدى الطائرتين", EventType: claims.EventInterception, Actor: sp("coalition"),
			Date: sp("2023-11-05")}), true},
		{"strong: placed and dated", mk(claims.Claim{ID: "a2", Article: "p", Start: 300, Source: src("pentagon"),
			Text: "وأضافت أن القوات أسقطت إحدى الطائرتين فوق الرميلان", EventType: claims.EventInterception,
			Actor: sp("coalition"), Places: []string{"rmeilan"}, Date: sp("2023-11-05")}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group([]claims.Claim{attack, tt.intcpt}, testK)
			ev := eventOf(evs, "a1")
			if got := ev != nil && slices.Contains(ev.Claims, "a2"); got != tt.joined {
				t.Errorf("interception joined the attack: %v, want %v (events %v)", got, tt.joined, partition(evs))
			}
		})
	}
}

// TestStateDroneAndAirstrike: a state's drone strike and an airstrike
// whose doer is not named, same day and town, in two articles, are one
// event; two named doers that differ, or an unnamed drone (a militia's as
// likely as a state's), keep them apart.
func TestStateDroneAndAirstrike(t *testing.T) {
	drone := func(actor *string) claims.Claim {
		return mk(claims.Claim{ID: "d1", Article: "a", Source: src("local_sources"), Text: "استهدفت مسيرة سيارة قرب البلدة",
			EventType: claims.EventDroneAttack, Actor: actor, Places: []string{"rmeilan"}, Date: sp("2024-06-13")})
	}
	strike := func(actor *string) claims.Claim {
		return mk(claims.Claim{ID: "s1", Article: "b", Source: src("reuters"), Text: "نفذ الجهاز عملية جوية قرب البلدة",
			EventType: claims.EventAirstrike, Actor: actor, Places: []string{"rmeilan"}, Date: sp("2024-06-13")})
	}
	tests := []struct {
		name     string
		d, s     claims.Claim
		together bool
	}{
		{"Turkish drone, unnamed airstrike", drone(sp("turkey")), strike(nil), true},
		{"Turkish drone, Turkish airstrike", drone(sp("turkey")), strike(sp("turkey")), true},
		{"Turkish drone, Russian airstrike", drone(sp("turkey")), strike(sp("russia")), false},
		{"US drone, Israeli airstrike", drone(sp("us")), strike(sp("israel")), false},
		{"unnamed drone, unnamed airstrike", drone(nil), strike(nil), false},
		{"unnamed drone, Turkish airstrike", drone(nil), strike(sp("turkey")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := Group([]claims.Claim{tt.d, tt.s}, testK)
			ev := eventOf(evs, "d1")
			if got := ev != nil && slices.Contains(ev.Claims, "s1"); got != tt.together {
				t.Errorf("together = %v, want %v (events %v)", got, tt.together, partition(evs))
			}
		})
	}
}

func TestDenialOfWhoTheDeadWere(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "a side that counts its own dead denies who they were, not the deaths",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("reuters"), Text: "قالت الوكالة إن العملية حيدت قياديا بارزا",
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 2)}}),
				mk(claims.Claim{ID: "c2", Article: "artL", Source: src("local_sources"), Text: "قتل اثنان من المقاتلين كانا في إجازة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 2)}}),
				mk(claims.Claim{ID: "c3", Article: "artL", Source: src("local_sources"), Stance: claims.StanceDenies,
					Text:    "نافيا الرواية عن تحييد قيادي في العملية",
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 1)}}),
			),
		},
		{
			name: "a side that counts fewer dead than it denies disputes the toll",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("almayadeen"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 3)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 1)}}),
				mk(claims.Claim{ID: "c3", Source: src("sana"), Stance: claims.StanceDenies,
					Text:    "ونفى ما تداولته المواقع عن مقتل خمسة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 5)}}),
			),
			want: []string{"occurrence killed almayadeen,sana | Al Mayadeen says 3 killed; SANA denies it."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindOccurrence)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("occurrence discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}

// TestVagueDateLinksNoArticle: a claim dated only to its month or week
// stays with its own article's events; a claim dated to the day links.
func TestVagueDateLinksNoArticle(t *testing.T) {
	strike := mk(claims.Claim{ID: "s1", Article: "a", Source: src("sana"), Text: "غارة على المدينة فجر اليوم",
		EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"mayadin"}, Date: sp("2024-02-01"),
		Rules: []string{"date:today"}})
	tests := []struct {
		rule   string
		linked bool
	}{
		{"date:yesterday", true},
		{"date:month", false},
		{"date:last_week", false},
		{"date:this_year", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			recall := mk(claims.Claim{ID: "r1", Article: "b", Source: src("sohr"), Text: "منذ مطلع الشهر قتل عشرات في غارات على المدينة",
				EventType: claims.EventAirstrike, Actor: sp("israel"), Places: []string{"mayadin"}, Date: sp("2024-02-01"),
				Rules: []string{tt.rule}})
			evs := Group([]claims.Claim{strike, recall}, testK)
			ev := eventOf(evs, "s1")
			if got := ev != nil && slices.Contains(ev.Claims, "r1"); got != tt.linked {
				t.Errorf("linked = %v, want %v", got, tt.linked)
			}
		})
	}
}

func TestWithinArticleRevision(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "a rise told after the lead's toll",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a", Start: 0, Source: src("white_helmets"), Text: "أربعة قتلى بانفجار في السوق",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 4)}}),
				mk(claims.Claim{ID: "c2", Article: "a", Start: 400, Source: src("white_helmets"),
					Text:    "ثم ارتفعت الحصيلة إلى خمسة قتلى بعد وفاة أحد المصابين",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 5)}}),
			),
			want: []string{"revision killed white_helmets | The White Helmets revised its toll: killed 4 → 5."},
		},
		{
			name: "the earlier toll told after the rise, in the pluperfect",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a", Start: 0, Source: src("sohr"),
					Text:    "وأفاد المرصد بارتفاع عدد القتلى إلى عشرين",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 20)}}),
				mk(claims.Claim{ID: "c2", Article: "a", Start: 300, Source: src("sohr"),
					Text:    "وكان المرصد قد أحصى مقتل 12 شخصا في المساء",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 12)}}),
			),
			want: []string{"revision killed sohr | SOHR revised its toll: killed 12 → 20."},
		},
		{
			name: "a lower toll told after the rise with no word of the past is no note",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a", Start: 0, Source: src("sohr"),
					Text:    "وأفاد المرصد بارتفاع عدد القتلى إلى عشرين",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 20)}}),
				mk(claims.Claim{ID: "c2", Article: "a", Start: 300, Source: src("sohr"),
					Text:    "وقتل 12 في بلدة أخرى",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 12)}}),
			),
		},
		{
			name: "no word of a rise: two tolls of one article are no note",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a", Start: 0, Source: src("white_helmets"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 4)}}),
				mk(claims.Claim{ID: "c2", Article: "a", Start: 400, Source: src("white_helmets"), Text: "وقتل خمسة في قرية مجاورة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 5)}}),
			),
		},
		{
			name: "a rise for another victim group is no note",
			cs: scene(
				mk(claims.Claim{ID: "c1", Article: "a", Start: 0, Source: src("sohr"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}}),
				mk(claims.Claim{ID: "c2", Article: "a", Start: 400, Source: src("sohr"), Text: "وارتفع عدد القتلى من المقاتلين إلى سبعة",
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "fighters", 7)}}),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindRevision)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("revisions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnsweredClauseTarget(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "the clause of what a response answered does not characterise this event",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Text: "سقطت قذائف على أحياء سكنية في المدينة",
					Target: sp("residential areas")}),
				mk(claims.Claim{ID: "c2", Article: "f", Start: 0, Source: src("sohr"), Response: true,
					Text: "قال القيادي إن الفصائل قصفت تجمعات للقوات الحكومية", Target: sp("gathering of government forces")}),
				mk(claims.Claim{ID: "c3", Article: "f", Start: 200, Source: src("sohr"),
					Text: "رداً على قصف القرى منذ أيام", Target: sp("villages")}),
			),
			want: []string{"target target sana,sohr | SANA describes the target as residential areas (civilian); " +
				"SOHR as gathering of government forces (military)."},
		},
		{
			name: "without the account's response in the event, the clause is what the event is",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("local_sources"), Text: "أطلقت الصواريخ على المنازل", Target: sp("homes")}),
				mk(claims.Claim{ID: "c2", Source: src("pentagon"), Text: "رداً على هجوم على القاعدة", Target: sp("base")}),
			),
			want: []string{"target target local_sources,pentagon | Local sources describe the target as homes (civilian); " +
				"the Pentagon as base (military)."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindTarget)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("target discrepancies (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHitStrengthOfTakenSidesOnly: an account that tells of both a hit
// and an interception takes no side, and its words do not make another
// pair of partial accounts a dispute.
func TestHitStrengthOfTakenSidesOnly(t *testing.T) {
	cs := scene(
		mk(claims.Claim{ID: "c1", Source: src("sana"), EventType: claims.EventInterception,
			Text: "وأسقطت الدفاعات عددا من الصواريخ"}),
		mk(claims.Claim{ID: "c2", Source: src("local_sources"), Text: "وقال الأهالي إن صاروخا أصاب مخزنا قرب الطريق"}),
		mk(claims.Claim{ID: "c3", Source: src("sohr"), Text: "وأصابت معظم الصواريخ أهدافها"}),
		mk(claims.Claim{ID: "c4", Source: src("sohr"), Text: "واعترضت الدفاعات كل الصواريخ في الموجة الثانية"}),
	)
	if got := onlyKind(compareLines(t, cs), KindOccurrence); len(got) != 0 {
		t.Errorf("occurrence discrepancies = %v, want none", got)
	}
}

// TestDenialOfInvolvementIsNoOccurrence: a group that denies any part in
// an attack disputes who did it, not that it happened, even when the
// contract has no actor id for the group; a denial that the attack took
// place is still an occurrence dispute.
func TestDenialOfInvolvementIsNoOccurrence(t *testing.T) {
	tests := []struct {
		name   string
		denial string
		want   int
	}{
		{"a link denied", "وأصدر الفصيل بيانا نفى فيه أي علاقة له بالهجوم على الحافلة", 0},
		{"its own part denied", "ونفت الجماعة تورطها في الهجوم، مؤكدة أنها لا تستهدف المدنيين", 0},
		{"responsibility denied", "وتنفي الحركة مسؤوليتها عن الانفجار", 0},
		{"the attack denied", "ونفى المصدر وقوع أي هجوم على المدينة", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertOccurrences(t, claims.EventGroundAttack, "وقال المرصد إن مسلحين هاجموا الحافلة", tt.denial, tt.want)
		})
	}
}

// assertOccurrences checks how many occurrence discrepancies a denial by an
// informed source draws against a SOHR claim of an attack of type typ.
func assertOccurrences(t *testing.T, typ, claim, denial string, want int) {
	t.Helper()
	cs := scene(
		mk(claims.Claim{ID: "c1", Source: src("sohr"), EventType: typ, Text: claim}),
		mk(claims.Claim{ID: "c2", Source: src("informed_sources"), EventType: typ,
			Stance: claims.StanceDenies, Text: denial}),
	)
	if got := onlyKind(compareLines(t, cs), KindOccurrence); len(got) != want {
		t.Errorf("occurrence discrepancies = %v, want %d", got, want)
	}
}

// TestLocalityBesideTargetWord: an account that names the town where a raid
// took place and also says what was hit there is judged by what was hit.
func TestLocalityBesideTargetWord(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{
			name: "the town and a militant leader against homes",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), Target: sp("town")}),
				mk(claims.Claim{ID: "c2", Source: src("coalition"), Target: sp("militant commander")}),
				mk(claims.Claim{ID: "c3", Source: src("local_sources"), Target: sp("homes")}),
			),
			want: 1,
		},
		{
			name: "a town alone against homes is no dispute",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), Target: sp("town")}),
				mk(claims.Claim{ID: "c3", Source: src("local_sources"), Target: sp("homes")}),
			),
		},
		{
			name: "two specific words of both classes take no side",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("coalition"), Target: sp("weapons depot")}),
				mk(claims.Claim{ID: "c2", Source: src("coalition"), Target: sp("school")}),
				mk(claims.Claim{ID: "c3", Source: src("local_sources"), Target: sp("homes")}),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := onlyKind(compareLines(t, tt.cs), KindTarget); len(got) != tt.want {
				t.Errorf("target discrepancies = %v, want %d", got, tt.want)
			}
		})
	}
}

// TestGenericBombardmentJoinsShelling: a weak claim that names its attack
// only with a generic word (rule event_type:generic, typed airstrike by
// default) may join the shelling its own article tells of; a claim that
// says airstrike in so many words may not, and no claim of another
// article is pulled in.
func TestGenericBombardmentJoinsShelling(t *testing.T) {
	strong := func(id, art string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: 100, Source: src("sohr"), EventType: claims.EventShelling,
			Places: []string{"mayadin"}, Date: sp("2024-02-02")})
	}
	weak := func(id, art string, rules ...string) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Start: 0, Source: src("sohr"), EventType: claims.EventAirstrike,
			Rules: rules, Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 7)}, Date: sp("2024-02-03")})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{"a generic headline joins its article's shelling",
			[]claims.Claim{weak("w", "n1", "event_type:generic"), strong("s", "n1")}, [][]string{{"s", "w"}}},
		{"a claim typed airstrike by its words stays apart",
			[]claims.Claim{weak("w", "n1"), strong("s", "n1")}, [][]string{{"s"}, {"w"}}},
		{"another article's shelling pulls in nothing",
			[]claims.Claim{weak("w", "n1", "event_type:generic"), strong("s", "n2")}, [][]string{{"s"}, {"w"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDenialOfADetailIsNoOccurrence: a denial that takes the strike as
// given (it speaks of "the targeted site", or denies that fighters, arms
// or any activity were there) disputes what was hit, never that it was;
// denials of the strike itself, or of any air activity, still are.
func TestDenialOfADetailIsNoOccurrence(t *testing.T) {
	tests := []struct {
		name   string
		denial string
		want   int
	}{
		{"no activity of the group there", "ونفى مسؤول في الحزب أن يكون لعناصره أي نشاط قرب الجسر", 0},
		{"no presence of fighters", "ونفت مصادر محلية وجود مقاتلين داخل المدرسة", 0},
		{"no presence, with a preposition", "وأكد الأهالي أنه لا وجود لأي مستودعات في الحي، نافين رواية الجيش", 0},
		{"military presence with the article", "وتنفي الإدارة التواجد العسكري في القرية", 0},
		{"no foreign advisers there", "ونفت الحكومة وجود مستشارين أجانب في المنشأة", 0},
		{"no experts or officers there", "وينفي البيان أي وجود لخبراء أو ضباط في المكان", 0},
		{"the targeted building named as given", "ونفى المصدر أن يكون المبنى المستهدف مقرا لأي فصيل", 0},
		{"the shelled house named as given", "ونفت العائلة أن يكون في البيت المقصوف سلاح", 0},
		{"whose the place was", "ونفت الجماعة أن يكون المستودع تابعا لها", 0},
		{"what the place served for", "ونفى المسؤول استعمال الجسر لأغراض عسكرية", 0},
		{"the strike itself denied", "ونفى المصدر حصول أي غارة على الجسر", 1},
		{"the use of a weapon denied", "ونفى المصدر استخدام أي سلاح محرم في القصف", 1},
		{"no air activity at all", "ونفى المصدر رصد أي نشاط للطيران الحربي فوق المنطقة", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertOccurrences(t, claims.EventAirstrike, "وقال المرصد إن غارة جوية استهدفت الجسر", tt.denial, tt.want)
		})
	}
}

// TestGenericHeadlineBesideMixedBombardment: a placed and dated claim that
// names its attack only with a generic word (typed airstrike) joins a
// shelling of its own article when that shelling says it came from the
// ground and the air, even a day apart (a toll headline dated by
// publication); not a shelling that says nothing of the air, and not
// another article's.
func TestGenericHeadlineBesideMixedBombardment(t *testing.T) {
	headline := func(art string) claims.Claim {
		return mk(claims.Claim{ID: "h", Article: art, Start: 0, Source: src("sohr"), EventType: claims.EventAirstrike,
			Actor: sp("israel"), Places: []string{"mayadin"}, Date: sp("2024-02-03"), Rules: []string{"event_type:generic"},
			Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 9)}, Text: "ارتفاع حصيلة القصف على البلدة إلى تسعة"})
	}
	body := func(art, text string) claims.Claim {
		return mk(claims.Claim{ID: "b", Article: art, Start: 200, Source: src("sohr"), EventType: claims.EventShelling,
			Actor: sp("israel"), Places: []string{"mayadin"}, Date: sp("2024-02-02"), Text: text})
	}
	const mixed, artillery = "وكان قصف بالمدفعية والطيران قد طال البلدة أمس", "وكانت المدفعية قد قصفت أطراف البلدة أمس"
	tests := []struct {
		name string
		cs   []claims.Claim
		want [][]string
	}{
		{"ground and air bombardment of its article", []claims.Claim{headline("n1"), body("n1", mixed)}, [][]string{{"b", "h"}}},
		{"artillery alone", []claims.Claim{headline("n1"), body("n1", artillery)}, [][]string{{"b"}, {"h"}}},
		{"another article", []claims.Claim{headline("n1"), body("n2", mixed)}, [][]string{{"b"}, {"h"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, partition(Group(tt.cs, testK))); diff != "" {
				t.Errorf("partition (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAttributionRevision: a source that first named one perpetrator and
// then withdrew it has revised its attribution; naming two suspects, or
// saying who was blamed first by others, revises nothing.
func TestAttributionRevision(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		actor string
		want  string // summary, "" for none
	}{
		{"first named, then deleted", "وكانت القناة قد قالت في البداية إن الطائرات روسية، قبل أن تحذف الخبر",
			"russia", "Syria_tv first attributed it to Russia, then withdrew that attribution and named the Syrian government."},
		{"first named, then retracted", "ونسبت الوكالة الضربة بادئ الأمر إلى الأمريكيين ثم تراجعت عن ذلك",
			"us", "Syria_tv first attributed it to the US, then withdrew that attribution and named the Syrian government."},
		{"two suspects, no withdrawal", "ورجحت القناة في البداية أن تكون الطائرات روسية أو سورية", "russia", ""},
		{"withdrawn with no word of what came first", "وقالت القناة إن الطائرات روسية قبل أن تحذف الخبر", "russia", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []claims.Claim{
				mk(claims.Claim{ID: "c1", Article: "a1", Start: 0, Source: src("syria_tv"), EventType: claims.EventAirstrike,
					Actor: sp(tt.actor), Text: tt.text}),
				mk(claims.Claim{ID: "c2", Article: "a1", Start: 200, Source: src("syria_tv"), EventType: claims.EventAirstrike,
					Actor: sp("syria_gov"), Text: "وقالت القناة إن طائرات النظام قصفت البلدة"}),
			}
			var got string
			for _, d := range Compare(Event{}, cs, testK) {
				if d.Kind == KindRevision && d.Field == "perpetrator" {
					got = d.Summary
				}
			}
			if got != tt.want {
				t.Errorf("attribution revision = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCiviliansOnlyAgainstTotalWithFighters(t *testing.T) {
	subset := func(f claims.Figure) claims.Figure { f.Subset = true; return f }
	tests := []struct {
		name string
		cs   []claims.Claim
		want int // casualties discrepancies
	}{
		{
			name: "civilians only against a higher total that names a fighter among the dead",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 4)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 6), subset(exact(claims.OutcomeKilled, "iran_backed", 2)),
					exact(claims.OutcomeKilled, "civilians", 4)}}),
			),
			want: 1,
		},
		{
			name: "the fighters named in another claim of the same source",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 1)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 3)}}),
				mk(claims.Claim{ID: "c3", Source: src("sohr"), Figures: []claims.Figure{
					subset(exact(claims.OutcomeKilled, "fighters", 2)), exact(claims.OutcomeKilled, "civilians", 1)}}),
			),
			want: 1,
		},
		{
			name: "a higher total naming no fighters: the civilians are a part of it",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 8)}}),
			),
		},
		{
			name: "a total that names fighters only may hold the civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 9), subset(exact(claims.OutcomeKilled, "iran_backed", 6))}}),
			),
		},
		{
			name: "any civilians against a toll broken down into fighters that add up to it",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("local_sources"), Figures: []claims.Figure{
					fig(claims.OutcomeKilled, "civilians", 2, nil, "at_least")}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 12), exact(claims.OutcomeKilled, "syrian_army", 4),
					exact(claims.OutcomeKilled, "iran_backed", 8)}}),
			),
			want: 1,
		},
		{
			name: "the same, the breakdown marked as parts of the toll",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("local_sources"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "civilians", 1)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 12), subset(exact(claims.OutcomeKilled, "syrian_army", 4)),
					subset(exact(claims.OutcomeKilled, "iran_backed", 8))}}),
			),
			want: 1,
		},
		{
			name: "fighters that do not add up to the toll may leave room for civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("local_sources"), Figures: []claims.Figure{
					fig(claims.OutcomeKilled, "civilians", 2, nil, "at_least")}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 12), exact(claims.OutcomeKilled, "syrian_army", 4),
					exact(claims.OutcomeKilled, "iran_backed", 5)}}),
			),
		},
		{
			name: "a total no higher than the civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 3)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 3), subset(exact(claims.OutcomeKilled, "fighters", 1)),
					subset(exact(claims.OutcomeKilled, "civilians", 2))}}),
			),
		},
		{
			name: "fighters in a wounded count do not speak to the killed",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sana"), Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 2)}}),
				mk(claims.Claim{ID: "c2", Source: src("sohr"), Figures: []claims.Figure{
					exact(claims.OutcomeKilled, "unknown", 4), subset(exact(claims.OutcomeWounded, "fighters", 3)),
					exact(claims.OutcomeKilled, "civilians", 2)}}),
			),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onlyKind(compareLines(t, tt.cs), KindCasualties)
			if len(got) != tt.want {
				t.Errorf("got %d casualties discrepancies, want %d: %q", len(got), tt.want, got)
			}
		})
	}
}

func TestNoLossesAgainstACount(t *testing.T) {
	tests := []struct {
		name string
		cs   []claims.Claim
		want []string
	}{
		{
			name: "no losses among the fighters against fighters killed",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("syrian_army"),
					Figures: []claims.Figure{atLeast(claims.OutcomeKilled, "fighters", 20)}}),
				mk(claims.Claim{ID: "c2", Source: src("hts"),
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 0)}}),
			),
			want: []string{"casualties killed,killed_or_wounded syrian_army,hts"},
		},
		{
			name: "no losses against wounded",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"),
					Figures: []claims.Figure{exact(claims.OutcomeWounded, "unknown", 3)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"),
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "unknown", 0)}}),
			),
			want: []string{"casualties wounded,killed_or_wounded sohr,sana"},
		},
		{
			name: "no losses among fighters says nothing of civilians",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("white_helmets"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "civilians", 5)}}),
				mk(claims.Claim{ID: "c2", Source: src("hts"),
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "fighters", 0)}}),
			),
			want: nil,
		},
		{
			name: "a positive combined toll is compared by the toll rules only",
			cs: scene(
				mk(claims.Claim{ID: "c1", Source: src("sohr"),
					Figures: []claims.Figure{exact(claims.OutcomeKilled, "unknown", 4)}}),
				mk(claims.Claim{ID: "c2", Source: src("sana"),
					Figures: []claims.Figure{exact(claims.OutcomeKilledOrWounded, "unknown", 6)}}),
			),
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range onlyKind(compareLines(t, tt.cs), KindCasualties) {
				got = append(got, strings.SplitN(l, " | ", 2)[0])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestDenialOfOwnActorByItsOwnAccount: an account that names who did it
// and "denies" the same party in another claim denies a detail (what was
// hit), not who did it; a denial of the party with nothing asserted beside
// it still disputes the perpetrator.
func TestDenialOfOwnActorByItsOwnAccount(t *testing.T) {
	tests := []struct {
		name       string
		army       claims.Claim
		wantDenial bool
	}{
		{"its own strike asserted beside the denial",
			mk(claims.Claim{ID: "c3", Source: src("syrian_army"), EventType: claims.EventAirstrike, Actor: sp("syria_gov"),
				Text: "وذكر ضابط أن وحدات الجيش قصفت تجمعات للمسلحين"}), false},
		{"the denial alone",
			mk(claims.Claim{ID: "c3", Source: src("syrian_army"), EventType: claims.EventAirstrike,
				Text: "وذكر مصدر عسكري أن المنطقة شهدت اشتباكات"}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := scene(
				mk(claims.Claim{ID: "c1", Source: src("turkey_mod"), EventType: claims.EventAirstrike, Actor: sp("syria_gov"),
					Text: "وقالت الوزارة إن طائرات النظام قصفت النقطة"}),
				tt.army,
				mk(claims.Claim{ID: "c4", Source: src("syrian_army"), EventType: claims.EventAirstrike, Actor: sp("syria_gov"),
					Stance: claims.StanceDenies, Text: "نافياً أن يكون القصف طال أي نقطة تركية"}),
			)
			got := false
			for _, d := range Compare(Event{}, cs, testK) {
				if d.Kind == KindPerpetrator && slices.Contains(d.Values, "actor: not syria_gov") {
					got = true
				}
			}
			if got != tt.wantDenial {
				t.Errorf("denial of syria_gov flagged = %v, want %v", got, tt.wantDenial)
			}
		})
	}
}

// TestOwnSideClearedOtherNamed: a belligerent that calls false the reports
// of its own side's attack and names another doer disputes who did it, not
// whether it happened; calling the reports false without naming another
// doer still denies the attack.
func TestOwnSideClearedOtherNamed(t *testing.T) {
	denial := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "c2", Source: src("iran_mfa"), EventType: claims.EventShelling, Stance: claims.StanceDenies,
			Actor: sp("iran_backed"), Target: sp("military positions"), Text: text, Rules: []string{"stance:denial_falsehood"}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"cleared and another doer named", scene(
			mk(claims.Claim{ID: "c1", Source: src("asharq_alawsat"), EventType: claims.EventShelling, Text: "صواريخ أطلقت على المواقع"}),
			denial("وصف المتحدث الأنباء عن إطلاق قوات إيرانية صواريخ على المواقع بأنها كاذبة"),
			mk(claims.Claim{ID: "c3", Source: src("iran_mfa"), EventType: claims.EventShelling, Actor: sp("syria_gov"),
				Text: "وأضاف أن الجيش السوري هو من أطلقها"}),
		), 0},
		{"cleared and nobody else named", scene(
			mk(claims.Claim{ID: "c1", Source: src("asharq_alawsat"), EventType: claims.EventShelling, Text: "صواريخ أطلقت على المواقع"}),
			denial("وصف المتحدث الأنباء عن إطلاق قوات إيرانية صواريخ على المواقع بأنها كاذبة"),
		), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := onlyKind(compareLines(t, tt.cs), KindOccurrence); len(got) != tt.want {
				t.Errorf("occurrence discrepancies = %v, want %d", got, tt.want)
			}
		})
	}
}

// TestSideClearedWhileItsMediaTellTheToll: a belligerent's voice that
// denies the air raid its accusers blame on its side, while its own state
// media give the toll of the same attack, clears its side (a perpetrator
// dispute) rather than denying that anything happened; once a voice of
// the side says its forces acted, the denial is again an occurrence one.
func TestSideClearedWhileItsMediaTellTheToll(t *testing.T) {
	accuse := mk(claims.Claim{ID: "c1", Source: src("fsa"), EventType: claims.EventAirstrike, Actor: sp("syria_gov"),
		Text: "اتهم الفصيل طائرات النظام بقصف المدرسة"})
	toll := mk(claims.Claim{ID: "c2", Source: src("sana"), EventType: claims.EventAirstrike, Target: sp("school"),
		Figures: []claims.Figure{fig(claims.OutcomeKilled, "unknown", 30, ip(30), claims.QualExact)},
		Text:    "ارتفعت حصيلة الاعتداء على المدرسة إلى ثلاثين"})
	deny := mk(claims.Claim{ID: "c3", Source: src("syrian_army"), EventType: claims.EventAirstrike, Stance: claims.StanceDenies,
		Text: "نفى المصدر أن تكون أي طائرة قد حلقت فوق الحي", Rules: []string{"stance:cue"}})
	admit := mk(claims.Claim{ID: "c4", Source: src("sana"), EventType: claims.EventAirstrike, Actor: sp("syria_gov"),
		Text: "وحدات من الجيش استهدفت أوكار الإرهابيين في المنطقة"})
	tests := []struct {
		name                   string
		cs                     []claims.Claim
		perpetrator, occurence int
	}{
		{"the side's media tell the toll", scene(accuse, toll, deny), 1, 0},
		{"the side's media say its forces acted", scene(accuse, toll, deny, admit), 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := compareLines(t, tt.cs)
			if got := onlyKind(lines, KindPerpetrator); len(got) != tt.perpetrator {
				t.Errorf("perpetrator discrepancies = %v, want %d", got, tt.perpetrator)
			}
			if got := onlyKind(lines, KindOccurrence); len(got) != tt.occurence {
				t.Errorf("occurrence discrepancies = %v, want %d", got, tt.occurence)
			}
		})
	}
}

// TestCivilianTargetDeniedBySideThatStruck: one voice of a side denying
// that a civilian target was hit, while another voice of the same side
// says what military target it struck, disputes what was hit, not who
// struck; with no such voice the denial clears the side.
func TestCivilianTargetDeniedBySideThatStruck(t *testing.T) {
	accuse := mk(claims.Claim{ID: "c1", Source: src("local_sources"), EventType: claims.EventAirstrike, Actor: sp("us"),
		Target: sp("mosque"), Text: "قال سكان إن طائرات أمريكية قصفت المسجد"})
	deny := mk(claims.Claim{ID: "c2", Source: src("us_government"), EventType: claims.EventAirstrike, Actor: sp("us"),
		Target: sp("mosque"), Stance: claims.StanceDenies, Text: "واشنطن تنفي قصف مسجد", Rules: []string{"stance:cue"}})
	struck := mk(claims.Claim{ID: "c3", Source: src("pentagon"), EventType: claims.EventAirstrike, Actor: sp("us"),
		Target: sp("gathering of militants"), Text: "وقالت الوزارة إن الضربة استهدفت اجتماعا لقادة التنظيم"})
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"another voice of the side names a military target", scene(accuse, deny, struck), 0},
		{"no voice of the side says what it struck", scene(accuse, deny), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := onlyKind(compareLines(t, tt.cs), KindPerpetrator); len(got) != tt.want {
				t.Errorf("perpetrator discrepancies = %v, want %d", got, tt.want)
			}
		})
	}
}
