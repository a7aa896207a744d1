package reconcile

import (
	"slices"
	"strings"
)

// Tallies over a span.
//
// Ministries and armies sum up their operations: "neutralised 38
// terrorists during the past week in northern Syria", "21 within one
// day in the areas of two operations", "3,500 since the operation
// began". Such a tally counts the dead and wounded of many actions over
// days and places; it is no toll of the one happening an event tells,
// and does not say who that happening's victims were.

// tallySpanWords are the folded words that open a span of time: "خلال"،
// "غضون" ("في غضون")، "طيلة"، "طوال".
var tallySpanWords = []string{"خلال", "غضون", "طيله", "طوال"}

// durationStems are the folded stems of lengths of time after a span
// word, without the article: a day, two days, days, a week, weeks, hours,
// a month ("خلال الأسبوع الماضي"، "في غضون يومين"، "خلال 24 ساعة").
var durationStems = []string{"يوم", "ايام", "اسبوع", "اسابيع", "ساع", "شهر", "اشهر"}

// namedDays follow "يوم" when it names the day of the happening, not a
// length of time ("خلال يوم الجمعة"، "خلال يوم أمس").
var namedDays = []string{"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "امس", "امس،"}

// sinceStarts are the folded nouns after "منذ" that count from the start
// of a campaign ("منذ انطلاق العملية"، "منذ بدء الهجوم").
var sinceStarts = []string{"انطلاق", "بدء", "بدايه", "مطلع"}

// tallyReach is how many words before the figure a span may stand; after
// it, the span may close the sentence ("حيّدت 9 مسلحين ...
// في مناطق العمليتين، في غضون يومين").
const tallyReach = 12

// spanTally reports whether a figure is a tally over a span of time or of
// several areas (see span_tally.go): tallyReach words before it or anywhere
// after it in its claim, a span
// word with a length of time after it (a number may stand between: "خلال
// 24 ساعة"), "منذ" with the start of a campaign, or "في مناطق" (areas,
// plural).
func spanTally(r figRef) bool {
	if r.c == nil {
		return false
	}
	ws := claimWords(r.c.Text)
	lo, hi := r.f.Span.Start-r.c.Start, r.f.Span.End-r.c.Start
	first := slices.IndexFunc(ws, func(w claimWord) bool { return w.at >= lo && w.at < hi })
	if first < 0 {
		return false
	}
	for i := max(0, first-tallyReach); i < len(ws); i++ {
		w := strings.TrimPrefix(ws[i].w, "و")
		switch {
		case slices.Contains(tallySpanWords, w):
			if durationAfter(ws, i) {
				return true
			}
		case w == "منذ":
			if i+1 < len(ws) && slices.Contains(sinceStarts, strings.TrimPrefix(ws[i+1].w, "ال")) {
				return true
			}
		case w == "مناطق" || w == "عده":
			if i > 0 && strings.TrimPrefix(ws[i-1].w, "و") == "في" && (w == "مناطق" || i+1 < len(ws) && ws[i+1].w == "مناطق") {
				return true
			}
		}
	}
	return false
}

// durationAfter reports whether a length of time follows the span word at
// ws[i], after at most a number or "ال" ("الـ24 ساعة").
func durationAfter(ws []claimWord, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		w := strings.TrimPrefix(ws[j].w, "ال")
		for _, d := range durationStems {
			if strings.HasPrefix(w, d) {
				return !(w == "يوم" && j+1 < len(ws) && slices.Contains(namedDays, ws[j+1].w))
			}
		}
		if w != "" && !isDigits(w) && w != "ال" {
			return false
		}
	}
	return false
}

// isDigits: the word is written in digits only.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789٠١٢٣٤٥٦٧٨٩") == ""
}

// tallyInArticle reports whether a figure is a tally over a span (see
// spanTally), or repeats one its source gives in the same article: a
// headline "تحييد 21 إرهابياً" over a body that sums up a day of
// operations.
func tallyInArticle(r figRef, accs []*account) bool {
	if spanTally(r) {
		return true
	}
	for _, a := range accs {
		for _, c := range a.claims {
			if c == r.c || c.Article != r.c.Article || c.Source.ID != r.c.Source.ID {
				continue
			}
			for _, f := range c.Figures {
				if f.Outcome == r.f.Outcome && f.Low == r.f.Low && spanTally(figRef{f, c}) {
					return true
				}
			}
		}
	}
	return false
}
