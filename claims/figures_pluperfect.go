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
			if f.Subset || f.Earlier || f.High == nil {
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
		case firstHours(t, next):
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
