package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Bare plurals: parts of a toll stated with no number ("وإصابة آخرين",
// "بينهم أطفال ونساء"). They are vague figures of at least two, with no
// upper bound (low 2, high null, qualifier vague). A bare outcome plural
// on its own ("خلفت قتلى وجرحى", "تقارير عن سقوط قتلى") is not coded: the
// seed conventions leave it out.

// bareOtherWounded are the verbal nouns and verbs of wounding before
// "آخرين/آخرون" with no number: "وإصابة آخرين", "وجرح آخرون".
var bareOtherWounded = map[string]bool{"اصابه": true, "جرح": true, "اصيب": true, "جرحت": true,
	"اصابت": true, "اصابوا": true, "جرحوا": true, "اصيبوا": true, "جرحا": true}

// barePluralPeople are plural nouns for people, with their group, that
// name part of a toll after "بينهم" with no number (folded stems).
var barePluralPeople = map[string]string{
	"اطفال": "civilians", "نساء": "civilians", "مدنيون": "civilians", "مدنيين": "civilians", "نسوه": "civilians",
	"مسعفون": "civilians", "مسعفين": "civilians", "صحفيون": "civilians", "صحفيين": "civilians", "طلاب": "civilians",
	"عمال": "civilians", "موظفون": "unknown", "موظفين": "unknown", "عسكريون": "unknown", "عسكريين": "unknown",
	"ضباط": "unknown", "جنود": "unknown", "مقاتلون": "fighters", "مقاتلين": "fighters", "عناصر": "fighters",
	"قياديون": "fighters", "قياديين": "fighters", "متزعمون": "fighters", "متزعمين": "fighters", "قاده": "fighters",
	"ايرانيون": "iran_backed", "ايرانيين": "iran_backed",
	// The old: "بينهم شيوخ ونساء وأطفال"، "بينهم أطفال ومسنون".
	"شيوخ": "civilians", "مسنون": "civilians", "مسنين": "civilians",
}

// bareNegators before a bare plural deny the part instead of stating it
// (folded): "دون أن يذكر أن بينهم عسكريين", "لم يكن بينهم أطفال".
var bareNegators = map[string]bool{
	"دون": true, "بدون": true, "عدم": true, "لم": true, "لا": true, "ولا": true, "ولم": true, "ليس": true, "نفي": true, "نفت": true,
}

// bareFigures finds parts of a toll given as bare plurals: "others"
// wounded after a toll, and plural people named part of a toll after
// "بينهم".
func (x *Extractor) bareFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || x.isNumberWord(d, k) || covers(have, t.Start) || covers(out, t.Start) {
			continue
		}
		if c, ok := x.ordinalOneAt(d, k, r, in, have); ok {
			out = append(out, c)
			k = c.last - 1
			continue
		}
		if c, ok := x.bareOthersAt(d, k, r, tollBeforeAt(have, k) || len(out) > 0); ok {
			out = append(out, c)
			continue
		}
		if cs := x.bareAmongAt(d, k, r, in, have); len(cs) > 0 {
			out = append(out, cs...)
			k = cs[len(cs)-1].last - 1
		}
	}
	return out
}

// bareNegated reports whether a negator stands among the four words before k.
func bareNegated(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-4; j-- {
		if bareNegators[d.toks[j].Norm] || bareNegators[d.toks[j].Stem] {
			return true
		}
	}
	return false
}

// bareVague returns a vague figure of at least two.
func bareVague(outcome, group string, start, end int) Figure {
	return Figure{Outcome: outcome, Group: group, Low: 2, Qualifier: QualVague, Span: Span{start, end}}
}

// bareOthersAt reads "وإصابة آخرين" at k, after a toll in the claim: the
// wounded are others than the dead.
func (x *Extractor) bareOthersAt(d *doc, k int, r region, afterToll bool) (figCand, bool) {
	t := d.toks[k]
	if !afterToll || !hasClitic(t.Clitics, 'و') || !bareOtherWounded[t.Stem] || k+1 >= r.hi {
		return figCand{}, false
	}
	n := d.toks[k+1]
	if n.Stem != "اخرين" && n.Stem != "اخرون" || n.Article || x.isNumberWord(d, k+1) {
		return figCand{}, false
	}
	return figCand{Figure: bareVague(OutcomeWounded, "others", t.Start, n.End), first: k, last: k + 2}, true
}

// bareAmongAt reads "بينهم أطفال ونساء" at k: plural people, with no
// number, named as part of the toll before. Each conjunct is a part.
func (x *Extractor) bareAmongAt(d *doc, k int, r region, in func(int) bool, have []figCand) []figCand {
	t := d.toks[k]
	if t.Norm != "بينهم" && t.Norm != "وبينهم" || k+1 >= r.hi || bareNegated(d, k, r) || !countedTollBefore(have, k) {
		return nil
	}
	var out []figCand
	for j := k + 1; j < r.hi && j <= k+6; j++ {
		n := d.toks[j]
		g, ok := barePluralPeople[n.Stem]
		if !ok || n.Article || x.isNumberWord(d, j) || covers(have, n.Start) {
			if len(out) > 0 && n.Kind == arabic.TokWord && !hasClitic(n.Clitics, 'و') {
				continue // an adjective of the noun before: "موظفون محليون"
			}
			break
		}
		if len(out) > 0 && !hasClitic(n.Clitics, 'و') {
			break
		}
		if len(out) == 0 && n.Clitics != "" {
			break
		}
		start := n.Start
		if len(out) == 0 {
			start = t.Start
		}
		f := bareVague("", g, start, n.End)
		f.Subset = true
		out = append(out, figCand{Figure: f, first: j, last: j + 1, coordinated: len(out) > 0})
	}
	return out
}

// tollBeforeAt reports whether a candidate figure starts before token k.
func tollBeforeAt(cs []figCand, k int) bool {
	for _, c := range cs {
		if c.first < k && c.Outcome != "" {
			return true
		}
	}
	return false
}

// countedTollBefore reports whether the nearest figure before token k
// counts ten or more, or exactly: a bare part of at least two says
// nothing of a toll of "a number of" ("عدد من القتلى بينهم نساء"), but
// does of "dozens" ("عشرات القتلى بينهم قياديون").
func countedTollBefore(cs []figCand, k int) bool {
	best := -1
	for i, c := range cs {
		if c.first < k && (best < 0 || c.first > cs[best].first) {
			best = i
		}
	}
	return best >= 0 && (cs[best].Qualifier != QualVague || cs[best].Low >= 10)
}
