package arabic

import (
	"math/bits"
	"math/rand/v2"
)

// MaxSetMatchers is the number of matchers a MatcherSet holds at most,
// with those of its base.
const MaxSetMatchers = 128

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
	id    uint64            // tells the tokens this set marked (random, not 0)
	base  *MatcherSet       // the set whose matchers are the first of ms (see With), or nil
	keys  keySet            // the keys of all the matchers
	masks keyTable[setBits] // key → the matchers (bit i: ms[i]) with phrases keyed by it
	lit   setBits           // the matchers with phrases that start with a literal
	all   setBits           // every matcher
}

// setBits is a set of the slots of a MatcherSet.
type setBits [MaxSetMatchers / 64]uint64

func (b *setBits) add(slot int)      { b[slot/64] |= 1 << (slot % 64) }
func (b *setBits) has(slot int) bool { return b[slot/64]&(1<<(slot%64)) != 0 }
func (b *setBits) or(o *setBits) {
	for i := range b {
		b[i] |= o[i]
	}
}

// tokMark is what MatcherSet.Mark records in a token: the ids of the set
// and of its base, and slot i set when ms[i].MayMatchAt holds at the
// token. Ids rather than pointers keep Mark free of write barriers and
// the tokens' marks out of the garbage collector's way.
type tokMark struct {
	set, base uint64
	bits      setBits
}

// NewMatcherSet makes the set of ms, at most MaxSetMatchers of them; slot
// i in MayMatchAt is ms[i]. It returns nil for more matchers, or a nil one.
func NewMatcherSet(ms []*Matcher) *MatcherSet {
	if len(ms) > MaxSetMatchers {
		return nil
	}
	s := &MatcherSet{ms: ms, id: rand.Uint64() | 1}
	byKey := map[uint64]setBits{}
	lens := map[uint64]int{}
	for i, m := range ms {
		if m == nil {
			return nil
		}
		s.all.add(i)
		if len(m.byLit) > 0 {
			s.lit.add(i)
		}
		for _, slot := range m.byKey.slots {
			if slot.key != 0 {
				b := byKey[slot.key]
				b.add(i)
				byKey[slot.key] = b
				lens[slot.key] = keyLen(slot.val[0].first.runes)
			}
		}
	}
	s.keys = keySet{bits: newKeyBits(len(byKey))}
	for k, n := range lens {
		s.keys.add(k, n)
	}
	s.masks = newKeyTable(byKey)
	return s
}

// With returns the set of s's matchers followed by ms (slot len(s's)+i is
// ms[i]), nil when they are too many. The tokens it marks answer
// s.MayMatchAt and s.MatchAt too, by their bits: a caller with matchers
// shared by several sets (package-level word lists) and its own ones
// marks a text once for both.
func (s *MatcherSet) With(ms []*Matcher) *MatcherSet {
	w := NewMatcherSet(append(append([]*Matcher(nil), s.ms...), ms...))
	if w != nil {
		w.base = s
	}
	return w
}

// Len returns the number of matchers in s.
func (s *MatcherSet) Len() int { return len(s.ms) }

// Mark records in every token of toks which matchers of the set may
// match there, for MayMatchAt. A token changed afterwards must be marked
// again; AppendTokens clears the marks of the tokens it makes. A nil set
// marks nothing.
func (s *MatcherSet) Mark(toks []Token) {
	if s == nil {
		return
	}
	var base uint64
	if s.base != nil {
		base = s.base.id
	}
	for i := range toks {
		t := &toks[i]
		t.mark = tokMark{set: s.id, base: base, bits: s.maskOf(t)}
	}
}

// MayMatchAt is s's matcher number slot's MayMatchAt(toks, i): one bit
// test when token i was marked by s (or by a set With made of s).
func (s *MatcherSet) MayMatchAt(toks []Token, i, slot int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if t := &toks[i]; s.marked(t) {
		return t.mark.bits.has(slot)
	}
	return s.ms[slot].MayMatchAt(toks, i)
}

// marked reports whether t's mark answers for s's slots.
func (s *MatcherSet) marked(t *Token) bool {
	return t.mark.set == s.id || t.mark.base == s.id
}

// MatchAt is s's matcher number slot's MatchAt(toks, i); on a token
// marked by s it skips the matcher's own filter.
func (s *MatcherSet) MatchAt(toks []Token, i, slot int) (Match, bool) {
	if i < 0 || i >= len(toks) {
		return Match{}, false
	}
	if t := &toks[i]; s.marked(t) {
		if !t.mark.bits.has(slot) {
			return Match{}, false
		}
		return s.ms[slot].matchAt(toks, i)
	}
	return s.ms[slot].MatchAt(toks, i)
}

// maskOf returns the matchers whose MayMatchAt holds at token t: those
// with a phrase keyed by a key of one of t's readings (with proclitics),
// as keySet.mayStartIn finds them for one matcher.
func (s *MatcherSet) maskOf(t *Token) setBits {
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
	var mask setBits
	n := int(k.n)
	for offs := k.offs; offs != 0; offs &= offs - 1 {
		j := bits.TrailingZeros8(offs)
		if j >= n || s.keys.first&(1<<(k.lo[j]&63)) == 0 {
			continue
		}
		key := uint64(0x600 + rune(k.lo[j]))
		if s.keys.lens&(1<<1) != 0 && s.keys.bits.has(key) {
			mask.or(s.masks.get(key))
		}
		if j+1 >= n {
			continue
		}
		if p := uint(k.lo[j]&63)<<6 | uint(k.lo[j+1]&63); s.keys.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+1]))
		if s.keys.lens&(1<<2) != 0 && s.keys.bits.has(key) {
			mask.or(s.masks.get(key))
		}
		if j+2 >= n {
			continue
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+2]))
		if s.keys.lens&(1<<3) != 0 && s.keys.bits.has(key) {
			mask.or(s.masks.get(key))
		}
	}
	return mask
}
