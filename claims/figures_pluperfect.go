package claims

import "github.com/riwaya/riwaya/claims/arabic"

// pluperfectWords open a report the source had made before the time of
// the article: "وكانت الشبكة قد ذكرت"، "وكانت الوزارة أعلنت". Stems.
var pluperfectWords = map[string]bool{"كان": true, "كانت": true, "كانوا": true}

// markPluperfectSuperseded marks earlier the tolls a source gave in a
// pluperfect report ("وكانت الشبكة قد ذكرت ظهراً مقتل 12 مدنياً") when
// the same source gives a higher toll of the same outcome elsewhere in
// the article, before or after: the pluperfect tells what it had said
// before its present count. Reports of another day or of another kind of
// event are left alone, and so are parts of a toll.
func markPluperfectSuperseded(d *doc, cs []Claim) {
	for i := range cs {
		if !pluperfectReport(d, cs[i]) || !sameDayOrSuperseded(d, cs[i]) {
			continue
		}
		for fi := range cs[i].Figures {
			f := &cs[i].Figures[fi]
			if f.Subset || f.Earlier {
				continue
			}
			if f.High == nil {
				// "تجاوز 120": a count with no upper bound is passed by
				// a higher one only above its lower bound.
				if higherTollElsewhere(d, cs, i, Figure{Outcome: f.Outcome, High: &f.Low}) {
					f.Earlier = true
				}
				continue
			}
			if higherTollElsewhere(d, cs, i, *f) {
				f.Earlier = true
			}
		}
	}
}

// pluperfectReport reports whether the claim's cue is a report verb that
// a form of كان opens a few words before, within the sentence: "وكان
// المرصد قد أفاد"، "وكان قد أعلن المرصد".
func pluperfectReport(d *doc, c Claim) bool {
	if c.CueSpan == nil {
		return false
	}
	k := tokenAt(d, c.CueSpan.Start)
	if k < 1 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if pluperfectWords[t.Stem] {
			return true
		}
	}
	return false
}

// sameDayHours are the parts of the day (folded, with tanween gone) a
// pluperfect report may carry to say it was made earlier the same day:
// "وكانت المديرية قد أعلنت فجراً". A part of the day in construct ("صباح
// الأحد") names a day, maybe another, and is no such mark.
var sameDayHours = map[string]bool{
	"صباحا": true, "ظهرا": true, "عصرا": true, "فجرا": true, "ليلا": true,
}

// sameDayOrSuperseded reports whether a pluperfect claim says when, that
// same day, the report was made ("صباحاً"، "في وقت سابق"، "مساء اليوم"),
// or says that another followed it ("...، قبل أن يعود"): without either,
// the pluperfect may recall another event of another day.
func sameDayOrSuperseded(d *doc, c Claim) bool {
	for k := tokenAt(d, c.Start); k >= 0 && k+1 < len(d.toks) && d.toks[k].Start < c.End; k++ {
		t, next := d.toks[k], d.toks[k+1]
		switch {
		case sameDayHours[t.Stem]:
			return true
		case t.Stem == "مساء" && next.Norm == "اليوم":
			return true
		case t.Stem == "سابق" && k >= 1 && d.toks[k-1].Norm == "وقت" && next.Norm != "من":
			return true
		case t.Norm == "قبل" && next.Norm == "ان":
			return true
		case firstHours(t, next) || firstDays(t, next):
			return true
		case expectRise[t.Stem] && riseNoun(next):
			return true
		}
	}
	return false
}

// firstHours reports whether tokens t and next say "in the first hours"
// ("في الساعات الأولى"، "خلال الساعات الأولى للهجوم") or "hours before"
// ("قبل ساعات"): a report of the same day, before the present count.
func firstHours(t, next arabic.Token) bool {
	hours := t.Norm == "الساعات" || t.Norm == "الساعه" || t.Stem == "ساعات"
	return hours && (next.Norm == "الاولي" || next.Norm == "الاولى") ||
		t.Norm == "قبل" && (next.Norm == "ساعات" || next.Norm == "ساعه" || next.Norm == "ساعتين")
}

// higherTollElsewhere reports whether another claim of the same source,
// not itself a pluperfect report, gives a toll of f's outcome above f's
// upper bound, on the same date and kind of event when both are known.
func higherTollElsewhere(d *doc, cs []Claim, i int, f Figure) bool {
	c := cs[i]
	for j := range cs {
		o := cs[j]
		if j == i || o.Source.ID != c.Source.ID || pluperfectReport(d, o) {
			continue
		}
		if c.Date != nil && o.Date != nil && *c.Date != *o.Date && !recalledDate(c) && !recalledDate(o) {
			continue
		}
		if c.EventType != o.EventType && c.EventType != EventOther && o.EventType != EventOther && c.EventType != "" && o.EventType != "" {
			continue
		}
		for _, g := range o.Figures {
			if !g.Subset && !g.Earlier && g.Outcome == f.Outcome && g.Low > *f.High {
				return true
			}
		}
	}
	return false
}

// recalledDate reports whether a claim is dated as a recalled event, to
// the first day of the week before its article (see recalled.go): its
// date is a span that holds the article's own day.
func recalledDate(c Claim) bool {
	for _, r := range c.Rules {
		if r == "date:recalled" {
			return true
		}
	}
	return false
}

// firstDays reports whether tokens t and next say "in the first days"
// ("في الأيام الأولى للحملة") or "on the first day" ("في اليوم الأول"): a
// report made early in the course of the same event, before the count
// the article gives now.
func firstDays(t, next arabic.Token) bool {
	return t.Norm == "الايام" && next.Norm == "الاولي" || t.Norm == "اليوم" && next.Norm == "الاول"
}

// expectRise are the participles and verbs (stems) with which a source
// says it expects its count to rise: "متوقعاً ارتفاعه"، "مرجحاً ارتفاع
// العدد"، "ويتوقع أن يرتفع". A count so told is provisional.
var expectRise = map[string]bool{
	"متوقعا": true, "متوقعه": true, "مرجحا": true, "مرجحه": true, "يتوقع": true, "تتوقع": true,
	"ويتوقع": true, "وتتوقع": true, "مرشحه": true, "مرشح": true, "مرشحا": true,
}

// riseNoun reports whether t is the noun or verb of rising that follows a
// word of expectation: "ارتفاعه"، "ارتفاع"، "للارتفاع"، "أن" (of "أن
// يرتفع").
func riseNoun(t arabic.Token) bool {
	switch t.Norm {
	case "ارتفاعه", "ارتفاعها", "ارتفاع", "للارتفاع", "بارتفاع", "ان", "بان":
		return true
	}
	return false
}
