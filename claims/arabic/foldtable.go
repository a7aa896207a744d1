package arabic

// What Normalize does with one rune of the Arabic block U+0600–U+06FF.
const (
	actKeep    uint8 = iota // copy unchanged
	actDrop                 // remove (diacritics, tatweel, Quranic marks, ALM)
	actRepl                 // replace by blockRepl[r-0x600]
	actHamzaUp              // U+0654 hamza above: combine with a preceding و or ي, else drop
)

// blockAct and blockRepl are the folding table of the Arabic block, built
// once at start-up and never written afterwards.
var blockAct, blockRepl = buildBlockTable()

func buildBlockTable() (act [256]uint8, repl [256]string) {
	set := func(r rune, to string) {
		act[r-0x600] = actRepl
		repl[r-0x600] = to
	}
	drop := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			act[r-0x600] = actDrop
		}
	}
	drop(0x064B, 0x065F) // harakat, tanween, shadda, sukun, small marks
	drop(0x0670, 0x0670) // superscript alef
	drop(0x0640, 0x0640) // tatweel (kashida)
	drop(0x06D6, 0x06ED) // Quranic annotation marks
	drop(0x0610, 0x061A) // honorific and small Quranic signs above letters
	drop(0x061C, 0x061C) // ARABIC LETTER MARK (bidi)
	act[0x0654-0x600] = actHamzaUp

	for _, r := range []rune{0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675} {
		set(r, "ا") // آ أ إ ٱ ٲ ٳ ٵ
	}
	set(0x0649, "ي") // ى alef maqsura
	set(0x06CC, "ي") // Persian ی
	set(0x0629, "ه") // ة taa marbuta
	set(0x06C0, "ه") // ۀ
	set(0x06C1, "ه") // ہ
	set(0x06BE, "ه") // ھ
	set(0x06D5, "ه") // ە
	set(0x06C3, "ه") // ۃ
	set(0x06A9, "ك") // Persian ک
	set(0x06AA, "ك") // ڪ swash kaf
	for d := rune(0); d <= 9; d++ {
		set(0x0660+d, string('0'+d)) // Eastern Arabic digits
		set(0x06F0+d, string('0'+d)) // Persian digits
	}
	set(0x066B, ".") // ٫ decimal separator
	set(0x066C, ",") // ٬ thousands separator
	set(0x066A, "%") // ٪
	return act, repl
}

// otherAct says what Normalize does with a rune outside the Arabic block and
// outside ASCII: keep it, drop it (bidi and format controls), turn it into a
// plain space, or hand it to NFKC (Arabic presentation forms).
func otherAct(r rune) (act uint8, repl string) {
	switch {
	case r == 0x00A0 || r == 0x200B || r == 0x202F || r == 0x205F || r == 0x3000 ||
		(r >= 0x2000 && r <= 0x200A):
		return actRepl, " "
	case r == 0x00AD || (r >= 0x200C && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2060 && r <= 0x2064) || (r >= 0x2066 && r <= 0x2069) || r == 0xFEFF:
		return actDrop, ""
	case isPresentationForm(r):
		return actNFKC, ""
	}
	return actKeep, ""
}

// actNFKC marks a presentation form that NFKC decomposes before folding.
const actNFKC uint8 = 10

// isPresentationForm reports whether r is in the Arabic Presentation Forms-A
// or -B blocks (ornate parentheses excluded).
func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF && r != 0xFD3E && r != 0xFD3F) ||
		(r >= 0xFE70 && r <= 0xFEFC)
}
