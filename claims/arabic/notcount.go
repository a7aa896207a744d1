package arabic

import "strings"

// yearIntro are folded words after which a four-digit number is a year.
var yearIntro = makeSet("عام", "سنه", "لعام", "لسنه", "منذ", "مطلع", "اوائل", "اواخر", "منتصف",
	"نهايه", "بدايه", "خلال", "حتي", "في", "صيف", "شتاء", "ربيع", "خريف", "اعوام", "عامي", "سنتي", "موسم")

// eraMarkers are folded words that follow a year.
var eraMarkers = makeSet("م", "ه", "هجري", "هجريه", "ميلادي", "ميلاديه", "للميلاد", "للهجره")

// percentWords follow a number to make a percentage.
var percentWords = makeSet("بالمئه", "بالمائه", "بالميه", "%", "٪")

// smallInt parses a folded token of at most four ASCII digits.
func smallInt(t *Token) (int, bool) {
	if t.Kind != TokNumber || len(t.Norm) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(t.Norm); i++ {
		c := t.Norm[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// isYearValue reports whether v looks like a Gregorian or Hijri year.
func isYearValue(v int) bool { return (v >= 1900 && v <= 2100) || (v >= 1300 && v <= 1500) }

// skipNotCount returns the end of a time, date, year or percentage that
// starts at token i, or i if there is none.
func skipNotCount(toks []Token, i int) int {
	t := &toks[i]
	n := len(toks)
	switch t.Kind {
	case TokNumber:
		if strings.IndexByte(t.Norm, ':') >= 0 {
			return i + 1 // 1:38
		}
		next := i + 1
		if next < n {
			nt := &toks[next]
			if percentWords[nt.Norm] {
				return next + 1
			}
			if nt.Norm == "في" && next+1 < n && (toks[next+1].Stem == "مئه" || toks[next+1].Stem == "مائه") {
				return next + 2
			}
			if d, ok := smallInt(t); ok && d >= 1 && d <= 31 {
				if _, end, ok := monthAt(toks, next); ok {
					return afterYear(toks, end)
				}
			}
			if nt.Norm == "/" || nt.Norm == "-" {
				// 9/3/2023, 2023-03-09
				k := i
				parts := 1
				for k+2 < n && toks[k+1].Norm == nt.Norm && toks[k+2].Kind == TokNumber &&
					toks[k+1].Start == toks[k].End && toks[k+2].Start == toks[k+1].End {
					k += 2
					parts++
				}
				if parts >= 3 {
					return k + 1
				}
			}
		}
		if timeBefore(toks, i) {
			return i + 1
		}
		if v, ok := smallInt(t); ok && len(t.Norm) == 4 && isYearValue(v) && yearContext(toks, i) {
			return afterEra(toks, i+1)
		}
	case TokWord:
		if t.Stem == "ساعه" && t.Article && i+1 < n {
			k := i + 1
			if toks[k].Detached() && k+1 < n {
				k++
			}
			if toks[k].Kind == TokNumber {
				return k + 1
			}
			if _, _, _, ok := lookupNumWord(&toks[k]); ok {
				return k + 1
			}
		}
		if _, end, ok := monthAt(toks, i); ok && end < n {
			if v, ok := smallInt(&toks[end]); ok && isYearValue(v) {
				return afterEra(toks, end+1)
			}
		}
	}
	return i
}

// afterYear skips an optional year (and era marker) at k.
func afterYear(toks []Token, k int) int {
	if k < len(toks) {
		if v, ok := smallInt(&toks[k]); ok && isYearValue(v) {
			return afterEra(toks, k+1)
		}
	}
	return k
}

// afterEra skips an optional era marker at k.
func afterEra(toks []Token, k int) int {
	if k < len(toks) && toks[k].Kind == TokWord && eraMarkers[toks[k].Norm] {
		return k + 1
	}
	return k
}

// timeBefore reports whether the number at i follows الساعة (a clock time).
func timeBefore(toks []Token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].Detached() && toks[k].Article {
		k--
	}
	return k >= 0 && toks[k].Kind == TokWord && toks[k].Stem == "ساعه" && toks[k].Article
}

// yearContext reports whether the four-digit number at i is used as a
// year: after عام/منذ/في..., before an era marker, or not followed by a
// word at all.
func yearContext(toks []Token, i int) bool {
	if i > 0 && toks[i-1].Kind == TokWord && (yearIntro[toks[i-1].Norm] || yearIntro[toks[i-1].Stem]) {
		return true
	}
	if periodBefore(toks, i) {
		return true
	}
	if i+1 >= len(toks) {
		return true
	}
	nt := &toks[i+1]
	return eraMarkers[nt.Norm] || nt.Kind == TokPunct || nt.Kind == TokLatin
}

// periodNouns are folded spans of time that a year may follow, as a
// construct ("في ساعات 2022 الأولى") or after من ("الأشهر الأولى من 2021").
var periodNouns = makeSet("ساعات", "ايام", "اسابيع", "اشهر", "شهور", "ليله", "ربع", "فصل", "اواسط")

// periodBefore reports whether the number at i follows a span of time,
// right before it or before من with at most one adjective between
// ("الساعات الأولى من 2022"): then a four-digit number is a year.
func periodBefore(toks []Token, i int) bool {
	period := func(k int) bool {
		return k >= 0 && toks[k].Kind == TokWord && (periodNouns[toks[k].Norm] || periodNouns[toks[k].Stem])
	}
	if period(i - 1) {
		return true
	}
	if i < 2 || toks[i-1].Kind != TokWord || toks[i-1].Norm != "من" {
		return false
	}
	return period(i-2) || period(i-3) && toks[i-2].Kind == TokWord
}
