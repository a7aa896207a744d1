package arabic

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Matcher finds lexicon phrases in token sequences. Build it once with
// NewMatcher and share it: it is read-only and safe for concurrent use.
//
// Phrase syntax. A phrase is written naturally, words separated by spaces,
// e.g. "الشبكة السورية لحقوق الإنسان"; it is folded like the text, so
// hamza spelling, taa marbuta, alef maqsura and diacritics do not matter,
// and ء ؤ ئ are treated as one letter. Each word matches a text token
// whose stem equals the word's stem:
//
//   - The article: a word written with ال matches with or without it, and
//     so does a word written without it. Prefix the word with "=" to make
//     the article state exact ("=الميادين" needs the article, "=ميادين"
//     refuses it); "=" also turns off suffix tolerance for that word.
//   - Proclitics (و ف ب ك ل and وب وك ول فب فك فل, also لل = ل + ال) are
//     accepted on the FIRST token of a match only; a detached clitic token
//     ("لـ", "و ", "بـ") directly before the first word, possibly with quote
//     marks in between, also counts (see Match.Lead).
//   - Suffixes: see MatchWord. A trailing "*" ("استهدف*") accepts any
//     suffix, including none.
//   - Quote marks in the text are skipped between the words of a phrase.
//     Other punctuation, numbers and Latin words in a phrase must appear
//     as such (Latin is compared case-insensitively).
type Matcher struct {
	phrases [][]elem
	byKey   keyTable[[]group]  // key of the first word's stem (see keyOf) → phrases
	byLit   map[string][]int32 // first literal's folded text → phrase ids
	keys    keySet             // the keys of byKey
}

// group is the phrases of a Matcher that start with the same word.
type group struct {
	first elem
	ids   []int32 // those with one second element together (see runs)
	runs  []run   // ids by their second element, in order
}

// run is a stretch ids[from:to] of a group's phrases that share their
// second element (or have none, one word long): a token that fails that
// element fails them all, so a group of many phrases after one common
// word ("في ...") costs a test per second element, not per phrase.
type run struct {
	from, to int32
	second   bool // the phrases have a second element
}

// elem is one word or literal of a phrase.
type elem struct {
	word  bool
	stem  string // folded stem without the article (word) or folded text (literal)
	art   int8   // article: 0 optional, 1 required, -1 refused
	exact bool   // no suffix tolerance
	star  bool   // any suffix
	runes int    // letters in stem
	key   uint64 // keyOf the stem's first keyLen(runes) letters (word)
}

// Match is one occurrence of a phrase.
type Match struct {
	Phrase      int  // index of the phrase in NewMatcher's argument
	First, Last int  // token index range [First, Last) of the phrase's words
	Span        Span // original text from the first to the last word
	Clitics     string
	// Clitics are the folded proclitics on the first token, preceded by
	// those of a detached clitic token ("لـ" gives "ل").
	Lead int // tokens before First that belong to the match (detached clitic, quote marks); 0 usually
}

// NewMatcher compiles the phrases; phrase i gets id i. Empty phrases never
// match.
func NewMatcher(phrases []string) *Matcher {
	m := &Matcher{
		phrases: make([][]elem, len(phrases)),
		byLit:   make(map[string][]int32),
	}
	byKey := make(map[uint64][]group)
	for id, p := range phrases {
		els := compilePhrase(p)
		m.phrases[id] = els
		if len(els) == 0 {
			continue
		}
		if els[0].word {
			k := els[0].key
			gs := byKey[k]
			gi := slices.IndexFunc(gs, func(g group) bool { return g.first == els[0] })
			if gi < 0 {
				gi = len(gs)
				gs = append(gs, group{first: els[0]})
			}
			gs[gi].ids = append(gs[gi].ids, int32(id))
			byKey[k] = gs
		} else {
			m.byLit[els[0].stem] = append(m.byLit[els[0].stem], int32(id))
		}
	}
	m.keys = keySet{bits: newKeyBits(len(byKey))}
	for k, gs := range byKey {
		m.keys.add(k, keyLen(gs[0].first.runes))
	}
	m.byKey = newKeyTable(m.pack(byKey))
	return m
}

// pack lays the elements of the phrases, their stems, and the groups and
// their ids out in a few contiguous blocks, so that matching a token
// touches few cache lines. It returns byKey with the groups moved.
func (m *Matcher) pack(byKey map[uint64][]group) map[uint64][]group {
	nEls, nStem := 0, 0
	for _, els := range m.phrases {
		nEls += len(els)
		for _, e := range els {
			nStem += len(e.stem)
		}
	}
	arena := make([]byte, 0, nStem)
	for _, els := range m.phrases {
		for _, e := range els {
			arena = append(arena, e.stem...)
		}
	}
	stems := string(arena)
	all := make([]elem, 0, nEls)
	for id, els := range m.phrases {
		start := len(all)
		for _, e := range els {
			e.stem, stems = stems[:len(e.stem)], stems[len(e.stem):]
			all = append(all, e)
		}
		m.phrases[id] = all[start:len(all):len(all)]
	}
	nGroups, nIDs := 0, 0
	for _, gs := range byKey {
		nGroups += len(gs)
		for _, g := range gs {
			nIDs += len(g.ids)
		}
	}
	groups := make([]group, 0, nGroups)
	ids := make([]int32, 0, nIDs)
	packed := make(map[uint64][]group, len(byKey))
	for k, gs := range byKey {
		start := len(groups)
		for _, g := range gs {
			from := len(ids)
			runs := m.secondRuns(g.ids, &ids)
			// The first element of its first phrase is g.first, stem
			// now in the arena.
			groups = append(groups, group{first: m.phrases[g.ids[0]][0], ids: ids[from:len(ids):len(ids)], runs: runs})
		}
		packed[k] = groups[start:len(groups):len(groups)]
	}
	return packed
}

// compilePhrase turns a phrase into elements.
func compilePhrase(p string) []elem {
	var els []elem
	var toks []Token // reused across the words of the phrase
	for _, f := range strings.Fields(p) {
		star := strings.HasSuffix(f, "*")
		f = strings.TrimSuffix(f, "*")
		exact := strings.HasPrefix(f, "=")
		f = strings.TrimPrefix(f, "=")
		start := len(els)
		toks = AppendTokens(toks[:0], f)
		for _, t := range toks {
			if t.IsQuote() {
				continue
			}
			els = append(els, compileToken(t, exact))
		}
		if star && len(els) > start && els[len(els)-1].word {
			els[len(els)-1].star = true
		}
	}
	return els
}

// compileToken makes the element for one token of a phrase.
func compileToken(t Token, exact bool) elem {
	if t.Kind != TokWord {
		return elem{stem: t.Norm, runes: utf8.RuneCountInString(t.Norm)}
	}
	e := elem{word: true, stem: t.Norm, exact: exact}
	if strings.HasPrefix(t.Norm, "ال") && runesAtLeast(t.Norm[4:], 2) {
		e.stem = t.Norm[4:]
		if exact {
			e.art = 1
		}
	} else if exact {
		e.art = -1
	}
	e.runes = utf8.RuneCountInString(e.stem)
	e.key, _ = keyOf(e.stem, keyLen(e.runes))
	return e
}

// MatchWord reports whether the token matches the single lexicon word
// entry (a phrase of one word; false for anything longer).
//
// Tolerated: proclitics (و ف ب ك ل and their combinations, لل), the
// article (see Matcher for "="), diacritics, hamza spelling, ة/ه and ى/ي.
// Suffixes, only when the entry's stem has four letters or more:
// the endings ا ه ان ين ون ات تان تين, the pronouns ه ها هم هما هن ك كم
// كما كن نا ي, ات or ي + pronoun (مقاتليه), and, for a stem ending in ة, the construct
// ت + pronoun and the duals تان تين تا تي ("قاعدة" matches "قاعدتين",
// "قاعدتي", "قاعدتها"). A three-letter stem tolerates only the accusative
// ا ("شخص" matches "شخصا"); shorter stems tolerate nothing. A trailing "*"
// accepts any suffix; a leading "=" accepts none. Note that "سوري"
// matches "سوريا" (the accusative); write "=سوري" where that matters.
func MatchWord(tok Token, entry string) bool {
	w := CompileWord(entry)
	return w.Match(tok)
}

// Word is a single lexicon word compiled once, for callers that test many
// tokens against the same entry: CompileWord(entry).Match(tok) is
// MatchWord(tok, entry). The zero Word matches nothing.
type Word struct {
	e  elem
	ok bool // the entry is one word or literal
}

// CompileWord compiles entry for Word.Match (see MatchWord).
func CompileWord(entry string) Word {
	els := compilePhrase(entry)
	if len(els) != 1 {
		return Word{}
	}
	return Word{e: els[0], ok: true}
}

// Match reports whether tok matches the word, as MatchWord does.
func (w *Word) Match(tok Token) bool {
	if !w.ok {
		return false
	}
	if !w.e.word {
		return tok.Kind != TokWord && tok.Norm == w.e.stem
	}
	if tok.Kind != TokWord || tok.Detached() {
		return false
	}
	_, ok := matchWordTok(tok.Norm, &w.e, true, false)
	return ok
}

// matchWordTok matches a folded word against a word element; clitics says
// whether proclitics are allowed, art whether a detached article ("الـ")
// stands before the word. It returns the proclitics used.
func matchWordTok(norm string, e *elem, clitics, art bool) (string, bool) {
	var sp [maxSplits]split
	n := splits(norm, clitics, &sp)
	for k := 0; k < n; k++ {
		if readingMatches(&sp[k], e, art) {
			return sp[k].pre, true
		}
	}
	return "", false
}

// readingMatches reports whether one reading of a token (its clitics and
// article split off) fits word element e: the article as e requires, then
// the stem. art says whether a detached article stands before the token.
func readingMatches(s *split, e *elem, art bool) bool {
	has := s.art || art
	if (e.art > 0 && !has) || (e.art < 0 && has) {
		return false
	}
	return stemMatches(s.rest, e)
}

// MatchAt returns the longest phrase that starts at token i (ties go to the
// lower phrase id). If token i is a detached clitic ("لـ", a lone "و"), the
// phrase may start at the next non-quote token, with Lead counting the
// tokens skipped.
func (m *Matcher) MatchAt(toks []Token, i int) (Match, bool) {
	// Most tokens start no phrase: reject them here, in a small frame.
	if !m.MayMatchAt(toks, i) {
		return Match{}, false
	}
	return m.matchAt(toks, i)
}

// MayMatchAt reports whether a phrase may start at token i: when it is
// false, MatchAt(toks, i) finds none. It costs a few bit tests for most
// tokens, so a caller that scans many tokens can skip MatchAt's result.
func (m *Matcher) MayMatchAt(toks []Token, i int) bool {
	if m == nil || i < 0 || i >= len(toks) {
		return false
	}
	if t := &toks[i]; t.Kind != TokWord {
		return len(m.byLit) > 0
	} else if !t.Detached() {
		return m.keys.mayStartIn(t, true, &m.byKey)
	}
	return true
}

// matchAt is MatchAt for a token that the filter let through.
func (m *Matcher) matchAt(toks []Token, i int) (Match, bool) {
	first, pre := i, ""
	clitics, art := true, false
	if toks[i].Detached() {
		j := i + 1
		for j < len(toks) && toks[j].IsQuote() {
			j++
		}
		if j >= len(toks) {
			return Match{}, false
		}
		first, pre, clitics, art = j, toks[i].Clitics, false, toks[i].Article
	}
	t := &toks[first]
	// MatchAt filtered token i; a phrase after a detached clitic is
	// filtered here.
	if first != i && t.Kind == TokWord && (t.Detached() || !m.keys.mayStartIn(t, clitics, &m.byKey)) {
		return Match{}, false
	}
	best := Match{Phrase: -1}
	if t.Kind == TokWord {
		var sp [maxSplits]split
		n := splits(t.Norm, clitics, &sp)
		var keys [maxSplits][maxKeyRunes + 1]uint64
		t.readingKeys(sp[:n], m.keys.lens, &keys)
		for k := 0; k < n; k++ {
			for kl := 1; kl <= maxKeyRunes; kl++ {
				key := keys[k][kl]
				if key == 0 || !m.keys.bits.has(key) {
					continue
				}
				for gi, gs := 0, *m.byKey.get(key); gi < len(gs); gi++ {
					g := &gs[gi]
					cl, ok := matchReadings(sp[:n], keys[:n], &g.first, art)
					if !ok {
						continue
					}
					for _, r := range g.runs {
						if r.second {
							if _, ok := matchRest(toks, first+1, m.phrases[g.ids[r.from]][1:2]); !ok {
								continue
							}
						}
						for _, id := range g.ids[r.from:r.to] {
							if last, ok := matchRest(toks, first+1, m.phrases[id][1:]); ok {
								best.keep(id, first, last, cl)
							}
						}
					}
				}
			}
		}
	} else if len(m.byLit) > 0 {
		for _, id := range m.byLit[t.Norm] {
			if last, ok := matchRest(toks, first+1, m.phrases[id][1:]); ok {
				best.keep(id, first, last, "")
			}
		}
	}
	if best.Phrase < 0 {
		return Match{}, false
	}
	best.Lead = first - i
	best.Span = Span{toks[best.First].Start, toks[best.Last-1].End}
	if pre != "" {
		best.Clitics = pre + best.Clitics
	}
	return best, true
}

// keep makes phrase id, matched over tokens [first, last) with the
// proclitics cl, the best match if it is longer than best (or as long,
// with a lower id).
func (best *Match) keep(id int32, first, last int, cl string) {
	if best.Phrase < 0 || last > best.Last || (last == best.Last && int(id) < best.Phrase) {
		*best = Match{Phrase: int(id), First: first, Last: last, Clitics: cl}
	}
}

// matchRest matches the elements after a phrase's first one from token k
// on, skipping quote marks before each; it returns the end of the match.
func matchRest(toks []Token, k int, els []elem) (int, bool) {
	for ei := range els {
		e := &els[ei]
		for k < len(toks) && toks[k].IsQuote() {
			k++
		}
		if k >= len(toks) {
			return 0, false
		}
		t := &toks[k]
		if e.word {
			if t.Kind != TokWord || t.Detached() || !t.mayBe(e) {
				return 0, false
			}
			if _, ok := matchWordTok(t.Norm, e, false, false); !ok {
				return 0, false
			}
		} else if t.Kind == TokWord || t.Norm != e.stem {
			return 0, false
		}
		k++
	}
	return k, true
}

// matchReadings is matchWordTok on readings already split, with their
// keys (see readingKeys): it returns the proclitics of the first reading
// that matches e.
func matchReadings(sp []split, keys [][maxKeyRunes + 1]uint64, e *elem, art bool) (string, bool) {
	kl := keyLen(e.runes)
	for k := range sp {
		if keys[k][kl] == e.key && readingMatches(&sp[k], e, art) {
			return sp[k].pre, true
		}
	}
	return "", false
}

// FindAll returns the leftmost-longest, non-overlapping matches in text
// order.
func (m *Matcher) FindAll(toks []Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		if mt, ok := m.MatchAt(toks, i); ok {
			out = append(out, mt)
			i = mt.Last
			continue
		}
		i++
	}
	return out
}

// secondRuns appends ids to *out with the phrases of one second element
// together (in the order each element first occurs, increasing ids within
// it) and returns the runs of them, offsets relative to where it began.
// Match keeps the longest, then lowest-numbered phrase whatever the order
// it is tried in (see keep).
func (m *Matcher) secondRuns(ids []int32, out *[]int32) []run {
	base := int32(len(*out))
	var order []elem
	var none []int32
	by := map[elem][]int32{}
	for _, id := range ids {
		els := m.phrases[id]
		if len(els) < 2 {
			none = append(none, id)
			continue
		}
		e := els[1]
		if _, ok := by[e]; !ok {
			order = append(order, e)
		}
		by[e] = append(by[e], id)
	}
	runs := make([]run, 0, len(order)+1)
	if len(none) > 0 {
		from := int32(len(*out)) - base
		*out = append(*out, none...)
		runs = append(runs, run{from: from, to: int32(len(*out)) - base})
	}
	for _, e := range order {
		from := int32(len(*out)) - base
		*out = append(*out, by[e]...)
		runs = append(runs, run{from: from, to: int32(len(*out)) - base, second: true})
	}
	return runs
}
