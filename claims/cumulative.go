package claims

import (
	"strconv"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// Cumulative totals.
//
// A count may total a whole war, a campaign or a span of months or years
// rather than one event: "خسر التنظيم آلاف العناصر في تلك الحرب"، "قتل
// مئات الآلاف منذ اندلاع النزاع"، "بلغ عدد القتلى منذ مطلع العام ..."،
// "خلال السنوات الماضية". Such a total is no toll of the story's event and
// no account of it: it is dropped from the claim's figures, so that
// reconcile never compares it with the event's toll. An event's own
// running toll ("منذ بدء الهجوم"، "منذ انطلاق العملية مساء أمس") stays.

// longUnits are the (folded, bare) units of time long enough that a count
// over them totals more than one event: months and years.
var longUnits = foldedSet("شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات",
	"سنين", "العام", "السنة", "الشهر", "الأشهر", "الشهور", "الأعوام", "السنوات", "الاعوام", "الاشهر")

// wholeWars name a war as a whole, which a count "في" or "خلال" it totals:
// "في الحرب"، "خلال سنوات النزاع". Protests and "أحداث" are events of
// their own and are not here. Folded stems.
var wholeWars = foldedSet("حرب", "نزاع", "صراع", "أزمة", "ثورة")

// monthNames name a month: a count "منذ" a month spans weeks at least.
var monthNames = foldedSet("كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
	"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")

// spanPrepositions open a span a count runs over: "خلال"، "طوال"، "طيلة".
var spanPrepositions = foldedSet("خلال", "طوال", "طيلة")

// partCues open the part of a count ("بينهم 3 أطفال"): the words after
// them describe the part. Normalised forms.
var partCues = map[string]bool{"بينهم": true, "بينهن": true, "منهم": true, "منهن": true, "وبينهم": true, "ومنهم": true}

// cumulativeWindow is how many words a qualifier of the whole span may
// stand after the count's last word, or before its first.
const cumulativeWindow = 6

// longUnit reports whether t names months or years.
func longUnit(t arabic.Token) bool {
	return longUnits[t.Stem] || longUnits[t.Norm]
}

// yearNumber reports whether t is a year written in digits.
func yearNumber(t arabic.Token) bool {
	if t.Kind != arabic.TokNumber {
		return false
	}
	n, err := strconv.Atoi(t.Norm)
	return err == nil && n >= 1900 && n <= 2100
}

// wholeSpanAt reports whether a qualifier at k makes a count the total of
// a war or of a long span: "في (تلك) الحرب"، "منذ اندلاع النزاع"، "منذ
// مطلع العام"، "منذ أشهر"، "منذ 2014"، "خلال السنوات الماضية"، "منذ بدء
// العملية قبل شهر".
func wholeSpanAt(d *doc, k, hi int) bool {
	t := d.toks[k]
	if t.Kind != arabic.TokWord {
		return false
	}
	next := func(j int) (arabic.Token, bool) {
		if j >= hi || j >= len(d.toks) {
			return arabic.Token{}, false
		}
		return d.toks[j], true
	}
	switch {
	case t.Norm == "في" || t.Norm == "وفي":
		j := k + 1
		if n, ok := next(j); ok && demonstratives[n.Norm] {
			j++
		}
		n, ok := next(j)
		return ok && wholeWars[n.Stem]
	case spanPrepositions[t.Stem]:
		j := k + 1
		if n, ok := next(j); ok && (n.Kind == arabic.TokNumber || numberWords[n.Norm]) {
			j++
		}
		n, ok := next(j)
		return ok && (longUnit(n) || wholeWars[n.Stem])
	case t.Norm == "منذ" || t.Norm == "ومنذ":
		if comparedBefore(d, max(0, k-8), k) {
			return false
		}
		n, ok := next(k + 1)
		if !ok {
			return false
		}
		if yearNumber(n) || longUnit(n) || monthNames[n.Stem] || monthNames[n.Norm] {
			return true
		}
		if approxWords[n.Norm] || n.Kind == arabic.TokNumber || numberWords[n.Norm] {
			u, ok := next(k + 2)
			return ok && longUnit(u)
		}
		if !warSpans[n.Stem] && !sincePeriod(n) {
			return false
		}
		// "منذ مطلع الشهر" may count a few days only: the month's start
		// is no long span, the year's is.
		if m, ok := next(k + 2); ok && (warNouns[m.Stem] || longUnit(m) && m.Stem != arabic.Fold("شهر") || monthNames[m.Stem] || monthNames[m.Norm]) {
			return true
		}
		// "منذ بدء العملية قبل شهر": the start lies months back.
		for j := k + 3; j < k+7; j++ {
			m, ok := next(j)
			if !ok || m.Kind == arabic.TokPunct {
				break
			}
			if m.Norm == "قبل" {
				u, ok := next(j + 1)
				if ok && (approxWords[u.Norm] || u.Kind == arabic.TokNumber || numberWords[u.Norm]) {
					u, ok = next(j + 2)
				}
				return ok && longUnit(u)
			}
		}
	}
	return false
}

// cumulativeCount reports whether the count from first to last totals a
// war or a long span: a qualifier of the whole span stands inside it
// (the count's words may reach past its verb) or within a few words
// after it, or before it in the same clause.
func cumulativeCount(d *doc, first, last, lo, hi int) bool {
	n := 0
	for k := first + 1; k < hi && n < cumulativeWindow; k++ {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			break
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		if k > last && partCues[t.Norm] {
			break // what follows "بينهم" tells the part, not the span
		}
		if wholeSpanAt(d, k, hi) {
			return true
		}
		if k > last {
			n++
		}
	}
	n = 0
	for k := first - 1; k >= lo && n < cumulativeWindow; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			break
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		if wholeSpanAt(d, k, first) {
			return true
		}
		n++
	}
	return false
}

// dropCumulative removes from out (and its candidates pos) the counts
// that total a war or a long span, with the parts counted of them
// ("بينهم ...").
func dropCumulative(d *doc, r region, out []Figure, pos []figCand) ([]Figure, []figCand) {
	var keptF []Figure
	var keptP []figCand
	dropped := false
	for i := range out {
		if out[i].Subset {
			// a part goes with its whole: dropped with a total, kept
			// with the event's toll ("بينهم ضباط متهمون بجرائم خلال
			// سنوات الحرب" says who they are, not what the count spans).
			if dropped {
				continue
			}
			keptF = append(keptF, out[i])
			keptP = append(keptP, pos[i])
			continue
		}
		// "..., إضافة إلى 60 مصاباً": a count added to a total in its
		// sentence counts over the same span.
		added := dropped && (pos[i].coordinated || additionBefore(d, pos[i].first)) &&
			sameSentence(d, pos[i-1].last, pos[i].first)
		dropped = added || cumulativeCount(d, pos[i].first, pos[i].last, r.lo, r.hi) || out[i].Qualifier == QualVague && campaignToll(d, pos[i].first)
		if dropped {
			continue
		}
		keptF = append(keptF, out[i])
		keptP = append(keptP, pos[i])
	}
	return keptF, keptP
}

// comparedBefore reports whether a superlative ("الأعنف منذ أشهر") or
// "من نوعه" stands before "منذ" at k in its clause: the sentence compares
// one deed with the span. "أكثر من" before a number is a count's
// qualifier ("أكثر من 300 قتيل منذ ..."), no comparison.
func comparedBefore(d *doc, lo, k int) bool {
	for j := k - 1; j >= lo; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "," && t.Text != "،" {
			break
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		if sinceSuperlatives[t.Stem] && !(j+1 < k && d.toks[j+1].Norm == "من") || strings.HasPrefix(t.Stem, "نوع") {
			return true
		}
	}
	return false
}

// campaignTollWindow is how many words before a count, in its sentence,
// the campaign it totals may be told.
const campaignTollWindow = 40

// campaignToll reports whether the count at first is the harm of a
// campaign its sentence tells before it: an ongoing verb, then "منذ" and
// a long span ("وتتعرض البلدة منذ سنوات لقصف متكرر، أودى بحياة عشرات
// المدنيين"، "وتشهد المنطقة منذ مطلع الصيف حملة ... خلّفت مئات الضحايا").
// The vague count ("عشرات"، "مئات") totals the campaign, not the story's
// event; a deed the sentence dates after it ("..., وكان قصف قد طال
// الثلاثاء قرية ...") has a toll of its own.
func campaignToll(d *doc, first int) bool {
	for k := first - 1; k >= 0 && k >= first-campaignTollWindow; k-- {
		t := d.toks[k]
		if stopToken(t) || pastBeing[t.Norm] || pastBeing[t.Stem] {
			return false
		}
		if t.Kind == arabic.TokWord && (t.Norm == "منذ" || t.Norm == "ومنذ") && wholeSpanAt(d, k, first) && campaignVerbBefore(d.toks, max(0, k-campaignWindow-2), k) {
			return true
		}
	}
	return false
}
