package arabic

import "time"

// explicit parses day-month-year, month-year, month alone, year alone and
// numeric dates at token k (the expression starts at i).
func (r *dateResolver) explicit(i, k int) (Date, bool) {
	toks := r.toks
	t := &toks[k]
	if t.Kind == TokNumber {
		if d, ok := r.numeric(i, k); ok {
			return d, true
		}
		day, ok := smallInt(t)
		if ok && day >= 1 && day <= 31 && len(t.Norm) <= 2 {
			if m, end, ok := monthAt(toks, k+1); ok {
				return r.dayMonth(i, end, day, m)
			}
			// في 22 من حزيران، 5 من شهر أيار: the digits, then من
			if k+2 < len(toks) && toks[k+1].Norm == "من" {
				if m, end, ok := monthAt(toks, monthWordSkip(toks, k+2)); ok {
					return r.dayMonth(i, end, day, m)
				}
			}
		}
		if ok && len(t.Norm) == 4 && isYearValue(day) && k+1 < len(toks) && toks[k+1].Kind == TokWord && eraMarkers[toks[k+1].Norm] {
			return r.yearOf(i, k+2, day, toks[k+1].Norm)
		}
		if ok && len(t.Norm) == 4 && day >= 1900 && day <= 2100 && k > 0 && r.wordIn(k-1, yearIntro) && k == i {
			return r.yearDate(i, afterEra(toks, k+1), day, "year"), true
		}
		return Date{}, false
	}
	if t.Kind != TokWord {
		return Date{}, false
	}
	// الثاني من آذار، الخامس والعشرين من أيار، الثالث من شهر آذار
	if day, next, ok := ordinalDay(toks, k); ok && next+1 < len(toks) && toks[next].Norm == "من" {
		if m, end, ok := monthAt(toks, monthWordSkip(toks, next+1)); ok {
			return r.dayMonth(i, end, day, m)
		}
	}
	// الثامن عشر من الشهر: the month of publication, or the one before
	// when that day is still to come
	if day, next, ok := ordinalDay(toks, k); ok && next+1 < len(toks) && toks[next].Norm == "من" && r.bareMonthAt(next+1) {
		return r.dayOfBareMonth(i, next+2, day)
	}
	// الـ 12 من آذار، الـ3 من شهر أيار: the article written apart before
	// the day's digits
	if t.Detached() && t.Article && k+2 < len(toks) && toks[k+1].Kind == TokNumber && toks[k+2].Norm == "من" {
		if day, ok := smallInt(&toks[k+1]); ok && day >= 1 && day <= 31 && len(toks[k+1].Norm) <= 2 {
			if m, end, ok := monthAt(toks, monthWordSkip(toks, k+3)); ok {
				return r.dayMonth(i, end, day, m)
			}
		}
	}
	// عام 2018، العام 2018، سنة 2018
	if (t.Stem == "عام" || t.Stem == "سنه") && k+1 < len(toks) {
		if y, ok := smallInt(&toks[k+1]); ok && len(toks[k+1].Norm) == 4 && isYearValue(y) {
			if y >= 1300 && y <= 1500 {
				return Date{}, false
			}
			return r.yearDate(i, afterEra(toks, k+2), y, "year"), true
		}
	}
	// month without a day
	m, end, ok := monthAt(toks, k)
	if !ok {
		return Date{}, false
	}
	return r.monthOnly(i, k, end, m)
}

// bareMonthAt reports whether token k is "الشهر" with no modifier after
// it (الماضي، الجاري ... are read by the keyword rules).
func (r *dateResolver) bareMonthAt(k int) bool {
	if k >= len(r.toks) || r.toks[k].Norm != "الشهر" {
		return false
	}
	return !r.wordIn(k+1, pastWords) && !r.wordIn(k+1, currentWords) && !r.wordIn(k+1, futureWords)
}

// dayOfBareMonth resolves a day of "the month" at tokens [i, end): in the
// publication month if not after publication, else in the month before.
func (r *dateResolver) dayOfBareMonth(i, end, day int) (Date, bool) {
	if !r.known {
		return Date{First: i, Last: end, Precision: Unresolved, Rule: "this_month"}, true
	}
	p := r.pub
	start := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, p.Location())
	if day > p.Day() {
		start = start.AddDate(0, -1, 0)
	}
	t := start.AddDate(0, 0, day-1)
	if t.Month() != start.Month() {
		return Date{}, false
	}
	return r.day(i, end, t, "this_month"), true
}

// monthWordSkip returns the token after "شهر" at k ("من شهر آذار"), or k.
func monthWordSkip(toks []Token, k int) int {
	if k+1 < len(toks) && toks[k].Kind == TokWord && toks[k].Norm == "شهر" {
		return k + 1
	}
	return k
}

// yearOf makes a Year date from a year and its era marker.
func (r *dateResolver) yearOf(i, end, y int, era string) (Date, bool) {
	if era == "ه" || era == "هجري" || era == "هجريه" || era == "للهجره" {
		from, ok1 := HijriToGregorian(y, 1, 1, r.pub.Location())
		to, ok2 := HijriToGregorian(y+1, 1, 1, r.pub.Location())
		if !ok1 || !ok2 {
			return Date{}, false
		}
		return Date{First: i, Last: end, From: from, To: to.AddDate(0, 0, -1), Precision: Year, Rule: "hijri"}, true
	}
	if y < 1900 || y > 2100 {
		return Date{}, false
	}
	return r.yearDate(i, end, y, "year"), true
}

// modifier reads الماضي/المقبل/الجاري (also "من العام الجاري") at k:
// -1 past, 1 future, 2 current, 0 none; and the token after it.
func (r *dateResolver) modifier(k int) (int, int) {
	switch {
	case r.wordIn(k, pastWords):
		return -1, k + 1
	case r.wordIn(k, futureWords):
		return 1, k + 1
	case r.wordIn(k, currentWords):
		return 2, k + 1
	}
	if k+2 < len(r.toks) && r.toks[k].Norm == "من" && (r.toks[k+1].Norm == "العام" || r.toks[k+1].Norm == "السنه" || r.toks[k+1].Norm == "هذا") {
		switch {
		case r.wordIn(k+2, currentWords) || r.toks[k+2].Norm == "العام" || r.toks[k+2].Norm == "السنه":
			return 2, k + 3
		case r.wordIn(k+2, pastWords):
			return 3, k + 3 // of last year
		}
	}
	return 0, k
}

// dayMonth resolves day + month (+ year) (+ modifier); the month ends at
// token end.
func (r *dateResolver) dayMonth(i, end, day int, m monthName) (Date, bool) {
	toks := r.toks
	year := 0
	if end < len(toks) {
		if y, ok := smallInt(&toks[end]); ok && len(toks[end].Norm) == 4 && isYearValue(y) {
			year = y
			end = afterEra(toks, end+1)
		}
	}
	mod := 0
	if year == 0 {
		mod, end = r.modifier(end)
	}
	loc := r.pub.Location()
	if m.cal == calHijri {
		if year == 0 {
			if !r.known {
				return Date{First: i, Last: end, Precision: Unresolved, Rule: "hijri"}, true
			}
			hy, _, _ := GregorianToHijri(r.pub)
			year = hy
			if t, ok := HijriToGregorian(year, m.month, day, loc); !ok || t.After(r.pub) {
				year--
			}
		}
		t, ok := HijriToGregorian(year, m.month, day, loc)
		if !ok {
			return Date{}, false
		}
		return r.day(i, end, t, "hijri"), true
	}
	rule := "explicit"
	if year == 0 {
		if !r.known {
			return Date{First: i, Last: end, Precision: Unresolved, Rule: rule}, true
		}
		year = r.pub.Year()
		cand := func(y int) time.Time { return time.Date(y, time.Month(m.month), day, 0, 0, 0, 0, loc) }
		switch mod {
		case -1:
			rule = "explicit_past"
			if !cand(year).Before(r.pub) {
				year--
			}
		case 1:
			rule = "explicit_next"
			if !cand(year).After(r.pub) {
				year++
			}
		case 2:
		case 3:
			year--
		default:
			if cand(year).After(r.pub) {
				year--
			}
		}
	}
	t := time.Date(year, time.Month(m.month), day, 0, 0, 0, 0, loc)
	if t.Day() != day {
		return Date{}, false // 31 شباط
	}
	return r.day(i, end, t, rule), true
}

// monthOnly resolves a month without a day at tokens [k, end).
func (r *dateResolver) monthOnly(i, k, end int, m monthName) (Date, bool) {
	toks := r.toks
	year := 0
	if end < len(toks) {
		if y, ok := smallInt(&toks[end]); ok && len(toks[end].Norm) == 4 && isYearValue(y) {
			year = y
			end = afterEra(toks, end+1)
		}
	}
	mod := 0
	if year == 0 {
		mod, end = r.modifier(end)
	}
	if m.ambiguous && year == 0 && mod == 0 && !(k > 0 && toks[k-1].Stem == "شهر") {
		return Date{}, false
	}
	if m.cal == calHijri {
		if year == 0 {
			return Date{}, false
		}
		from, ok1 := HijriToGregorian(year, m.month, 1, r.pub.Location())
		to, ok2 := HijriToGregorian(year, m.month, hijriMonthLength(year, m.month), r.pub.Location())
		if !ok1 || !ok2 {
			return Date{}, false
		}
		return Date{First: i, Last: end, From: from, To: to, Precision: Month, Rule: "hijri"}, true
	}
	loc := r.pub.Location()
	if year == 0 {
		if !r.known {
			return Date{First: i, Last: end, Precision: Unresolved, Rule: "month"}, true
		}
		year = r.pub.Year()
		pm := int(r.pub.Month())
		switch mod {
		case -1:
			if m.month >= pm {
				year--
			}
		case 1:
			if m.month <= pm {
				year++
			}
		case 3:
			year--
		case 2:
		default:
			if m.month > pm {
				year--
			}
		}
	}
	from := time.Date(year, time.Month(m.month), 1, 0, 0, 0, 0, loc)
	return r.monthPart(i, Date{First: i, Last: end, From: from, To: from.AddDate(0, 1, -1), Precision: Month, Rule: "month"}), true
}

// numeric parses 9/3/2023 (day/month/year), 2023/3/9 and 2023-03-09,
// written without spaces.
func (r *dateResolver) numeric(i, k int) (Date, bool) {
	toks := r.toks
	if k+4 >= len(toks) {
		return Date{}, false
	}
	sep := toks[k+1].Norm
	if sep != "/" && sep != "-" {
		return Date{}, false
	}
	if toks[k+3].Norm != sep {
		return Date{}, false
	}
	for j := k; j < k+4; j++ {
		if toks[j].End != toks[j+1].Start {
			return Date{}, false
		}
	}
	a, ok1 := smallInt(&toks[k])
	b, ok2 := smallInt(&toks[k+2])
	c, ok3 := smallInt(&toks[k+4])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	y, m, d := c, b, a
	if len(toks[k].Norm) == 4 {
		y, m, d = a, b, c
	} else if len(toks[k+4].Norm) != 4 {
		return Date{}, false
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, r.pub.Location())
	if t.Day() != d {
		return Date{}, false
	}
	return r.day(i, k+5, t, "numeric"), true
}

// ordinalUnits are folded ordinal stems 1–10 (masculine, as days are).
var ordinalUnits = map[string]int{
	"اول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6,
	"سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10,
}

// ordinalDay reads an ordinal day of the month with the article at token
// k: الأول … العاشر, الحادي عشر … التاسع عشر, العشرين, الحادي والعشرين …
// الثلاثين, الحادي والثلاثين. It returns the day and the next token.
func ordinalDay(toks []Token, k int) (int, int, bool) {
	t := &toks[k]
	if t.Kind != TokWord || !t.Article {
		return 0, 0, false
	}
	next := func(j int) string {
		if j < len(toks) && toks[j].Kind == TokWord {
			return toks[j].Norm
		}
		return ""
	}
	switch t.Stem {
	case "عشرين":
		return 20, k + 1, true
	case "ثلاثين":
		return 30, k + 1, true
	}
	u, ok := ordinalUnits[t.Stem]
	if !ok {
		return 0, 0, false
	}
	switch next(k + 1) {
	case "عشر":
		if u < 10 && t.Stem != "اول" {
			return 10 + u, k + 2, true
		}
	case "والعشرين":
		if u < 10 && t.Stem != "اول" {
			return 20 + u, k + 2, true
		}
	case "والثلاثين":
		if u == 1 && t.Stem == "حادي" {
			return 31, k + 2, true
		}
	}
	if t.Stem == "حادي" {
		return 0, 0, false
	}
	return u, k + 1, true
}
