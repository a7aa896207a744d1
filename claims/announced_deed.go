package claims

import "github.com/riwaya/riwaya/claims/arabic"

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
	if k+1 >= r.hi || d.toks[k].Clitics != "" {
		return false
	}
	if e, ok := harmDeedAt(d, k, r); ok {
		// "أعلنت الوزارة تحييد مسلحين بضربة جوية": putting people or
		// things out of action, with no doer named after the noun.
		a, named := x.actorAfter(d, e, r.hi, in)
		return !named || !namedActor(a) // "تحييد إرهابيين": no party named
	}
	if !deedNouns[d.toks[k].Stem] {
		return false
	}
	t, _, ok := x.triggers.at(d.toks, k+1)
	return ok && t.typ != EventOther
}

// harmDeedNouns are the verbal nouns of putting an enemy out of action
// that armies and ministries announce of their own strikes: "تحييد"،
// "تصفية"، "تدمير" (folded), and "القضاء" with "على" after it.
var harmDeedNouns = foldedSet("تحييد", "تصفية", "تدمير")

// harmDeedAt reads a verbal noun of harmDeedNouns at k, bare and with no
// suffix, or "القضاء على", and returns the token after it: its object,
// after which a party named is the deed's doer ("أعلن الجيش تدمير
// طائرات إسرائيلية لموقع" tells another's deed; a plain object does
// not).
func harmDeedAt(d *doc, k int, r region) (int, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Clitics != "" {
		return 0, false
	}
	if harmDeedNouns[t.Norm] && !t.Article && k+1 < r.hi {
		return k + 1, true
	}
	if t.Norm == "القضاء" && k+2 < r.hi && d.toks[k+1].Norm == "علي" {
		return k + 2, true
	}
	return 0, false
}
