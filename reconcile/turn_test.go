package reconcile

import (
	"testing"

	"github.com/riwaya/riwaya/claims"
)

// TestOpensWithTurn: openers that say the paragraph tells another incident
// are turns, with or without the conjunction, hamza or ta marbuta; openers
// of a related context, and the words of a turn inside a sentence, are not.
func TestOpensWithTurn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"وفي حادث منفصل، قصفت المروحيات قرية مجاورة", true},
		{"في حادثة منفصلة قتل شاب برصاص مجهولين", true},
		{"وفي سياق منفصل، انفجرت عبوة على الطريق", true},
		{"في سياقٍ آخر، استهدفت المدفعية بلدة قريبة", true},
		{"ومن جهة أخرى، شنت الطائرات غارتين على الوادي", true},
		{"من جهةٍ ثانية أصيب جندي بانفجار لغم", true},
		{"وعلى صعيد آخر، سقطت قذائف على الحي الشرقي", true},
		{"وفي هجوم آخر، قتل عنصران على حاجز للجيش", true},
		{"وفي سياق متصل، أفاد ناشطون بأن الغارة أصابت منزلا", false},
		{"في غضون ذلك، ارتفع عدد القتلى إلى تسعة", false},
		{"وإلى ذلك، نفت الوزارة أن تكون طائراتها قد حلقت فوق المنطقة", false},
		{"قصفت الطائرات في حادث منفصل قرية أخرى", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := opensWithTurn(tt.text); got != tt.want {
			t.Errorf("opensWithTurn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTurnKeepsNearVillagesApart: a raid on one village and, after "in a
// separate incident", a raid the same day on a village a few kilometres
// away, or on the same village, are two events in one article; without the
// turn they are one raid. Across articles a turn still joins a claim that
// names the same village, never one that names only a village near it.
func TestTurnKeepsNearVillagesApart(t *testing.T) {
	raid := func(id, place, text string, start int) claims.Claim {
		return mk(claims.Claim{ID: id, Article: "t1", Source: src("local_sources"), EventType: claims.EventAirstrike,
			Places: []string{place}, Date: sp("2021-06-10"), Start: start, End: start + 80, Text: text})
	}
	first := raid("a", "khasham", "قتلت امرأة بغارة جوية على القرية صباح اليوم", 0)
	other := func(id, place, text string) claims.Claim {
		c := raid(id, place, text, 0)
		c.Article = "t2"
		return c
	}
	tests := []groupCase{
		{"separate incident near", []claims.Claim{first, raid("b", "tabiya", "وفي حادث منفصل، شنت الطائرات غارتين على البلدة", 300)},
			[][]string{{"a"}, {"b"}}},
		{"no turn near", []claims.Claim{first, raid("b", "tabiya", "وشنت الطائرات غارتين على البلدة", 300)},
			[][]string{{"a", "b"}}},
		{"separate opener, same village", []claims.Claim{first, raid("b", "khasham", "ومن جهة أخرى، أصابت قذيفة منزلا في القرية", 300)},
			[][]string{{"a"}, {"b"}}},
		{"turn in another article, near village", []claims.Claim{first, other("b", "tabiya", "وفي حادثة منفصلة، شنت الطائرات غارتين على البلدة")},
			[][]string{{"a"}, {"b"}}},
		{"turn in another article, same village", []claims.Claim{first, other("b", "khasham", "وفي حادثة منفصلة، شنت الطائرات غارتين على القرية")},
			[][]string{{"a", "b"}}},
	}
	runGroupCases(t, tests)
}
