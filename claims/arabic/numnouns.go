package arabic

import (
	"strings"
	"unicode/utf8"
)

// stemOf returns the token's stem (Tokenize's analysis); ok is false for
// anything that is not a word.
func stemOf(t *Token) (string, bool) {
	if t.Kind != TokWord || t.Detached() {
		return "", false
	}
	return t.Stem, true
}

// vagueAt parses a vague quantity at token q.
func vagueAt(toks []Token, q int) (core, bool) {
	s, ok := stemOf(&toks[q])
	if !ok {
		return core{}, false
	}
	next := func(k int) string {
		if k < len(toks) && toks[k].Kind == TokWord {
			return toks[k].Stem
		}
		return ""
	}
	// The folded word, for adjectives the stemmer may cut wrongly ("كبيراً"
	// is no ك + "بيراً").
	norm := func(k int) string {
		if k < len(toks) && toks[k].Kind == TokWord {
			return toks[k].Norm
		}
		return ""
	}
	mk := func(lo, hi int, open bool, end int) (core, bool) {
		c := core{low: lo, high: hi, open: open, qual: QualVague, source: SourceWords, end: end}
		return c, true
	}
	switch s {
	case "عده":
		if toks[q].Article {
			return core{}, false
		}
		return mk(3, 9, false, q+1)
	case "بضعه", "بضع":
		switch next(q + 1) {
		case "عشر", "عشره":
			return mk(13, 19, false, q+2)
		case "عشرات":
			return mk(20, 99, false, q+2)
		case "مئات", "مائات":
			return mk(200, 600, false, q+2)
		case "الاف", "لاف":
			return mk(2000, 6000, false, q+2)
		}
		return mk(3, 9, false, q+1)
	case "عدد", "عددا":
		if toks[q].Article {
			return core{}, false
		}
		switch n1 := next(q + 1); {
		case n1 == "من" && relativeVerb(next(q+2)):
			// "عدد من قتلوا": the number of those who were killed, a
			// head, not a vague count.
			return core{}, false
		case n1 == "من", n1 == "منهم", n1 == "منهن":
			// "عدد منهم": a number of them, the people named before.
			return mk(2, 9, false, q+1)
		case n1 == "غير" && unspecified[next(q+2)] && next(q+3) == "من":
			// "عدد غير محدد من المصابين": at least one, no upper bound.
			return mk(1, 0, true, q+3)
		case (n1 == "كبير" || norm(q+1) == "كبيرا" || n1 == "وافر") && next(q+2) == "من":
			// "عدد كبير من القتلى": many, but how many is not said; it
			// bounds the toll as a bare plural does, from two up.
			return mk(2, 0, true, q+2)
		case (n1 == "قليل" || n1 == "قليلا" || n1 == "محدود" || n1 == "محدودا") && next(q+2) == "من":
			return mk(2, 5, false, q+2)
		}
		return core{}, false
	case "اعداد":
		// "أعداد كبيرة من المسلحين": many, as "عدد كبير من".
		if toks[q].Article {
			return core{}, false
		}
		if n1, n2 := next(q+1), next(q+2); (n1 == "كبيره" || n1 == "كبيرة") && (n2 == "من" || n2 == "منهم") {
			return mk(2, 0, true, q+2)
		}
		return core{}, false
	case "عديد":
		if next(q+1) == "من" {
			return mk(3, 0, true, q+1)
		}
	case "عشرات":
		if n1 := next(q + 1); n1 == "الاف" && toks[q+1].Article {
			return mk(20000, 99999, false, q+2)
		}
		return mk(20, 99, false, q+1)
	case "مئات", "مائات":
		if n1 := next(q + 1); n1 == "الاف" && toks[q+1].Article {
			return mk(200000, 999999, false, q+2)
		}
		return mk(200, 999, false, q+1)
	case "الاف", "لاف", "الوف":
		if !letterAt(toks[q].Text, utf8.RuneCountInString(toks[q].Clitics)) && !toks[q].Article {
			return core{}, false
		}
		return mk(2000, 9999, false, q+1)
	case "ملايين":
		return mk(2000000, 9999999, false, q+1)
	}
	return core{}, false
}

// unspecified are the adjectives of "عدد غير محدد": a count the speaker
// does not know.
var unspecified = map[string]bool{"محدد": true, "معروف": true, "معلوم": true, "محدود": true, "مؤكد": true, "موكد": true}

// relativeVerb reports whether a stem after "عدد من" is a plural past
// verb ("قتلوا", "أصيبوا"), which makes من "those who".
func relativeVerb(s string) bool {
	return len(s) > 6 && strings.HasSuffix(s, "وا")
}

// dualAt reads a dual person noun at q as the count 2.
func dualAt(toks []Token, q int) (core, bool) {
	t := &toks[q]
	if t.Kind != TokWord || t.Article || t.Detached() {
		return core{}, false
	}
	if t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف" {
		return core{}, false
	}
	if base, ok := dualBase(t.Stem); ok {
		return core{low: 2, high: 2, source: SourceNoun, end: q + 1, noun: base, nounFirst: q, nounLast: q + 1}, true
	}
	// a word that Tokenize split wrongly ("وجنديين" is fine, but try the
	// whole word as well)
	if base, ok := dualBase(t.Norm); ok && t.Clitics != "" {
		return core{low: 2, high: 2, source: SourceNoun, end: q + 1, noun: base, nounFirst: q, nounLast: q + 1}, true
	}
	return core{}, false
}

// dualBase returns the singular of a dual person noun: ان/تان always,
// ين/تين only for nouns whose plural is broken (else it is the plural).
func dualBase(s string) (string, bool) {
	if !strings.HasSuffix(s, "ن") { // every dual ending below ends in ن
		return "", false
	}
	for _, suf := range [...]string{"ان", "ين", "تان", "تين"} {
		if !strings.HasSuffix(s, suf) {
			continue
		}
		base := s[:len(s)-len(suf)]
		if suf[0] == "ت"[0] && suf[1] == "ت"[1] {
			base += "ه" // taa marbuta: امرأتان → امراه
		}
		p, ok := personNouns[base]
		if !ok {
			continue
		}
		if suf == "ين" || suf == "تين" {
			if !p {
				continue
			}
		}
		return base, true
	}
	return "", false
}

// personNouns are folded singular nouns of countable people; the value is
// true when the plural is broken (so a final ين can only be a dual).
var personNouns = map[string]bool{
	"قتيل": true, "جريح": true, "جندي": true, "عنصر": true, "شخص": true, "طفل": true,
	"رجل": true, "ضابط": true, "امراه": true, "شهيد": true, "اسير": true, "فرد": true,
	"عامل": true, "قائد": true, "عضو": true, "طفله": true, "جنديه": false, "ضحيه": false,
	"مصاب": false, "مدني": false, "عسكري": false, "مسلح": false, "مقاتل": false,
	"مواطن": false, "مستشار": false, "صحفي": false, "ناشط": false, "طيار": false,
	"مسعف": false, "مسؤول": false, "قيادي": false, "معتقل": false, "مفقود": false,
	"مخطوف": false, "لاجئ": false, "نازح": false, "مدنيه": false, "خبير": false,
	"حاله": true, // "بينهم حالتان حرجتان": two cases, two people
	"جثه":  true, // "استقبل المشفى جثتين": two bodies, two dead
}

// measureNouns are folded units that make a number a measure.
var measureNouns = makeSet(
	"كم", "كيلومتر", "كيلومترات", "كيلو", "متر", "امتار", "مترا", "ميل", "اميال", "كلم",
	"كغ", "كيلوغرام", "كيلوغرامات", "غرام", "طن", "اطنان", "لتر", "ليتر", "لترات", "برميل", "براميل",
	"دولار", "دولارات", "يورو", "ليره", "ليرات", "ريال", "دينار", "جنيه",
	"ساعه", "ساعات", "يوم", "ايام", "يوما", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "شهرا",
	"سنه", "سنوات", "سنين", "عام", "اعوام", "عاما", "دقيقه", "دقائق", "ثانيه", "ثوان", "ثواني",
	"هكتار", "دونم", "دونما", "ميغاوات", "قدم", "اقدام", "عقده", "مره", "مرات",
)

// funcWords are folded words that are never a counted noun.
var funcWords = makeSet(
	"في", "من", "علي", "الي", "عن", "مع", "او", "ثم", "حتي", "بعد", "قبل", "منذ", "خلال",
	"عند", "حسب", "بحسب", "وفق", "وفقا", "هم", "هو", "هي", "انه", "ان", "قد", "لا", "لم", "لن",
	"ما", "كل", "بين", "نحو", "حوالي", "اخرين", "اخري", "اخر", "فقط", "تقريبا", "منهم", "منهن", "بينهم", "بينهن",
	"منها", "بينها", "اي", "الذين", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك",
)

// nounAfter finds the counted noun at token e ("150 جندياً", "ستة
// مقاتلين", "25 من القوات"); value is the count (for the accusative).
// The noun carries no clitic, and the article only after من or after a
// vague construct noun (construct: "عشرات القتلى").
func nounAfter(toks []Token, e, value int, construct bool) (string, int, int) {
	k := e
	if k < len(toks) && toks[k].Kind == TokWord && toks[k].Norm == "من" && k+1 < len(toks) && toks[k+1].Article && toks[k+1].Clitics == "" {
		k++
		construct = true
	}
	if k >= len(toks) || toks[k].Clitics != "" || (toks[k].Article && !construct) {
		return "", 0, 0
	}
	s, ok := nounStem(&toks[k], value)
	if !ok {
		return "", 0, 0
	}
	return s, k, k + 1
}

// nounStem returns the folded stem of a possible noun, without the
// accusative ا of a tamyiz (after 11–99, or written with tanween).
func nounStem(t *Token, value int) (string, bool) {
	if t.Kind != TokWord || t.Detached() || funcWords[t.Norm] || funcWords[t.Stem] {
		return "", false
	}
	if _, _, _, ok := lookupNumWord(t); ok {
		return "", false
	}
	s := t.Stem
	if strings.HasSuffix(s, "ا") && runesAtLeast(s, 4) &&
		(strings.Contains(t.Text, "\u064b") || (value%100 >= 11 && value%100 <= 99)) {
		s = s[:len(s)-2]
	}
	return s, true
}

// SingularCount reads an indefinite singular person noun at token i as the
// count 1, Source SourceNoun: "مقتل أميركي", "إصابة جندي". The noun must
// be one of personNouns or a nisba adjective used as a noun (ending in ي,
// four letters or more). The caller decides when the context (an outcome
// noun before it) makes this a count.
func SingularCount(toks []Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false
	}
	t := &toks[i]
	if t.Kind != TokWord || t.Article || t.Detached() || (t.Clitics != "" && t.Clitics != "و" && t.Clitics != "ف") {
		return Number{}, false
	}
	s := t.Stem
	if strings.HasSuffix(s, "ا") && strings.Contains(t.Text, "\u064b") {
		s = s[:len(s)-2]
	}
	_, person := personNouns[s]
	nisba := strings.HasSuffix(s, "ي") && runesAtLeast(s, 4) && !funcWords[s]
	if !person && !nisba {
		return Number{}, false
	}
	return Number{
		Span: t.Span, First: i, Last: i + 1, Low: 1, High: 1,
		Qualifier: QualExact, Source: SourceNoun, Noun: s, NounFirst: i, NounLast: i + 1,
	}, true
}
