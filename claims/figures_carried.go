package claims

import (
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// carriedFigures adds the figures whose count is carried by a word that
// refers back to people counted before it: a fraction of a toll ("قتل 12
// شخصاً، ثلثهم من الأطفال" gives 4 children) and an outcome noun with a
// plural pronoun ("خطفوا أربعة رعاة قبل تصفيتهم" gives 4 killed).
func (x *Extractor) carriedFigures(d *doc, r region, in func(int) bool, out []Figure, pos []figCand) []Figure {
	added := false
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		if f, ok := x.fractionAt(d, r, in, k, out, pos); ok {
			out, added = append(out, f), true
			continue
		}
		if f, ok := x.pronounOutcomeAt(d, r, in, k, out, pos); ok {
			out, added = append(out, f), true
			continue
		}
		if f, ok := x.eliminatedOneAt(d, r, k, pos); ok {
			out, added = append(out, f), true
		}
	}
	if added {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	}
	return out
}

// fractions are the parts of a whole that news names by a fraction word:
// numerator and denominator.
var fractions = map[string][2]int{"نصف": {1, 2}, "ثلث": {1, 3}, "ربع": {1, 4}, "ثلثا": {2, 3}, "ثلثي": {2, 3}}

// fractionWord reads a fraction at token k: with a pronoun for the people
// just counted ("ثلثهم", "نصفهن") or before a definite outcome noun ("نصف
// القتلى"), whose outcome it returns.
func (x *Extractor) fractionWord(d *doc, r region, k int) (frac [2]int, outcome string, next int, ok bool) {
	t := d.toks[k]
	for _, suf := range []string{"هم", "هن"} {
		if base, cut := strings.CutSuffix(t.Stem, suf); cut {
			if f, ok := fractions[base]; ok {
				return f, "", k + 1, true
			}
		}
	}
	f, ok := fractions[t.Stem]
	if !ok || k+1 >= r.hi || !d.toks[k+1].Article {
		return frac, "", 0, false
	}
	o, m, ok := x.outNouns.at(d.toks, k+1)
	if !ok {
		return frac, "", 0, false
	}
	return f, o, m.Last, true
}

// fractionAt makes the figure of a fraction of the last toll before it:
// a subset, exact when the toll divides evenly, else about; "نحو نصفهم"
// is about.
func (x *Extractor) fractionAt(d *doc, r region, in func(int) bool, k int, out []Figure, pos []figCand) (Figure, bool) {
	frac, outcome, next, ok := x.fractionWord(d, r, k)
	if !ok {
		return Figure{}, false
	}
	// The whole: with a pronoun, the toll just before ("قتل 12 شخصاً،
	// ثلثهم أطفال"); with a noun, the largest toll of that outcome in the
	// claim ("نحو نصف المصابين"). A count that is itself a part ("خمسة
	// من الجرحى") is no whole.
	base := -1
	for i := range pos {
		if pos[i].last > k || out[i].Subset || x.partOfToll(d, pos[i]) {
			continue
		}
		if outcome == "" && (k-pos[i].last > 25 || x.countBetween(d, pos[i].last, k)) {
			continue
		}
		if outcome != "" && (out[i].Outcome != outcome || base >= 0 && out[base].Low > out[i].Low) {
			continue
		}
		base = i
	}
	var b Figure
	if base >= 0 {
		b = out[base]
	} else if f, ok := x.tollInSentence(d, k, outcome); ok {
		// "وأسعفت 28 مصاباً، مشيراً إلى أن نحو ثلث المصابين من الأطفال":
		// the toll stands before a clause cut.
		b = f
	} else {
		return Figure{}, false
	}
	if b.High == nil || b.Low == 0 {
		return Figure{}, false
	}
	whole := b.Low
	if *b.High != b.Low && b.Qualifier != QualAbout {
		return Figure{}, false // a range or a vague toll has no exact part
	}
	n := whole * frac[0] / frac[1]
	q := QualExact
	if whole*frac[0]%frac[1] != 0 || b.Qualifier == QualAbout || k > r.lo && approxWord(d.toks[k-1]) {
		q = QualAbout
		n = (whole*frac[0] + frac[1]/2) / frac[1]
	}
	if n == 0 {
		return Figure{}, false
	}
	start := d.toks[k].Start
	if k > r.lo && approxWord(d.toks[k-1]) {
		start = d.toks[k-1].Start
	}
	hi := n
	return Figure{Outcome: b.Outcome, Group: x.group(d, next, r, in), Low: n, High: &hi, Qualifier: q,
		Subset: true, Span: Span{start, d.toks[next-1].End}}, true
}

// partOfToll reports whether a figure counts a part of a toll named by a
// definite noun after من: "خمسة من الجرحى".
func (x *Extractor) partOfToll(d *doc, c figCand) bool {
	for _, n := range d.numbers {
		if n.First != c.first {
			continue
		}
		k := n.Last
		return k+1 < len(d.toks) && d.toks[k].Norm == "من" && d.toks[k+1].Article && isOutcomeNoun(x, d, k+1)
	}
	return false
}

// isOutcomeNoun reports whether token k is an outcome noun: "الجرحى".
func isOutcomeNoun(x *Extractor, d *doc, k int) bool {
	_, _, ok := x.outNouns.at(d.toks, k)
	return ok
}

// approxWord reports whether a token says "about": نحو، حوالي، قرابة.
func approxWord(t arabic.Token) bool {
	switch t.Stem {
	case "نحو", "حوالي", "قرابه", "زهاء", "تقريبا":
		return true
	}
	return false
}

// pronounOutcomes are outcome nouns with a plural or dual pronoun: their
// count is that of the people the pronoun refers to. Injury nouns are not
// among them: "نظراً لإصابتهم" explains the state of people counted
// already.
var pronounOutcomes = map[string]string{
	"تحييد": OutcomeKilledOrWounded, "تصفيه": OutcomeKilled, "مقتل": OutcomeKilled, "قتل": OutcomeKilled, "اعدام": OutcomeKilled, "استشهاد": OutcomeKilled,
	"اغتيال": OutcomeKilled, "وفاه": OutcomeKilled, "تصفيت": OutcomeKilled, "وفات": OutcomeKilled,
	"اعتقال": OutcomeCaptured, "اختطاف": OutcomeCaptured, "خطف": OutcomeCaptured, "احتجاز": OutcomeCaptured, "توقيف": OutcomeCaptured,
	// Verbs with the people as object pronoun: "وحيّدهما", "أعدموهم".
	"حيد": OutcomeKilledOrWounded, "حيدت": OutcomeKilledOrWounded, "اعدم": OutcomeKilled, "اعدمت": OutcomeKilled, "اعدمو": OutcomeKilled,
	"قتلت": OutcomeKilled, "قتلو": OutcomeKilled, "صفت": OutcomeKilled, "اعتقل": OutcomeCaptured, "اعتقلت": OutcomeCaptured,
	"اعتقلو": OutcomeCaptured, "اختطف": OutcomeCaptured, "اختطفت": OutcomeCaptured, "اختطفو": OutcomeCaptured, "خطفو": OutcomeCaptured,
	"اسرو": OutcomeCaptured, "اسرت": OutcomeCaptured, "اوقف": OutcomeCaptured, "اوقفت": OutcomeCaptured, "اوقفو": OutcomeCaptured,
}

// pronounOutcome reads an outcome noun with a pronoun for two or more
// people at token k: "تصفيتهم", "مقتلهما". dual is true for ـهما.
// eliminatedOneAt reads "قضت عليه" / "تم القضاء عليه" at token k when an
// indefinite person stands before it in the claim ("مسلحاً فتح النار ...
// وتم القضاء عليه"): one killed, of that person's group, unless a figure
// counts that person already.
func (x *Extractor) eliminatedOneAt(d *doc, r region, k int, pos []figCand) (Figure, bool) {
	if d.toks[k].Norm != "عليه" || k <= r.lo {
		return Figure{}, false
	}
	v := d.toks[k-1]
	if !eliminateVerbs[v.Stem] && !eliminateVerbs[v.Norm] && !strings.HasPrefix(v.Stem, "القضا") && !strings.HasPrefix(v.Stem, "قضا") {
		return Figure{}, false
	}
	for j := k - 2; j >= r.lo && j >= k-25; j-- {
		g, _, count, ok := x.personNoun(d, j)
		if !ok || count != 1 || d.toks[j].Article {
			continue
		}
		for i := range pos {
			if pos[i].first <= j && j < pos[i].last {
				return Figure{}, false // counted already
			}
		}
		one := 1
		return Figure{Outcome: OutcomeKilled, Group: g, Low: 1, High: &one, Qualifier: QualExact,
			Span: Span{d.toks[j].Start, d.toks[k].End}}, true
	}
	return Figure{}, false
}

// eliminatedPronoun reads "قضت عليهم" (did away with them) at token k:
// the pronoun on على is the people killed.
func eliminatedPronoun(d *doc, k int, r region) (outcome string, dual, ok bool) {
	if k <= r.lo {
		return "", false, false
	}
	p := d.toks[k].Norm
	if p != "عليهم" && p != "عليهما" && p != "عليهن" && p != "وعليهم" {
		return "", false, false
	}
	v := d.toks[k-1]
	if !eliminateVerbs[v.Stem] && !eliminateVerbs[v.Norm] && !strings.HasPrefix(v.Stem, "القضا") && !strings.HasPrefix(v.Stem, "قضا") {
		return "", false, false
	}
	return OutcomeKilled, p == "عليهما", true
}

func pronounOutcome(t arabic.Token) (outcome string, dual, ok bool) {
	for _, suf := range []string{"هما", "هم", "هن"} {
		base, cut := strings.CutSuffix(t.Stem, suf)
		if !cut {
			continue
		}
		if o, ok := pronounOutcomes[base]; ok {
			return o, suf == "هما", true
		}
	}
	return "", false, false
}

// pronounOutcomeAt makes the figure of an outcome noun whose pronoun
// refers to people counted just before: "أسر التنظيم ثلاثة جنود ثم أعلن
// مقتلهم" gives 3 killed; "مقتلهما" counts two by itself. A pronoun that
// repeats the outcome of the count it refers to adds nothing.
func (x *Extractor) pronounOutcomeAt(d *doc, r region, in func(int) bool, k int, out []Figure, pos []figCand) (Figure, bool) {
	o, dual, ok := pronounOutcome(d.toks[k])
	if !ok {
		o, dual, ok = eliminatedPronoun(d, k, r)
	}
	if !ok {
		return Figure{}, false
	}
	for i := range pos {
		if pos[i].first <= k && k < pos[i].last {
			return Figure{}, false // part of a figure already
		}
	}
	t := d.toks[k]
	for i := range pos {
		if pos[i].last <= k && k-pos[i].last <= 25 && out[i].Outcome == o && (!dual || out[i].Low == 2) {
			return Figure{}, false // "أفاد بمقتل خمسة ... وأكد مقتلهم"
		}
	}
	// The people the pronoun refers to: the last count of people before
	// it in the claim; a dual counts two by itself.
	var ref *arabic.Number
	for i := range d.numbers {
		n := &d.numbers[i]
		if n.First < r.lo || n.Last > k || !n.IsCount() || k-n.Last > 25 || !in(n.First) {
			continue
		}
		if x.countsPeople(d, n.First) || figureStartsAt(pos, n.First) >= 0 || x.personBeforeOneOrTwo(d, *n, r) {
			ref = n
		}
	}
	if dual && (ref == nil || ref.Low != 2 || ref.High != 2) {
		two := 2
		return Figure{Outcome: o, Group: "unknown", Low: 2, High: &two, Qualifier: QualExact, Span: Span{t.Start, t.End}}, true
	}
	if ref == nil {
		return Figure{}, false
	}
	if i := figureStartsAt(pos, ref.First); i >= 0 && out[i].Outcome == o {
		return Figure{}, false // "أفاد بمقتل خمسة ... وأكد مقتلهم"
	}
	f := Figure{Outcome: o, Low: ref.Low, Qualifier: ref.Qualifier, Span: Span{t.Start, t.End}}
	if f.Qualifier == "" {
		f.Qualifier = QualExact
	}
	if !ref.Open {
		hi := ref.High
		f.High = &hi
	}
	noun := ref.Last
	if ref.NounLast > ref.NounFirst {
		noun = ref.NounFirst
	}
	if ref.Source == arabic.SourceNoun {
		noun = ref.First
	}
	if x.personBeforeOneOrTwo(d, *ref, r) {
		noun = ref.First - 1 // "مسلحين اثنين"
	}
	f.Group = x.group(d, noun, r, in)
	if f.Group == "others" {
		f.Group = "unknown"
	}
	return f, true
}

// figureStartsAt returns the index of the candidate that starts at token
// first, or -1.
func figureStartsAt(pos []figCand, first int) int {
	for i := range pos {
		if pos[i].first == first {
			return i
		}
	}
	return -1
}

// personBeforeOneOrTwo reports whether "واحد" or "اثنان" follows the
// people noun it counts: "مسلحين اثنين".
func (x *Extractor) personBeforeOneOrTwo(d *doc, n arabic.Number, r region) bool {
	if n.High > 2 || n.Source != arabic.SourceWords || n.First-1 < r.lo {
		return false
	}
	_, _, ok := x.groups.at(d.toks, n.First-1)
	return ok
}

// tollInSentence finds, in the sentence of token k and before it, the
// toll a fraction takes: the nearest one, or with an outcome the largest
// of that outcome. Counts that are parts ("خمسة من الجرحى") are skipped.
func (x *Extractor) tollInSentence(d *doc, k int, outcome string) (Figure, bool) {
	si := -1
	for i, t := range d.sents {
		if t.first <= k && k < t.last {
			si = i
			break
		}
	}
	if si < 0 {
		return Figure{}, false
	}
	if f, ok := x.tollBetween(d, d.sents[si], k, outcome); ok || outcome == "" {
		return f, ok
	}
	// "وقرابة ثلث الجرحى أطفال": the toll the definite noun refers
	// to may stand in a sentence before, the nearest one that has it.
	for i := si - 1; i >= 0 && i >= si-6; i-- {
		if f, ok := x.tollBetween(d, d.sents[i], d.sents[i].last, outcome); ok {
			return f, ok
		}
	}
	return Figure{}, false
}

// tollBetween returns the largest toll of the outcome ("" for any) that
// stands in sentence s before token k, leaving parts and earlier tolls.
func (x *Extractor) tollBetween(d *doc, s tokRange, k int, outcome string) (Figure, bool) {
	all := func(int) bool { return true }
	sr := region{lo: s.first, hi: s.last, cs: s.first, anchor: s.first}
	var best Figure
	found := false
	for _, n := range d.numbers {
		if n.First < s.first || n.Last > k || !n.IsCount() {
			continue
		}
		c, ok := x.figureAt(d, n, sr, all)
		if !ok || c.Outcome == "" || c.Subset || c.Earlier || x.partOfToll(d, c) {
			continue
		}
		if outcome != "" && (c.Outcome != outcome || found && best.Low > c.Low) {
			continue
		}
		best, found = c.Figure, true
	}
	return best, found
}

// sentenceOf returns the sentence holding token k (the zero range when
// none does).
func (d *doc) sentenceOf(k int) tokRange {
	for _, t := range d.sents {
		if t.first <= k && k < t.last {
			return t
		}
	}
	return tokRange{}
}
