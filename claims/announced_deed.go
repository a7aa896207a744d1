package claims

// announceVerbs announce: "أعلن"، "أعلنت"، "يعلن"، "تعلن"، "أعلنوا", as
// folded stems.
var announceVerbs = map[string]bool{
	"اعلن": true, "اعلنت": true, "يعلن": true, "تعلن": true, "اعلنوا": true,
}

// announcesOwnDeed reports whether the speaker announces a deed of its
// own: a verb of announcing whose object, right at the start of the
// content, is a verbal noun of carrying out with the event word after it
// ("أعلن التحالف تنفيذ ضربات من الجو"، "أعلنت الوزارة شن غارات على
// مواقع"، "يعلن الجيش تنفيذ عملية"). Armies and ministries announce their
// own operations so; one that announces another's deed names it ("أعلن
// الجيش أن طائرات معادية قصفت") and is read by the other rules first.
func (x *Extractor) announcesOwnDeed(d *doc, f frame, r region, in func(int) bool) bool {
	if f.cue == nil || !announceVerbs[d.toks[f.cue.First].Stem] {
		return false
	}
	k := r.cs
	for k < r.hi && (!in(k) || d.toks[k].IsQuote()) {
		k++
	}
	if k+1 >= r.hi || d.toks[k].Clitics != "" || !deedNouns[d.toks[k].Stem] {
		return false
	}
	t, _, ok := x.triggers.at(d.toks, k+1)
	return ok && t.typ != EventOther
}
