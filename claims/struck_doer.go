package claims

import "github.com/riwaya/riwaya/claims/arabic"

// struckDeed is the trigger a verb of striking or destroying stands for
// when it names its subject as a doer (see struckDeedAt). It never types
// a claim: the type of a claim whose only deed it is comes from
// struckObject.
var struckDeed = trigger{EventAirstrike, -3}

// struckDeedAt reports whether token k is a verb of striking or destroying
// (strikeVerbs: "ضربت"، "يضرب"، "دمّرت"), not negated nor hypothetical
// nor of a natural cause, followed by what it struck ("تضرب مرفأ"،
// "دمرت اليوم مقرات"). Its subject is then the doer, as an event word's
// is. Verb-first order ("دمّرت وحدات من الجيش ... مقرات") is left out: the
// words after the verb may as well be what it struck ("دمّر الطيران
// مستودعات الجيش"). The bare "ضرب" is also the
// verbal noun ("عن ضرب منشآت"، "أعلنت ضرب مواقع"): it counts as a verb only
// after its subject (see subjectEndsAt).
func (x *Extractor) struckDeedAt(d *doc, r region, in func(int) bool, k int) bool {
	t := d.toks[k]
	bare := t.Stem == "ضرب" && x.subjectEndsAt(d, k)
	if !in(k) || t.Kind != arabic.TokWord || !strikeVerbs[t.Stem] && !bare || hasClitic(t.Clitics, 'ب') || hasClitic(t.Clitics, 'ل') || t.Article {
		return false
	}
	if _, neg := negatedHit(d, r, in, k, k+1); neg || x.irrealisBefore(d, k, r) || naturalCauseBefore(d, r, k) {
		return false
	}
	if v, _, ok := x.struckObjectFrom(d, r, in, k); ok && v == k {
		return true
	}
	j := k + 1
	for j < r.hi && j <= k+2 && in(j) && struckTimeWords[d.toks[j].Norm] {
		j++
	}
	if bare && j < r.hi && in(j) {
		if tg, _, ok := x.targets.at(d.toks, j); ok && !localityTargets[tg] {
			return true // "أن الجيش ضرب مواقع"
		}
	}
	return false
}

// subjectEndsAt reports whether a party, a force or a service ends right
// before k ("الجيش ضرب"، "سلاح الجو ضرب"، "الطيران الروسي ضرب"): the
// bare "ضرب" after it is its verb, not a verbal noun
// governed by a preposition or a verb ("عن ضرب"، "أعلنت ضرب"). A quote
// mark may open the quoted predicate between them: الجيش «ضرب أهدافاً».
func (x *Extractor) subjectEndsAt(d *doc, k int) bool {
	for k > 0 && d.toks[k-1].IsQuote() {
		k--
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if d.toks[i].Kind != arabic.TokWord {
			return false
		}
		if _, m, ok := x.actors.at(d.toks, i); ok && m.Last == k {
			return true
		}
		if _, m, ok := x.services.at(d.toks, i); ok && m.Last == k {
			return true
		}
		if _, m, ok := x.forces.at(d.toks, i); ok && m.Last == k {
			return true
		}
	}
	return k > 0 && d.toks[k-1].Stem == "جيش" && d.toks[k-1].Article
}
