package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// spanned gives f the span of the first occurrence of words in text, for
// a claim that starts at 0.
func spanned(f claims.Figure, text, words string) claims.Figure {
	i := strings.Index(text, words)
	f.Span = claims.Span{Start: i, End: i + len(words)}
	return f
}

// hasKind reports whether Compare flags a conflict of the kind.
func hasKind(cs []claims.Claim, kind string) bool {
	return slices.ContainsFunc(Compare(Event{}, cs, testK), func(d Discrepancy) bool { return d.Kind == kind })
}

// TestPartOfTheCivilians: a voice that counts the children (or the women)
// killed against another that counts all the civilians with those
// children among them ("ثمانية مدنيين بينهم ثلاثة أطفال") agrees with it;
// without that subset, or with more children than the other's subset
// allows, the counts dispute. Sentences written for the test.
func TestPartOfTheCivilians(t *testing.T) {
	totalText := "قتل ثمانية مدنيين بينهم ثلاثة أطفال بغارات على البلدة"
	total := mk(claims.Claim{ID: "t1", Article: "a1", Source: src("sohr"), Text: totalText, EventType: claims.EventAirstrike,
		Figures: []claims.Figure{spanned(exact("killed", "civilians", 8), totalText, "ثمانية مدنيين"),
			func() claims.Figure {
				f := spanned(exact("killed", "civilians", 3), totalText, "ثلاثة أطفال")
				f.Subset = true
				return f
			}()}})
	wholeText := "قتل ثمانية مدنيين بغارات على البلدة"
	whole := mk(claims.Claim{ID: "t1", Article: "a1", Source: src("sohr"), Text: wholeText, EventType: claims.EventAirstrike,
		Figures: []claims.Figure{spanned(exact("killed", "civilians", 8), wholeText, "ثمانية مدنيين")}})
	part := func(text, words string, n int) claims.Claim {
		return mk(claims.Claim{ID: "p1", Article: "a2", Source: src("white_helmets"), Text: text, EventType: claims.EventAirstrike,
			Figures: []claims.Figure{spanned(exact("killed", "civilians", n), text, words)}})
	}
	tests := []struct {
		name  string
		other claims.Claim
		part  claims.Claim
		want  bool
	}{
		{"the children among the civilians", total, part("قال الدفاع المدني إن ثلاثة أطفال قتلوا في الغارات", "ثلاثة أطفال", 3), false},
		{"two of the children", total, part("انتشلت الفرق جثتي طفلين من تحت الأنقاض", "طفلين", 2), false},
		{"more children than the subset", total, part("قتل خمسة أطفال في الغارات على البلدة", "خمسة أطفال", 5), true},
		{"civilians, not a part", total, part("قتل ثلاثة مدنيين في الغارات", "ثلاثة مدنيين", 3), true},
		{"women as the whole toll, against civilians with no subset", whole, part("قتلت ثلاث نساء في القصف", "ثلاث نساء", 3), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind([]claims.Claim{tt.other, tt.part}, KindCasualties); got != tt.want {
				t.Errorf("casualties flagged = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAttackersDeadApart: the attackers' own dead ("ثلاثة من المهاجمين")
// are no part of the victims' toll and no breakdown of it: they dispute
// only another count of the attackers.
func TestAttackersDeadApart(t *testing.T) {
	victims := func(id, art, source string, n int) claims.Claim {
		text := "قتل جنود من الجيش في الهجوم على الحاجز"
		return mk(claims.Claim{ID: id, Article: art, Source: src(source), Text: text, EventType: claims.EventGroundAttack,
			Figures: []claims.Figure{spanned(exact("killed", "syrian_army", n), text, "جنود")}})
	}
	attackers := func(id, art, source, words string, n int) claims.Claim {
		text := "وقتل " + words + " في الاشتباك"
		return mk(claims.Claim{ID: id, Article: art, Source: src(source), Start: 200, Text: text, EventType: claims.EventGroundAttack,
			Figures: []claims.Figure{func() claims.Figure {
				f := spanned(exact("killed", "fighters", n), text, words)
				f.Span.Start += 200
				f.Span.End += 200
				return f
			}()}})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"six soldiers, and six soldiers and three attackers", []claims.Claim{victims("v1", "a1", "sana", 6),
			victims("v2", "a2", "sohr", 6), attackers("x2", "a2", "sohr", "ثلاثة من المهاجمين", 3)}, false},
		{"six soldiers against three attackers", []claims.Claim{victims("v1", "a1", "sana", 6),
			attackers("x2", "a2", "local_sources", "ثلاثة من عناصر التنظيم المهاجمين", 3)}, false},
		{"three attackers against ten attackers", []claims.Claim{attackers("x1", "a1", "sana", "عشرة من المهاجمين", 10),
			attackers("x2", "a2", "sohr", "ثلاثة من المهاجمين", 3)}, true},
		{"six soldiers against three fighters", []claims.Claim{victims("v1", "a1", "sana", 6),
			attackers("x2", "a2", "sohr", "ثلاثة مقاتلين", 3)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind(tt.cs, KindCasualties); got != tt.want {
				t.Errorf("casualties flagged = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestClearedVoiceGrantsTheDeed: a voice that denies any link of its own
// to a bombing ("تبرأ الفصيل من أي دور له في الهجوم الذي أودى بالعشرات")
// disputes who did it, not that it happened nor its toll, whether or not
// its side is an actor of the contract; its other denials ("إنها لا
// تستهدف المدنيين") go with that. A denial of the toll itself still
// disputes it.
func TestClearedVoiceGrantsTheDeed(t *testing.T) {
	blast := mk(claims.Claim{ID: "b1", Article: "a1", Source: src("syria_interior"), Text: "قتل 31 شخصا بتفجير انتحاري في القصر العدلي",
		EventType: claims.EventGroundAttack, Places: []string{"damascus"}, Figures: []claims.Figure{exact("killed", "unknown", 31)}})
	deny := func(id string, start int, text string, figs ...claims.Figure) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "a2", Start: start, Source: src("hts"), Text: text, Stance: claims.StanceDenies,
			EventType: claims.EventGroundAttack, Places: []string{"damascus"}, Figures: figs})
	}
	tests := []struct {
		name string
		cs   []claims.Claim
		want bool
	}{
		{"a link denied, the toll told", []claims.Claim{blast,
			deny("d1", 0, "نفى الفصيل أي دور له في الانفجار الانتحاري، وقد أودى بحياة عشرات", fig("killed", "unknown", 20, ip(99), claims.QualVague))}, false},
		{"a link denied, and a policy", []claims.Claim{blast,
			deny("d1", 0, "نفت الهيئة أي علاقة لها بالتفجير"), deny("d2", 300, "وقالت الهيئة إنها لا تستهدف المدنيين")}, false},
		{"the toll denied", []claims.Claim{blast,
			deny("d1", 0, "نفت الهيئة مقتل أي شخص في التفجير", exact("killed", "unknown", 1))}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind(tt.cs, KindOccurrence); got != tt.want {
				t.Errorf("occurrence flagged = %v, want %v: %+v", got, tt.want, Compare(Event{}, tt.cs, testK))
			}
		})
	}
}

// TestCiviliansAmongTotal: a voice that gives a total of the dead with the
// civilians among them ("أكثر من 90 قتيلاً، بينهم 25 مدنياً") disputes
// another voice's count of civilians above its whole toll; a count its
// civilians can meet, one its unnamed dead can hold, or one of the
// children only, does not. Sentences written for the test.
func TestCiviliansAmongTotal(t *testing.T) {
	totalText := "قتل أكثر من 90 شخصاً بينهم 25 مدنياً في الهجوم على البلدة"
	total := mk(claims.Claim{ID: "t1", Article: "a1", Source: src("sohr"), Text: totalText, EventType: claims.EventGroundAttack,
		Figures: []claims.Figure{func() claims.Figure {
			f := spanned(exact("killed", "unknown", 90), totalText, "أكثر من 90 شخصاً")
			f.Qualifier, f.High = claims.QualAtLeast, nil
			return f
		}(), func() claims.Figure {
			f := spanned(exact("killed", "civilians", 25), totalText, "25 مدنياً")
			f.Subset = true
			return f
		}()}})
	civilians := func(text, words string, n int) claims.Claim {
		return mk(claims.Claim{ID: "c1", Article: "a2", Source: src("sana"), Text: text, EventType: claims.EventGroundAttack,
			Figures: []claims.Figure{spanned(exact("killed", "civilians", n), text, words)}})
	}
	tests := []struct {
		name string
		c    claims.Claim
		want bool
	}{
		{"more civilians than all its dead", civilians("قتل الإرهابيون 150 مدنياً في البلدة", "150 مدنياً", 150), true},
		{"more civilians, within its dead", civilians("قتل الإرهابيون 60 مدنياً في البلدة", "60 مدنياً", 60), false},
		{"the same civilians", civilians("قتل الإرهابيون 25 مدنياً في البلدة", "25 مدنياً", 25), false},
		{"children only", civilians("قتل الإرهابيون 40 طفلاً في البلدة", "40 طفلاً", 40), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasKind([]claims.Claim{total, tt.c}, KindCasualties); got != tt.want {
				t.Errorf("casualties flagged = %v, want %v", got, tt.want)
			}
		})
	}
}
