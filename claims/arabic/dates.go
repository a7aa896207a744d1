package arabic

import "time"

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
	// this_week, week_start, last_month, this_month, last_year, this_year,
	// days_ago.
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
	{"=اليوم =نفسه", "same_day"}, {"=اليوم =ذاته", "same_day"}, {"=ذات =اليوم", "same_day"}, {"=نفس =اليوم", "same_day"},
	{"=الليلة =نفسها", "same_day"}, {"=الليلة =ذاتها", "same_day"},
	{"=غداة", "after"}, {"=اليوم =التالي", "next_day"}, {"=صبيحة =اليوم =التالي", "next_day"},
	{"=اليوم =الذي =تلاه", "next_day"}, {"=اليوم =اللاحق", "next_day"}, {"=اليوم =الموالي", "next_day"},
	{"=الليلة =التالية", "next_day"}, {"=اليوم =السابق", "previous_day"}, {"=الليلة =السابقة", "previous_day"},
	{"=اليوم =الذي =سبقه", "previous_day"}, {"=اليوم =عينه", "same_day"}, {"=الليلة =عينها", "same_day"},
	{"=ذات =الليلة", "same_day"}, {"=نفس =الليلة", "same_day"},
	{"=الأسبوع =الماضي", "last_week"}, {"=الأسبوع =المنصرم", "last_week"}, {"=الأسبوع =الفائت", "last_week"},
	{"=مطلع =الأسبوع", "week_start"}, {"=بداية =الأسبوع", "week_start"}, {"=مستهل =الأسبوع", "week_start"},
	{"=أوائل =الأسبوع", "week_start"}, {"=مطلع =هذا =الأسبوع", "week_start"},
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

// weekdayKeys filters the tokens that cannot be weekdays.
var weekdayKeys = wordKeys(weekdays)

// dayParts are folded words for a part of a day ("فجر الأربعاء").
var dayParts = makeSet("ليل", "ليله", "فجر", "صباح", "مساء", "ظهر", "عصر", "ظهيره", "صبيحه", "نهار", "ضحي", "غروب", "منتصف")

// dayOrdinals are the folded ordinals that make "اليوم" a day counted
// from an event ("اليوم الأول", "في اليوم الثالث للمعارك", "اليوم
// الأخير من الهدنة"), not the day of publication.
var dayOrdinals = makeSet("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
	"التاسع", "العاشر", "الاخير", "الحادي")

// past, future and current modifiers after a date
var (
	pastWords    = makeSet("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق")
	futureWords  = makeSet("المقبل", "المقبله", "القادم", "القادمه")
	currentWords = makeSet("الجاري", "الجاريه", "الحالي", "الحاليه")
)

// Dates finds the time expressions of a token sequence and resolves them
// against the publication date, in text order, never overlapping:
//
//   - "اليوم نفسه", "في اليوم ذاته", "الليلة ذاتها" (Rule same_day): the
//     day (or night) the text told last before it, not today; "اليوم
//     التالي", "صبيحة اليوم التالي" (Rule next_day) the day after it and
//     "اليوم السابق" (Rule previous_day) the day before it. Unresolved
//     when the text told no day before them;
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
	r := dateResolver{toks: toks, pub: dayOf(published), known: !published.IsZero(), anchor: Date{Precision: Unresolved}}
	var out []Date
	for i := 0; i < len(toks); {
		if d, ok := r.at(i); ok {
			d.Span = Span{toks[d.First].Start, toks[d.Last-1].End}
			if d.From.After(d.To) {
				d.From, d.To = d.To, d.From
			}
			out = append(out, d)
			if (d.Precision == Day || d.Precision == Range) && !r.afterSequel(d.First) {
				r.anchor = d
			}
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
	// anchor is the last day (or night) the text told before the
	// expression being resolved: "في اليوم ذاته", "صباح اليوم التالي"
	// count from it, not from publication. Precision Unresolved when none.
	anchor Date
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
	if k >= len(r.toks) || r.toks[k].Kind != TokWord || !weekdayKeys.mayStart(&r.toks[k], true) {
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
	if k > i { // k == i was tried above
		if m, ok := dateMatcher.MatchAt(toks, k); ok && m.Lead == 0 {
			return r.keyword(i, m)
		}
	}
	if wd, ok := r.weekdayAt(k); ok {
		if !part && k == i && (wd == time.Sunday || wd == time.Monday) && !r.punctAt(k+1) && !r.eventNounAt(k-1) &&
			!r.definiteEventNounAt(k+1) {
			return Date{}, false // الأحد/الاثنين alone: "the one", "the two"
		}
		return r.weekday(i, k, wd)
	}
	if d, ok := r.explicit(i, k); ok {
		return d, true
	}
	if d, ok := r.countedAgo(i); ok {
		return d, true
	}
	return Date{}, false
}

// agoUnits are the folded nouns of a counted span before publication and
// how many days one of them lasts: "قبل عشرة أيام", "قبل 12 يوما", "قبل
// ثلاثة أسابيع".
var agoUnits = map[string]int{"ايام": 1, "يوما": 1, "يوم": 1, "اسابيع": 7, "اسبوعا": 7, "اسبوع": 7}

// agoHedges may stand between قبل and its count ("قبل نحو عشرة أيام").
var agoHedges = makeSet("نحو", "حوالي", "قرابه", "زهاء")

// agoAnchors are folded stems (without the article) of what a span may be
// measured from after "على" ("قبل ثلاثة أيام على بدء الهدنة"): an event
// noun or a beginning, end or arrival. Any other word after "على" is what
// was struck ("الغارة التي شنتها الطائرات قبل عشرة أيام على البلدة").
var agoAnchors = makeSet("بدء", "بدايه", "انطلاق", "انتهاء", "نهايه", "وصول", "توقيع", "اعلان", "سقوط", "مقتل",
	"اندلاع", "دخول", "انتخابات", "اتفاق", "هدنه", "ذكري", "موعد", "انعقاد")

// agoAnchorAt reports whether token k is one of agoAnchors or eventNouns.
func (r *dateResolver) agoAnchorAt(k int) bool {
	if k >= len(r.toks) || r.toks[k].Kind != TokWord {
		return false
	}
	st := r.toks[k].Stem
	return agoAnchors[st] || eventNouns[st]
}

// countedAgo resolves "قبل" + an exact count + a day or week noun at
// token i (Rule days_ago): that many days before publication; also a dual
// or a lone unit (see agoSpans), a month counted as thirty days. A span
// measured from another event ("قبل ثلاثة أيام من الانتخابات", "قبل
// عشرة أيام على الهجوم") is no date of its own.
func (r *dateResolver) countedAgo(i int) (Date, bool) {
	toks := r.toks
	if toks[i].Kind != TokWord || (toks[i].Norm != "قبل" && toks[i].Norm != "وقبل") {
		return Date{}, false
	}
	q := i + 1
	if q < len(toks) && toks[q].Kind == TokWord && agoHedges[toks[q].Norm] {
		q++
	}
	if q >= len(toks) {
		return Date{}, false
	}
	if n, ok := agoSpans[toks[q].Norm]; ok && toks[q].Kind == TokWord {
		// "قبل أسبوعين"، "قبل نحو شهر"، "قبل يومين": a dual or a single
		// unit with no count
		end := q + 1
		if r.measuredFrom(end) {
			return Date{}, false
		}
		if _, _, ok := monthAt(toks, end); ok && n == 30 {
			return Date{}, false // "قبل شهر رمضان": before a named month
		}
		return r.rel(r.day(i, end, r.pub.AddDate(0, 0, -n), "days_ago")), true
	}
	c, ok := parseCore(toks, q, false)
	if !ok || c.open || c.low != c.high || c.low < 3 || c.end >= len(toks) {
		return Date{}, false
	}
	days, ok := agoUnits[toks[c.end].Norm]
	if !ok || toks[c.end].Kind != TokWord {
		return Date{}, false
	}
	end := c.end + 1
	if r.measuredFrom(end) {
		return Date{}, false
	}
	n := c.low * days
	if n > 60 {
		return Date{}, false
	}
	return r.rel(r.day(i, end, r.pub.AddDate(0, 0, -n), "days_ago")), true
}

// agoSpans are the folded nouns of a span counted back from publication
// without a number: duals and single units ("قبل أسبوعين"، "قبل نحو
// شهر"), in days.
var agoSpans = map[string]int{"يومين": 2, "اسبوع": 7, "اسبوعين": 14, "شهر": 30, "شهرين": 60}

// measuredFrom reports whether the span ending before token end is
// measured from another event ("قبل ثلاثة أيام من الانتخابات"، "قبل
// أسبوعين على الهجوم"): then it is no date of its own.
func (r *dateResolver) measuredFrom(end int) bool {
	toks := r.toks
	return end < len(toks) && (toks[end].Norm == "من" || toks[end].Norm == "علي" && r.agoAnchorAt(end+1))
}

// definiteEventNounAt reports whether token k is one of eventNouns with
// the article: a weekday before it is the day of a deed told after its
// verb ("تبنت الاثنين الهجوم"، "شنت الأحد الغارات"), since "the two" or
// "the one" never stand before the noun they count.
func (r *dateResolver) definiteEventNounAt(k int) bool {
	if k < 0 || k >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	return t.Kind == TokWord && t.Article && eventNouns[t.Stem]
}

// punctAt reports whether token k is punctuation or past the end.
func (r *dateResolver) punctAt(k int) bool {
	return k >= len(r.toks) || r.toks[k].Kind == TokPunct
}

// eventNouns name an event; a weekday right after one is its day: "هجوم
// الأحد", "غارات الاثنين".
var eventNouns = makeSet("هجوم", "هجمات", "غاره", "غارات", "قصف", "ضربه", "ضربات", "اعتداء", "عدوان", "تفجير", "تفجيرات",
	"انفجار", "مجزره", "اشتباكات", "احداث", "عمليه", "استهداف")

// eventNounAt reports whether token k is one of eventNouns (no article:
// the noun heads the construct "هجوم الأحد").
func (r *dateResolver) eventNounAt(k int) bool {
	if k < 0 || k >= len(r.toks) {
		return false
	}
	t := &r.toks[k]
	return t.Kind == TokWord && !t.Article && eventNouns[t.Stem]
}

// sequelWords open a clause of an earlier or later deed set beside the
// one told ("... بعد اعتقالهما على الحاجز يوم السبت", "قبل أن ..."),
// folded.
var sequelWords = makeSet("بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "قبل", "وقبل", "غداه")

// afterSequel reports whether a sequel word stands between the start of
// the clause and token k: the date at k is that other deed's, no day a
// later "اليوم ذاته" points back to.
func (r *dateResolver) afterSequel(k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if r.toks[j].Kind == TokPunct {
			return false
		}
		if r.wordIn(j, sequelWords) {
			return true
		}
	}
	return false
}
