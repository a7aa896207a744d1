package claims

import (
	"sort"

	"github.com/riwaya/riwaya/claims/arabic"
)

// figures finds the casualty figures of a region's content. A number makes
// a figure only when an outcome word governs it: the counted noun itself
// ("7 قتلى"), a verbal noun before it ("مقتل 5", "إصابة 25 من"), or a verb
// after the counted people ("ستة مقاتلين قتلوا"). Counts of things
// (rockets, vehicles, targets) never make figures.
func (x *Extractor) figures(d *doc, r region, in func(int) bool) []Figure {
	var nums []Figure
	var singular []Figure
	for _, n := range d.numbers {
		if n.First < r.lo || n.First >= r.hi || !in(n.First) || !n.IsCount() {
			continue
		}
		f, ok := x.figureAt(d, n, r, in)
		if ok {
			nums = append(nums, f)
		}
	}
	singular = x.singularFigures(d, r, in, nums)
	out := append(nums, singular...)
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	// "وإصابة 6 آخرين": the others are of the group before.
	for i := range out {
		if out[i].Group == "others" {
			out[i].Group = "unknown"
			if i > 0 {
				out[i].Group = out[i-1].Group
			}
		}
	}
	return dropEmpty(out)
}

// dropEmpty gives a subset with no outcome word of its own ("بينهم 4
// أطفال") the outcome of the figure before it, and drops it when there is
// none.
func dropEmpty(fs []Figure) []Figure {
	out := fs[:0]
	for i, f := range fs {
		if f.Outcome == "" {
			if i == 0 || len(out) == 0 {
				continue
			}
			f.Outcome = out[len(out)-1].Outcome
		}
		out = append(out, f)
	}
	return out
}

// figureAt decides whether number n is a casualty figure and fills it.
func (x *Extractor) figureAt(d *doc, n arabic.Number, r region, in func(int) bool) (Figure, bool) {
	toks := d.toks
	after := n.Last // first token after the number words
	// "25 من القوات": skip "من" to reach the counted noun.
	noun := after
	if n.NounLast > n.NounFirst {
		noun = n.NounFirst
	}
	if noun < r.hi && toks[noun].Kind == arabic.TokWord && toks[noun].Stem == "من" && toks[noun].Clitics == "" {
		noun++
	}
	if n.Source == arabic.SourceNoun {
		noun = n.First // the dual noun carries the count: "قتيلان"
	}
	f := Figure{Low: n.Low, Qualifier: n.Qualifier, Span: Span{n.Start, n.End}}
	if !n.Open {
		hi := n.High
		f.High = &hi
	}
	if f.Qualifier == "" {
		f.Qualifier = QualExact
	}
	outcome := ""
	end := after
	if noun < r.hi {
		if o, m, ok := x.combined.at(toks, noun); ok {
			outcome, end = o, m.Last
		} else if o, m, ok := x.outNouns.at(toks, noun); ok {
			outcome, end = o, m.Last
			if c, m2, ok := x.combined.at(toks, noun); ok {
				outcome, end = c, m2.Last
			}
		} else if _, _, ok := x.nonCasualty.at(toks, noun); ok {
			return Figure{}, false
		}
	}
	if outcome == "" {
		outcome = x.outcomeBefore(d, n.First, r, in)
	}
	if outcome == "" {
		if o, e := x.outcomeAfterVerb(d, noun, r, in); o != "" {
			outcome = o
			if e > end {
				end = e
			}
		}
	}
	subset := x.subsetBefore(d, n.First, r)
	if outcome == "" && !subset {
		return Figure{}, false
	}
	f.Outcome = outcome
	f.Subset = subset
	f.Group = x.group(d, noun, r, in)
	f.Earlier = x.earlierBefore(d, n.First, r)
	if end > n.Last && end-1 < len(toks) {
		f.Span.End = toks[end-1].End
	}
	return f, true
}

// outcomeBefore finds an outcome word in the three words before a number:
// "مقتل 5", "إصابة 25", "ارتفعت حصيلة القتلى إلى 23", "سقط 7 شهداء".
func (x *Extractor) outcomeBefore(d *doc, first int, r region, in func(int) bool) string {
	window := 4
	if first > 0 && d.toks[first-1].Kind == arabic.TokWord && (d.toks[first-1].Stem == "الي" || d.toks[first-1].Norm == "الي") {
		// "ارتفعت حصيلة القتلى جراء ... إلى 31": the toll named earlier in the clause.
		window = 16
	}
	for k := first - 1; k >= r.lo && k >= first-window; k-- {
		if !in(k) {
			break
		}
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			break
		}
		if o, m, ok := x.outBefore.at(d.toks, k); ok && m.Last <= first && o != "" {
			return o
		}
	}
	return ""
}

// outcomeAfterVerb finds an outcome verb after the counted people, within
// the clause: "ستة مقاتلين قتلوا", "أكثر من 100 مقاتل من ... قتلوا".
func (x *Extractor) outcomeAfterVerb(d *doc, from int, r region, in func(int) bool) (string, int) {
	for k := from; k < r.hi && k < from+12; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind == arabic.TokNumber {
			break
		}
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "(" && t.Text != ")" {
			break
		}
		if _, _, ok := x.speech.at(d.toks, k); ok && k > from {
			break
		}
		if o, m, ok := x.outAfter.at(d.toks, k); ok {
			return o, m.Last
		}
	}
	return "", 0
}

func (x *Extractor) subsetBefore(d *doc, first int, r region) bool {
	for k := first - 1; k >= r.lo && k >= first-2; k-- {
		if _, m, ok := x.subset.at(d.toks, k); ok && m.Last <= first {
			return true
		}
	}
	return false
}

func (x *Extractor) earlierBefore(d *doc, first int, r region) bool {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if _, m, ok := x.earlier.at(d.toks, k); ok && m.Last <= first {
			return true
		}
	}
	return false
}

// group finds who the counted people are from the counted noun and the few
// words after it; "آخرين" (others) takes the group of the figure before.
func (x *Extractor) group(d *doc, noun int, r region, in func(int) bool) string {
	best := ""
	for k := noun; k < r.hi && k < noun+7; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind == arabic.TokNumber || (t.Kind == arabic.TokPunct && !t.IsQuote()) {
			break
		}
		if k == noun && t.Kind == arabic.TokWord && (t.Stem == "اخرين" || t.Stem == "اخرون" || t.Stem == "اخري") {
			return "others"
		}
		if g, m, ok := x.groups.at(d.toks, k); ok {
			if best == "" || best == "unknown" || best == "fighters" && g != "unknown" {
				best = g
			}
			k = m.Last - 1
		}
	}
	if best == "" {
		return "unknown"
	}
	return best
}

// singularFigures finds a count of one carried by an indefinite singular
// noun after an outcome word: "مقتل أميركي", "إصابة جندي".
func (x *Extractor) singularFigures(d *doc, r region, in func(int) bool, have []Figure) []Figure {
	var out []Figure
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) {
			continue
		}
		o, m, ok := x.outBefore.at(d.toks, k)
		if !ok || o == "" || m.Last >= r.hi {
			continue
		}
		t := d.toks[m.Last]
		if t.Kind != arabic.TokWord || t.Article || t.Clitics != "" {
			continue
		}
		g, gm, ok := x.groups.at(d.toks, m.Last)
		if !ok || !singularNoun(t) {
			continue
		}
		covered := false
		for _, f := range have {
			if f.Span.Start <= t.Start && t.Start < f.Span.End {
				covered = true
			}
		}
		if covered {
			continue
		}
		one := 1
		out = append(out, Figure{Outcome: o, Group: g, Low: 1, High: &one, Qualifier: QualExact,
			Span: Span{d.toks[k].Start, d.toks[gm.Last-1].End}})
		k = gm.Last - 1
	}
	return out
}

// singularNoun reports whether a counted noun is singular: not a sound
// plural (ين ون ات), not a dual.
func singularNoun(t arabic.Token) bool {
	s := t.Stem
	for _, suf := range []string{"ين", "ون", "ات", "ان"} {
		if len(s) > len(suf)+4 && s[len(s)-len(suf):] == suf {
			return false
		}
	}
	switch s {
	case "اطفال", "نساء", "جنود", "عناصر", "ضباط", "افراد", "اشخاص", "مدنيين", "قتلي", "جرحي", "شهداء", "ضحايا":
		return false
	}
	return true
}
