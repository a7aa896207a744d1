package arabic

import "math/bits"

// MaxSetMatchers is the number of matchers a MatcherSet holds at most.
const MaxSetMatchers = 64

// MatcherSet answers Matcher.MayMatchAt for several matchers at once. A
// caller that asks many matchers about the same tokens (a rule engine with
// dozens of word lists, each asked of a token several times) calls Mark
// once on a text's tokens; MayMatchAt then costs one bit test for a marked
// token, instead of a walk over the filter of the matcher asked.
//
// A set is read-only after NewMatcherSet and safe for concurrent use; Mark
// writes only to the tokens it is given.
type MatcherSet struct {
	ms    []*Matcher
	keys  keySet    // the keys of all the matchers
	masks maskTable // key → the matchers (bit i: ms[i]) with phrases keyed by it
	lit   uint64    // the matchers with phrases that start with a literal
	all   uint64    // every matcher
}

// tokMark is what MatcherSet.Mark records in a token: the set, and bit i
// set when ms[i].MayMatchAt holds at the token.
type tokMark struct {
	set  *MatcherSet
	bits uint64
}

// NewMatcherSet makes the set of ms, at most MaxSetMatchers of them; slot
// i in MayMatchAt is ms[i]. It returns nil for more matchers, or a nil one.
func NewMatcherSet(ms []*Matcher) *MatcherSet {
	if len(ms) > MaxSetMatchers {
		return nil
	}
	s := &MatcherSet{ms: ms}
	byKey := map[uint64]uint64{}
	lens := map[uint64]int{}
	for i, m := range ms {
		if m == nil {
			return nil
		}
		bit := uint64(1) << i
		s.all |= bit
		if len(m.byLit) > 0 {
			s.lit |= bit
		}
		for _, slot := range m.byKey.slots {
			if slot.key != 0 {
				byKey[slot.key] |= bit
				lens[slot.key] = keyLen(slot.groups[0].first.runes)
			}
		}
	}
	s.keys = keySet{bits: newKeyBits(len(byKey))}
	for k, n := range lens {
		s.keys.add(k, n)
	}
	s.masks = newMaskTable(byKey)
	return s
}

// Mark records in every token of toks which matchers of the set may
// match there, for MayMatchAt. A token changed afterwards must be marked
// again; AppendTokens clears the marks of the tokens it makes. A nil set
// marks nothing.
func (s *MatcherSet) Mark(toks []Token) {
	if s == nil {
		return
	}
	for i := range toks {
		t := &toks[i]
		t.mark = tokMark{set: s, bits: s.maskOf(t)}
	}
}

// MayMatchAt is s's matcher number slot's MayMatchAt(toks, i): one bit
// test when token i was marked by s.
func (s *MatcherSet) MayMatchAt(toks []Token, i, slot int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if t := &toks[i]; t.mark.set == s {
		return t.mark.bits&(1<<slot) != 0
	}
	return s.ms[slot].MayMatchAt(toks, i)
}

// MatchAt is s's matcher number slot's MatchAt(toks, i); on a token
// marked by s it skips the matcher's own filter.
func (s *MatcherSet) MatchAt(toks []Token, i, slot int) (Match, bool) {
	if i < 0 || i >= len(toks) {
		return Match{}, false
	}
	if t := &toks[i]; t.mark.set == s {
		if t.mark.bits&(1<<slot) == 0 {
			return Match{}, false
		}
		return s.ms[slot].matchAt(toks, i)
	}
	return s.ms[slot].MatchAt(toks, i)
}

// maskOf returns the matchers whose MayMatchAt holds at token t: those
// with a phrase keyed by a key of one of t's readings (with proclitics),
// as keySet.mayStartIn finds them for one matcher.
func (s *MatcherSet) maskOf(t *Token) uint64 {
	if t.Kind != TokWord {
		return s.lit
	}
	if t.Detached() {
		return s.all
	}
	k := &t.key
	if k.state != keyFast {
		if k.state == keyNone {
			return s.all
		}
		kk := makeTokKey(t.Norm)
		if kk.state != keyFast {
			return s.all
		}
		k = &kk
	}
	var mask uint64
	n := int(k.n)
	for offs := k.offs; offs != 0; offs &= offs - 1 {
		j := bits.TrailingZeros8(offs)
		if j >= n || s.keys.first&(1<<(k.lo[j]&63)) == 0 {
			continue
		}
		key := uint64(0x600 + rune(k.lo[j]))
		if s.keys.lens&(1<<1) != 0 && s.keys.bits.has(key) {
			mask |= s.masks.get(key)
		}
		if j+1 >= n {
			continue
		}
		if p := uint(k.lo[j]&63)<<6 | uint(k.lo[j+1]&63); s.keys.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+1]))
		if s.keys.lens&(1<<2) != 0 && s.keys.bits.has(key) {
			mask |= s.masks.get(key)
		}
		if j+2 >= n {
			continue
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+2]))
		if s.keys.lens&(1<<3) != 0 && s.keys.bits.has(key) {
			mask |= s.masks.get(key)
		}
	}
	return mask
}

// maskTable maps keys to bit sets of matchers: an open addressing table
// like keyTable.
type maskTable struct {
	shift uint
	slots []maskSlot
}

type maskSlot struct {
	key  uint64 // 0 for an empty slot (no key is 0)
	mask uint64
}

func newMaskTable(m map[uint64]uint64) maskTable {
	b := uint(1)
	for 1<<b < 2*len(m) {
		b++
	}
	t := maskTable{shift: 64 - b, slots: make([]maskSlot, 1<<b)}
	for k, mask := range m {
		h := t.home(k)
		for t.slots[h].key != 0 {
			h = (h + 1) & (len(t.slots) - 1)
		}
		t.slots[h] = maskSlot{k, mask}
	}
	return t
}

func (t *maskTable) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the matchers of key k, 0 if none.
func (t *maskTable) get(k uint64) uint64 {
	for h := t.home(k); ; h = (h + 1) & (len(t.slots) - 1) {
		s := &t.slots[h]
		if s.key == k {
			return s.mask
		}
		if s.key == 0 {
			return 0
		}
	}
}
