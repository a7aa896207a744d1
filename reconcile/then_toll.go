package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/riwaya/riwaya/claims"
)

// Tolls told "at that time".
//
// A toll given with an adverb of past time ("حينها"، "آنذاك"، "وقتها"،
// "في حينه") belongs to the earlier happening the sentence recalls: "and
// the army announced then that several of them were wounded", "the raid
// left, at the time, five dead". Outlets add such a recall after the
// story's own event, and the grouping may keep the sentence with that
// event when its date is a day apart or borrowed. Its figure counts the
// victims of the recalled happening, not of the story's, and disputes no
// other voice's toll of the story. An earlier toll of the story itself
// (claims.Figure.Earlier: "كان قد أعلن حينها مقتل خمسة") stays: it is a
// revision, not another happening.

// thenAdverbs are the folded adverbs that set a clause at the time of an
// earlier happening; "حينه" only after "في" ("في حينه").
var thenAdverbs = []string{"حينها", "انذاك", "وقتها", "حينذاك", "يومها", "حينئذ", "وقتئذ", "انئذ", "يومذاك", "وقتذاك"}

// thenReach is how many words from a figure the adverb may stand and
// still set the figure's clause at that time: "وذكر حينها جرح عدد"،
// "ذكرت المنظمة يومها أن الغارة أوقعت أربعة قتلى"، "وخلّفت 20 قتيلاً،
// وتبنّاها التنظيم حينها".
const thenReach = 8

// relativePronouns open a relative clause, whose "حينها" tells of what
// that clause names, not of the figure before it ("رفع الحصيلة إلى 86،
// ... الهجوم الذي قدّرت الإدارة حينها ضحاياه").
var relativePronouns = []string{"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"}

// claimWord is a folded word of a claim's text and its byte offset there.
type claimWord struct {
	w  string
	at int
}

// claimWords splits a claim's text into folded words with their offsets.
func claimWords(text string) []claimWord {
	var out []claimWord
	at := -1
	for i, r := range text + " " {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case letter && at < 0:
			at = i
		case !letter && at >= 0:
			out = append(out, claimWord{normalizeWords(text[at:i]), at})
			at = -1
		}
	}
	return out
}

// toldThen reports whether the figure's clause is set at the time of an
// earlier happening: one of thenAdverbs within thenReach words of the
// figure, with no relative pronoun between them.
func toldThen(c *claims.Claim, f claims.Figure) bool {
	return toldThenIn(claimWords(c.Text), nil, c, f)
}

// toldThenIn is toldThen over the claim's words, read once (see
// claimWords), and their plain words (nil: taken from ws).
func toldThenIn(ws []claimWord, plain []string, c *claims.Claim, f claims.Figure) bool {
	lo, hi := f.Span.Start-c.Start, f.Span.End-c.Start
	first, last := -1, -1
	for i, w := range ws {
		if w.at >= lo && w.at < hi {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	if plain == nil {
		plain = plainWords(ws)
	}
	for i := max(0, first-thenReach); i < len(ws) && i <= last+thenReach; i++ {
		if i >= first && i <= last || !thenAdverb(plain, i) {
			continue
		}
		a, b := min(i, first), max(i, last)
		if !slices.ContainsFunc(plain[a:b], func(w string) bool { return slices.Contains(relativePronouns, w) }) {
			return true
		}
	}
	return false
}

// plainWords returns the words of ws without their offsets.
func plainWords(ws []claimWord) []string {
	plain := make([]string, len(ws))
	for i, w := range ws {
		plain[i] = w.w
	}
	return plain
}

// thenTolls reads, once per claim, which of its figures are told then (see
// toldThen): told[i][k] for the k-th figure of cs[i].
func thenTolls(cs []*claims.Claim) [][]bool {
	told := make([][]bool, len(cs))
	for i, c := range cs {
		if len(c.Figures) == 0 {
			continue
		}
		ws := claimWords(c.Text)
		plain := plainWords(ws)
		told[i] = make([]bool, len(c.Figures))
		for k, f := range c.Figures {
			told[i][k] = toldThenIn(ws, plain, c, f)
		}
	}
	return told
}

// thenAdverb reports whether ws[i] is one of thenAdverbs, with or without
// و, or "حينه" after "في".
func thenAdverb(ws []string, i int) bool {
	w := ws[i]
	bare := strings.TrimPrefix(w, "و") // "وحينها"; "وقتها" keeps its و
	if (slices.Contains(thenAdverbs, w) || slices.Contains(thenAdverbs, bare)) && !dayOfIt(ws, i) {
		return true
	}
	return w == "حينه" && i > 0 && (ws[i-1] == "في" || ws[i-1] == "وفي")
}

// dayOfIt reports whether "يومها" at ws[i] is the noun "its day" rather
// than the adverb "that day": after a preposition ("في يومها الأول") or
// before an adjective ("يومها الثاني").
func dayOfIt(ws []string, i int) bool {
	if strings.TrimPrefix(ws[i], "و") != "يومها" {
		return false
	}
	if i > 0 && slices.Contains([]string{"في", "وفي", "خلال", "منذ", "حتي"}, ws[i-1]) {
		return true
	}
	return i+1 < len(ws) && strings.HasPrefix(ws[i+1], "ال")
}

// withoutRecalledTolls returns the event's claims with the present
// figures of a claim told "at that time" left out when the event is the
// story of the claim's own article: an earlier claim of that article here
// tells the story itself, neither recalling (see claims.RecallMark) nor
// told then. A then-toll in the event of the happening it recalls (the
// article tells another story) stays, and counts for that happening.
// The claims given are not changed.
func withoutRecalledTolls(cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	var told [][]bool // read only when some claim has a figure
	for i, c := range cs {
		if len(c.Figures) == 0 {
			continue
		}
		if told == nil {
			told = thenTolls(cs)
		}
		follows := followsEarlier(cs, c)
		recalled := func(k int) bool { return !c.Figures[k].Earlier && (follows || told[i][k]) }
		some := false
		for k := range c.Figures {
			some = some || recalled(k)
		}
		if !some || !storyHere(cs, told, c) {
			continue
		}
		if out == nil {
			out = slices.Clone(cs)
		}
		cp := *c
		cp.Figures = slices.Clone(c.Figures)[:0]
		for k, f := range c.Figures {
			if !recalled(k) {
				cp.Figures = append(cp.Figures, f)
			}
		}
		out[i] = &cp
	}
	if out == nil {
		return cs
	}
	return out
}

// storyHere reports whether the claims hold, before c in c's article, a
// claim that tells the article's own story: not told then and not
// recalling an earlier event; its own figures, if any, not told then
// (told: see thenTolls).
func storyHere(cs []*claims.Claim, told [][]bool, c *claims.Claim) bool {
	for j, d := range cs {
		if d.Article != c.Article || d.Start >= c.Start || slices.Contains(told[j], true) {
			continue
		}
		_, recalls := claims.RecallMark(d.Text)
		if !recalls && !slices.ContainsFunc(d.Rules, func(r string) bool { return strings.HasPrefix(r, "date:recalled") }) {
			return true
		}
	}
	return false
}

// A toll that points back to an attack some days before.
//
// "The strike comes four days after raids on the district;" followed by
// "the monitor said they killed six": the second clause's pronoun
// ("إنها"، "إنه") names the earlier raids, and its toll counts them.

// earlierAttackNouns name an attack, folded, without the article.
var earlierAttackNouns = []string{"غاره", "غارات", "ضربه", "ضربات", "هجوم", "هجمات", "قصف", "تفجير", "تفجيرات",
	"انفجار", "استهداف", "عدوان", "اعتداء", "اعتداءات", "مجزره"}

// earlierAt reports whether ws[i] opens "بعد (N) duration من" + an attack
// noun ("بعد ثلاثة أيام من ضربات"، "بعد يومين من الهجوم"), and returns the
// index after the noun.
func earlierAt(ws []string, i int) (int, bool) {
	if w := ws[i]; w != "بعد" && w != "وبعد" {
		return 0, false
	}
	duration := func(j int) bool {
		return j < len(ws) && slices.ContainsFunc(durationStems, func(d string) bool { return strings.HasPrefix(ws[j], d) })
	}
	j := i + 1
	if !duration(j) {
		j++ // a count before it: "بعد 4 أيام"، "بعد ثلاثة أسابيع"
	}
	if !duration(j) {
		return 0, false
	}
	j++
	if j+1 >= len(ws) || ws[j] != "من" || !slices.Contains(earlierAttackNouns, strings.TrimPrefix(ws[j+1], "ال")) {
		return 0, false
	}
	return j + 2, true
}

// followsEarlier reports whether the claim points back with a pronoun
// ("إنها"، "إنه"، "بأنها") among its first words to an earlier attack on
// which the claim just before it in its article ends, giving no toll of
// its own (see earlierAt).
func followsEarlier(cs []*claims.Claim, c *claims.Claim) bool {
	ws := strings.Fields(normalizeWords(c.Text))
	if !slices.ContainsFunc(ws[:min(4, len(ws))], func(w string) bool {
		return w == "انها" || w == "انه" || w == "بانها" || w == "بانه"
	}) {
		return false
	}
	for _, d := range cs {
		if d.Article != c.Article || d.End > c.Start || c.Start-d.End > 3 || len(d.Figures) > 0 {
			continue
		}
		words := claimWords(d.Text)
		plain := make([]string, len(words))
		for i, w := range words {
			plain[i] = w.w
		}
		for i := range plain {
			if end, ok := earlierAt(plain, i); ok && len(plain)-end <= 8 {
				return true
			}
		}
	}
	return false
}
