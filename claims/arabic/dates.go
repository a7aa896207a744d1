package arabic

import (
	"strings"
	"time"
)

// Precision says how precisely a Date is known.
type Precision int

// Precisions of a Date.
const (
	Day        Precision = iota // one day: From == To
	Range                       // consecutive days From..To (a night across two days, a week)
	Month                       // a calendar month: From is its first day, To its last
	Year                        // a calendar year
	Unresolved                  // recognised but not resolvable ("غداة" an event): From and To are zero
)

// String returns the precision's name.
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Range:
		return "range"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "unresolved"
}

// Date is a time expression resolved against the publication date. From
// and To are calendar days (midnight in the publication date's location),
// both inclusive.
type Date struct {
	Span
	First, Last int // token range
	From, To    time.Time
	Precision   Precision
	// Rule names the rule that resolved it: today, yesterday,
	// day_before_yesterday, last_night, tomorrow, after, weekday,
	// weekday_next_day, weekday_past, weekday_next, weekday_pair, explicit,
	// explicit_past, explicit_next, hijri, numeric, month, year, last_week,
	// this_week, last_month, this_month, last_year, this_year, days_ago.
	Rule string
}

// date keyword phrases and their rules; "=" keeps the article state exact
var dateKeywords = [...]struct{ phrase, rule string }{
	{"=اليوم", "today"},
	{"=أمس", "yesterday"}, {"=الأمس", "yesterday"}, {"=البارحة", "yesterday"},
	{"=أول =أمس", "day_before_yesterday"}, {"=أول =من =أمس", "day_before_yesterday"},
	{"=قبل =أمس", "day_before_yesterday"}, {"=أمس =الأول", "day_before_yesterday"},
	{"=الليلة =الماضية", "last_night"}, {"=ليلة =أمس", "last_night"}, {"=ليل =أمس", "last_night"},
	{"=ليلة =البارحة", "last_night"}, {"=ليل =البارحة", "last_night"}, {"=ليلة =الأمس", "last_night"},
	{"=غدا", "tomorrow"}, {"=بعد =غد", "after_tomorrow"},
	{"=غداة", "after"}, {"=اليوم =التالي", "after"}, {"=صبيحة =اليوم =التالي", "after"},
	{"=الأسبوع =الماضي", "last_week"}, {"=الأسبوع =المنصرم", "last_week"}, {"=الأسبوع =الفائت", "last_week"},
	{"=الأسبوع =الجاري", "this_week"}, {"=الأسبوع =الحالي", "this_week"}, {"=هذا =الأسبوع", "this_week"},
	{"=الشهر =الماضي", "last_month"}, {"=الشهر =المنصرم", "last_month"}, {"=الشهر =الفائت", "last_month"},
	{"=الشهر =الجاري", "this_month"}, {"=الشهر =الحالي", "this_month"}, {"=هذا =الشهر", "this_month"},
	{"=العام =الماضي", "last_year"}, {"=السنة =الماضية", "last_year"}, {"=العام =المنصرم", "last_year"},
	{"=العام =الفائت", "last_year"}, {"=العام =الجاري", "this_year"}, {"=العام =الحالي", "this_year"},
	{"=هذا =العام", "this_year"}, {"=السنة =الجارية", "this_year"}, {"=السنة =الحالية", "this_year"},
	{"=قبل =يومين", "days_ago"}, {"=قبل =أسبوع", "days_ago"},
}

// dateMatcher is compiled once and only read.
var dateMatcher = buildDateMatcher()

func buildDateMatcher() *Matcher {
	p := make([]string, len(dateKeywords))
	for i, k := range dateKeywords {
		p[i] = k.phrase
	}
	return NewMatcher(p)
}

// weekdays maps folded weekday stems (with the article) to time.Weekday.
var weekdays = map[string]time.Weekday{
	"احد": time.Sunday, "اثنين": time.Monday, "ثلاثاء": time.Tuesday, "اربعاء": time.Wednesday,
	"خميس": time.Thursday, "جمعه": time.Friday, "سبت": time.Saturday,
}

// dayParts are folded words for a part of a day ("فجر الأربعاء").
var dayParts = makeSet("ليل", "ليله", "فجر", "صباح", "مساء", "ظهر", "عصر", "ظهيره", "صبيحه", "نهار", "ضحي", "غروب", "منتصف")

// past, future and current modifiers after a date
var (
	pastWords    = makeSet("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق")
	futureWords  = makeSet("المقبل", "المقبله", "القادم", "القادمه")
	currentWords = makeSet("الجاري", "الجاريه", "الحالي", "الحاليه")
)

// Dates finds the time expressions of a token sequence and resolves them
// against the publication date, in text order, never overlapping:
//
//   - اليوم, أمس/الأمس/البارحة/يوم أمس, أول أمس, الليلة الماضية (a Range
//     from yesterday to today), غدا, غداة/اليوم التالي (Rule "after",
//     Unresolved unless a date follows غداة: then that date + 1);
//   - a weekday with the article, optionally after يوم or a part of the
//     day (ليل ليلة فجر صباح مساء ظهر عصر ...): the latest such day on or
//     before publication; if it is the day after publication, that day
//     (an announcement in one time zone of a dawn strike in another, Rule
//     weekday_next_day). "الأربعاء الماضي" is the latest Wednesday strictly
//     before publication, "المقبل" the next strictly after. "ليل الخميس
//     الجمعة" and "ليل الاثنين وفجر الثلاثاء" are Ranges over both days.
//     "اليوم الجمعة", "يوم أمس الأربعاء" are today and yesterday;
//   - day + month (Levantine, Egyptian or Maghrebi names, alternatives as
//     "آذار/مارس") + optional year + optional الماضي/المقبل/الجاري; with no
//     year, the latest such date on or before publication (الماضي: strictly
//     before; الجاري: the publication year; المقبل: the next one);
//   - Hijri day + month + year ("2 رمضان 1444"), by the tabular calendar
//     (see HijriToGregorian); without a year, the latest on or before
//     publication;
//   - a month alone ("في شباط الماضي", "آذار 2023"): Precision Month;
//     ambiguous names (مارس، صفر، رجب، رمضان، شعبان، آب) need a year, a
//     modifier, a day, "شهر" before them or an alternative name;
//   - a year after عام/العام/سنة/منذ/في... or before an era marker: Year;
//   - numeric dates 9/3/2023 (day/month/year) and 2023-03-09;
//   - الأسبوع الماضي/الجاري (weeks run Saturday to Friday), الشهر
//     الماضي/الجاري, العام الماضي/الجاري, قبل يومين, قبل أسبوع.
//
// With a zero published time, relative expressions are Unresolved.
func Dates(toks []Token, published time.Time) []Date {
	r := dateResolver{toks: toks, pub: dayOf(published), known: !published.IsZero()}
	var out []Date
	for i := 0; i < len(toks); {
		if d, ok := r.at(i); ok {
			d.Span = Span{toks[d.First].Start, toks[d.Last-1].End}
			if d.From.After(d.To) {
				d.From, d.To = d.To, d.From
			}
			out = append(out, d)
			i = d.Last
			continue
		}
		i++
	}
	return out
}

// dayOf returns midnight of t's calendar day in t's location.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// dateResolver holds one Dates call.
type dateResolver struct {
	toks   []Token
	pub    time.Time
	known  bool
	nested bool // resolving the date after غداة: no second غداة
}

// day makes a one-day Date.
func (r *dateResolver) day(first, last int, t time.Time, rule string) Date {
	return Date{First: first, Last: last, From: t, To: t, Precision: Day, Rule: rule}
}

// rel makes a Date relative to publication, Unresolved if it is unknown.
func (r *dateResolver) rel(d Date) Date {
	if !r.known {
		d.From, d.To, d.Precision = time.Time{}, time.Time{}, Unresolved
	}
	return d
}

// wordIn reports whether token k is a word whose folded form (or stem)
// is in set.
func (r *dateResolver) wordIn(k int, set map[string]bool) bool {
	return k >= 0 && k < len(r.toks) && r.toks[k].Kind == TokWord && (set[r.toks[k].Norm] || set[r.toks[k].Stem])
}

// isYom reports whether token k is يوم without the article.
func (r *dateResolver) isYom(k int) bool {
	return k < len(r.toks) && r.toks[k].Kind == TokWord && !r.toks[k].Article && r.toks[k].Stem == "يوم" && (r.toks[k].Clitics == "" || r.toks[k].Clitics == "و" || r.toks[k].Clitics == "ف" || r.toks[k].Clitics == "ب")
}

// isDayPart reports whether token k is a part of the day (no article).
func (r *dateResolver) isDayPart(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	return t.Kind == TokWord && !t.Article && (dayParts[t.Stem] || dayParts[t.Norm])
}

// weekdayAt reads a weekday with the article at k.
func (r *dateResolver) weekdayAt(k int) (time.Weekday, bool) {
	if k >= len(r.toks) || r.toks[k].Kind != TokWord {
		return 0, false
	}
	var sp [maxSplits]split
	n := splits(r.toks[k].Norm, true, &sp)
	for j := 0; j < n; j++ {
		if sp[j].art {
			if wd, ok := weekdays[sp[j].rest]; ok {
				return wd, true
			}
		}
	}
	return 0, false
}

// at parses a date expression starting at token i.
func (r *dateResolver) at(i int) (Date, bool) {
	toks := r.toks
	if m, ok := dateMatcher.MatchAt(toks, i); ok && m.Lead == 0 {
		return r.keyword(i, m)
	}
	k := i
	part := false
	if r.isDayPart(k) {
		part = true
		k++
		if r.isYom(k) {
			k++
		}
	} else if r.isYom(k) {
		k++
	}
	if k >= len(toks) {
		return Date{}, false
	}
	if m, ok := dateMatcher.MatchAt(toks, k); ok && m.Lead == 0 {
		return r.keyword(i, m)
	}
	if wd, ok := r.weekdayAt(k); ok {
		if !part && k == i && (wd == time.Sunday || wd == time.Monday) && !r.punctAt(k+1) {
			return Date{}, false // الأحد/الاثنين alone: "the one", "the two"
		}
		return r.weekday(i, k, wd)
	}
	if d, ok := r.explicit(i, k); ok {
		return d, true
	}
	return Date{}, false
}

// punctAt reports whether token k is punctuation or past the end.
func (r *dateResolver) punctAt(k int) bool {
	return k >= len(r.toks) || r.toks[k].Kind == TokPunct
}

// keyword resolves a keyword match that starts at token i (after a
// possible part of day).
func (r *dateResolver) keyword(i int, m Match) (Date, bool) {
	rule := dateKeywords[m.Phrase].rule
	p := r.pub
	end := m.Last
	var d Date
	switch rule {
	case "today", "yesterday", "day_before_yesterday":
		off := map[string]int{"today": 0, "yesterday": -1, "day_before_yesterday": -2}[rule]
		if _, ok := r.weekdayAt(end); ok {
			end++ // "اليوم الجمعة", "أمس الأربعاء"
		}
		d = r.day(i, end, p.AddDate(0, 0, off), rule)
	case "last_night":
		d = Date{First: i, Last: end, From: p.AddDate(0, 0, -1), To: p, Precision: Range, Rule: rule}
	case "tomorrow":
		d = r.day(i, end, p.AddDate(0, 0, 1), rule)
	case "after_tomorrow":
		d = r.day(i, end, p.AddDate(0, 0, 2), "tomorrow")
	case "after":
		if r.nested {
			return Date{First: i, Last: end, Precision: Unresolved, Rule: rule}, true
		}
		r.nested = true
		next, ok := r.at(end)
		r.nested = false
		if ok && next.Precision == Day {
			next.First, next.Rule = i, "after"
			next.From = next.From.AddDate(0, 0, 1)
			next.To = next.From
			return next, true
		}
		return Date{First: i, Last: end, Precision: Unresolved, Rule: rule}, true
	case "last_week", "this_week":
		// weeks run Saturday to Friday
		start := p.AddDate(0, 0, -((int(p.Weekday()) + 1) % 7))
		if rule == "last_week" {
			start = start.AddDate(0, 0, -7)
		}
		d = Date{First: i, Last: end, From: start, To: start.AddDate(0, 0, 6), Precision: Range, Rule: rule}
	case "last_month", "this_month":
		start := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, p.Location())
		if rule == "last_month" {
			start = start.AddDate(0, -1, 0)
		}
		d = Date{First: i, Last: end, From: start, To: start.AddDate(0, 1, -1), Precision: Month, Rule: rule}
	case "last_year", "this_year":
		y := p.Year()
		if rule == "last_year" {
			y--
		}
		d = r.yearDate(i, end, y, rule)
	case "days_ago":
		n := 2
		if strings.HasPrefix(r.toks[m.Last-1].Stem, "اسبوع") {
			n = 7
		}
		d = r.day(i, end, p.AddDate(0, 0, -n), rule)
	}
	return r.rel(d), true
}

// yearDate makes a Year date.
func (r *dateResolver) yearDate(first, last, y int, rule string) Date {
	loc := r.pub.Location()
	return Date{First: first, Last: last, From: time.Date(y, 1, 1, 0, 0, 0, 0, loc),
		To: time.Date(y, 12, 31, 0, 0, 0, 0, loc), Precision: Year, Rule: rule}
}

// weekday resolves a weekday at token k (the expression starts at i).
func (r *dateResolver) weekday(i, k int, wd time.Weekday) (Date, bool) {
	p := r.pub
	end := k + 1
	back := (int(p.Weekday()) - int(wd) + 7) % 7
	rule := "weekday"
	switch {
	case r.wordIn(end, pastWords):
		if back == 0 {
			back = 7
		}
		rule = "weekday_past"
		end++
	case r.wordIn(end, futureWords):
		back = -((int(wd) - int(p.Weekday()) + 7) % 7)
		if back == 0 {
			back = -7
		}
		rule = "weekday_next"
		end++
	case back == 6:
		back = -1 // the day after publication
		rule = "weekday_next_day"
	}
	day := p.AddDate(0, 0, -back)
	d := r.day(i, end, day, rule)
	// a night or span over two days: "ليل الخميس الجمعة", "ليلة الخميس على
	// الجمعة", "ليل الاثنين وفجر الثلاثاء"
	j := end
	if j < len(r.toks) && (r.toks[j].Norm == "علي" || r.toks[j].Norm == "-" || r.toks[j].Norm == "–" || r.toks[j].Norm == "و") {
		j++
	}
	if r.isDayPart(j) {
		j++
	}
	if wd2, ok := r.weekdayAt(j); ok && wd2 == (wd+1)%7 && rule != "weekday_past" && rule != "weekday_next" {
		// resolve by the second day, the night before it
		back2 := (int(p.Weekday()) - int(wd2) + 7) % 7
		if back2 == 6 {
			back2 = -1
		}
		second := p.AddDate(0, 0, -back2)
		d = Date{First: i, Last: j + 1, From: second.AddDate(0, 0, -1), To: second, Precision: Range, Rule: "weekday_pair"}
	}
	return r.rel(d), true
}

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
	return Date{First: i, Last: end, From: from, To: from.AddDate(0, 1, -1), Precision: Month, Rule: "month"}, true
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
