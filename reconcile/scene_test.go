package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOpensWithScene: a paragraph that fronts a place before its verb,
// with or without the conjunction, "أما" or the article; fronted
// contexts, times and statements are no place.
func TestOpensWithScene(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وفي ريف إدلب الجنوبي، قصفت المدفعية بلدة على خط التماس", true},
		{"في مدينة حماة، انفجرت سيارة مفخخة قرب دوار", true},
		{"وفي حمص، قتل رجلان برصاص مسلحين", true},
		{"أما في محافظة درعا، فقد اغتيل عنصر سابق في الفصائل", true},
		{"وفي بادية دير الزور الشرقية، هاجم مسلحون حافلة", true},
		{"وفي سياق متصل، جرح ثلاثة", false},
		{"في المقابل، نفت الوزارة", false},
		{"وفي وقت لاحق، ارتفعت الحصيلة", false},
		{"وفي بيان لها، قالت الجماعة", false},
		{"وفي اليوم نفسه، قصفت الطائرات", false},
		{"وقتل رجلان في حمص، بحسب ناشطين", false},
		{"وفي ريف إدلب قصفت المدفعية بلدة", false},
		{"وفي 3 أيار، قصفت الطائرات البلدة", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensWithScene(tt.text); got != tt.want {
			t.Errorf("opensWithScene(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSceneKeepsItsDeed: a report of a raid placed only at the country
// goes on, behind a fronted place, to a massacre in another province the
// same day; the raid's claims do not join the massacre. Without the
// fronted place, and when the fronted paragraph tells no deed of its own
// (a speech), the claims before still attach to it.
func TestSceneKeepsItsDeed(t *testing.T) {
	at := func(id, place, text string, start int, c claims.Claim) claims.Claim {
		c.ID, c.Article, c.Text, c.Start, c.End = id, "t1", text, start, start+80
		c.Places, c.Date = []string{place}, sp("2023-02-17")
		if c.Source.ID == "" {
			c.Source = src("alhurra")
		}
		if c.EventType == "" {
			c.EventType = claims.EventGroundAttack
		}
		return mk(c)
	}
	raid := at("a", "syria", "قالت القيادة الأمريكية إن قواتها نفذت إنزالا ليلا في شمال شرقي البلاد", 0,
		claims.Claim{Actor: sp("us"), Source: src("centcom")})
	massacre := func(text string) claims.Claim {
		return at("b", "homs", text, 300, claims.Claim{Figures: []claims.Figure{atLeast("killed", "civilians", 20)}})
	}
	speech := at("b", "homs", "وفي حمص، قال محافظ المدينة إن العملية جرت بعيدا عن الأحياء", 300, claims.Claim{})
	tests := []groupCase{
		{"fronted scene with its toll", []claims.Claim{raid,
			massacre("وفي بادية حمص، قتل عشرون راعيا على الأقل بهجوم لمسلحين ظهر الجمعة")},
			[][]string{{"a"}, {"b"}}},
		{"no fronted scene", []claims.Claim{raid,
			massacre("وقتل عشرون راعيا على الأقل ببادية حمص بهجوم لمسلحين ظهر الجمعة")},
			[][]string{{"a", "b"}}},
		{"a fronted place before a speech", []claims.Claim{raid, speech}, [][]string{{"a", "b"}}},
	}
	runGroupCases(t, tests)
}
