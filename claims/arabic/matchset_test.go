package arabic

import (
	"sort"
	"strings"
	"testing"
)

// setTexts are sentences written for the MatcherSet tests: clitics, the
// article, a detached clitic, quote marks, numbers, Latin words, hamza
// spellings and words no lexicon holds.
var setTexts = []string{
	"وقال مسؤول في وزارة الدفاع الأمريكية إن الطائرات استهدفت قاعدتين قرب المدينة.",
	"ونقلت «سانا» عن مصدر في الجيش قوله إن 12 شخصا قتلوا وأصيب آخرون بجروح.",
	"أفاد المرصد السوري بسقوط قذائف على حي سكني، وفقا لـ «مصادر محلية».",
	"ذكرت وكالة سبوتنيك أن الاشتباكات تجددت فجر اليوم، ولم تعرف حصيلتها بعد.",
	"قصفت طائرات F-16 مواقع لحزب الله، بحسب ما أعلنه الجيش في بيان.",
	"والمسؤولون لم يعلقوا؛ فالأمر بيد الميادين وبالمرصد وللمرصد.",
}

// setLexicons are small lexicons over the words of setTexts (whole
// phrases, single words, "=" and "*" forms, literals first) and the
// matcher tests' own lexicon.
var setLexicons = [][]string{
	testLexicon,
	{"مسؤول", "مصدر عسكري", "مصادر محلية"},
	{"=قال", "=أفاد", "=ذكرت", "=أعلن*"},
	{"قتل*", "أصيب", "جروح"},
	{"12 شخصا", ", وفقا", "F-16"},
	{"«", "بحسب", "، وفقا"},
	{"الطائرات", "طائرة", "قذيفة", "قذائف"},
	{"لم تعرف", "لم يعلقوا", "لم يعلق*"},
	{"حي", "في", "قرب", "على"},
	{"إن", "أن", "عن"},
	{},
}

func setMatchers(lexicons [][]string) []*Matcher {
	ms := make([]*Matcher, len(lexicons))
	for i, l := range lexicons {
		ms[i] = NewMatcher(l)
	}
	return ms
}

// TestMatcherSetMayMatchAt checks that a marked token gives, for every
// matcher of the set, the matcher's own MayMatchAt and MatchAt, for the
// sentences above and the seed articles.
func TestMatcherSetMayMatchAt(t *testing.T) {
	ms := setMatchers(setLexicons)
	set := NewMatcherSet(ms)
	texts := append([]string(nil), setTexts...)
	if seeds, err := seedFiles(); err == nil {
		names := make([]string, 0, len(seeds))
		for n := range seeds {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			texts = append(texts, seeds[n])
		}
	}
	passed := 0
	for _, text := range texts {
		toks := Tokenize(text)
		set.Mark(toks)
		for i := -1; i <= len(toks); i++ {
			for slot, m := range ms {
				got, want := set.MayMatchAt(toks, i, slot), m.MayMatchAt(toks, i)
				if got != want {
					t.Fatalf("set.MayMatchAt(%d, slot %d) = %v at %q; the matcher says %v", i, slot, got, tokText(toks, i), want)
				}
				if got {
					passed++
				}
				gm, gok := set.MatchAt(toks, i, slot)
				wm, wok := m.MatchAt(toks, i)
				if gm != wm || gok != wok {
					t.Fatalf("set.MatchAt(%d, slot %d) = %+v, %v at %q; the matcher says %+v, %v", i, slot, gm, gok, tokText(toks, i), wm, wok)
				}
			}
		}
	}
	if passed < 50 {
		t.Errorf("only %d tokens passed: the lexicons do not exercise the set", passed)
	}
}

func tokText(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Text
}

// TestMatcherSetMarks checks which tokens are marked, and that marks are
// read only by the set that made them and cleared by AppendTokens.
func TestMatcherSetMarks(t *testing.T) {
	ms := setMatchers([][]string{{"قاعدة"}, {"،", "قصف*"}})
	set := NewMatcherSet(ms)
	toks := Tokenize("وقصفت الطائرات قاعدتين، بشدة")
	set.Mark(toks)
	var got []string
	for i := range toks {
		var slots []string
		for slot := range ms {
			if set.MayMatchAt(toks, i, slot) {
				slots = append(slots, string(rune('0'+slot)))
			}
		}
		got = append(got, toks[i].Text+":"+strings.Join(slots, ""))
	}
	want := "وقصفت:1 الطائرات: قاعدتين:0 ،:1 بشدة:"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("marks = %q, want %q", g, want)
	}
	// Another set with the matchers swapped reads its own slots, not the
	// marks of the first.
	other := NewMatcherSet([]*Matcher{ms[1], ms[0]})
	if !other.MayMatchAt(toks, 2, 1) || other.MayMatchAt(toks, 2, 0) {
		t.Error("a set read the marks of another set")
	}
	// A set made With the first answers for the first from its marks.
	with := set.With([]*Matcher{NewMatcher([]string{"طائرة"})})
	with.Mark(toks)
	for i := range toks {
		for slot := range ms {
			if set.MayMatchAt(toks, i, slot) != ms[slot].MayMatchAt(toks, i) || !with.marked(&toks[i]) || !set.marked(&toks[i]) {
				t.Fatalf("token %d slot %d: the base set misread the marks of its With set", i, slot)
			}
		}
	}
	if !with.MayMatchAt(toks, 1, 2) || with.MayMatchAt(toks, 2, 2) || other.marked(&toks[0]) {
		t.Error("With's own matcher misread")
	}
	// Reused by AppendTokens, the tokens lose their marks.
	toks = AppendTokens(toks[:0], "قاعدة")
	if toks[0].mark != (tokMark{}) {
		t.Error("AppendTokens kept the mark of an earlier text")
	}
	if NewMatcherSet(make([]*Matcher, MaxSetMatchers+1)) != nil {
		t.Error("a set of too many matchers was made")
	}
	var none *MatcherSet
	none.Mark(toks) // a nil set marks nothing
}
