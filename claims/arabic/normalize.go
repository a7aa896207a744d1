package arabic

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalized is a folded copy of a text together with the map back to the
// original byte offsets. Text is meant for matching only; report positions to
// users through Orig and OrigSpan.
type Normalized struct {
	// Text is the folded text.
	Text string

	origLen int
	// anchors maps normalized offsets to original ones; nil means the
	// identity (nothing changed).
	anchors []anchor
}

// anchor starts a segment of the normalized text. In a linear segment
// normalized byte i comes from original byte o+(i-n); in a flat segment (a
// replacement that changed length) every byte comes from original byte o.
type anchor struct {
	n, o int
	flat bool
}

// Normalize folds s for matching:
//
//   - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are
//     decomposed by NFKC; isolated-diacritic forms vanish. NFKC is applied to
//     nothing else.
//   - harakat U+064B–U+065F, superscript alef U+0670, tatweel U+0640,
//     U+0610–U+061A and Quranic marks U+06D6–U+06ED are removed; a
//     decomposed hamza above (U+0654) after و or ي makes ؤ or ئ.
//   - أ إ آ ٱ ٲ ٳ ٵ → ا, ى ی → ي, ة ۀ ہ ھ ە ۃ → ه, ک ڪ → ك (ؤ and ئ stay).
//   - Eastern Arabic ٠–٩ and Persian ۰–۹ digits → ASCII, ٫ → '.',
//     ٬ → ',', ٪ → '%'.
//   - bidi and format controls (LRM, RLM, ALM, ZWJ, ZWNJ, BOM, soft hyphen,
//     U+202A–U+202E, U+2060–U+2064, U+2066–U+2069) are removed; NBSP,
//     ZWSP and the other Unicode spaces become ' '.
//   - ASCII letters are lower-cased.
//   - an invalid UTF-8 byte becomes U+FFFD.
//
// Normalize is idempotent, and the result is always valid UTF-8.
func Normalize(s string) Normalized {
	i := firstChange(s)
	if i < 0 {
		return Normalized{Text: s, origLen: len(s)}
	}
	b := folder{track: true}
	b.buf = make([]byte, 0, len(s))
	b.anchors = make([]anchor, 1, 8)
	b.fold(s, i)
	return Normalized{Text: string(b.buf), origLen: len(s), anchors: b.anchors}
}

// Fold returns Normalize(s).Text without building the offset map. Use it to
// fold lexicon entries and other strings compared with normalized text.
func Fold(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	b := folder{}
	b.buf = make([]byte, 0, len(s))
	b.fold(s, i)
	return string(b.buf)
}

// Orig returns the original byte offset of normalized byte i, for
// 0 <= i <= len(n.Text); i is clamped into that range. Orig(len(n.Text)) is
// the length of the original text. Bytes produced by a replacement that
// changed length map to the start of the original rune; characters that
// were removed are attributed to the next kept character, so the original
// offsets of kept text exclude removed marks before it and include those
// after it. Orig is monotonic.
func (n Normalized) Orig(i int) int {
	if i >= len(n.Text) {
		return n.origLen
	}
	if i < 0 {
		i = 0
	}
	if n.anchors == nil {
		return i
	}
	k := sort.Search(len(n.anchors), func(k int) bool { return n.anchors[k].n > i }) - 1
	if k < 0 {
		k = 0
	}
	a := n.anchors[k]
	if a.flat {
		return a.o
	}
	return a.o + (i - a.n)
}

// OrigSpan maps the normalized range [start, end) to the original text.
func (n Normalized) OrigSpan(start, end int) Span {
	if end < start {
		end = start
	}
	return Span{n.Orig(start), n.Orig(end)}
}

// firstChange returns the offset of the first byte of s that Normalize would
// change, or -1.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if blockAct[int(c&0x03)<<6|int(s[i+1]&0x3F)] != actKeep {
				return i
			}
			i += 2
			continue
		}
		r, size := decodeAt(s, i)
		if r == utf8.RuneError && size == 1 {
			return i
		}
		if r >= 0x600 && r <= 0x6FF {
			if blockAct[r-0x600] != actKeep {
				return i
			}
		} else if a, _ := otherAct(r); a != actKeep {
			return i
		}
		i += size
	}
	return -1
}

// lowerASCII holds the lower-case ASCII letters, sliced to avoid
// allocating one-letter strings.
const lowerASCII = "abcdefghijklmnopqrstuvwxyz"

// folder accumulates folded output and, when track is set, the anchors.
type folder struct {
	buf     []byte
	anchors []anchor
	track   bool
	fresh   bool // the next output must open a new anchor
}

// fold folds s into b.buf; s[:start] is known to need no change.
func (b *folder) fold(s string, start int) {
	b.buf = append(b.buf, s[:start]...)
	run := start // start of the pending unchanged run
	for i := start; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.copyRun(s, run, i)
				b.put(i, 1, lowerASCII[c-'A':c-'A'+1])
				run = i + 1
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 &&
			blockAct[int(c&0x03)<<6|int(s[i+1]&0x3F)] == actKeep {
			i += 2 // the common case: an Arabic letter kept as it is
			continue
		}
		r, size := decodeAt(s, i)
		act, repl := actKeep, ""
		switch {
		case r == utf8.RuneError && size == 1:
			act, repl = actRepl, "\uFFFD"
		case r >= 0x600 && r <= 0x6FF:
			act, repl = blockAct[r-0x600], blockRepl[r-0x600]
		default:
			act, repl = otherAct(r)
		}
		if act == actKeep {
			i += size
			continue
		}
		b.copyRun(s, run, i)
		switch act {
		case actDrop:
			b.fresh = true
		case actRepl:
			b.put(i, size, repl)
		case actHamzaUp:
			b.hamzaAbove()
		case actNFKC:
			b.nfkc(i, size, s[i:i+size])
		}
		i += size
		run = i
	}
	b.copyRun(s, run, len(s))
}

// copyRun appends the unchanged original bytes s[from:to].
func (b *folder) copyRun(s string, from, to int) {
	if from >= to {
		return
	}
	b.put(from, to-from, s[from:to])
}

// put appends out, which stands for the olen original bytes at offset o.
func (b *folder) put(o, olen int, out string) {
	if out == "" {
		b.fresh = true
		return
	}
	if b.track {
		n := len(b.buf)
		if len(out) != olen {
			b.anchors = append(b.anchors, anchor{n: n, o: o, flat: true})
			b.fresh = true
			b.buf = append(b.buf, out...)
			return
		}
		last := &b.anchors[len(b.anchors)-1]
		if b.fresh || last.flat || last.o-last.n != o-n {
			if last.n == n {
				*last = anchor{n: n, o: o}
			} else {
				b.anchors = append(b.anchors, anchor{n: n, o: o})
			}
		}
	}
	b.fresh = false
	b.buf = append(b.buf, out...)
}

// hamzaAbove combines a decomposed hamza above with the preceding letter:
// و → ؤ, ي → ئ (same byte length, so offsets stay linear); otherwise the
// hamza is dropped.
func (b *folder) hamzaAbove() {
	n := len(b.buf)
	if n >= 2 && b.buf[n-2] == 0xD9 && (b.buf[n-1] == 0x88 || b.buf[n-1] == 0x8A) {
		b.buf[n-2] = 0xD8
		if b.buf[n-1] == 0x88 {
			b.buf[n-1] = 0xA4 // ؤ
		} else {
			b.buf[n-1] = 0xA6 // ئ
		}
	}
	b.fresh = true
}

// nfkc decomposes one presentation-form rune and folds the result. Forms
// whose decomposition starts with a space are isolated diacritics and are
// dropped.
func (b *folder) nfkc(o, olen int, src string) {
	d := norm.NFKC.String(src)
	if d == src {
		b.put(o, olen, src) // unassigned or a noncharacter: keep it
		return
	}
	if strings.HasPrefix(d, " ") {
		b.fresh = true
		return
	}
	inner := folder{}
	inner.fold(d, 0)
	out := string(inner.buf)
	if out == "" {
		b.fresh = true
		return
	}
	b.put(o, olen, out)
	// A one-to-one same-length replacement keeps a linear segment, which is
	// only right when the bytes correspond; force a flat anchor instead.
	if b.track && len(out) == olen {
		last := &b.anchors[len(b.anchors)-1]
		if last.n == len(b.buf)-len(out) {
			last.flat = true
		} else {
			b.anchors = append(b.anchors, anchor{n: len(b.buf) - len(out), o: o, flat: true})
		}
		b.fresh = true
	}
}
