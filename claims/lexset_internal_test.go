package claims

import (
	"reflect"
	"strings"
	"testing"

	"github.com/riwaya/riwaya/claims/arabic"
)

// TestLexiconSet checks that every lexicon an Extractor builds is bound to
// its set (while the set has room) and every shared one to the shared set,
// each to its own slot, and that a lexicon finds the same phrases in a
// document's marked tokens as in the same tokens unmarked.
func TestLexiconSet(t *testing.T) {
	x := internalExtractor(t)
	own := x.ownLexicons()
	fields := 0
	xt := reflect.TypeOf(x).Elem()
	for i := range xt.NumField() {
		if strings.HasPrefix(xt.Field(i).Type.String(), "*claims.lexicon[") {
			fields++
		}
	}
	if fields != len(own) && len(own) < arabic.MaxSetMatchers {
		t.Errorf("the Extractor has %d lexicons and ownLexicons lists %d: list the new ones there, so that analyze marks tokens for them", fields, len(own))
	}
	shared := sharedLexicons()
	slots := map[int]bool{}
	for i, l := range append(shared, own...) {
		set, slot := l.(testedLexicon).boundTo()
		want := x.lexSet
		if i < len(shared) {
			want = sharedLexSet
		}
		if set != want || set == nil || slots[slot] {
			t.Fatalf("lexicon %d bound to %p slot %d (set %p)", i, set, slot, want)
		}
		slots[slot] = true
	}
	texts := []string{
		"وقال مصدر عسكري إن الطائرات قصفت مواقع للفصائل قرب البلدة، فقتل ثلاثة مدنيين وأصيب آخرون.",
		"ونفت الوزارة أي علاقة لها بالهجوم، فيما لم تعرف الجهة المنفذة حتى الآن، بحسب «مصادر محلية».",
		"أعلن الجيش أن دفاعاته الجوية تصدت لصواريخ أطلقت من الجولان، دون وقوع خسائر بشرية.",
	}
	for _, text := range texts {
		d := x.analyze(Article{ID: "t", Text: text})
		plain := arabic.Tokenize(text)
		for li, l := range append(shared, own...) {
			for i := range d.toks {
				tl := l.(testedLexicon)
				a, b := tl.matchEnd(d.toks, i), tl.matchEnd(plain, i)
				if a != b {
					t.Fatalf("lexicon %d at %q: %d marked, %d unmarked", li, d.toks[i].Text, a, b)
				}
			}
		}
		x.release(d)
	}
}

// testedLexicon is a lexicon with the test's helpers.
type testedLexicon interface {
	boundTo() (*arabic.MatcherSet, int)
	matchEnd(toks []arabic.Token, i int) int
}

func (l *lexicon[T]) boundTo() (*arabic.MatcherSet, int) { return l.set, l.slot }

// matchEnd is the end of the match at token i, -1 when none.
func (l *lexicon[T]) matchEnd(toks []arabic.Token, i int) int {
	if _, m, ok := l.at(toks, i); ok {
		return m.Last
	}
	return -1
}
