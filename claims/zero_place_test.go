package claims_test

import (
	"testing"
)

// TestZeroWithEventPronoun checks that "nobody was hurt" is read when a
// preposition with the pronoun of the event stands between the verb of
// occurring and the casualties ("لم يسقط فيها"، "لم تقع جراءه"), and when
// the negation carries the conjunction ("ولم"). Sentences written for the
// test.
func TestZeroWithEventPronoun(t *testing.T) {
	x, _ := extractor(t)
	tests := []figureCase{
		{"fiha between verb and casualties",
			"وذكرت مصادر أهلية أن القذائف أصابت أرضاً زراعية، ولم يسقط فيها أي قتلى.",
			[]string{"local_sources killed unknown 0-0 exact"}},
		{"jarra'ahu between verb and casualties",
			"وقال الدفاع المدني إن الحريق التهم المخزن لكن لم تقع جراءه إصابات.",
			[]string{"white_helmets wounded unknown 0-0 exact"}},
		{"a preposition with a place is no such statement",
			"وقال ناشطون إن الطائرات لم تسقط في البلدة منشورات هذه المرة.",
			nil},
	}
	assertFigureLines(t, x, tests)
}
