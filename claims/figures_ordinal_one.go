package claims

import "github.com/riwaya/riwaya/claims/arabic"

// ordinalOneAt reads at k the last one of a toll told apart after a part
// of it: "أربعة منهم جنود والخامس مدني" (and the fifth a civilian). The
// definite ordinal joined by "و" counts one person, of the group of the
// noun after it, as another part of the same toll; it borrows the
// outcome of the part before. A part must stand just before (within six
// words), so that "والثالث" elsewhere (a rank, a date) counts no one.
func (x *Extractor) ordinalOneAt(d *doc, k int, r region, in func(int) bool, have []figCand) (figCand, bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || !t.Article || !hasClitic(t.Clitics, 'و') || !ordinalPerson[t.Stem] || t.Stem == "اخر" || k+1 >= r.hi {
		return figCand{}, false
	}
	part := false
	for _, c := range have {
		if c.Subset && c.last <= k && k-c.last <= 6 {
			part = true
		}
	}
	if !part {
		return figCand{}, false
	}
	g, m, _, ok := x.personNoun(d, k+1)
	if !ok || g == "others" {
		return figCand{}, false
	}
	if fine := x.group(d, k+1, r, in); fine != "unknown" && fine != "others" {
		g = fine // "والرابع عامل مدني"
	}
	one := 1
	f := Figure{Group: g, Low: 1, High: &one, Qualifier: QualExact, Subset: true, Span: Span{t.Start, d.toks[m.Last-1].End}}
	return figCand{Figure: f, first: k, last: m.Last, coordinated: true}, true
}
