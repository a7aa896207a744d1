package arabic

import (
	"strconv"
	"strings"
	"time"
)

// keyword resolves a keyword match that starts at token i (after a
// possible part of day).
func (r *dateResolver) keyword(i int, m Match) (Date, bool) {
	rule := dateKeywords[m.Phrase].rule
	p := r.pub
	end := m.Last
	var d Date
	switch rule {
	case "today", "yesterday", "day_before_yesterday":
		if rule == "today" && r.wordIn(end, dayOrdinals) {
			return Date{}, false // "في اليوم الأول للهجوم": a day counted from an event, not today
		}
		off := map[string]int{"today": 0, "yesterday": -1, "day_before_yesterday": -2}[rule]
		if _, ok := r.weekdayAt(end); ok {
			end++ // "اليوم الجمعة", "أمس الأربعاء"
		}
		d = r.day(i, end, p.AddDate(0, 0, off), rule)
	case "same_day", "next_day", "previous_day":
		return r.fromAnchor(i, end, rule), true
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
	case "week_start":
		// the first days of the week, Sunday and Monday (the Syrian
		// working week starts on Sunday; a day's slack around Sunday
		// also covers Saturday); "مطلع الأسبوع الماضي" is those of the
		// week before
		start := p.AddDate(0, 0, -((int(p.Weekday())+1)%7)).AddDate(0, 0, 1)
		if r.wordIn(end, pastWords) {
			start = start.AddDate(0, 0, -7)
			end++
		}
		d = Date{First: i, Last: end, From: start, To: start.AddDate(0, 0, 1), Precision: Range, Rule: rule}
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
		d = r.monthPart(i, Date{First: i, Last: end, From: start, To: start.AddDate(0, 1, -1), Precision: Month, Rule: rule})
		if day, first, ok := r.dayOfMonthBefore(i); ok && day <= start.AddDate(0, 1, -1).Day() {
			// "السابع عشر من الشهر الحالي", "يوم 3 من الشهر الماضي"
			d = r.day(first, end, start.AddDate(0, 0, day-1), rule)
		}
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

// Thirds of a month named by the word before it: "مطلع آذار", "منتصف
// الشهر الماضي", "أواخر شباط". Folded forms.
var (
	monthStartWords = makeSet("مطلع", "اوائل", "بدايه", "مستهل", "ومطلع", "واوائل", "وبدايه")
	monthMidWords   = makeSet("منتصف", "اواسط", "ومنتصف", "واواسط")
	monthEndWords   = makeSet("اواخر", "نهايه", "واواخر", "ونهايه")
)

// monthPart narrows a month d to the third of it that the word at token i
// (a part of a day such as "منتصف" starts the expression) or right before
// it names: days 1-10, 11-20, or 21 to the month's end. It stays a Month
// for precision (the day is still not known), and unchanged without such
// a word.
func (r *dateResolver) monthPart(i int, d Date) Date {
	w := ""
	switch {
	case i < len(r.toks) && r.toks[i].Kind == TokWord && monthMidWords[r.toks[i].Norm]:
		w = r.toks[i].Norm
	case i > 0 && r.toks[i-1].Kind == TokWord:
		w = r.toks[i-1].Norm
	}
	last := d.To
	switch {
	case monthStartWords[w]:
		d.To = d.From.AddDate(0, 0, 9)
	case monthMidWords[w]:
		d.From, d.To = d.From.AddDate(0, 0, 10), d.From.AddDate(0, 0, 19)
	case monthEndWords[w]:
		d.From = d.From.AddDate(0, 0, 20)
	}
	if d.To.After(last) {
		d.To = last
	}
	return d
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
	if d, ok := r.explicitAfterWeekday(i, end); ok {
		return d, true
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

// explicitAfterWeekday resolves a full date right after a weekday,
// before or after a comma ("مساء الخميس 29 شباط الماضي"، "الأحد، 3
// آذار 2024"): the date says which of the weekdays is meant, so it wins
// over the weekday counted back from publication. j is the token after
// the weekday and its modifier.
func (r *dateResolver) explicitAfterWeekday(i, j int) (Date, bool) {
	if j < len(r.toks) && (r.toks[j].Norm == "," || r.toks[j].Norm == "،" || r.toks[j].Norm == "(") {
		j++
	}
	if j >= len(r.toks) {
		return Date{}, false
	}
	d, ok := r.explicit(j, j)
	if !ok || d.Precision != Day {
		return Date{}, false
	}
	d.First = i
	if d.Last < len(r.toks) && r.toks[d.Last].Norm == ")" && r.toks[j-1].Norm == "(" {
		d.Last++
	}
	return d, true
}

// ordinalDays are the folded ordinal words of a day of the month, the
// article on: "الأول" ... "العاشر", and the units of "الحادي عشر",
// "الخامس والعشرين".
var ordinalDays = map[string]int{
	"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
	"السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
}

// tensWords are the folded tens of an ordinal day ("العشرين", "والعشرين").
var tensWords = map[string]int{"عشر": 10, "العشرين": 20, "والعشرين": 20, "الثلاثين": 30, "والثلاثين": 30}

// dayOfMonthBefore reads a day of the month told before token i, which
// starts "الشهر الجاري/الماضي": "الخامس عشر من", "الحادي والعشرين من",
// "15 من". It returns the day and the token it starts at.
func (r *dateResolver) dayOfMonthBefore(i int) (int, int, bool) {
	k := i - 1
	if k >= 0 && r.toks[k].Kind == TokWord && r.toks[k].Norm == "من" {
		k--
	}
	if k < 0 || k == i-1 {
		return 0, 0, false
	}
	t := r.toks[k]
	if t.Kind == TokNumber {
		n, err := strconv.Atoi(t.Norm)
		if err != nil || n < 1 || n > 31 {
			return 0, 0, false
		}
		return n, k, true
	}
	if t.Kind != TokWord {
		return 0, 0, false
	}
	if n, ok := ordinalDays[t.Norm]; ok && t.Norm != "الحادي" {
		return n, k, true
	}
	tens, ok := tensWords[t.Norm]
	if !ok || k == 0 || r.toks[k-1].Kind != TokWord {
		return 0, 0, false
	}
	unit, ok := ordinalDays[r.toks[k-1].Norm]
	if !ok && tens >= 20 {
		return tens, k, true // "العشرين من الشهر"
	}
	if !ok || unit == 10 {
		return 0, 0, false
	}
	return unit + tens, k - 1, true
}

// fromAnchor resolves "اليوم ذاته" (same_day), "اليوم التالي" (next_day)
// and "اليوم السابق" (previous_day) from the day the text told last
// (tokens i..end): news tells a sequence of deeds from the first one's
// day ("شنت الطائرات غارات فجر الأحد ... وفي اليوم التالي ..."). A night
// across two days is kept for the same night; the day after it is the
// day it ends on plus one. With no day told before, the expression is
// Unresolved.
func (r *dateResolver) fromAnchor(i, end int, rule string) Date {
	a := r.anchor
	if a.Precision != Day && a.Precision != Range {
		return Date{First: i, Last: end, Precision: Unresolved, Rule: rule}
	}
	d := Date{First: i, Last: end, From: a.From, To: a.To, Precision: a.Precision, Rule: rule}
	switch rule {
	case "next_day":
		d.From = a.To.AddDate(0, 0, 1)
		d.To, d.Precision = d.From, Day
	case "previous_day":
		d.From = a.From.AddDate(0, 0, -1)
		d.To, d.Precision = d.From, Day
	}
	return d
}
