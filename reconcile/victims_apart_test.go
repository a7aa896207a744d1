package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestVictimsApart: civilians killed by one strike of a wave ("إحدى
// الغارات"، "إحدى غارات ..."، "واحدة من الغارات"، "أن غارة ..."), or by
// shells, against combatants killed by the whole wave, or in a storming
// of a post, count different dead; a strike told whole by both sides,
// civilians against fighters, still disputes who died. Sentences written
// for the test.
func TestVictimsApart(t *testing.T) {
	civ := func(text, typ string) claims.Claim {
		return mk(claims.Claim{ID: "c1", Article: "a1", Start: 0, Source: src("local_sources"), Text: text,
			EventType: typ, Figures: []claims.Figure{exact("killed", "civilians", 3)}})
	}
	com := func(text, typ string) claims.Claim {
		return mk(claims.Claim{ID: "c2", Article: "a2", Start: 0, Source: src("sohr"), Text: text,
			EventType: typ, Figures: []claims.Figure{exact("killed", "fighters", 5)}})
	}
	air, ground, shell := claims.EventAirstrike, claims.EventGroundAttack, claims.EventShelling
	tests := []struct {
		name   string
		a, b   claims.Claim
		wanted bool
	}{
		{"one raid of the wave hit a tent", civ("وقال أهالي المنطقة إن إحدى الغارات أصابت خيمة لرعاة فقتلت ثلاثة مدنيين", air),
			com("وقال المرصد إن الغارات قتلت خمسة من عناصر التنظيم", air), false},
		{"one of the rockets fell on a house", civ("سقط أحد الصواريخ على منزل فقتل ثلاثة مدنيين", air),
			com("قتلت الضربات خمسة مسلحين", air), false},
		{"storming against shelling", civ("قتل ثلاثة مدنيين بقذائف الهاون على الحي", shell),
			com("قتل خمسة مقاتلين في الهجوم على الحاجز", ground), false},
		{"the same strike, who died disputed", civ("قتلت الغارة ثلاثة مدنيين في المزرعة", air),
			com("قتلت الغارة خمسة مسلحين في المزرعة", air), true},
		{"one strike of a wave in construct", civ("وقالت مصادر محلية إن إحدى غارات التحالف دمرت بيتاً وقتلت ثلاثة مدنيين", air),
			com("قتلت الضربات خمسة مسلحين", air), false},
		{"one of the strikes counted out", civ("أصابت واحدة من الغارات سيارة مدنية فقتل ركابها الثلاثة", air),
			com("قتلت الضربات خمسة مسلحين", air), false},
		{"a strike introduced as indefinite by the witness", civ("وروى سكان أن غارة أصابت حظيرة أغنام فقتلت ثلاثة رعاة", air),
			com("قتلت الضربات خمسة مسلحين", air), false},
		{"the definite strike told whole is still disputed", civ("وروى سكان أن الغارة أصابت حظيرة أغنام فقتلت ثلاثة رعاة", air),
			com("قتلت الغارة خمسة مسلحين", air), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{tt.a, tt.b}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.wanted {
				t.Errorf("casualties flagged = %v, want %v: %+v", got, tt.wanted, ds)
			}
		})
	}
}

// TestDeniedTies: a denial that the people hit had ties to a party says
// who they were, not that nothing happened; a denial of the deed still
// disputes it. Sentences written for the test.
func TestDeniedTies(t *testing.T) {
	strike := mk(claims.Claim{ID: "s1", Article: "a1", Start: 0, Source: src("hawar"), Text: "قصفت مسيرة سيارة مدنية قرب المدينة",
		EventType: claims.EventDroneAttack, Actor: sp("turkey"), Target: sp("civilian vehicle")})
	denial := func(text string) claims.Claim {
		return mk(claims.Claim{ID: "d1", Article: "a2", Start: 0, Source: src("local_sources"), Text: text,
			Stance: claims.StanceDenies, EventType: claims.EventDroneAttack})
	}
	tests := []struct {
		text string
		want bool
	}{
		{"نافيا أن يكون لأي من الضحايا ارتباط بقوات الأمن", false},
		{"ونفى أقاربهم أي علاقة لهم بالتنظيم", false},
		{"ونفى الأهالي انتماءهم لأي فصيل مسلح", false},
		{"ونفى الأهالي أن تكون أي مسيرة قد قصفت البلدة", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{strike, denial(tt.text)}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindOccurrence })
			if got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}

// TestRescuersApart: the crews of a rescue service hurt at work ("جرح
// اثنان من كوادرها"، "جرح ثلاثة من عناصر الدفاع المدني") are told apart from
// the event's toll; a bare smaller toll still disputes it. Sentences
// written for the test.
func TestRescuersApart(t *testing.T) {
	toll := mk(claims.Claim{ID: "h1", Article: "a1", Start: 0, Source: src("syria_health"), Text: "أصيب تسعة أشخاص في القصف على الأحياء",
		EventType: claims.EventShelling, Figures: []claims.Figure{exact("wounded", "unknown", 9)}})
	part := func(text, count string) claims.Claim {
		f := exact("wounded", "unknown", 2)
		i := strings.Index(text, count)
		f.Span = claims.Span{Start: i, End: i + len(count)}
		return mk(claims.Claim{ID: "m1", Article: "a2", Start: 0, Source: src("syria_government"), Text: text,
			EventType: claims.EventShelling, Figures: []claims.Figure{f}})
	}
	tests := []struct {
		name string
		c    claims.Claim
		want bool
	}{
		{"its crew", part("وقال الوزير إن فرق الإطفاء استهدفت أثناء عملها فجرح اثنان من كوادرها", "اثنان"), false},
		{"civil defence members", part("وجرح اثنان من عناصر الدفاع المدني قرب الحريق", "اثنان"), false},
		{"a bare smaller toll", part("وأصيب اثنان من السكان في القصف", "اثنان"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Compare(Event{}, []claims.Claim{toll, tt.c}, testK)
			got := slices.ContainsFunc(ds, func(d Discrepancy) bool { return d.Kind == KindCasualties })
			if got != tt.want {
				t.Errorf("casualties flagged = %v, want %v: %+v", got, tt.want, ds)
			}
		})
	}
}
