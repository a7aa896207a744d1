package claims

import "github.com/riwaya/riwaya/claims/arabic"

// ascribeStems are the folded forms of the verb of ascribing, past and
// present, that read as a passive after a deed: "هجوم نُسب إلى"،
// "ضربة نُسبت إلى"، "قصف يُنسب إلى".
var ascribeStems = foldedSet("نسب", "نسبت", "ينسب", "تنسب")

// passiveAscriptionAt reports whether the verb of ascribing at k is the
// passive of a clause that qualifies the deed named right before it
// ("في هجوم نُسب للتنظيم"، "بقصف نُسب إلى الجيش"، "الغارة التي
// نُسبت إلى إسرائيل"), and returns the token where the party it is
// ascribed to begins (after "إلى", or the word with ل on it). No subject
// stands between the verb and the party: an active verb names who
// ascribes first ("نسبت الوكالة الهجوم إلى ...").
func (x *Extractor) passiveAscriptionAt(d *doc, k, hi int) (int, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || t.Clitics != "" || !ascribeStems[t.Stem] || k == 0 || k+1 >= hi {
		return 0, false
	}
	p := k - 1
	if n := d.toks[p].Norm; n == "التي" || n == "الذي" {
		p--
	}
	if p < 0 || !x.deedEndsAt(d, p+1) {
		return 0, false
	}
	next := d.toks[k+1]
	switch {
	case next.Kind == arabic.TokWord && next.Norm == "الي" && next.Clitics == "" && k+2 < hi:
		return k + 2, true
	case next.Kind == arabic.TokWord && hasClitic(next.Clitics, 'ل'):
		return k + 1, true
	}
	return 0, false
}

// deedEndsAt reports whether an attack word of the event lexicon ends
// right before token e.
func (x *Extractor) deedEndsAt(d *doc, e int) bool {
	for s := e - 1; s >= 0 && s >= e-3; s-- {
		if tr, m, ok := x.triggers.at(d.toks, s); ok && m.Last == e && tr.typ != EventOther {
			return true
		}
	}
	return false
}

// ascribedPassively is the party a deed of the claim is ascribed to by a
// passive verb of ascribing (see passiveAscriptionAt): reported, not
// asserted, as the doer.
func (x *Extractor) ascribedPassively(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		j, ok := x.passiveAscriptionAt(d, k, r.hi)
		if !ok || !in(j) {
			continue
		}
		if a, _, ok := x.actorAt(d, j); ok && namedActor(a) {
			return a, true
		}
	}
	return "", false
}
