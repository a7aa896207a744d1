package gen

import (
	"strconv"
	"strings"
)

// noun is a counted noun in the forms Arabic counting asks for, all in the
// genitive or accusative (the number usually follows a verbal noun:
// "مقتل ثلاثة عناصر").
type noun struct {
	one  string // one, indefinite: "عنصر"
	two  string // the dual: "عنصرين"
	pl   string // the plural after 3–10: "عناصر"
	acc  string // the singular accusative after 11–99: "عنصراً"
	def  string // the definite plural after vague words: "العناصر"
	fem  bool   // feminine noun: the units 3–10 take the short form
	tail string // words that follow the counted noun: "من قوات النظام"
}

// withTail returns the noun followed by tail.
func (n noun) withTail(tail string) noun {
	n.tail = tail
	return n
}

// Counted nouns by the group they count.
var (
	nFighter   = noun{"عنصر", "عنصرين", "عناصر", "عنصراً", "العناصر", false, ""}
	nCombatant = noun{"مقاتل", "مقاتلين", "مقاتلين", "مقاتلاً", "المقاتلين", false, ""}
	nGunman    = noun{"مسلح", "مسلحين", "مسلحين", "مسلحاً", "المسلحين", false, ""}
	nCivilian  = noun{"مدني", "مدنيين", "مدنيين", "مدنياً", "المدنيين", false, ""}
	nPerson    = noun{"شخص", "شخصين", "أشخاص", "شخصاً", "الأشخاص", false, ""}
	nCitizen   = noun{"مواطن", "مواطنين", "مواطنين", "مواطناً", "المواطنين", false, ""}
	nSoldier   = noun{"جندي", "جنديين", "جنود", "جندياً", "الجنود", false, ""}
	nServiceM  = noun{"عسكري", "عسكريين", "عسكريين", "عسكرياً", "العسكريين", false, ""}
	nUSTroop   = noun{"عسكري أمريكي", "عسكريين أمريكيين", "عسكريين أمريكيين", "عسكرياً أمريكياً", "العسكريين الأمريكيين", false, ""}
	nUSSoldier = noun{"جندي أميركي", "جنديين أميركيين", "جنود أميركيين", "جندياً أميركياً", "الجنود الأميركيين", false, ""}
	nChild     = noun{"طفل", "طفلين", "أطفال", "طفلاً", "الأطفال", false, ""}
	nWoman     = noun{"امرأة", "امرأتين", "نساء", "امرأة", "النساء", true, ""}
	nDead      = noun{"قتيل", "قتيلين", "قتلى", "قتيلاً", "القتلى", false, ""}
	nMartyr    = noun{"شهيد", "شهيدين", "شهداء", "شهيداً", "الشهداء", false, ""}
	nInjured   = noun{"جريح", "جريحين", "جرحى", "جريحاً", "الجرحى", false, ""}
	nOthers    = noun{"آخر", "آخرين", "آخرين", "آخرين", "الآخرين", false, ""}
)

// numStyle is how a number is written.
type numStyle int

const (
	styleDigits  numStyle = iota // 12
	styleEastern                 // ١٢
	styleWords                   // اثني عشر
)

// unitsForMasc are the units 3–10 as they stand before a masculine noun
// (the long form), unitsForFem before a feminine one.
var (
	unitsForMasc = [...]string{3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
	unitsForFem  = [...]string{3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
	tensGen      = [...]string{2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين", 8: "ثمانين", 9: "تسعين"}
)

// numberWords writes 3 ≤ n ≤ 99 in words, in the genitive, agreeing with
// a noun of the given gender. It returns "" for other numbers.
func numberWords(n int, femNoun bool) string {
	units := unitsForMasc
	if femNoun {
		units = unitsForFem
	}
	switch {
	case n >= 3 && n <= 10:
		return units[n]
	case n == 11:
		if femNoun {
			return "إحدى عشرة"
		}
		return "أحد عشر"
	case n == 12:
		if femNoun {
			return "اثنتي عشرة"
		}
		return "اثني عشر"
	case n >= 13 && n <= 19:
		if femNoun {
			return units[n-10] + " عشرة"
		}
		return units[n-10] + " عشر"
	case n >= 20 && n <= 99:
		u, t := n%10, n/10
		switch u {
		case 0:
			return tensGen[t]
		case 1:
			if femNoun {
				return "إحدى و" + tensGen[t]
			}
			return "واحد و" + tensGen[t]
		case 2:
			if femNoun {
				return "اثنتين و" + tensGen[t]
			}
			return "اثنين و" + tensGen[t]
		default:
			return units[u] + " و" + tensGen[t]
		}
	}
	return ""
}

// easternDigits are the Arabic-Indic digits ٠–٩.
const easternDigits = "٠١٢٣٤٥٦٧٨٩"

// digits writes n in Western or Eastern Arabic digits.
func digits(n int, st numStyle) string {
	s := strconv.Itoa(n)
	if st != styleEastern {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		d := int(c - '0')
		b.WriteString(easternDigits[d*2 : d*2+2]) // each digit is two bytes
	}
	return b.String()
}

// number writes n as a bare number in style st, for a noun of the given
// gender (words fall back to digits outside 3–99).
func number(n int, st numStyle, femNoun bool) string {
	if st == styleWords {
		if w := numberWords(n, femNoun); w != "" {
			return w
		}
		st = styleDigits
	}
	return digits(n, st)
}

// count writes n people counted with nn: "عنصر", "عنصرين", "خمسة عناصر",
// "15 عنصراً".
func count(n int, nn noun, st numStyle) string {
	var s string
	switch {
	case n == 1:
		s = nn.one
	case n == 2:
		s = nn.two
	case n <= 10:
		s = number(n, st, nn.fem) + " " + nn.pl
	default:
		s = number(n, st, nn.fem) + " " + nn.acc
	}
	if nn.tail != "" {
		s += " " + nn.tail
	}
	return s
}

// Qualifiers of a figure, as CONTRACT.md names them.
const (
	qExact   = "exact"
	qAbout   = "about"
	qAtLeast = "at_least"
	qAtMost  = "at_most"
	qRange   = "range"
	qVague   = "vague"
)

// figure is a casualty count as one source gives it.
type figure struct {
	n, hi int    // hi is used by ranges only
	qual  string // one of the q* constants
	style numStyle
}

// phrase writes the figure counting nn, qualifier included: "نحو 12
// عنصراً", "ما بين 10 و15 عنصراً", "عشرات العناصر", "3 عناصر على الأقل".
func (f figure) phrase(r *rng, nn noun) string {
	switch f.qual {
	case qAbout:
		return pick(r, []string{"نحو ", "حوالي ", "قرابة ", "زهاء "}) + count(max(f.n, 3), nn, f.style)
	case qAtLeast:
		if r.chance(0.4) && f.n > 2 {
			return count(f.n, nn, f.style) + " على الأقل"
		}
		return pick(r, []string{"ما لا يقل عن ", "أكثر من ", "ما يزيد على "}) + count(max(f.n, 3), nn, f.style)
	case qAtMost:
		return "أقل من " + count(max(f.n, 3), nn, f.style)
	case qRange:
		lo, hi := max(f.n, 3), max(f.hi, f.n+2)
		s := "ما بين " + number(lo, f.style, nn.fem) + " و" + number(hi, f.style, nn.fem)
		if hi <= 10 {
			s += " " + nn.pl
		} else {
			s += " " + nn.acc
		}
		if nn.tail != "" {
			s += " " + nn.tail
		}
		return s
	case qVague:
		v := pick(r, []string{"عدد من ", "عشرات ", "عدد من "})
		s := v + nn.def
		if nn.tail != "" {
			s += " " + nn.tail
		}
		return s
	}
	return count(f.n, nn, f.style)
}

// newFigure draws how a source words a count of about n.
func newFigure(r *rng, n int, vagueOK bool) figure {
	f := figure{n: n, qual: qExact}
	switch x := r.intn(100); {
	case x < 62:
	case x < 72:
		f.qual = qAbout
	case x < 84:
		f.qual = qAtLeast
	case x < 88:
		f.qual = qAtMost
		f.n = n + r.between(1, 4)
	case x < 94:
		f.qual = qRange
		f.hi = n + r.between(2, 6)
	default:
		if vagueOK {
			f.qual = qVague
		}
	}
	switch x := r.intn(100); {
	case x < 15:
		f.style = styleEastern
	case x < 45:
		f.style = styleWords
	}
	return f
}
