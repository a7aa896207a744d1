package arabic

import (
	"math/bits"
	"unicode/utf8"
)

// Keys of the matcher's index.
//
// A phrase is indexed by the first letters of its first word's stem: the
// first three for a stem of three letters or more, else the stem itself.
// Whatever suffix tolerance applies (see stemMatches), a reading of a
// token that matches the stem starts with those letters: equality and the
// suffixed forms keep the whole stem, and the taa marbuta forms keep all
// but its last letter, which leaves at least three. ؤ and ئ are keyed as ء
// since the matcher does not tell them apart.

// maxKeyRunes is the number of letters in the longest key (keySet.mayStart
// is written for 3).
const maxKeyRunes = 3

// keyOf returns the key of the first n runes of s (n ≤ maxKeyRunes) and
// whether s has that many. Letters are never U+0000, so keys of different
// lengths differ.
func keyOf(s string, n int) (uint64, bool) {
	var k uint64
	i := 0
	for j := 0; j < n; j++ {
		if i >= len(s) {
			return 0, false
		}
		c, size := decodeAt(s, i)
		k = k<<21 | uint64(canonHamza(c))
		i += size
	}
	return k, true
}

// canonHamza keys ؤ and ئ as ء.
func canonHamza(c rune) rune {
	if c == 'ؤ' || c == 'ئ' {
		return 'ء'
	}
	return c
}

// keyLen is the number of letters a stem of n runes is keyed by.
func keyLen(n int) int { return min(n, maxKeyRunes) }

// tokKey is what Tokenize records of a word for the matcher: the first
// letters of its folded form, and where the readings that splits gives
// begin, so that most tokens are rejected by a matcher without splitting
// or decoding them again.
type tokKey struct {
	// state is 0 when the key was not computed (a Token made by hand),
	// keyFast when it was, keyNone when the word has letters outside the
	// Arabic block among its first ones (no fast rejection).
	state uint8
	n     uint8              // letters in lo (all of the word's when below len(lo))
	offs  uint8              // bit j: a reading with proclitics allowed has its rest at letter j
	offs0 uint8              // the same for the readings without proclitics
	lo    [tokKeyRunes]uint8 // letters minus U+0600, ؤ ئ as ء
}

// tokKeyRunes covers the longest clitic and article prefix (four letters,
// وبال) and a key after it.
const tokKeyRunes = 4 + maxKeyRunes

const (
	keyFast = 1 + iota
	keyNone
)

// makeTokKey computes the key of a word's folded form.
func makeTokKey(norm string) tokKey {
	var k tokKey
	for i := 0; int(k.n) < len(k.lo) && i < len(norm); i += 2 {
		// Letters of the Arabic block are two bytes, D8–DB then a
		// continuation byte.
		c := norm[i]
		if c < 0xD8 || c > 0xDB || i+1 == len(norm) || norm[i+1]&0xC0 != 0x80 {
			return tokKey{state: keyNone}
		}
		r := canonHamza(rune(c&0x1F)<<6 | rune(norm[i+1]&0x3F))
		k.lo[k.n] = uint8(r - 0x600)
		k.n++
	}
	k.offs, k.offs0 = readingStarts(&k.lo, int(k.n))
	k.state = keyFast
	return k
}

// Letters of the readings, minus U+0600.
const (
	loAlef = 'ا' - 0x600
	loLam  = 'ل' - 0x600
)

// readingStarts returns, as bit sets of letter indexes, where the rests of
// the readings splits gives for a word begin, with proclitics allowed
// (offs) and without (offs0). lo are the word's first n letters (n ==
// len(lo) when it has more). It is splits in letters rather than bytes.
func readingStarts(lo *[tokKeyRunes]uint8, n int) (offs, offs0 uint8) {
	// at adds the readings of the word with the proclitics lo[:p], as
	// addReadings does.
	at := func(p int) {
		if p > 0 && n-p < 2 {
			return
		}
		offs |= 1 << p
		if n-p > 2 && lo[p] == loAlef && lo[p+1] == loLam && n-p-2 >= 2 { // ال
			offs |= 1 << (p + 2)
		}
		if p > 0 && lo[p-1] == loLam && n-p > 1 && lo[p] == loLam && n-p-1 >= 2 { // ل + ل
			offs |= 1 << (p + 1)
		}
	}
	at(0)
	offs0 = offs
	conj := func(j int) bool { return j < n && (lo[j] == 'و'-0x600 || lo[j] == 'ف'-0x600) }
	prep := func(j int) bool { return j < n && (lo[j] == 'ب'-0x600 || lo[j] == 'ك'-0x600 || lo[j] == loLam) }
	if conj(0) {
		at(1)
		if prep(1) {
			at(2)
		}
	} else if prep(0) {
		at(1)
	}
	return offs, offs0
}

// keyAt returns the key of the n letters from letter j, and whether the
// word has them.
func (k *tokKey) keyAt(j, n int) (uint64, bool) {
	if j+n > int(k.n) {
		return 0, false
	}
	var key uint64
	for _, c := range k.lo[j : j+n] {
		key = key<<21 | uint64(0x600+rune(c))
	}
	return key, true
}

// mayBe reports whether the word token t can match the word element e
// without proclitics (matchWordTok(t.Norm, e, false, false)); false means
// it cannot, true perhaps.
func (t *Token) mayBe(e *elem) bool {
	k := &t.key
	if k.state != keyFast {
		return true
	}
	n := keyLen(e.runes)
	for offs := k.offs0; offs != 0; offs &= offs - 1 {
		if key, ok := k.keyAt(bits.TrailingZeros8(offs), n); ok && key == e.key {
			return true
		}
	}
	return false
}

// keyBits is a filter of the keys of a matcher: a clear bit says that no
// phrase has a key that hashes to it.
type keyBits struct {
	shift uint // 64 − log2 of the number of bits
	words []uint64
}

func newKeyBits(keys int) keyBits {
	b := uint(10)
	for 1<<b < 16*keys {
		b++
	}
	return keyBits{shift: 64 - b, words: make([]uint64, 1<<b/64)}
}

func (f *keyBits) bit(k uint64) uint { return uint((k * 0x9E3779B97F4A7C15) >> f.shift) }

func (f *keyBits) add(k uint64) {
	b := f.bit(k)
	f.words[b/64] |= 1 << (b % 64)
}

func (f *keyBits) has(k uint64) bool {
	b := f.bit(k)
	return f.words[b/64]&(1<<(b%64)) != 0
}

// keySet filters words by their keys: the words of a set (or the first
// words of a matcher's phrases) each add the key of their first
// keyLen(letters) letters.
type keySet struct {
	lens  uint8  // bit n: some key has n letters
	first uint64 // bit c&63: some key starts with the letter U+0600+c
	// pairs, bit (c&63)<<6 | d&63: some key of two letters or more
	// starts with the letters U+0600+c, U+0600+d. It rejects most
	// readings before their keys are hashed.
	pairs [64]uint64
	bits  keyBits
}

// newKeySet makes the filter of the word stems (folded, without clitics
// and article).
func newKeySet[S ~string](stems []S) keySet {
	keys := make(map[uint64]int, len(stems))
	for _, w := range stems {
		n := keyLen(utf8.RuneCountInString(string(w)))
		k, _ := keyOf(string(w), n)
		keys[k] = n
	}
	ks := keySet{bits: newKeyBits(len(keys))}
	for k, n := range keys {
		ks.add(k, n)
	}
	return ks
}

// add adds the key k of n letters.
func (s *keySet) add(k uint64, n int) {
	s.lens |= 1 << n
	if c := rune(k >> (21 * (n - 1))); c >= 0x600 && c <= 0x6FF {
		// Other letters are never in a token's recorded letters.
		s.first |= 1 << ((c - 0x600) & 63)
		if n >= 2 {
			if d := rune(k>>(21*(n-2))) & 0x1FFFFF; d >= 0x600 && d <= 0x6FF {
				p := (c-0x600)&63<<6 | (d-0x600)&63
				s.pairs[p/64] |= 1 << (p % 64)
			}
		}
	}
	s.bits.add(k)
}

// mayStart reports whether a reading of the word token t (with proclitics
// when clitics is set) can begin with a word of the set: whether the key
// of one of its readings passes the filter. False means no; true means
// perhaps.
func (s *keySet) mayStart(t *Token, clitics bool) bool { return s.mayStartIn(t, clitics, nil) }

// mayStartIn is mayStart; a key that passes the filter must also be in
// tab, when tab is not nil.
func (s *keySet) mayStartIn(t *Token, clitics bool, tab *keyTable[[]group]) bool {
	k := &t.key
	if k.state != keyFast {
		if k.state == keyNone {
			return true
		}
		kk := makeTokKey(t.Norm)
		if kk.state != keyFast {
			return true
		}
		k = &kk
	}
	offs := k.offs0
	if clitics {
		offs = k.offs
	}
	n := int(k.n)
	for offs != 0 {
		j := bits.TrailingZeros8(offs)
		offs &= offs - 1
		// The keys of 1, 2 and 3 letters from j, as keyAt makes them,
		// unless no key starts with letter j.
		if j >= n || s.first&(1<<(k.lo[j]&63)) == 0 {
			continue
		}
		key := uint64(0x600 + rune(k.lo[j]))
		if s.lens&(1<<1) != 0 && s.bits.has(key) && (tab == nil || *tab.get(key) != nil) {
			return true
		}
		if j+1 >= n {
			continue
		}
		if p := uint(k.lo[j]&63)<<6 | uint(k.lo[j+1]&63); s.pairs[p/64]&(1<<(p%64)) == 0 {
			continue // no key of two letters or more starts with this pair
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+1]))
		if s.lens&(1<<2) != 0 && s.bits.has(key) && (tab == nil || *tab.get(key) != nil) {
			return true
		}
		if j+2 >= n {
			continue
		}
		key = key<<21 | uint64(0x600+rune(k.lo[j+2]))
		if s.lens&(1<<3) != 0 && s.bits.has(key) && (tab == nil || *tab.get(key) != nil) {
			return true
		}
	}
	return false
}

// wordKeys returns the keySet of the keys of a map of words.
func wordKeys[V any](words map[string]V) keySet {
	stems := make([]string, 0, len(words))
	for w := range words {
		stems = append(stems, w)
	}
	return newKeySet(stems)
}

// readingKeys sets keys[k][n], for every key length n in lens (bit n),
// to the key of the first n letters of the rest of reading sp[k] of the
// word token t, or 0 when the rest is shorter.
func (t *Token) readingKeys(sp []split, lens uint8, keys *[maxSplits][maxKeyRunes + 1]uint64) {
	fast := t.key.state == keyFast
	for k := range sp {
		rest := sp[k].rest
		for n := 1; n <= maxKeyRunes; n++ {
			if lens&(1<<n) == 0 {
				continue
			}
			var key uint64
			var ok bool
			if fast {
				// The clitics and the article are two-byte letters.
				key, ok = t.key.keyAt((len(t.Norm)-len(rest))/2, n)
			} else {
				key, ok = keyOf(rest, n)
			}
			if !ok {
				break
			}
			keys[k][n] = key
		}
	}
}

// keyTable maps keys to values (the groups of phrases a key starts, or
// the matchers of a MatcherSet with phrases keyed by it): an open
// addressing table, cheaper to probe than a map for the keys the filter
// lets through.
type keyTable[V any] struct {
	shift uint // 64 − log2 of len(slots)
	slots []keySlot[V]
}

type keySlot[V any] struct {
	key uint64 // 0 for an empty slot (no key is 0)
	val V
}

func newKeyTable[V any](m map[uint64]V) keyTable[V] {
	b := uint(1)
	for 1<<b < 2*len(m) {
		b++
	}
	t := keyTable[V]{shift: 64 - b, slots: make([]keySlot[V], 1<<b)}
	for k, v := range m {
		h := t.home(k)
		for t.slots[h].key != 0 {
			h = (h + 1) & (len(t.slots) - 1)
		}
		t.slots[h] = keySlot[V]{k, v}
	}
	return t
}

func (t *keyTable[V]) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the value of key k, the zero V (held by an empty slot) if
// none.
func (t *keyTable[V]) get(k uint64) *V {
	for h := t.home(k); ; h = (h + 1) & (len(t.slots) - 1) {
		s := &t.slots[h]
		if s.key == k || s.key == 0 {
			return &s.val
		}
	}
}
