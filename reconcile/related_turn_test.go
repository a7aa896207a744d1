package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOpensRelated: openers of a related context, with or without the
// conjunction, hamza or ta marbuta; openers of a separate incident and the
// words inside a sentence are not.
func TestOpensRelated(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وفي سياق متصل، سقطت قذيفتان على حي سكني", true},
		{"في سياقٍ متصل استهدفت مسيرة دراجة نارية", true},
		{"وفي السياق ذاته، قصفت المدفعية قرية قريبة", true},
		{"وفي ذات السياق أصيب طفل برصاص قناص", true},
		{"وعلى صعيد متصل، انفجرت عبوة ناسفة بسيارة", true},
		{"وإلى ذلك، قتل شاب بانفجار لغم", true},
		{"وفي السياق، قتل عنصر برصاص مجهولين في بلدة مجاورة", true},
		{"وعلى نحو متصل، حلقت طائرات حربية فوق الريف الجنوبي", true},
		{"وفي هذا الصدد، أوضحت المصادر أن السيارة احترقت", true},
		{"في غضون ذلك، أصيب ثلاثة مدنيين بقصف على البلدة", true},
		{"وفي سياق منفصل، قصفت الطائرات الوادي", false},
		{"قال الناشطون في سياق متصل إن الغارة دمرت منزلا", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensRelated(tt.text); got != tt.want {
			t.Errorf("opensRelated(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTellsOwnDeed: behind a related opener, an asserted deed is a deed of
// its own; a denial or a toll that rose speaks of the deed already told.
func TestTellsOwnDeed(t *testing.T) {
	tests := []struct {
		text   string
		stance string
		want   bool
	}{
		{"وفي سياق متصل، أصيب رجلان باستهداف مسيرة سيارة على طريق البلدة", claims.StanceAsserts, true},
		{"وفي سياق متصل، نفى الجيش أن تكون طائراته قصفت البلدة", claims.StanceDenies, false},
		{"وفي سياق متصل، رفع الدفاع المدني حصيلة القصف على السوق إلى تسعة", claims.StanceAsserts, false},
		{"إلى ذلك، ارتفع عدد قتلى الغارة على القرية إلى خمسة", claims.StanceAsserts, false},
	}
	for _, tt := range tests {
		c := claims.Claim{Text: tt.text, Stance: tt.stance}
		if got := tellsOwnDeed(&c); got != tt.want {
			t.Errorf("tellsOwnDeed(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRelatedTurnApart: an article tells a drone strike on a building in
// one town, then, behind "in a related context", a drone that hit a car on
// the road from that town to another one: two incidents, although the
// second names the first one's town. Without the opener, or when the
// second paragraph names only the first scene or a spot beside it, or
// denies, or raises the toll, it is the same incident. Across articles the
// road incident links only through the place that sets it apart.
func TestRelatedTurnApart(t *testing.T) {
	claim := func(id, article string, places []string, text string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: article, Source: src("local_sources"), EventType: claims.EventDroneAttack,
			Places: places, Date: sp("2024-03-05"), Start: start, Text: text})
	}
	first := claim("a", "t1", []string{"mayadin"}, "استهدفت مسيرة بناء سكنيا داخل المدينة عصر اليوم", 0)
	second := func(places []string, text string) claims.Claim {
		return claim("b", "t1", places, text, 300)
	}
	road := []string{"mayadin", "khasham"}
	denial := second(road, "وفي سياق متصل، نفى مصدر عسكري أن تكون المسيرة استهدفت الطريق بين المدينة والقرية")
	denial.Stance = claims.StanceDenies
	tests := []groupCase{
		{"related opener, road to another town", []claims.Claim{first,
			second(road, "وفي سياق متصل، جرح رجلان باستهداف مسيرة سيارة على الطريق بين المدينة والقرية مساء")},
			[][]string{{"a"}, {"b"}}},
		{"no opener", []claims.Claim{first,
			second(road, "وجرح رجلان باستهداف مسيرة سيارة على الطريق بين المدينة والقرية مساء")},
			[][]string{{"a", "b"}}},
		{"related opener, same town", []claims.Claim{first,
			second([]string{"mayadin"}, "وفي سياق متصل، قال مسعفون إن المسيرة أصابت الطابق الثالث")},
			[][]string{{"a", "b"}}},
		{"related opener, denial", []claims.Claim{first, denial},
			[][]string{{"a", "b"}}},
		{"related opener, toll rose", []claims.Claim{first,
			second(road, "وفي سياق متصل، ارتفع عدد جرحى الاستهداف على الطريق بين المدينة والقرية إلى أربعة")},
			[][]string{{"a", "b"}}},
		{"related opener, spot beside the first scene", []claims.Claim{
			claim("a", "t1", []string{"khasham"}, "استهدفت مسيرة منزلا في القرية صباحا", 0),
			second([]string{"conoco_field"}, "وفي السياق ذاته، سقط صاروخ قرب الحقل المجاور")},
			[][]string{{"a", "b"}}},
		{"related opener, a town inside the first scene", []claims.Claim{
			claim("a", "t1", []string{"deir_ez_zor"}, "استهدفت مسيرة سيارة في ريف المحافظة الشرقي عصر اليوم", 0),
			second([]string{"khasham"}, "وفي هذا الصدد، أوضحت المصادر أن المسيرة أصابت السيارة قرب القرية")},
			[][]string{{"a", "b"}}},
		{"another article at the first town", []claims.Claim{first,
			second(road, "وفي سياق متصل، جرح رجلان باستهداف مسيرة سيارة على الطريق بين المدينة والقرية مساء"),
			claim("c", "t2", []string{"mayadin"}, "قصفت مسيرة شقة داخل المدينة", 0)},
			[][]string{{"a", "c"}, {"b"}}},
		{"another article at the other town", []claims.Claim{first,
			second(road, "وفي سياق متصل، جرح رجلان باستهداف مسيرة سيارة على الطريق بين المدينة والقرية مساء"),
			claim("c", "t2", []string{"khasham"}, "أصابت مسيرة سيارة قرب القرية", 0)},
			[][]string{{"a"}, {"b", "c"}}},
	}
	runGroupCases(t, tests)
}
