package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOpensWithSeparateIncident: only openers that name the incident
// itself as another one count; other turns do not.
func TestOpensWithSeparateIncident(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وفي حادثة منفصلة، انفجر لغم بسيارة على الطريق", true},
		{"في حادث آخر قتل رجل برصاص مجهولين", true},
		{"وفي هجوم منفصل، قصفت المدفعية حاجزا", true},
		{"ومن جهة أخرى، نفت الوزارة أي علاقة لها بالهجوم", false},
		{"وفي سياق آخر، أعلنت القيادة وصول تعزيزات", false},
		{"قتل رجل في حادث آخر قرب الجسر", false},
	}
	for _, tt := range tests {
		if got := opensWithSeparateIncident(tt.text); got != tt.want {
			t.Errorf("opensWithSeparateIncident(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSeparateIncidentNotChained: an article tells a killing in a village,
// then "in a separate incident" a blast in the same village that day;
// another article tells only the killing, at the same village and day.
// The second article's claim may join either, but not both: the first
// article's word that they are two incidents keeps them apart. A plain
// turn ("من جهة أخرى") sets no such barrier: a reaction told after it may
// be of the same incident.
func TestSeparateIncidentNotChained(t *testing.T) {
	at := func(id, art, text string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: art, Source: src("local_sources"), EventType: claims.EventGroundAttack,
			Places: []string{"khasham"}, Date: sp("2021-06-10"), Start: start, End: start + 80, Text: text})
	}
	killing := at("a", "t1", "قتل مسلحون وجيها من العشيرة قرب القرية ظهر اليوم", 0)
	echo := at("c", "t2", "اغتال مسلحون أحد وجهاء العشيرة في القرية", 0)
	tests := []groupCase{
		{"separate incident", []claims.Claim{killing, at("b", "t1", "وفي حادثة منفصلة في القرية ذاتها، انفجرت عبوة بدورية", 400), echo},
			[][]string{{"a", "c"}, {"b"}}},
		{"plain turn", []claims.Claim{killing, at("b", "t1", "ومن جهة أخرى، هاجم مسلحون القرية", 400), echo},
			[][]string{{"a", "b", "c"}}},
	}
	runGroupCases(t, tests)
}
