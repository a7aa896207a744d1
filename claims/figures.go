package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// figures finds the casualty figures of a region's content. A number makes
// a figure only when an outcome word governs it: the counted noun itself
// ("7 قتلى"), a verbal noun before it ("مقتل 5", "إصابة 25 من"), or a verb
// after the counted people ("ستة مقاتلين قتلوا"). Counts of things
// (rockets, vehicles, targets) never make figures.
func (x *Extractor) figures(d *doc, r region, in func(int) bool) []Figure {
	var cands []figCand
	for _, n := range d.numbers {
		if n.First < r.lo || n.First >= r.hi || !in(n.First) || !n.IsCount() || countedAfterPronoun(cands, n.First) || dualRepeated(d, n) ||
			negatedAny(d, n.First, r) {
			continue
		}
		if c, ok := x.figureAt(d, n, r, in); ok {
			cands = append(cands, x.splitChange(d, n, c)...)
		}
	}
	cands = append(cands, x.singularFigures(d, r, in, cands)...)
	cands = append(cands, x.singleOutcomeFigures(d, r, in, cands)...)
	cands = append(cands, oneOfThemFigures(d, r, in, cands)...)
	cands = append(cands, x.oneOfTwoFigures(d, r, in, cands)...)
	cands = append(cands, x.zeroFigures(d, r, in)...)
	cands = append(cands, x.personalFigures(d, r, in, cands)...)
	cands = append(cands, x.bareFigures(d, r, in, cands)...)
	cands = append(cands, x.inflictedFigures(d, r, in, cands)...)
	cands = append(cands, x.bareVictimsFigures(d, r, in, cands)...)
	sort.Slice(cands, func(i, j int) bool { return cands[i].first < cands[j].first })
	var out []Figure
	var pos []figCand // the candidate behind each figure of out
	var prev *figCand
	for i := range cands {
		c := &cands[i]
		if answeredToll(d, *c) {
			continue // the toll of the deed answered, not of the answer
		}
		if c.Group == "others" {
			c.Group = "unknown"
			if prev != nil {
				c.Group = prev.Group
			} else if d.othersGroup != "" && pluralOthersIn(d, c.first, c.last) {
				// "... . وأصيب خمسة آخرون": more of the victims the
				// claim before counted.
				c.Group = d.othersGroup
			}
		}
		borrowed := c.Outcome == ""
		if c.Outcome == "" {
			// "هم جنديان من قوات النظام واثنان من المسلحين": people
			// counted right after a figure share its outcome. A subset
			// ("..., بينهم تسعة مدنيين") or the rest of a toll ("الخمسة
			// الآخرين") names the figure it is part of, further back,
			// unless another count stands between them.
			near := prev != nil && (c.first-prev.last <= 8 || (c.revision || c.prior) && c.first-prev.last <= 14)
			if !near && prev != nil && !x.countBetween(d, prev.last, c.first) {
				// "..., بينهم 3 من حزب الله، إضافة لـ3 من قوات النظام".
				// "..., علماً أنه أحصى أربعة حتى ظهر الخميس": a former toll
				// of the same sentence is of the toll before it, however long
				// that toll's adverbs.
				near = (c.Subset || c.remainder || c.prior && sameSentence(d, prev.last, c.first)) && c.first-prev.last <= 24 ||
					c.coordinated && c.first-prev.last <= 12 ||
					c.coordinated && additionBefore(d, c.first) && c.first-prev.last <= 24
			}
			if !near && prev == nil && c.prior {
				// "..., وكانت حصيلتها السابقة | تتحدث عن 9": the
				// former toll opens a claim of its own; the count the
				// sentence gave before names its outcome.
				if o := x.priorCountOutcome(d, c.first); o != "" {
					c.Outcome, near = o, true
				} else if o := x.priorSentenceOutcome(d, c.first); o != "" {
					// "... 29 قتيلاً. وكانت تقديراته الأولى تتحدث عن 25":
					// a former toll that opens a sentence of its own is
					// of the toll the sentence before gave.
					c.Outcome, near = o, true
				}
			}
			if !near && c.refOutcome != "" {
				// "أُسعف المصابون، وإن أربعة منهم في حال سيئة":
				// the people "منهم" refers to name the outcome.
				c.Outcome, near = c.refOutcome, true
				prev = nil
			}
			if !near {
				continue
			}
			if prev == nil {
				out = append(out, c.Figure)
				pos = append(pos, *c)
				prev = c
				continue
			}
			c.Outcome = prev.Outcome
			if prev.denied {
				c.Group = prev.Group // "ليس 10 بل 15"
			}
			if c.prior {
				c.Group = prev.Group // "ارتفعت إلى 14 بعد أن كانت 9"
			}
			if c.revision {
				// "أحصى 11 قتيلاً، ثم خفضها إلى سبعة": the toll before
				// the revision is an earlier one.
				c.Group = prev.Group
				if len(out) > 0 && !prev.denied {
					out[len(out)-1].Earlier = true
				}
			}
		}
		if c.recount && !borrowed && prev != nil && !prev.Subset && !prev.denied && prev.Outcome == c.Outcome && len(out) > 0 &&
			(c.Group == prev.Group || c.Group == "unknown" || prev.Group == "unknown") {
			// "وثّق 9 قتلى صباحاً ثم 15 مساءً": the count before "ثم"
			// is the earlier one, whatever word gave the later its outcome.
			out[len(out)-1].Earlier = true
		}
		if c.diedOfWounds && !c.Subset && tollBefore(out, OutcomeKilled) {
			// "ارتفعت الحصيلة إلى 17 ... بعد وفاة جريحين": the two are
			// among the 17.
			c.Subset = true
		}
		if c.denied {
			// "قتل 15 لا 10", "ليس 10 بل 15": the number the source
			// rejects is no figure of its own, but lends its outcome to
			// the correction after it.
			prev = c
			continue
		}
		if c.Subset && !borrowed && prev == nil && !c.among {
			// "هاجم سبعة مسلحين، قتل اثنان منهم": no toll before to be
			// a part of.
			c.Subset = false
		}
		if c.Outcome == OutcomeWounded && !c.Earlier && transferredAfter(d, c.last) {
			// "72 جريحاً نُقلوا إلى مستشفيات البلدة المجاورة": those
			// brought to one place are a part of the wounded, whatever
			// the whole.
			c.Subset = true
		}
		if borrowed && c.coordinated && prev != nil && prev.Subset && (c.first-prev.last <= 6 || additionBefore(d, c.first) && sameSentence(d, prev.last, c.first)) {
			// "بين القتلى طفلان ...، إضافة إلى معلمة": an addition to a
			// part is of the part, however long the part's words.
			// "بينهم 11 طفلاً و7 نساء"; "بينهم عدد من الضباط وجرح 18
			// آخرين" names its own outcome and is no part of the subset.
			c.Subset = true
		}
		if prev != nil && prev.Earlier && !prev.Subset && c.coordinated && !c.Subset && len(out) > 0 && out[len(out)-1].Earlier && joinedWithin(d, prev.last, c.first, 4) {
			// "ذكرت في حصيلة أولية مقتل 8 وإصابة 12": the toll
			// joined to an earlier one is of the same report.
			c.Earlier = true
		}
		out = append(out, c.Figure)
		pos = append(pos, *c)
		prev = c
	}
	out, pos = dropCumulative(d, r, out, pos)
	preliminaryOnly(d, out, pos)
	x.markSuperseded(d, out, cands)
	cameBackRecounts(d, out, pos)
	return x.carriedFigures(d, r, in, out, pos)
}

// preliminaryOnly keeps as current a toll called preliminary ("في حصيلة
// أولية"، "وفق الحصيلة الأولية") when the claim gives no other toll of its
// outcome and no word around it puts it before another: the first count
// with nothing after it is still the source's word on the toll.
func preliminaryOnly(d *doc, out []Figure, pos []figCand) {
	for i := range out {
		if !out[i].Earlier || out[i].Subset || !preliminaryNear(d, pos[i].first, pos[i].last) {
			continue
		}
		alone := true
		for j := range out {
			if j != i && !out[j].Subset && out[j].Outcome == out[i].Outcome {
				alone = false
			}
		}
		if alone {
			out[i].Earlier = false
		}
	}
}

// preliminaryNear reports whether "أولية" stands in the toll's sentence,
// and no word of that sentence speaks of another toll before or after it
// (كان، قد، سابقة، قبل، بعد، ثم) nor does any word of the article say that
// a toll rose or was raised.
func preliminaryNear(d *doc, first, last int) bool {
	lo := first
	for lo > 0 && lo > first-30 && !stopToken(d.toks[lo-1]) {
		lo--
	}
	found := false
	for k := lo; k < len(d.toks) && k < last+8 && !stopToken(d.toks[k]); k++ {
		switch d.toks[k].Stem {
		case "اوليه":
			found = k >= first-8
		case "كان", "كانت", "قد", "سابقه", "قبل", "بعد", "بعدما", "ثم", "لاحقا":
			return false
		}
	}
	if !found {
		return false
	}
	for _, t := range d.toks {
		switch t.Stem {
		case "ارتفع", "ارتفعت", "ارتفاع", "يرتفع", "ترتفع", "رفع", "رفعت", "يرفع", "ترفع", "تعديل", "عدل", "عدلت":
			return false
		}
	}
	return true
}

// stopToken reports whether t ends a sentence.
func stopToken(t arabic.Token) bool {
	return t.Kind == arabic.TokPunct && (t.Text == "." || t.Text == "؟" || t.Text == "!")
}

// transferredAfter reports whether the words right after a count of the
// wounded (ending before k) say they were taken somewhere: a verb of
// transfer ("نُقلوا"، "أُسعفوا"، "وصلوا"، "أُدخلوا") with no "و" before
// it, and then "إلى" (or "الى") within a few words.
func transferredAfter(d *doc, k int) bool {
	for j := k; j < len(d.toks) && j < k+2; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Stem {
		case "نقلوا", "نقل", "نقلت", "اسعفوا", "اسعف", "وصلوا", "وصل", "ادخلوا", "حولوا":
		default:
			continue
		}
		if hasClitic(t.Clitics, 'و') {
			// "أصيبوا بجروح ونُقلوا إلى المشفى": a second predicate of
			// the same people, all of them, not a relative clause that
			// picks out some.
			return false
		}
		for i := j + 1; i < len(d.toks) && i <= j+8; i++ {
			if d.toks[i].Kind == arabic.TokPunct {
				return false
			}
			if d.toks[i].Norm == "الي" {
				return true
			}
		}
		return false
	}
	return false
}

// markSuperseded marks a toll earlier when the same source later in the
// claim says it rose: "أفاد بمقتل خمسة ...، قبل أن يعلن لاحقاً أن الحصيلة
// ارتفعت إلى سبعة".
func (x *Extractor) markSuperseded(d *doc, out []Figure, cands []figCand) {
	at := func(f Figure) int {
		for _, c := range cands {
			if c.Span == f.Span {
				return c.first
			}
		}
		return -1
	}
	for j := range out {
		g := out[j]
		gi := at(g)
		if gi < 2 || g.Subset || d.toks[gi-1].Norm != "الي" || !riseBefore(d, gi) {
			continue
		}
		for i := 0; i < j; i++ {
			f := &out[i]
			if fi := at(*f); fi >= 0 && !f.Subset && f.Outcome == g.Outcome && laterBetween(d, fi, gi) {
				f.Earlier = true
			}
		}
	}
}

// riseBefore reports whether a verb of rising (or the noun of reaching)
// stands within six words before token k: "ارتفعت الحصيلة إلى"، "وصول
// العدد إلى".
func riseBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch d.toks[j].Stem {
		case "ارتفع", "ارتفعت", "ترتفع", "يرتفع", "لترتفع", "ليرتفع", "ارتفاع", "وصول", "قفز", "قفزت", "يقفز", "تقفز":
			return true
		}
	}
	return false
}

// tollReachVerbs say that a toll reached a figure (folded): "بلغ عدد قتلى
// الغارات ...، إلى 22"، "وصل عدد الضحايا إلى"، "ما يرفع عدد القتلى إلى".
var tollReachVerbs = map[string]bool{
	"بلغ": true, "بلغت": true, "يبلغ": true, "تبلغ": true, "ليبلغ": true, "لتبلغ": true,
	"وصل": true, "وصلت": true, "يصل": true, "تصل": true, "ليصل": true, "لتصل": true,
	"صعد": true, "صعدت": true, "قفز": true, "قفزت": true, "يرفع": true, "ترفع": true, "ليرفع": true, "لترفع": true,
}

// reachBefore reports whether a verb of reaching a toll
// (see tollReachVerbs) stands right before the toll word at k, with at most one word between.
func reachBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if tollReachVerbs[t.Stem] || tollReachVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// laterBetween reports whether the words between two tokens put what
// follows later in time: "قبل أن", "ثم", "لاحقاً", "في وقت لاحق".
func laterBetween(d *doc, from, to int) bool {
	for k := from; k < to; k++ {
		t := d.toks[k]
		switch t.Norm {
		case "ثم", "لاحقا", "لاحق":
			return true
		case "قبل":
			if k+1 < to && (d.toks[k+1].Norm == "ان") {
				return true
			}
		}
	}
	return false
}

// personalFigures finds outcome nouns with a pronoun that count one
// person: "ما أدى إلى مقتله", "منذ اعتقاله".
func (x *Extractor) personalFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		o, ok := personalOutcomes[t.Stem]
		if !ok || !in(k) || covers(have, t.Start) || strings.HasSuffix(t.Text, "ة") {
			// "مقتلة" (a slaughter, or a quarter's name) folds like
			// "مقتله" (his killing) but counts no one: the written
			// taa marbuta is no pronoun.
			continue
		}
		one := 1
		out = append(out, figCand{Figure: Figure{Outcome: o, Group: "unknown", Low: 1, High: &one, Qualifier: QualExact,
			Span: Span{t.Start, t.End}}, first: k, last: k + 1})
	}
	return out
}

// zeroFigures finds statements that nobody was hurt ("دون وقوع إصابات")
// as figures of zero.
func (x *Extractor) zeroFigures(d *doc, r region, in func(int) bool) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if outs, last, ok := zeroHarmsAt(d, k, r); ok && last <= r.hi {
			// "لم يُجرح أو يُقتل أحد": a zero for each harm named.
			g := x.group(d, last, r, in)
			if g == "others" {
				g = "unknown"
			}
			for _, o := range outs {
				zero := 0
				out = append(out, figCand{Figure: Figure{Outcome: o, Group: g, Low: 0, High: &zero, Qualifier: QualExact,
					Span: Span{d.toks[k].Start, d.toks[last-1].End}}, first: k, last: last})
			}
			k = last - 1
			continue
		}
		o, m, ok := x.zero.at(d.toks, k)
		last := m.Last
		if !ok {
			o, last, ok = x.zeroPhraseAt(d, k, r)
		}
		if !ok || last > r.hi {
			continue
		}
		zero := 0
		// "لم تسجل إصابات بين العسكريين": whose ranks were spared.
		g := x.group(d, last, r, in)
		if g == "unknown" {
			g = x.noneOfGroup(d, k, last, r, in)
		}
		if g == "others" {
			g = "unknown"
		}
		out = append(out, figCand{Figure: Figure{Outcome: o, Group: g, Low: 0, High: &zero, Qualifier: QualExact,
			Span: Span{d.toks[k].Start, d.toks[last-1].End}}, first: k, last: last})
		k = last - 1
	}
	return out
}

// figCand is a figure with the tokens it covers, before the outcome of
// coordinated counts is settled.
type figCand struct {
	Figure
	first, last  int
	coordinated  bool   // joined to what precedes by و
	revision     bool   // the toll before, revised: "قبل أن يعدلها إلى 11"
	prior        bool   // a bare toll given before: "بعد أن كانت 9"
	recount      bool   // a later count after "ثم": "9 صباحاً ثم 15 مساءً"
	denied       bool   // a number the source rejects: "لا 10", "ليس 10 بل 15"
	corrects     bool   // the number that replaces a rejected one: "بل 15"
	refOutcome   string // the outcome of the people "N منهم" refers to, when no figure stands near
	diedOfWounds bool   // wounded who died: "وفاة جريحين"
	among        bool   // counted among a toll named elsewhere: "بين القتلى طفلان"
	remainder    bool   // the rest of a toll: "الخمسة الآخرين"
	pronounNoun  int    // the noun after "منهم" that the count took: "اثنان منهم مدنيان"
}

// countedAfterPronoun reports whether token k is the noun a count before
// it took after "منهم": "اثنان منهم مدنيان" is one count, not two.
func countedAfterPronoun(cs []figCand, k int) bool {
	for _, c := range cs {
		if c.pronounNoun == k && k > 0 {
			return true
		}
	}
	return false
}

// negatorBefore reports whether the word right before token k negates
// the count at k: "لا 10", "وليس 10", "ليست عشرة".
func negatorBefore(d *doc, k int, r region) bool {
	if k <= r.lo {
		return false
	}
	switch d.toks[k-1].Norm {
	case "لا", "ليس", "وليس", "ليست", "وليست", "ولا":
		return true
	}
	return false
}

// negatedVerbBefore reports whether a negated outcome verb stands right
// before token k: "لم يقتل عشرة".
func (x *Extractor) negatedVerbBefore(d *doc, k int, r region) bool {
	if k-2 < r.lo {
		return false
	}
	switch d.toks[k-2].Norm {
	case "لم", "لا", "لن":
	default:
		return false
	}
	o, m, ok := x.outBefore.at(d.toks, k-1)
	return ok && o != "" && m.Last == k
}

// correctionBefore reports whether the word right before token k brings a
// correction: "بل 15", "وإنما 15".
func correctionBefore(d *doc, k int, r region) bool {
	if k <= r.lo {
		return false
	}
	switch d.toks[k-1].Norm {
	case "بل", "وانما", "انما", "وبل":
		return true
	}
	return false
}

// deniedCount reports whether the count at first is one the source
// rejects: negated right before it, after another count ("قتل 15 شخصاً
// لا 10") or before a correction ("ليس 10 بل 15").
func (x *Extractor) deniedCount(d *doc, first int, r region) bool {
	negVerb := x.negatedVerbBefore(d, first, r)
	if !negatorBefore(d, first, r) && !negVerb {
		return false
	}
	if !negVerb && x.countBetween(d, max(r.lo, first-9), first-1) {
		return true
	}
	for _, n := range d.numbers {
		if n.First > first && n.First <= first+10 && n.First < r.hi && correctionBefore(d, n.First, r) {
			return true
		}
	}
	return false
}

// correctsDenied reports whether the count at first replaces a rejected
// count just before it: "ليس 10 بل 15".
func (x *Extractor) correctsDenied(d *doc, first int, r region) bool {
	if !correctionBefore(d, first, r) {
		return false
	}
	for _, n := range d.numbers {
		if n.First < first && n.First >= first-10 && n.First >= r.lo && (negatorBefore(d, n.First, r) || x.negatedVerbBefore(d, n.First, r)) {
			return true
		}
	}
	return false
}

// countsOther reports whether the noun after a count names something
// other than people: "بعد أن كانت 3 أيام".
func (x *Extractor) countsOther(d *doc, noun int, r region) bool {
	if noun >= r.hi || d.toks[noun].Kind != arabic.TokWord {
		return false
	}
	if _, _, ok := x.groups.at(d.toks, noun); ok {
		return false
	}
	if _, _, ok := x.outNouns.at(d.toks, noun); ok {
		return false
	}
	_, _, thing := x.nonCasualty.at(d.toks, noun)
	return thing || d.counted[noun] && !objectVerbAfter(d.toks[noun])
}

// objectVerbAfter reports whether the word taken as a bare count's noun
// is rather a verb with the count as its object pronoun: "ارتفاعاً من 12
// أحصاها صباحاً"، "من 20 سجّلها". A counted noun does not carry a
// possessive pronoun ("ثلاثة من منازلها", never "ثلاثة منازلها").
func objectVerbAfter(t arabic.Token) bool {
	if t.Article || t.Kind != arabic.TokWord {
		return false
	}
	s := []rune(t.Stem)
	return len(s) >= 4 && (strings.HasSuffix(t.Stem, "ها") || strings.HasSuffix(t.Stem, "هم"))
}

// countAt reports whether a count starts at token k.
func (x *Extractor) countAt(d *doc, k int) bool {
	for _, n := range d.numbers {
		if n.First == k && n.IsCount() {
			return true
		}
	}
	return false
}

// wordCountAt reports whether a count of two or more in words begins at
// k ("ثلاثة مصابين"); "عائلة واحدة" describes, it does not count.
func (x *Extractor) wordCountAt(d *doc, k int) bool {
	if d.toks[k].Kind != arabic.TokWord {
		return false
	}
	for _, n := range d.numbers {
		if n.First == k && n.IsCount() && n.Low >= 2 {
			return true
		}
	}
	return false
}

// countBetween reports whether a count stands in tokens [from, to).
func (x *Extractor) countBetween(d *doc, from, to int) bool {
	for _, n := range d.numbers {
		if n.First >= from && n.First < to && n.IsCount() {
			return true
		}
	}
	return false
}

// remainderAt reports whether a definite count is followed by "the others"
// ("الخمسة الآخرين", "الثلاثة الباقون"): the rest of a toll named before.
func remainderAt(d *doc, n arabic.Number) bool {
	if !d.toks[n.First].Article || n.Last >= len(d.toks) {
		return false
	}
	switch d.toks[n.Last].Stem {
	case "اخرين", "اخرون", "باقين", "باقون", "متبقين", "متبقون":
		return true
	}
	return false
}

// partitivePronounAt reports whether a count is followed by "منهم" (of
// them): "تسعة منهم مدنيون" is a part of the toll before it.
func partitivePronounAt(d *doc, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].Norm {
	case "منهم", "منهن", "منهما":
		return true
	}
	return false
}

// outcomeAfterPeople returns the outcome of an outcome noun standing
// right after the people counted at noun, as their adjective, with no
// clitic nor article: "12 جندياً مفقوداً", "خمسة مدنيين قتلى". It returns
// the token after it.
func (x *Extractor) outcomeAfterPeople(d *doc, noun int, r region) (string, int, bool) {
	_, gm, ok := x.groups.at(d.toks, noun)
	if !ok || gm.First != noun || gm.Last >= r.hi {
		return "", 0, false
	}
	a := d.toks[gm.Last]
	if a.Kind != arabic.TokWord || a.Article || a.Clitics != "" {
		return "", 0, false
	}
	if c, m, ok := x.combined.at(d.toks, gm.Last); ok {
		return c, m.Last, true // "عدد من المسلحين قتلى ومصابين"
	}
	o, m, ok := x.outNouns.at(d.toks, gm.Last)
	if !ok || m.Last != gm.Last+1 {
		return "", 0, false
	}
	return o, m.Last, true
}

// cnt1 reports whether number n is exactly one.
func cnt1(n arabic.Number) bool { return n.Low == 1 && n.High == 1 }

// figureAt decides whether number n is a casualty figure and fills it.
func (x *Extractor) figureAt(d *doc, n arabic.Number, r region, in func(int) bool) (figCand, bool) {
	toks := d.toks
	after := n.Last // first token after the number words
	// "25 من القوات": skip "من" to reach the counted noun.
	noun := after
	partitive := false
	if n.NounLast > n.NounFirst {
		noun = n.NounFirst
		// "ثلاثة من المصابين": the noun after من is a partitive.
		partitive = noun > 0 && toks[noun-1].Kind == arabic.TokWord && toks[noun-1].Norm == "من"
	}
	if noun < r.hi && toks[noun].Kind == arabic.TokWord && toks[noun].Stem == "من" && toks[noun].Clitics == "" {
		noun++
		partitive = true
	}
	if n.Source == arabic.SourceNoun {
		noun = n.First // the dual noun carries the count: "قتيلان"
	}
	if n.Low == n.High && n.Low <= 2 && n.First > r.lo && n.Source != arabic.SourceNoun && toks[n.First].Kind == arabic.TokWord {
		// "مدني واحد" at the end of its clause: the number took the noun
		// before it as its counted noun, so the noun is no singular count
		// of its own (see singularFigures) and the number makes the figure.
		took := cnt1(n) && n.NounFirst == n.First-1 && n.NounLast == n.First
		if _, _, cnt, ok := x.personNoun(d, n.First-1); ok && !took && !(cnt == 2 && n.Low == 2 && x.isNumberWord(d, n.First-1)) {
			return figCand{}, false // "جندياً واحداً": the noun counts itself
		}
		// "مزارعين اثنين": a dual the number counts is marked as its
		// counted noun, so the number makes the figure.
		if n.Low == 1 && n.NounFirst == n.First-1 && n.NounLast == n.First {
			_, _, outNoun := x.outNouns.at(toks, n.NounFirst)
			_, _, people := x.groups.at(toks, n.NounFirst)
			_, _, outWord := x.outBefore.at(toks, n.NounFirst)
			if !outNoun && !people && !outWord {
				return figCand{}, false // "من عائلة واحدة": one describes a thing
			}
		}
	}
	if !x.oneOfPeople(d, n, noun, r) || vagueCondition(d, n, r) || namesBefore(d, n.First, r) && !x.namedToll(d, noun, r) ||
		mournersAt(d, n, noun) {
		return figCand{}, false
	}
	f := Figure{Low: n.Low, Qualifier: n.Qualifier, Span: Span{n.Start, n.End}}
	if !n.Open {
		hi := n.High
		f.High = &hi
	}
	if n.First > 0 && (exceedWords[toks[n.First-1].Stem] || exceededToll(d, n.First, r)) && (f.Qualifier == QualExact || f.Qualifier == "" || f.Qualifier == QualVague) {
		// "تجاوزت ثمانية قتلى": more than eight; "تخطى عدد القتلى
		// المئات": more than the hundreds.
		f.High, f.Qualifier = nil, QualAtLeast
	}
	if f.Qualifier == "" {
		f.Qualifier = QualExact
	}
	if f.Qualifier == QualExact && n.Low == n.High && n.Low >= 20 && n.Low%10 == 0 && (n.First > 0 && toks[n.First-1].Norm == "نيف" || n.Last < len(toks) && toks[n.Last].Norm == "ونيف") {
		// "نيف وعشرون", "عشرون ونيف": a few more than the tens.
		lo, hi := n.Low+1, n.Low+9
		if n.Low >= 100 {
			hi = n.Low + n.Low/10 - 1
		}
		f.Low, f.High, f.Qualifier = lo, &hi, QualVague
	}
	if f.Qualifier == QualExact && x.atLeastAfter(d, max(n.Last, n.NounLast), r) {
		// "30 مقاتلاً عراقياً على الأقل": the bound after the noun's adjective.
		f.High, f.Qualifier = nil, QualAtLeast
	}
	outcome := ""
	end := after
	if partitive {
		if _, m, ok := x.nonCasualty.at(toks, noun); ok && !prepositional(m.Clitics) && noun < r.hi {
			return figCand{}, false // "عدداً من المواقع"
		}
		if c, m, ok := x.combined.at(toks, noun); ok {
			outcome, end = c, m.Last // "عدد من الشهداء والجرحى"
		} else if o, m, ok := x.outNouns.at(toks, noun); ok && (!x.outcomeRightBefore(d, n.First, r) || n.First > r.lo && inflictsToll(toks[n.First-1])) {
			// "استشهد ستة جنود وسقط عدد من الجرحى": the noun after من
			// names the outcome; a verb further back counts others. A
			// verb that inflicts the toll ("أوقع عدداً من الجرحى") takes
			// the people of the noun as its object.
			outcome, end = o, m.Last
		} else {
			// "وفاة ثلاثة من المصابين": the word before the count decides.
			outcome = x.outcomeBefore(d, n.First, r, in)
		}
	}
	if outcome == "" && n.First > 0 && !hasClitic(toks[n.First].Clitics, 'و') {
		// "وفاة جريحين": the verbal noun right before the count decides;
		// a count joined by و ("خمسة قتلى وعشرين جريحاً") opens a conjunct
		// of its own.
		for j := n.First - 1; j >= r.lo && j >= n.First-2; j-- {
			// "ثلاثة قتلى وما يزيد على ثمانين جريحاً": the noun another count
			// counts is no verbal noun of this one.
			// "أوقعت عشرة جرحى", "خلّفت ثلاثة جرحى": a verb that inflicts
			// the toll takes the wounded as its object.
			if d.counted[j] || inflictsToll(toks[j]) {
				break
			}
			if o, m, ok := x.outBefore.at(toks, j); ok && m.Last == n.First && o == OutcomeKilled && x.outNouns.vals != nil {
				if no, _, ok := x.outNouns.at(toks, noun); ok && no == OutcomeWounded {
					outcome = o
				}
			}
		}
	}
	amongAfter := false
	if outcome == "" {
		// "6 أطفال بين القتلى": counted among a toll.
		if o, e, ok := x.amongAfter(d, max(end, noun+1), r); ok {
			outcome, end, amongAfter = o, e, true
		}
	}
	if outcome == "" && noun+1 < r.hi && (toks[noun].Stem == "حاله" || toks[noun].Stem == "حالات") {
		// "4 حالات وفاة", "12 حالة اختناق": cases of an outcome.
		switch toks[noun+1].Stem {
		case "وفاه":
			outcome, end = OutcomeKilled, noun+2
		case "اصابه", "اصابات", "اختناق", "جروح":
			outcome, end = OutcomeWounded, noun+2
		}
	}
	if outcome == "" && noun < r.hi && !(noun == after && hasClitic(toks[noun].Clitics, 'و')) {
		// "11 عسكرياً ومدنيين اثنين وإصابة آخرين": a word with و after
		// the number opens the next conjunct; it is not what is counted.
		// "شهيدان وجريح": a dual outcome noun counts its own victims, and
		// the singular joined to it is one more of another outcome, not a
		// combined toll as after a number ("21 قتيلاً وجريحاً").
		dualNoun := n.Source == arabic.SourceNoun && n.Low == 2
		if o, m, ok := x.combined.at(toks, noun); ok && !dualNoun {
			outcome, end = o, m.Last
		} else if o, m, ok := x.outNouns.at(toks, noun); ok {
			outcome, end = o, m.Last
			if c, m2, ok := x.combined.at(toks, noun); ok && !dualNoun {
				outcome, end = c, m2.Last
			}
		} else if _, m, ok := x.nonCasualty.at(toks, noun); ok && !prepositional(m.Clitics) {
			// "12 صاروخاً" counts rockets; "مقتل 25 بغارات" counts people
			// and names the means after a preposition.
			return figCand{}, false
		}
	}
	if outcome == "" && noun < r.hi {
		// "إضافة إلى 12 جندياً مفقوداً"، "سقوط خمسة مدنيين قتلى": the
		// outcome noun right after the counted people describes them.
		if o, e, ok := x.outcomeAfterPeople(d, noun, r); ok {
			outcome, end = o, e
		}
	}
	if outcome == "" {
		outcome = deedBefore(d, n.First, r) // "قتلوا مساء الأربعاء 81 شخصاً"
	}
	if outcome == "" {
		before := n.First
		if n.NounLast > n.NounFirst && n.NounFirst < n.First && n.NounFirst >= r.lo {
			if _, _, ok := x.groups.at(toks, n.NounFirst); ok {
				before = n.NounFirst // "حيّد ... إرهابيين اثنين": the noun opens the count
			}
		}
		outcome = x.outcomeBefore(d, before, r, in)
	}
	if outcome == "" {
		// "ارتفعت إلى 12 مدنياً، بينهم ..., حصيلة قتلى القصف": the verb
		// and the count come first, the toll's head after them.
		outcome = x.tollHeadAfterRise(d, n.First, max(end, noun+1), r)
	}
	if outcome == "" && bareCountHead(d, n.First, r) {
		// "أفاد بأن العدد تخطى 140، بعدما أعلن مقتل أكثر من مئة": the
		// count of the toll the clause names elsewhere.
		outcome = x.outcomeInClaim(d, n.First, r, in)
		if outcome == "" {
			// "أحصى 12 قتيلاً، قبل أن يعلن ارتفاع العدد إلى 15": the
			// count the sentence gave before.
			outcome = x.priorCountOutcome(d, n.First)
		}
	}
	if outcome == "" && fellIntoHands(d, n, noun, r) {
		outcome = OutcomeCaptured // "ووقع 7 منهم في قبضة المسلحين"
	}
	if outcome == "" && !x.subsetBefore(d, n.First, r) && !revisesToll(d, n.First, r) {
		if o, e := x.outcomeAfterVerb(d, noun, r, in); o != "" {
			outcome = o
			if e > end {
				end = e
			}
		}
	}
	among := x.amongAt(d, n.First, r) || amongAfter
	subset := x.subsetBefore(d, n.First, r) || partitivePronounAt(d, n.Last) || among
	remainder := outcome == "" && remainderAt(d, n)
	coordinated := x.coordinatedAt(d, n.First)
	recount := !subset && thenRecount(d, n, r)
	revision := outcome == "" && (revisesToll(d, n.First, r) || recount)
	// "ارتفعت الحصيلة إلى 14 بعد أن كانت 9": a bare count after the cue
	// of an earlier toll is that toll.
	prior := outcome == "" && !subset && !revision && x.earlierBefore(d, n.First, r) && !x.countsOther(d, noun, r)
	corrects := outcome == "" && x.correctsDenied(d, n.First, r)
	refOutcome := ""
	if outcome == "" && (partitivePronounAt(d, n.Last) || amongPronounBefore(d, n.First, r)) {
		// "وقال إن القتلى سقطوا في ثلاث بلدات، بينهم ستة أطفال": the
		// people "بينهم" refers to name the outcome.
		refOutcome = x.referentOutcome(d, n.First)
	}
	if outcome == "" && !subset && !revision && !prior && x.contrastedBareCount(d, n, r) {
		// "بلغت الحصيلة 45 قتيلاً، في حين تحدث المرصد عن أكثر من 70":
		// a bare count set against a toll is another toll of it.
		outcome = x.referentOutcome(d, n.First)
	}
	if outcome == "" && !subset && !revision && !remainder && !prior && !corrects {
		// Only people counted right after another figure may borrow its
		// outcome; anything else without an outcome word is no casualty.
		_, _, person := x.groups.at(toks, noun)
		if !coordinated || !(person || n.Source == arabic.SourceNoun) {
			return figCand{}, false
		}
	}
	if outcome == OutcomeWounded && !x.subsetBefore(d, n.First, r) {
		// "ستة من الجرحى توفوا لاحقاً", "جريحان توفيا": wounded who then
		// died; the verb must follow the noun at once unless the noun is a
		// partitive.
		at := max(end, noun+1)
		if o, m, ok := x.outAfter.at(toks, at); ok && o == OutcomeKilled && at < r.hi {
			outcome, end = o, m.Last
		} else if o, e := x.outcomeAfterVerb(d, at, r, in); partitive && o == OutcomeKilled && x.woundedNoun(d, noun) {
			// "إصابة ثلاثة من عناصره في كمين قُتل فيه مهاجم": only the
			// wounded named by the noun may die after.
			outcome, end = o, max(end, e)
		}
	}
	// "وفاة جريحين"، "وفاة ثلاثة من المصابين"، "ستة من الجرحى توفوا":
	// wounded who died are part of the toll of the dead.
	diedOfWounds := false
	if outcome == OutcomeKilled && noun < r.hi {
		if no, _, ok := x.outNouns.at(toks, noun); ok && no == OutcomeWounded {
			diedOfWounds = true
		}
	}
	if diedOfWounds && f.Qualifier == QualVague {
		// "ليزيد العدد بعد وفاة بعض المصابين متأثرين بجروحهم": the wounded who
		// died explain a higher toll and are no toll of their own.
		return figCand{}, false
	}
	if outcome == OutcomeMissing && lifeAfter(d, max(end, noun+1), r) {
		outcome = OutcomeKilled // "فقدان ثلاثة مواطنين حياتهم": lost their lives
	}
	if outcome == OutcomeCaptured && releasedBefore(d, n.First, r) {
		return figCand{}, false // "أفرجت عن 5 معتقلين": freed, not taken
	}
	// "أُطلق سراح اثنين من المعتقلين، ويبقى الثلاثة الباقون محتجزين":
	// the freed are no toll but lend the rest its outcome.
	released := outcome == OutcomeCaptured && releasedAfter(d, max(end, noun+1), r)
	f.Outcome = outcome
	f.Subset = subset
	f.Group = x.group(d, noun, r, in)
	f.Earlier = x.earlierBefore(d, n.First, r) || x.revisedAfter(d, n.Last, r) || x.earlierAfter(d, max(end, n.Last), r)
	pronounNoun := 0
	if partitivePronounAt(d, n.Last) && end <= n.Last+1 && n.Last+1 < r.hi {
		// "اثنان منهم مدنيان": the noun after "منهم" is counted already.
		end, pronounNoun = n.Last+2, n.Last+1
	}
	if end > n.Last && end-1 < len(toks) {
		f.Span.End = toks[end-1].End
	}
	last := n.Last
	if end > last {
		last = end
	}
	return figCand{Figure: f, first: n.First, last: last, coordinated: coordinated, revision: revision, recount: recount, prior: prior, remainder: remainder, pronounNoun: pronounNoun,
		denied: x.deniedCount(d, n.First, r) || released, corrects: corrects, refOutcome: refOutcome, diedOfWounds: diedOfWounds, among: among}, true
}

// woundedNoun reports whether the word at k names the wounded ("الجرحى",
// "المصابين").
func (x *Extractor) woundedNoun(d *doc, k int) bool {
	o, _, ok := x.outNouns.at(d.toks, k)
	return ok && o == OutcomeWounded
}

// atLeastAfter reports whether "على الأقل" follows within two words of k,
// before another count: in "8 قتلى بينهم واحد على الأقل" the bound is the
// subset's.
func (x *Extractor) atLeastAfter(d *doc, k int, r region) bool {
	if partitivePronounAt(d, k) {
		k++ // "خمسة عشر منهم على الأقل": the bound of the part itself
	}
	for j := k; j < r.hi-1 && j <= k+2; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord || d.counted[j] {
			return false
		}
		if _, _, ok := x.subset.at(d.toks, j); ok {
			return false
		}
		if t.Norm == "علي" && d.toks[j+1].Norm == "الاقل" {
			return true
		}
	}
	return false
}

// revisionVerbs take the toll as their object pronoun: "قبل أن يعدلها
// إلى 11", "ثم رفعها إلى 9".
var revisionVerbs = map[string]bool{
	"عدلها": true, "يعدلها": true, "تعدلها": true, "رفعها": true, "يرفعها": true, "ترفعها": true,
	"خفضها": true, "يخفضها": true, "تخفضها": true, "صححها": true, "يصححها": true, "تصححها": true,
	"عدله": true, "يعدله": true, "تعدله": true, "رفعه": true, "يرفعه": true, "ترفعه": true,
	"خفضه": true, "يخفضه": true, "تخفضه": true, "ثبتها": true, "يثبتها": true, "تثبتها": true, "ويثبتها": true,
}

// revisesToll reports whether a count stands after a verb that revises
// the toll named before: "... إلى 11".
func revisesToll(d *doc, first int, r region) bool {
	if first < r.lo+2 || d.toks[first-1].Norm != "الي" && d.toks[first-1].Norm != "عند" {
		return false
	}
	return revisionVerbs[d.toks[first-2].Norm] || revisionVerbs[d.toks[first-2].Stem]
}

// recountTimes are the times of day and the words of a later moment that
// date a recount (folded): "41 صباحاً ثم 167 مساءً"، "ثم 20 لاحقاً".
var recountTimes = map[string]bool{
	"مساء": true, "مساءا": true, "صباحا": true, "ظهرا": true, "عصرا": true, "ليلا": true, "فجرا": true,
	"لاحقا": true, "المساء": true, "الصباح": true, "الليل": true, "الظهر": true, "العصر": true, "المساءا": true,
}

// thenRecount reports whether the bare number n is a later count of the
// toll before it, told after "ثم" ("وثق 20 قتيلاً ظهر الأحد ثم 55
// ليلاً"、"ذكر أولاً خمسة قتلى ثم إلى ثمانية"): a time or a later moment
// follows the number at once, or the number ends the clause and a verb of
// reporting a count stands in the clause before "ثم". Victims of successive blows ("قتل ثلاثة في الغارة
// الأولى ثم أربعة في الثانية") have neither a report verb nor a bare
// time word.
func thenRecount(d *doc, n arabic.Number, r region) bool {
	k := n.First - 1
	if k > r.lo && d.toks[k].Norm == "الي" {
		k--
	}
	if k < r.lo || d.toks[k].Norm != "ثم" && d.toks[k].Norm != "وثم" {
		return false
	}
	if at := n.Last; at < r.hi && d.toks[at].Kind == arabic.TokWord {
		if d.toks[at].Norm == "في" && at+1 < r.hi {
			at++ // "ثم 31 في المساء"
		}
		if recountTimes[d.toks[at].Norm] || recountTimes[d.toks[at].Stem] {
			return true
		}
	}
	if n.Last < r.hi && d.toks[n.Last].Kind != arabic.TokPunct {
		return false // a count with its own noun or place: only a time makes it a recount
	}
	for j := k - 1; j >= r.lo && j >= k-10; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && !(j == k-1 && (t.Text == "،" || t.Text == ",")) {
			return false
		}
		if reportVerbsBefore[t.Norm] || reportVerbsBefore[t.Stem] {
			return true
		}
	}
	return false
}

// countsPeople reports whether the number at token first counts people:
// its noun is a person or group noun.
func (x *Extractor) countsPeople(d *doc, first int) bool {
	for _, n := range d.numbers {
		if n.First != first {
			continue
		}
		k := n.Last
		if n.NounLast > n.NounFirst {
			k = n.NounFirst
		}
		if n.Source == arabic.SourceNoun {
			k = n.First
		}
		if k < len(d.toks) && d.toks[k].Kind == arabic.TokWord && d.toks[k].Stem == "من" && d.toks[k].Clitics == "" {
			k++ // "أربعة من مقاتليها"
		}
		if k >= len(d.toks) {
			return false
		}
		_, _, ok := x.groups.at(d.toks, k)
		return ok
	}
	return false
}

// prepositional reports whether clitics hold a preposition (ب ل ك): a
// noun behind one is not what a number counts.
func prepositional(clitics string) bool {
	return hasClitic(clitics, 'ب') || hasClitic(clitics, 'ل') || hasClitic(clitics, 'ك')
}

// andThat reports whether token k is و + a complementizer ("وإن", "وأنه"),
// which opens a second proposition. The tokenizer keeps "وإن" whole, as
// "وان" may be a word.
func (x *Extractor) andThat(d *doc, k int) bool {
	t := d.toks[k]
	if hasClitic(t.Clitics, 'و') && x.isComplementizer(d, k) {
		return true
	}
	switch t.Norm {
	case "وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها":
		return true
	}
	return false
}

// exceedWords before a count make it a lower bound.
var exceedWords = map[string]bool{"تجاوزت": true, "تجاوز": true, "يتجاوز": true, "تتجاوز": true, "فاقت": true, "فاق": true, "يفوق": true,
	"تخطي": true, "تخطت": true, "يتخطي": true,
	// plural subjects: "القتلى تجاوزوا العشرة", "المعتقلون يتجاوزون 40"
	"تجاوزوا": true, "يتجاوزون": true, "تخطوا": true, "يتخطون": true, "فاقوا": true, "يفوقون": true}

// outcomeVerbs are verbs whose subject, the people counted, may follow them
// at a distance.
var outcomeVerbs = map[string]bool{
	"قتل": true, "قتلت": true, "قضي": true, "قضت": true, "استشهد": true, "اصيب": true, "اصيبت": true, "جرح": true, "لقي": true, "ارتقي": true,
	"نعت": true, "نعي": true, "ينعي": true, "تنعي": true, // "نعت هيئة ... أربعة من مقاتليها"
}

// coordinatedAt reports whether a count at token i is joined to what
// precedes it: "و39 من مقاتلي", "إضافة إلى أربعة مدنيين", "صحفي واحد"
// after "إضافة إلى".
func (x *Extractor) coordinatedAt(d *doc, i int) bool {
	toks := d.toks
	if hasClitic(toks[i].Clitics, 'و') {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Norm == "و" || hasClitic(t.Clitics, 'و') && k == i-1 {
			return true
		}
		if additionAt(d, k) {
			return true
		}
	}
	return false
}

// additionAt reports whether the word at k adds a count on: a word of
// additionWord, or "جانب" of "إلى جانب" (along with): "قتل ستة من
// الحرس، إلى جانب عنصرين من الشرطة".
func additionAt(d *doc, k int) bool {
	t := d.toks[k]
	if additionWord(t) {
		return true
	}
	return t.Kind == arabic.TokWord && t.Norm == "جانب" && k > 0 && d.toks[k-1].Norm == "الي"
}

// additionWord reports whether t is a word of addition before a count:
// "إضافة"، "علاوة"، "فضلاً" (whose ف is the root's, not the clitic, so the
// whole folded word is matched as well as the stem).
func additionWord(t arabic.Token) bool {
	switch t.Stem {
	case "اضافه", "فضلا", "علاوه":
		return true
	}
	return t.Norm == "فضلا"
}

// joinedWithin reports whether tokens from..to-1 are at most n words with
// no punctuation between them.
func joinedWithin(d *doc, from, to, n int) bool {
	if to-from > n {
		return false
	}
	for k := from; k < to; k++ {
		if d.toks[k].Kind == arabic.TokPunct {
			return false
		}
	}
	return true
}

// timeOfDay are the words that open a time phrase before a weekday or a
// day word ("مساء الأربعاء", "فجر اليوم"), folded.
var timeOfDay = []string{"مساء", "صباح", "فجر", "ظهر", "عصر", "ليل", "ليله", "ظهيره", "منتصف"}

// timeWordAt reports whether token k belongs to a time phrase: a date
// found in the text, or a word of the time of day.
func timeWordAt(d *doc, k int) bool {
	for _, dt := range d.dates {
		if k >= dt.First && k < dt.Last {
			return true
		}
	}
	t := d.toks[k]
	return t.Kind == arabic.TokWord && slices.Contains(timeOfDay, t.Norm)
}

// pastTimeWords returns the first token from k on that is not part of a
// time phrase of at most four words or a quote mark (k itself when none
// starts there): the count of "قتلوا صباح الأحد «20 عنصراً»" is the verb's.
func (x *Extractor) pastTimeWords(d *doc, k int, r region) int {
	for n := 0; k < r.hi && n < 5 && (timeWordAt(d, k) || d.toks[k].IsQuote()); n++ {
		k++
	}
	return k
}

// doersKilledBefore reports whether the count at first is the object of
// the doers' plural verb "قتلوا" (they killed), right before it or before
// a time phrase or an opening quote that is: "إن مسلحين قتلوا مساء
// الأربعاء 81 شخصاً". A
// count before the verb is its subject instead ("4 قتلوا و30 أصيبوا":
// four were killed), and so is the verb of another clause ("5 قتلوا في
// البلدة ثم 3 في القرية").
func (x *Extractor) doersKilledBefore(d *doc, first int, r region) bool {
	k := first - 1
	for n := 0; k > r.lo && n < 5 && (timeWordAt(d, k) || d.toks[k].IsQuote()); n++ {
		k-- // a quoted toll: "قتلوا «أكثر من 15 جندياً»"
	}
	if k < r.lo || d.toks[k].Kind != arabic.TokWord || strings.TrimPrefix(d.toks[k].Norm, "و") != "قتلوا" {
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if d.toks[j].Kind == arabic.TokNumber || x.countAt(d, j) {
			return false
		}
		if d.toks[j].Kind == arabic.TokPunct {
			break
		}
	}
	return true
}

// outcomeBefore finds an outcome word in the three words before a number:
// "مقتل 5", "إصابة 25", "ارتفعت حصيلة القتلى إلى 23", "سقط 7 شهداء".
func (x *Extractor) outcomeBefore(d *doc, first int, r region, in func(int) bool) string {
	window, verbWindow := 4, 10
	if first > 0 && d.toks[first-1].Kind == arabic.TokWord && (d.toks[first-1].Stem == "الي" || d.toks[first-1].Norm == "الي") {
		// "ارتفعت حصيلة القتلى جراء ... إلى 31": the toll named earlier in the clause.
		window, verbWindow = 24, 24
	}
	if splitEliminateVerb(d, first, r) || first > r.lo && (splitLifeTaking(d, first-1, r) || leftLifeAround(d, first-1, first, r) || lifeTakenDirect(d, first, r)) {
		return OutcomeKilled // "قضت وحدات الجيش فجر اليوم على ثلاثة مسلحين"
	}
	if lostLivesAround(d, first, r) {
		return OutcomeKilled // "فقد خمسة مدنيين حياتهم"
	}
	if x.doersKilledBefore(d, first, r) {
		return OutcomeKilled // "مسلحون قتلوا مساء الأربعاء 81 شخصاً"
	}
	headAhead := false // a toll head stands before the commas: "حصيلة ضحايا ...، أمس، إلى 17"
	for k := first - 1; k >= r.lo && k >= first-verbWindow; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || k < first-1 && t.Kind == arabic.TokNumber {
			if c, ok := asideAttribution(d, k, r); ok && k == first-1 {
				// "وقتل، بحسب المرصد، 6 مدنيين": the source stands
				// between the verb and its count, and the words before
				// it reach the count as if it were not there.
				window, verbWindow = window+k-c+1, verbWindow+k-c+1
				k = c
				continue
			}
			if (window == 24 && verbWindow == 24 || headAhead) && (t.Text == "،" || t.Text == ",") && x.tollHeadBefore(d, k, r, riseBetween(d, k, first)) {
				// "ارتفع عدد الذين قتلوا جراء القصف ...، إلى 7": the
				// head stands before a long description of the attack.
				if !headAhead {
					window, verbWindow = first-k+30, first-k+30
				}
				headAhead = true
				continue
			}
			break
		}
		if k > r.lo && (x.isComplementizer(d, k) || x.andThat(d, k)) {
			if o, m, ok := x.outBefore.at(d.toks, k-1); ok && m.Last == k+1 && o != "" {
				return o // "فصّل القتلى بأنهم ثلاثة جنود": the dead are named
			}
		}
		if x.isComplementizer(d, k) || x.andThat(d, k) {
			break // "أصيب جندي وأن مدنيين اثنين قتلا": another clause
		}
		if window == 24 {
			if o := x.relativeOutcome(d, k, r); o != "" {
				return o // "ارتفع عدد الجنود الذين قتلوا في الهجوم إلى 33"
			}
		}
		if _, _, ok := x.subset.at(d.toks, k); ok && k < first-1 && !partitivePronounAt(d, k) {
			break // "5 قتلى بينهم عنصران و3 مدنيين": the 3 are in the list
		}
		// Beyond a few words only a verb reaches the count: "قُتل في معارك
		// المدينة منذ أواخر الشهر مئتا مقاتل".
		// Nor does the head of a toll: "عدد الجرحى في صفوف العسكريين أقل
		// من خمسة".
		if k < first-window && (!outcomeVerbs[t.Stem] || !x.countsPeople(d, first)) && t.Stem != "عدد" && t.Stem != "حصيله" {
			continue
		}
		if o, m, ok := x.outBefore.at(d.toks, k); ok && m.Last <= first && o != "" && !attemptBefore(d, k) {
			// A longer phrase may end here too: "مقتل وإصابة عدد".
			for j := k - 1; j >= r.lo && j >= k-2; j-- {
				if o2, m2, ok := x.outBefore.at(d.toks, j); ok && m2.Last >= m.Last && m2.Last <= first && o2 != "" && !x.pairAfterSubject(d, m2, r) {
					o = o2
				}
			}
			return o
		}
	}
	return ""
}

// outcomeAfterVerb finds an outcome verb after the counted people, within
// the clause: "ستة مقاتلين قتلوا", "أكثر من 40 عنصراً من ... لقوا حتفهم".
func (x *Extractor) outcomeAfterVerb(d *doc, from int, r region, in func(int) bool) (string, int) {
	commas := 0
	for k := from; k < r.hi && k < from+22; k++ {
		t := d.toks[k]
		if !in(k) {
			break
		}
		if (t.Kind == arabic.TokNumber || (commas > 0 || additionBefore(d, k)) && x.wordCountAt(d, k)) && !x.subsetBefore(d, k, r) && (!x.coordinatedAt(d, k) || k > from && additionBefore(d, k)) {
			// "..., فضلاً عن 25 جريحاً": a count added on names its own
			// outcome, not that of the people before it; so does one in
			// words ("..., إضافة إلى ثلاثة مصابين").
			break
		}
		if t.Kind == arabic.TokPunct && (t.Text == "،" || t.Text == ",") && commas < 2 {
			// "21 مدنياً بينهم 3 أطفال، من جامعي الكمأة، قضوا ..."
			commas++
			continue
		}
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "(" && t.Text != ")" {
			break
		}
		if _, _, ok := x.speech.at(d.toks, k); ok && k > from && !relativeBetween(d, from, k) {
			break // a speech verb inside "الذين أحصت الشبكة مقتلهم" goes on
		}
		if k > from && x.andThat(d, k) {
			break // "..., وإن ثلاثة أصيبوا": another proposition
		}
		if o, _, ok := pronounOutcome(t); ok && relativeBetween(d, from, k) {
			// "إلى 50 عدد الأطفال الذين أحصت الشبكة مقتلهم": the
			// relative clause names what befell them.
			return o, k + 1
		}
		if o, m, ok := x.combined.at(d.toks, k); ok {
			return o, m.Last // "سقطوا بين قتيل وجريح", "قتلى ومصابين"
		}
		if o, m, ok := x.outAfter.at(d.toks, k); ok {
			if m.Last < r.hi && k > from && x.countAt(d, x.pastTimeWords(d, m.Last, r)) {
				// "سبعة مسلحين، قتل اثنان منهم": the verb has a count of
				// its own for subject.
				return "", 0
			}
			if m.Last < r.hi && oneOfTwo[d.toks[m.Last].Norm] {
				// "تقل رجلين، فقتل أحدهما": the verb befell one of them.
				return "", 0
			}
			if o2, m2, ok := x.outAfter.at(d.toks, m.Last); ok && m.Last < r.hi && t.Norm == "فقد" && m2.Clitics == "" {
				// "سائقه فقد فارق الحياة": فقد is ف + قد before the verb.
				return o2, m2.Last
			}
			return o, m.Last
		}
	}
	return "", 0
}

func (x *Extractor) subsetBefore(d *doc, first int, r region) bool {
	first = asideBefore(d, first, r) // "ومن بين الضحايا، حسب الدفاع المدني، امرأتان"
	for k := first - 1; k >= r.lo && k >= first-2; k-- {
		if _, m, ok := x.subset.at(d.toks, k); ok && m.Last <= first {
			return true
		}
	}
	return false
}

// pastBeing are the past forms of كان that open a pluperfect ("بعد أن
// كانوا قد وثّقوا"), by person and number (normalised).
var pastBeing = map[string]bool{"كان": true, "كانت": true, "كانوا": true, "كانا": true, "كانتا": true}

func (x *Extractor) earlierBefore(d *doc, first int, r region) bool {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if d.toks[k].Kind == arabic.TokNumber {
			break // "بعد أن كانت 9، وأصيب 40": the cue was of the count between
		}
		if _, m, ok := x.earlier.at(d.toks, k); ok && m.Last <= first {
			return true
		}
		if ownFormerToll(d, k, false) {
			return true // "وأشارت أرقامه الأولى إلى 18"
		}
	}
	if firstReported(d, first) {
		return true // "وكان الدفاع المدني أعلن أولاً ستة قتلى"
	}
	if x.pluperfectAfterRise(d, first) || reportedBeforeToll(d, first) || pluperfectReportAfterToll(d, first) || countedUntilPastDay(d, first) ||
		contentedWithBefore(d, first) || tollWasBefore(d, first) {
		return true
	}
	// "بعد أن كانت فرقه قد انتشلت في الساعة الأولى تسع جثث": the
	// pluperfect clause after "بعد أن كان" reports the toll before, however
	// long its subject and adverbs, up to a comma or another count.
	for k := first - 1; k >= 0 && k >= first-14; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		if (pastBeing[t.Norm] || pastBeing[t.Stem]) && x.earlierCueAt(d, k) {
			// "وكانت حصيلة الدفاع المدني في الصباح تشير إلى 9": the former
			// toll as the subject, however long its adverbs of time.
			return true
		}
		if k < 1 {
			break
		}
		if pastBeing[t.Norm] && (d.toks[k-1].Norm == "ان" && k >= 2 && d.toks[k-2].Norm == "بعد" || d.toks[k-1].Norm == "بعدما") {
			return true
		}
		if s := d.toks[k-1].Stem; (s == "كان" || s == "كانت") && (x.earlierCueAt(d, k) || ownFormerToll(d, k, true)) {
			// "وكانت حصيلة أولى نشرها ناشطون قد ذكرت 7 قتلى":
			// the first toll is the clause's subject.
			return true
		}
	}
	return false
}

// reportVerbsBefore are verbs of a source giving a figure, as they stand
// after "بعدما" of a toll given before: "بعدما أشار إلى ستة قتلى".
var reportVerbsBefore = map[string]bool{
	"اشار": true, "اشارت": true, "تحدث": true, "تحدثت": true, "اعلن": true, "اعلنت": true,
	"وثق": true, "وثقت": true, "افاد": true, "افادت": true, "ذكر": true, "ذكرت": true,
	"احصي": true, "احصت": true, "اورد": true, "اوردت": true,
}

// reportedBeforeToll reports whether the count at first is what a source
// had said before the toll that opens the sentence: "قتل 15 …، بعدما
// أحصى ظهراً تسعة قتلى". The report verb must follow "بعدما" or
// "بعد أن" at once, the clause must run to the count without a comma or
// another count, and a toll must stand before the cue in the sentence.
func reportedBeforeToll(d *doc, first int) bool {
	for k := first - 1; k >= 2 && k >= first-10; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		if !reportVerbsBefore[t.Norm] {
			continue
		}
		cue := -1
		switch {
		case d.toks[k-1].Norm == "بعدما":
			cue = k - 1
		case d.toks[k-1].Norm == "ان" && d.toks[k-2].Norm == "بعد":
			cue = k - 2
		}
		return cue >= 0 && countedBefore(d, cue)
	}
	return false
}

// pluperfectReportAfterToll reports whether the count at first is what a
// source had said, in a pluperfect report clause that follows a toll in
// the same sentence: "قال إن 14 قتلوا، وكان صباحاً قد أشار إلى
// خمسة". The clause runs from a form of كان over "قد" and a report verb
// to the count, with no stop or other count between; adverbs of time may
// stand anywhere in it, and one of them must say the report came first
// that day ("صباحاً"، "في الساعات الأولى").
func pluperfectReportAfterToll(d *doc, first int) bool {
	verb, had, early := false, false, false
	for k := first - 1; k >= 1 && k >= first-12; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		early = early || sameDayHours[t.Stem] || earlyMarks[t.Norm]
		switch {
		case reportVerbsBefore[t.Norm] || reportVerbsBefore[t.Stem]:
			verb = true
		case t.Norm == "قد" && verb:
			had = true
		case (pastBeing[t.Norm] || pastBeing[t.Stem]) && had:
			return early && countedBefore(d, k)
		case had && !hadTimeFill[t.Norm]:
			return false // "وكانت الوزارة قد أعلنت": another voice's report
		}
	}
	return false
}

// earlyMarks say that a pluperfect report came first, the same day: "في
// الساعات الأولى"، "في اللحظات الأولى"، "في البداية". Without one the
// pluperfect may recall another day's event.
var earlyMarks = map[string]bool{"الاولي": true, "البدايه": true, "بادي": true, "البدء": true}

// hadTimeFill are the words of time that may stand between كان and قد in
// a source's own pluperfect report: "وكانت خلال الساعات الأولى قد".
var hadTimeFill = map[string]bool{"في": true, "خلال": true, "الساعات": true, "الساعه": true, "الاولي": true,
	"صباحا": true, "ظهرا": true, "عصرا": true, "مساء": true, "ليلا": true, "فجرا": true, "امس": true,
	"اليوم": true, "البدايه": true, "البدء": true, "بادي": true, "الامر": true, "اول": true}

// madeDoVerbs are the forms of "اكتفى" (made do with): "اكتفى أمس
// بإحصاء تسعة قتلى" said after a toll tells the smaller count the source
// had given before.
var madeDoVerbs = map[string]bool{"اكتفي": true, "اكتفت": true, "اكتفوا": true, "اكتفيا": true}

// contentedWithBefore reports whether the count at first follows "اكتفى"
// and a report noun with ب ("بإحصاء"، "بذكر"، "بالإعلان عن") in a clause
// after a toll of the same sentence: "قتل 30، علماً أنه اكتفى أمس بإحصاء
// تسعة".
func contentedWithBefore(d *doc, first int) bool {
	for k := first - 1; k >= 1 && k >= first-8; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() || t.Kind == arabic.TokNumber || k < first-1 && d.counted[k] {
			return false
		}
		w := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ف")
		if madeDoVerbs[w] || madeDoVerbs[t.Stem] {
			return countedBefore(d, k)
		}
	}
	return false
}

// sentenceEnd is the end (exclusive) of the sentence holding token k, or
// k when none does.
func sentenceEnd(d *doc, k int) int {
	for _, s := range d.sents {
		if k >= s.first && k < s.last {
			return s.last
		}
	}
	return k
}

// countedBefore reports whether a count stands in k's sentence before k.
func countedBefore(d *doc, k int) bool {
	for _, s := range d.sents {
		if k < s.first || k >= s.last {
			continue
		}
		for j := s.first; j < k; j++ {
			if d.counted[j] {
				return true
			}
		}
	}
	return false
}

// lifeVerbs are the verbs of "أودى بحياة" (took the life of).
var lifeVerbs = map[string]bool{"اودي": true, "اودت": true, "يودي": true, "تودي": true,
	// the participle: "قصفت السوق مودية بحياة سبعة"
	"مودي": true, "موديه": true, "موديا": true,
	// "حصد القصف أرواح 12"، "أزهقت الغارة أرواح"
	"حصد": true, "حصدت": true, "يحصد": true, "تحصد": true, "حاصده": true, "حاصدا": true,
	"ازهق": true, "ازهقت": true, "يزهق": true, "تزهق": true, "مزهقه": true, "مزهقا": true,
}

// asideWords open an attribution set off by commas inside a clause.
var asideWords = map[string]bool{"بحسب": true, "حسب": true, "وفق": true, "وفقا": true, "طبقا": true, "نقلا": true, "بحسبما": true, "حسبما": true, "وفقما": true}

// asideAttribution reports whether the comma at k closes an attribution
// set off by commas ("، بحسب المرصد،"), and where its opening comma stands.
func asideAttribution(d *doc, k int, r region) (int, bool) {
	if t := d.toks[k]; t.Text != "،" && t.Text != "," {
		return 0, false
	}
	for c := k - 2; c >= r.lo && c >= k-9; c-- {
		t := d.toks[c]
		if t.Kind == arabic.TokPunct {
			return c, (t.Text == "،" || t.Text == ",") && d.toks[c+1].Kind == arabic.TokWord && asideWords[d.toks[c+1].Norm]
		}
		if t.Kind == arabic.TokNumber {
			return 0, false
		}
	}
	return 0, false
}

// lifeObjects are the objects of the life-taking verbs, before the count:
// "بحياة"، "أرواح"، "بأرواح".
var lifeObjects = map[string]bool{"بحياه": true, "ارواح": true, "بارواح": true}

// lifeTakenDirect reports whether the count at first is the object of a
// life-taking verb with ب, the verb right before it or past its subject:
// "مودية بخمسة مدنيين"، "أودى القصف بـ 3 أشخاص".
func lifeTakenDirect(d *doc, first int, r region) bool {
	v := first - 1
	if v > r.lo && d.toks[v].Kind == arabic.TokWord && d.toks[v].Stem == "" && d.toks[v].Clitics == "ب" {
		v-- // "بـ 5"
	} else if !strings.HasSuffix(d.toks[first].Clitics, "ب") {
		return false
	}
	for k := v; k >= r.lo && k >= v-3; k-- {
		// the subject may stand between: "أودى القصف بخمسة"
		if t := d.toks[k]; t.Kind != arabic.TokWord || d.counted[k] {
			return false
		} else if lifeVerbs[t.Stem] {
			return true
		}
	}
	return false
}

// splitLifeTaking reports whether token j is "بحياة" or "أرواح" whose
// life-taking verb stands a few words back, past an adverb or the subject:
// "أودى، مساء أمس، بحياة"، "حصد القصف أرواح".
func splitLifeTaking(d *doc, j int, r region) bool {
	if d.toks[j].Kind != arabic.TokWord || !lifeObjects[d.toks[j].Norm] {
		return false
	}
	reach := 6
	if d.toks[j].Norm == "بحياه" {
		// "بحياة" is only ever taken by a verb of taking life; its subject
		// may carry a relative clause and a time: "أودت الغارات التي شنتها
		// الطائرات فجر اليوم بحياة". The clause bounds the reach.
		reach = 14
	}
	for k := j - 1; k >= r.lo && k >= j-reach; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokNumber || d.counted[k] || k < j-6 && t.Kind == arabic.TokPunct {
			return false
		}
		if lifeVerbs[t.Stem] {
			return true
		}
	}
	return false
}

// leaveVerbs are the forms of "فارق" (departed) in "فارق الحياة".
var leaveVerbs = map[string]bool{"فارق": true, "فارقت": true, "فارقوا": true, "فارقا": true, "وفارق": true, "وفارقت": true}

// leftLifeAround reports whether "فارق" stands at token v and "الحياة"
// closes the subject that starts at k: "فارق طفل الحياة", "فارقت ثلاث
// نساء الحياة" (departed life, with the subject between).
func leftLifeAround(d *doc, v, k int, r region) bool {
	switch t := d.toks[v]; {
	case leaveVerbs[t.Stem], leaveVerbs[t.Norm]: // "فارق" may read as ف + "ارق"
	default:
		return false
	}
	for j := k + 1; j < r.hi && j <= k+3; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if t.Norm == "الحياه" {
			return true
		}
	}
	return false
}

// oneOfThem are "one of them" with a pronoun: after a toll they count one
// of its people ("وجرح ستة، أحدهم في حالة حرجة").
var oneOfThem = map[string]bool{"احدهم": true, "احداهم": true, "احدهما": true, "احداهما": true, "احداهن": true}

// oneOfThemFigures finds "أحدهم" right after a comma that closes a
// figure and before the state of that person ("أحدهم في حالة حرجة"): a
// subset of one, whose outcome the figure lends. Who the person is
// ("أحدهما مسن") is left to the person nouns.
func oneOfThemFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo + 1; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !oneOfThem[t.Norm] || d.toks[k-1].Text != "،" && d.toks[k-1].Text != "," {
			continue
		}
		closes := false
		for _, c := range have {
			// The figure ends at the comma, or one word (its noun) before.
			if c.first < k-1 && k-3 <= c.last && c.last <= k {
				closes = true
			}
		}
		if !closes || covers(have, t.Start) || !conditionAt(d, k+1, r) {
			continue
		}
		one := 1
		out = append(out, figCand{Figure: Figure{Group: "others", Low: 1, High: &one, Qualifier: QualExact, Subset: true,
			Span: Span{t.Start, t.End}}, first: k, last: k + 1})
	}
	return out
}

// oneOfTwo are "one of the two" and "the other", the subject of a verb of
// an outcome that befell one of a pair (normalised): "فقتل أحدهما وأصيب
// الآخر"، "أصيبت إحداهما".
var oneOfTwo = map[string]bool{"احدهما": true, "احداهما": true, "الاخر": true, "الاخري": true}

// oneOfTwoFigures finds "أحدهما" or "الآخر" right after a verb of an
// outcome ("قتل أحدهما"، "وأصيب الآخر بجروح"): a count of one that the verb
// gives its outcome.
func (x *Extractor) oneOfTwoFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo + 1; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !oneOfTwo[t.Norm] || covers(have, t.Start) {
			continue
		}
		outcome := ""
		for j := k - 1; j >= r.lo && j >= k-3; j-- {
			if o, m, ok := x.outAfter.at(d.toks, j); ok && m.Last == k {
				outcome = o
				break
			}
		}
		if outcome == "" {
			continue
		}
		one := 1
		out = append(out, figCand{Figure: Figure{Outcome: outcome, Group: "unknown", Low: 1, High: &one, Qualifier: QualExact,
			Span: Span{t.Start, t.End}}, first: k, last: k + 1})
	}
	return out
}

// conditionAt reports whether a state of health opens at token k:
// "بحالة خطرة", "في حالة حرجة", "حالته حرجة".
func conditionAt(d *doc, k int, r region) bool {
	if k < r.hi && d.toks[k].Norm == "في" {
		k++
	}
	if k >= r.hi || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k].Stem {
	case "حاله", "حالته", "حالتها", "جروحه", "جراحه", "اصابته":
		return true
	}
	return false
}

// contrastWords open a clause that sets one account against another.
var contrastWords = map[string]bool{"حين": true, "بينما": true, "فيما": true, "مقابل": true, "المقابل": true}

// contrastedBareCount reports whether n is a count with no noun at the
// end of its clause, in a clause of contrast ("في حين", "بينما") with a
// speech verb or "عن": "في حين تحدث المرصد عن أكثر من 70".
func (x *Extractor) contrastedBareCount(d *doc, n arabic.Number, r region) bool {
	if n.NounLast > n.NounFirst || n.Source == arabic.SourceNoun {
		return false
	}
	if n.Last < len(d.toks) && d.toks[n.Last].Kind == arabic.TokWord {
		return false
	}
	about := n.First > 0 && d.toks[n.First-1].Norm == "عن"
	for k := n.First - 1; k >= 0 && k >= n.First-8; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if _, _, ok := x.speech.at(d.toks, k); ok {
			about = true
		}
		if contrastWords[t.Stem] || contrastWords[t.Norm] {
			return about
		}
	}
	return false
}

// additionBefore reports whether "إضافة إلى", "فضلاً عن" or "علاوة على"
// introduces the count at first: it adds people to the list before, however
// long that list's last item.
func additionBefore(d *doc, first int) bool {
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if additionAt(d, k) {
			return true
		}
	}
	return false
}

// riseOrReach are verbs with which a count rises to or reaches a number
// (folded stems), and their verbal nouns: "ارتفع العدد إلى"، "وصل العدد
// إلى"، "بلغ العدد"، "أعلن ارتفاع العدد إلى".
var riseOrReach = map[string]bool{"ارتفع": true, "ارتفعت": true, "يرتفع": true, "وصل": true, "وصلت": true,
	"يصل": true, "بلغ": true, "بلغت": true, "يبلغ": true,
	// Their verbal nouns, after a verb of announcing: "أعلن ارتفاع العدد
	// إلى"، "تحدث عن وصول العدد إلى"، "مع بلوغ العدد".
	"ارتفاع": true, "وصول": true, "بلوغ": true}

// bareCountHead reports whether the bare definite "العدد" (the count), with
// no noun after it, or the count of those told before ("عددهم", see
// countOfThem), is the subject of a verb of exceeding, rising or
// reaching right before the number at first, in either order: "العدد تخطى
// 140"، "ارتفع العدد إلى 30"، "بلغ العدد 12".
func bareCountHead(d *doc, first int, r region) bool {
	k := first - 1
	if k > r.lo && d.toks[k].Kind == arabic.TokWord && d.toks[k].Norm == "الي" {
		k--
	}
	if k < r.lo+1 || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	isHead := func(t arabic.Token) bool {
		return t.Kind == arabic.TokWord && (t.Article && t.Stem == "عدد" || countOfThem(t))
	}
	verb := func(t arabic.Token) bool { return exceedWords[t.Stem] || riseOrReach[t.Stem] }
	switch {
	case verb(d.toks[k]) && isHead(d.toks[k-1]):
		return true
	case isHead(d.toks[k]) && verb(d.toks[k-1]):
		return true
	}
	return false
}

// outcomeInClaim returns the outcome of the first outcome word of the
// claim's region other than around first (the count being read), or "".
func (x *Extractor) outcomeInClaim(d *doc, first int, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		if k >= first-3 && k <= first || !in(k) {
			continue
		}
		if o, _, ok := x.outBefore.at(d.toks, k); ok && o != "" {
			return o
		}
	}
	return ""
}

// exceededToll reports whether a verb of exceeding heads the toll whose
// count is at first: "تخطى عدد قتلى الفصائل خلال الأسبوع العشرات".
func exceededToll(d *doc, first int, r region) bool {
	head := false
	for k := first - 1; k >= r.lo && k >= first-10; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || d.counted[k] {
			return false
		}
		if t.Stem == "عدد" || t.Stem == "حصيله" {
			head = true
		}
		if head && exceedWords[t.Stem] {
			return true
		}
	}
	return false
}

// relativeBetween reports whether a relative pronoun for people stands
// in tokens [from, to).
func relativeBetween(d *doc, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.toks[k].Norm {
		case "الذين", "اللذين", "اللواتي", "اللاتي":
			return true
		}
	}
	return false
}

// pluperfectAfterRise reports whether the count at first is told in the
// pluperfect ("كانت الشبكة قد أحصت 18 قتيلاً") shortly after a toll that rose
// ("ارتفع عدد القتلى إلى 73"): the count is the toll before the rise.
func (x *Extractor) pluperfectAfterRise(d *doc, first int) bool {
	qad := -1
	// "كانت قد سجلت صباح اليوم التالي للقصف مقتل 12": the verb's
	// adverbs and its deed noun may stand between "قد" and the count, but
	// no punctuation and no other count.
	for k := first - 1; k >= 0 && k >= first-10; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || k < first-1 && d.counted[k] {
			return false
		}
		if t.Norm == "قد" {
			qad = k
			break
		}
	}
	if qad < 1 {
		return false
	}
	was := false
	for k := qad - 1; k >= 0 && k >= qad-3; k-- {
		if t := d.toks[k]; t.Kind == arabic.TokWord && (t.Stem == "كان" || t.Stem == "كانت") {
			was = true
			break
		}
	}
	if !was {
		return false
	}
	for k := qad - 1; k >= 0 && k >= qad-45; k-- {
		switch d.toks[k].Stem {
		case "ارتفع", "ارتفعت", "ارتفعوا", "ارتفاع", "يرتفع", "ترتفع":
			return true
		case "رفع", "رفعت", "يرفع", "ترفع":
			// "رفع المكتب حصيلته إلى 18، وكان قد أعلن سقوط 15": the
			// source raised its toll; the verb must govern a toll noun.
			if raisedToll(d, k) {
				return true
			}
		}
	}
	return false
}

// raisedToll reports whether a toll noun ("حصيلة"، "حصيلته"، "عدد")
// stands within the three words after the verb of raising at k: "رفع
// المرصد حصيلته", not "رفع الحصار" (lifted the siege).
func raisedToll(d *doc, k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if isTollNoun(t.Stem) {
			return true
		}
	}
	return false
}

// earlierCueAt reports whether a cue of an earlier toll starts at k.
func (x *Extractor) earlierCueAt(d *doc, k int) bool {
	_, _, ok := x.earlier.at(d.toks, k)
	return ok
}

// tollNounBases are the nouns of a toll or its figures as they stand
// before a possessive pronoun (folded, ة written ت): "حصيلته"،
// "أرقامها"، "تقديراته"، "إحصائيته"، "أعدادهم".
var tollNounBases = map[string]bool{"حصيلت": true, "ارقام": true, "تقديرات": true, "احصاءات": true,
	"احصائيات": true, "احصائيت": true, "اعداد": true}

// possessives are the pronouns a source's own toll carries.
var possessives = []string{"هما", "هم", "ها", "ه"}

// ownFormerToll reports whether the words at k are a source's own first
// or former toll: a toll noun with a possessive pronoun and "الأولى" or
// "السابقة" after it ("أرقامه الأولى"، "حصيلتها السابقة"). A preliminary
// one ("تقديراته الأولية") is former only as the subject of "كان"
// (afterBeing), for alone it is as often the current toll.
func ownFormerToll(d *doc, k int, afterBeing bool) bool {
	if k+1 >= len(d.toks) || d.toks[k].Kind != arabic.TokWord || d.toks[k].Article {
		return false
	}
	own := false
	for _, p := range possessives {
		if base, ok := strings.CutSuffix(d.toks[k].Stem, p); ok && tollNounBases[base] {
			own = true
			break
		}
	}
	a := d.toks[k+1]
	if !own || !a.Article {
		return false
	}
	return a.Stem == "اولي" || a.Stem == "سابقه" || afterBeing && a.Stem == "اوليه"
}

// earlierAfter reports whether "at first" follows a toll closely: "كانت
// الحصيلة خمسة شهداء في البداية، ثم ...".
func (x *Extractor) earlierAfter(d *doc, from int, r region) bool {
	for k := from; k < r.hi && k < from+3; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		switch t.Norm {
		case "في":
			if k+1 < r.hi && (d.toks[k+1].Norm == "البدايه" || d.toks[k+1].Norm == "بادي") {
				return true
			}
			// "أحصى 8 قتلى في حصيلة أولية".
			if k+2 < r.hi && (d.toks[k+1].Stem == "حصيله") && firstOrPrior[d.toks[k+2].Stem] {
				return true
			}
		case "بدايه", "اولا", "مبدييا", "ابتداء":
			return false
		}
	}
	return false
}

// firstOrPrior qualify a toll as the first or a former one: "حصيلة أولية".
var firstOrPrior = map[string]bool{"اوليه": true, "سابقه": true, "اولي": true}

// revisedAfter reports whether the clause after a toll says it was later
// revised ("حصيلة بلغت 10 قتلى، قبل أن تصححها"): the toll is an earlier one.
func (x *Extractor) revisedAfter(d *doc, from int, r region) bool {
	// "بلغت 9 قتلى عند منتصف الليل، قبل أن تعدلها": a
	// time phrase may stand between the toll and the cue, past the end of
	// the claim's region (its "بعد" opens a sequel), within the sentence.
	hi := max(r.hi, sentenceEnd(d, from))
	for k := from; k < hi && k < from+10; k++ {
		t := d.toks[k]
		if t.Kind == arabic.TokNumber || t.Kind == arabic.TokPunct && t.Text != "،" && t.Text != "," {
			return false
		}
		if _, _, ok := x.revised.at(d.toks, k); ok {
			return true
		}
	}
	return false
}

// cameBackRecounts marks earlier the tolls a source gave before it "came
// back" in the same sentence with a new tally of the same outcome ("أحصت
// ظهراً مقتل اثنين وإصابة أربعة، ثم عادت ووثقت مساءً سبعة قتلى"): the
// count of each outcome told again after the cue is the later one. An
// outcome not counted again keeps its toll.
func cameBackRecounts(d *doc, out []Figure, pos []figCand) {
	for i := range out {
		if out[i].Earlier || out[i].Subset {
			continue
		}
		end := sentenceEnd(d, pos[i].last)
		for q := pos[i].last; q < end; q++ {
			if !cameBackTally(d, q) {
				continue
			}
			for j := range out {
				if j != i && pos[j].first > q && pos[j].first < end && out[j].Outcome == out[i].Outcome && !out[j].Earlier {
					out[i].Earlier = true
				}
			}
			break
		}
	}
}

// cameBackTally reports whether the words at k say that the source came
// back later with a tally: "ثم" with "عاد" as an auxiliary and a verb of
// counting or telling joined to it ("ثم عادت وسجّلت"، "ثم عاد ليُحصي"، "ثم
// عادوا ووثقوا"), or "ثم" with a verb that revises a toll ("ثم رفع
// الحصيلة"). Verbs of deeds ("ثم عادت وقصفت") are not such a word.
func cameBackTally(d *doc, k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].Norm != "ثم" {
		return false
	}
	if v := d.toks[k+1]; v.Kind == arabic.TokWord && v.Clitics == "" && revisingVerbs[v.Stem] {
		return true // "ثم رفعت الحصيلة إلى"، "ثم عدّل الأرقام"
	}
	switch d.toks[k+1].Norm {
	case "عاد", "عادت", "عادوا", "عادا":
	default:
		return false
	}
	v := d.toks[k+2]
	if v.Kind != arabic.TokWord || v.Clitics != "و" && v.Clitics != "ل" {
		return false
	}
	return tallyVerbs[v.Stem]
}

// revisingVerbs raise, lower or correct a toll (folded stems): after "ثم"
// they tell the source's later toll.
var revisingVerbs = map[string]bool{
	"رفع": true, "رفعت": true, "رفعوا": true, "عدل": true, "عدلت": true, "خفض": true, "خفضت": true,
	"صحح": true, "صححت": true, "صعد": true, "صعدت": true,
}

// tallyVerbs are verbs (folded stems, past and present forms) with which a
// source counts or tells a toll.
var tallyVerbs = map[string]bool{
	"سجل": true, "سجلت": true, "سجلوا": true, "يسجل": true, "تسجل": true,
	"وثق": true, "وثقت": true, "وثقوا": true, "يوثق": true, "توثق": true,
	"احصي": true, "احصت": true, "احصوا": true, "يحصي": true, "تحصي": true,
	"اعلن": true, "اعلنت": true, "اعلنوا": true, "يعلن": true, "تعلن": true,
	"اكد": true, "اكدت": true, "اكدوا": true, "يؤكد": true, "تؤكد": true,
	"ذكر": true, "ذكرت": true, "ذكروا": true, "يذكر": true, "تذكر": true,
	"نشر": true, "نشرت": true, "نشروا": true, "ينشر": true, "تنشر": true,
	"رفع": true, "رفعت": true, "رفعوا": true, "يرفع": true, "ترفع": true,
	"عدل": true, "عدلت": true, "يعدل": true, "تعدل": true,
	"تحدث": true, "تحدثت": true, "يتحدث": true, "تتحدث": true,
	"افاد": true, "افادت": true, "يفيد": true, "تفيد": true,
	"قال": true, "قالت": true, "يقول": true, "تقول": true,
}

// group finds who the counted people are from the counted noun and the few
// words after it; "آخرين" (others) takes the group of the figure before.
// fellIntoHands reports whether the count at n is the subject of "وقع"
// or "سقط" before it and the hands that hold them follow it: "ووقع 12
// منهم في قبضة المسلحين"، "سقط ثلاثة جنود بيد التنظيم". The verb must
// open the clause with the count, so that a relative clause ("الذين
// وقعوا في قبضة التنظيم") lends nothing.
func fellIntoHands(d *doc, n arabic.Number, noun int, r region) bool {
	k := n.First - 1
	if k < r.lo || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k].Stem {
	case "وقع", "سقط":
	default:
		return false
	}
	from := max(noun+1, n.Last)
	if partitivePronounAt(d, from) {
		from++
	}
	for j := from; j < r.hi && j < from+3; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if captorWords[t.Stem] {
			return true
		}
	}
	return false
}

// captorWords (normalised stems) are the hands that hold captives: "في
// قبضة"، "بيد"، "في أيدي".
var captorWords = map[string]bool{"قبضه": true, "يد": true, "ايدي": true}

func (x *Extractor) group(d *doc, noun int, r region, in func(int) bool) string {
	best := ""
	for k := noun; k < r.hi && k < noun+7; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind == arabic.TokNumber || (t.Kind == arabic.TokPunct && !t.IsQuote()) {
			break
		}
		if k > noun && d.counted[k] && hasClitic(t.Clitics, 'و') {
			break // "11 عسكرياً ومدنيين اثنين": the next count has its own group
		}
		if _, _, ok := x.outBefore.at(d.toks, k); ok && k > noun && hasClitic(t.Clitics, 'و') {
			break // "تحييد 40 مسلحاً ومقتل مدنيين": the next toll names its own people
		}
		if _, _, ok := x.subset.at(d.toks, k); ok && (k > noun || !partitivePronounAt(d, k)) {
			break // "تسعة قتلى بينهم طفلان", "مقتل 9 بينهم قياديان": the subset has its own group
		}
		if k == noun && t.Kind == arabic.TokWord && (t.Stem == "اخرين" || t.Stem == "اخرون" || t.Stem == "اخري" || t.Stem == "اخران" || t.Stem == "اخريين") {
			// "إصابة 60 آخرين من المدنيين": the partitive after "others"
			// names them; else they take the group of the figure before.
			if k+2 < r.hi && d.toks[k+1].Norm == "من" && in(k+2) {
				if g, _, ok := x.groups.at(d.toks, k+2); ok && g != "unknown" {
					return g
				}
			}
			return "others"
		}
		if (k > noun || hasClitic(t.Clitics, 'ب') || strings.HasPrefix(t.Stem, "ب")) && causeAt(t) {
			// "قتل 15 شخصاً في غارات روسية", "عشرات القتلى بقصف روسي":
			// the words after the cause or the attack describe it, not
			// the people counted; so too right after a bare count ("وجرح
			// 12 بغارات نفذتها طائرات روسية").
			break
		}
		if k > noun && captorWords[t.Stem] {
			// "وقع 7 منهم في قبضة المسلحين"، "أسرى بيد التنظيم": the
			// words after the hands that hold them name the captors.
			break
		}
		if k > noun && terrorAdjective(d, k) {
			// "46 شهيداً في تفجيرين إرهابيين": the adjective calls the
			// attack terrorist; it does not count the dead as fighters.
			continue
		}
		if k > noun && hasClitic(t.Clitics, 'و') && soldierNouns[t.Stem] && best != "civilians" {
			// "جرح ثلاثة من الحرس وجنود روس": soldiers
			// joined by "و" to a count of combatants are more people,
			// counted on their own; their side is not the side of the
			// count before them (with civilians they make a mixed total).
			break
		}
		if k > noun && hasClitic(t.Clitics, 'و') && t.Article && (ordinalPerson[t.Stem] || restWords[t.Stem]) {
			// "أربعة منهم جنود والخامس مدني"، "... والباقون من الأهالي":
			// the one or the rest after "و" are told apart, with their
			// own group.
			break
		}
		if k > noun && hasClitic(t.Clitics, 'و') && !t.Article {
			if _, _, _, ok := x.personNoun(d, k); ok {
				break // "خمسة قتلى من الشرطة ومدني": one more person, counted on its own
			}
		}
		if pronounMembersAt(d, k) {
			// "جرح اثنين من عناصرها": whose members the pronoun
			// tells, not the word for members.
			continue
		}
		if k > noun && hasClitic(t.Clitics, 'و') && combatantGroup(best) {
			if g, m, ok := forceBodies.at(d.toks, k); ok && combatantGroup(resolveForce(d, g, m)) && resolveForce(d, g, m) != best {
				// "من مقاتلي الجيش والقوات الرديفة": two forces, one count
				best, k = "fighters", m.Last-1
				continue
			}
		}
		if g, last, ok := forceGroupAt(d, k, r.hi); ok && k > noun && last <= r.hi {
			// "جريحان من الشرطة"، "ثلاثة من عناصر الأسايش": the force
			// the partitive or the member noun names is their side.
			if best == "" || best == "unknown" || best == "fighters" || best == "others" {
				best = g
			}
			k = last - 1
			continue
		}
		if g, m, ok := x.groups.at(d.toks, k); ok {
			if k > noun && hasClitic(t.Clitics, 'و') && (mixedGroups(best, g) || best == "civilians" && soldierNouns[t.Stem]) {
				// "عدد من المدنيين والعسكريين": civilians and combatants
				// counted together are a total of no one group.
				return "unknown"
			}
			if best == "" || best == "unknown" || best == "fighters" && g != "unknown" {
				best = g
			}
			k = m.Last - 1
		}
	}
	if best == "" || best != "civilians" && formerAfter(d, noun, r) {
		// "اغتيال عنصر سابق في الفصائل": a former member is counted by
		// no force's ranks.
		best = "unknown"
	}
	if (best == "unknown" || best == "fighters") && othersAfterNoun(d, noun, r) {
		return "others" // "وجُرح ثلاثة عسكريين آخرون": more of those counted before
	}
	return best
}

// tollCauses introduce the cause of a toll: "جراء", "إثر", "بسبب".
var tollCauses = foldedSet("جراء", "إثر", "اثر", "بسبب", "نتيجة", "عقب")

// causeAt reports whether t opens the cause of a toll: a causal word, or a
// noun that names an attack (see recallEventNouns).
func causeAt(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	if tollCauses[t.Norm] || slices.Contains(recallEventNouns, t.Stem) {
		return true
	}
	// "بقصف": the tokenizer keeps a ب it cannot tell from the stem.
	rest, ok := strings.CutPrefix(t.Stem, "ب")
	if ok && slices.Contains(recallEventNouns, strings.TrimPrefix(rest, "ال")) {
		return true
	}
	return firingNouns[strings.TrimPrefix(rest, "ال")] && (ok || hasClitic(t.Clitics, 'ب'))
}

// firingNouns name gunfire as the cause of a toll, after ب: "قتيل
// برصاص جنود"، "جريحان بإطلاق نار من دورية"، "بنيران قناص". The shooters
// named after them are not the people counted.
var firingNouns = map[string]bool{"رصاص": true, "اطلاق": true, "نيران": true, "نار": true, "طلقات": true,
	"رصاصه": true, "قنص": true}

// formerAfter reports whether the counted noun at k is said to be
// former: "سابق" and its forms right after it ("عنصر سابق", "قيادي
// سابق", "مقاتلين سابقين", "العنصر السابق").
func formerAfter(d *doc, k int, r region) bool {
	if k+1 >= r.hi || d.toks[k+1].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k+1].Stem {
	case "سابق", "سابقا", "سابقه", "سابقين", "سابقون", "سابقان", "سابقيين":
		return true
	}
	return false
}

// soldierNouns name servicemen of no side told: "العسكريين" beside
// "المدنيين" makes a mixed count.
var soldierNouns = map[string]bool{
	"عسكري": true, "عسكريين": true, "عسكريون": true, "جندي": true, "جنود": true, "جنديين": true,
	"ضابط": true, "ضباط": true,
}

// mixedGroups reports whether two groups named in one count set civilians
// beside combatants.
func mixedGroups(a, b string) bool {
	combatant := func(g string) bool { return g != "" && g != "unknown" && g != "civilians" && g != "others" }
	return a == "civilians" && combatant(b) || combatant(a) && b == "civilians"
}

// singularFigures finds counts carried by a person noun rather than a
// number: the singular counts one and the dual two. The noun takes its
// outcome from the word before it ("مقتل أميركي", "قتل مزارعان", "اعتقال
// قيادي"), from a verb after it ("مدنياً قتل", "عنصر من قسد قتل",
// "الطفل الذي أصيب"), or from the figure it joins ("بينهم امرأة",
// "ثلاثة مسلحين وجندي سوري", "وأصيب ثالث").
func (x *Extractor) singularFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || x.isNumberWord(d, k) || covers(have, d.toks[k].Start) {
			continue
		}
		t := d.toks[k]
		g, gm, count, ok := x.personNoun(d, k)
		if !ok || negatedAny(d, k, r) {
			continue
		}
		if k > r.lo {
			if _, none := noSingleOneHurt(d, k-1, r); none {
				continue // "ولا مدني أصيب": not one, none
			}
		}
		if k > r.lo && !hasClitic(t.Clitics, 'و') && !ordinalPerson[t.Stem] {
			if _, _, _, ok := x.personNoun(d, k-1); ok && !d.toks[k-1].Article {
				// "جندياً أمريكياً": the nationality describes the person
				// just named; it is not a second one.
				continue
			}
		}
		relative := gm.Last < r.hi && d.toks[gm.Last].Kind == arabic.TokWord && isRelative(d.toks[gm.Last])
		if t.Article && !relative && !x.namedAfterOutcome(d, k, r) {
			continue
		}
		o, subset, coordinated := "", false, false
		spanStart := t.Start
		if ob, j, ok := x.outcomeEndingAt(d, k, r); ok {
			o, spanStart, subset = ob, d.toks[j].Start, x.amongAt(d, k, r)
		} else if x.subsetEndingAt(d, k, r) {
			subset = true
		} else if (hasClitic(t.Clitics, 'و') || additionBefore(d, k)) && len(have)+len(out) > 0 {
			// "وجندي سوري"، "إضافة إلى مدنيَّين": one more of the toll before.
			coordinated = true
		} else if oa, e := x.outcomeAfterVerb(d, gm.Last, r, in); oa != "" && !(ordinalPerson[t.Stem] && k > r.lo && d.toks[k-1].Kind == arabic.TokWord) {
			// "قصف آخر على حلب ... قتلى": an ordinal after a noun is its
			// adjective, not one more person.
			o = oa
			if count == 1 && e > 0 && dualVerb(d.toks[e-1]) {
				count = 2 // "وكان القائد، ومعه سائقه، قد قُتلا": the verb counts two
			}
		} else {
			continue
		}
		if o == "" && len(have)+len(out) == 0 {
			continue
		}
		if n, more := kinAfter(d, gm.Last, r); n > gm.Last {
			// "امرأة وطفلها", "رجل وزوجته": one pair of people; "رجل
			// وطفليه": three.
			count += more
			gm.Last = n
		} else if n := x.anotherAfter(d, gm.Last, r); n > gm.Last {
			count++ // "مقتل شاب وآخر", "اغتيال المواطن فلان وشخص آخر"
			gm.Last = n
		}
		if g == "unknown" || g == "fighters" {
			// "فرداً من قوات التحالف", "عنصراً في قوات النظام": the
			// words after the noun say whose.
			if g2 := x.group(d, gm.Last, r, in); g2 != "unknown" && g2 != "others" {
				g = g2
			}
		}
		if g != "civilians" && formerAfter(d, gm.Last-1, r) {
			g = "unknown" // "قيادي سابق في المعارضة": of no force now
		}
		high := count
		out = append(out, figCand{Figure: Figure{Outcome: o, Group: g, Low: count, High: &high, Qualifier: QualExact,
			Span: Span{spanStart, d.toks[gm.Last-1].End}, Subset: subset}, first: k, last: gm.Last, coordinated: coordinated,
			among: subset && o != ""})
		k = gm.Last - 1
	}
	return out
}

// kinAfter returns the token after "وطفلها", "وابنه", "وزوجته" at k — a
// relative of the person just named, who makes a pair with them — or k,
// with how many relatives it names: two for a dual ("وطفليه").
func kinAfter(d *doc, k int, r region) (int, int) {
	if k >= r.hi {
		return k, 0
	}
	t := d.toks[k]
	if t.Kind == arabic.TokWord && !hasClitic(t.Clitics, 'و') && t.Clitics == "" && !t.Article && k+1 < r.hi {
		// "مسؤول محلي وسائقه": past one adjective.
		if n := d.toks[k+1]; n.Kind == arabic.TokWord && hasClitic(n.Clitics, 'و') {
			if j, more := kinAfter(d, k+1, r); more > 0 {
				return j, more
			}
		}
	}
	if j := k; j+2 < r.hi && d.toks[j].Kind == arabic.TokWord && !hasClitic(d.toks[j].Clitics, 'و') {
		// "قيادي سابق في الفصيل ومرافقه": past an adjective and a
		// prepositional phrase of one word.
		if d.toks[j].Norm != "في" && d.toks[j].Norm != "من" && d.toks[j].Clitics == "" {
			j++
		}
		if p := d.toks[j]; p.Norm == "في" || p.Norm == "من" {
			// The phrase may run to three words: "عضو في مجلس البلدة المدني وسائقه".
			for e := j + 2; e < r.hi && e <= j+4; e++ {
				n := d.toks[e]
				if n.Kind != arabic.TokWord || d.toks[e-1].Kind != arabic.TokWord || hasClitic(d.toks[e-1].Clitics, 'و') {
					break
				}
				if hasClitic(n.Clitics, 'و') {
					if end, more := kinAfter(d, e, r); more > 0 {
						return end, more
					}
					break
				}
			}
		}
	}
	if t.Kind != arabic.TokWord || !hasClitic(t.Clitics, 'و') {
		return k, 0
	}
	for _, suf := range []string{"ها", "ه"} {
		base, ok := strings.CutSuffix(t.Stem, suf)
		if !ok {
			continue
		}
		switch base {
		case "طفل", "طفلت", "ابن", "ابنت", "زوج", "زوجت", "شقيق", "شقيقت", "ولد", "والد", "والدت", "سائق", "مرافق", "حارس",
			"امرات", "ام", "اخت", "حفيد", "حفيدت":
			return k + 1, 1
		case "طفلي", "ابني", "ولدي", "شقيقي", "طفلتي", "ابنتي":
			return k + 1, 2
		}
	}
	return k, 0
}

// personNoun reports whether token k is a noun for one or two people,
// with its group and count: a singular ("مدني", "قيادي"), a dual
// ("مزارعان", "جنديين"), or an ordinal standing for one more person
// ("ثالث", "آخر").
func (x *Extractor) personNoun(d *doc, k int) (group string, m arabic.Match, count int, ok bool) {
	t := d.toks[k]
	if t.Kind != arabic.TokWord || requestingBefore(d, k) {
		return "", m, 0, false
	}
	if ordinalPerson[t.Stem] {
		if x.lastOfKind(d, k) {
			return "", m, 0, false
		}
		return "others", arabic.Match{First: k, Last: k + 1}, 1, true
	}
	// A dual in a construct, which drops its ن: "سائقا شاحنتين" (the
	// nominative, with no tanween, before a genitive), "سائقَي شاحنتين".
	if n, ok := dualConstruct(d, k); ok {
		if g, ok := x.personWords[n]; ok {
			return g, arabic.Match{First: k, Last: k + 1}, 2, true
		}
	}
	// The noun itself, with the accusative alif or a pronoun: "مدني",
	// "مدنياً", "سائقه".
	taMarbuta := strings.HasSuffix(strings.TrimRight(t.Text, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"), "ة")
	stems := []string{t.Stem}
	if t.Clitics == "ف" {
		stems = append(stems, t.Norm) // "فرداً" is a noun, not ف + "رداً"
	}
	for _, stem := range stems {
		g, ok := x.personWords[stem]
		for _, suf := range []string{"ا", "ه", "ها", "هم"} {
			if suf == "ه" && taMarbuta {
				continue // "عسكرية" is an adjective, not "his soldier"
			}
			if !ok && strings.HasSuffix(stem, suf) && len(stem) > len(suf)+4 {
				g, ok = x.personWords[strings.TrimSuffix(stem, suf)]
			}
		}
		if ok {
			return g, arabic.Match{First: k, Last: k + 1}, 1, true
		}
	}

	// A dual marked by its fatha, which a bare "ين" leaves ambiguous with
	// the plural: "مدنيَّين" (two civilians) against "مدنيِّين".
	if strings.HasSuffix(t.Stem, "ين") && markedDual(t.Text) && !twoAfter(d, k) {
		if g, ok := x.personWords[strings.TrimSuffix(t.Stem, "ين")]; ok {
			return g, arabic.Match{First: k, Last: k + 1}, 2, true
		}
	}
	// A dual of a person noun: "مزارعان" → "مزارع".
	if isDual(t.Stem) && !pluralFirst(t.Stem) {
		base := t.Stem[:len(t.Stem)-len("ان")]
		if g, ok := x.personWords[base]; ok {
			return g, arabic.Match{First: k, Last: k + 1}, 2, true
		}
		// Feminine duals: "طفلتان", "امرأتين" → "طفله", "امراه".
		if g, ok := x.personWords[strings.TrimSuffix(base, "ت")+"ه"]; ok && strings.HasSuffix(base, "ت") {
			return g, arabic.Match{First: k, Last: k + 1}, 2, true
		}
	}
	// A feminine dual in "تين" is never a plural (that is "ات"):
	// "معلمتين", "ممرضتين" → "معلمه", "ممرضه".
	if base, ok := strings.CutSuffix(t.Stem, "تين"); ok && len(base) >= 4 {
		if g, ok := x.personWords[base+"ه"]; ok {
			return g, arabic.Match{First: k, Last: k + 1}, 2, true
		}
	}
	return "", m, 0, false
}

// lastOfKind reports whether "آخر" at k heads a construct with the
// indefinite singular person noun right after it: "آخر جندي", "حتى تحييد
// آخر مسلح" say "the last one" of a kind, where one more person is
// written with the adjective after the noun ("جندي آخر").
func (x *Extractor) lastOfKind(d *doc, k int) bool {
	t := d.toks[k]
	if t.Stem != "اخر" || t.Article || k+1 >= len(d.toks) {
		return false
	}
	n := d.toks[k+1]
	if n.Kind != arabic.TokWord || n.Article || n.Clitics != "" || ordinalPerson[n.Stem] {
		return false
	}
	if _, _, count, ok := x.personNoun(d, k+1); ok {
		return count == 1
	}
	_, _, ok := x.groups.at(d.toks, k+1) // "آخر إرهابي"
	return ok
}

// pluralFirstBases are participles for people whose form in "ين" is far
// more often the plural than the dual: "اعتقال مطلوبين" (wanted men),
// "إصابة متظاهرين" (protesters) count no two. Folded.
var pluralFirstBases = map[string]bool{"مطلوب": true, "متظاهر": true, "محتج": true}

// pluralFirst reports whether a stem in "ين" is the plural of one of
// pluralFirstBases (see there); its dual in "ان" stays a dual.
func pluralFirst(stem string) bool {
	base, ok := strings.CutSuffix(stem, "ين")
	return ok && pluralFirstBases[base]
}

// organisations are group words that name a body rather than a person.
var organisations = map[string]bool{"داعش": true, "تنظيم": true, "قسد": true, "ميليشيا": true, "فصيل": true, "جيش": true}

// restWords name the rest of those counted (folded stems, after the
// article): "والباقون"، "والبقية"، "والباقي".
var restWords = map[string]bool{"باقون": true, "باقين": true, "بقيه": true, "باقي": true}

// ordinalPerson are ordinals that count one more person: "وأصيب ثالث",
// "ومقتل خامس", "وإصابة آخر".
var ordinalPerson = map[string]bool{
	"ثان": true, "ثاني": true, "ثالث": true, "رابع": true, "خامس": true, "سادس": true, "سابع": true, "اخر": true,
}

// markedDual reports whether a word ending in "ين" carries a fatha on the
// letter before the ending, which writes the dual: "مدنيَّين", "نازحَين".
func markedDual(text string) bool {
	rs := []rune(strings.TrimRight(text, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"))
	if len(rs) < 4 || rs[len(rs)-1] != 'ن' || rs[len(rs)-2] != 'ي' {
		return false
	}
	for i := len(rs) - 3; i >= 0 && rs[i] >= '\u064b' && rs[i] <= '\u0652'; i-- {
		if rs[i] == '\u064e' {
			return true
		}
	}
	return false
}

// dualVerbs are dual past forms of outcome verbs: their subject is two
// people.
var dualVerbs = map[string]bool{"قتلا": true, "استشهدا": true, "اصيبا": true, "جرحا": true, "توفيا": true, "قضيا": true}

// dualVerb reports whether t is a dual outcome verb; "قتلاً" with the
// accusative tanween is the verbal noun, not the dual.
func dualVerb(t arabic.Token) bool {
	return dualVerbs[t.Norm] && !strings.HasSuffix(t.Text, "\u064b") && !strings.HasSuffix(t.Text, "\u064bا")
}

// anotherAfter returns the token after "وآخر" or "وشخص آخر" following a
// person within three words (past a name of two words), which count one
// more person with the first; else k.
func (x *Extractor) anotherAfter(d *doc, k int, r region) int {
	for j := k; j < r.hi && j <= k+2; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord || d.counted[j] {
			return k
		}
		if !hasClitic(t.Clitics, 'و') {
			continue
		}
		if t.Stem == "اخر" {
			return j + 1
		}
		if _, _, c, ok := x.personNoun(d, j); ok && c == 1 && j+1 < r.hi && d.toks[j+1].Norm == "اخر" {
			return j + 2
		}
		return k
	}
	return k
}

// namedAfterOutcome reports whether the definite person noun at k stands
// right after an outcome noun and before a name, "اغتيال المواطن فلان",
// "مقتل الشاب فلان": one person, named. A definite noun anywhere else
// refers back to someone counted before.
func (x *Extractor) namedAfterOutcome(d *doc, k int, r region) bool {
	if k+1 >= r.hi || d.toks[k+1].Kind != arabic.TokWord || d.toks[k+1].Article || d.toks[k+1].Clitics != "" {
		return false
	}
	if _, _, _, ok := x.personNoun(d, k+1); ok {
		return false // "الجندي الأمريكي": an adjective, no name
	}
	o, _, ok := x.outcomeEndingAt(d, k, r)
	return ok && o != ""
}

// namesBefore reports whether the count at first counts names or
// identities ("توثيق أسماء 52 منهم", "التعرف على هويات 9"): how many of the
// dead are known by name, not a toll.
func namesBefore(d *doc, first int, r region) bool {
	if first <= r.lo || d.toks[first-1].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[first-1].Stem {
	case "اسماء", "هويات", "اسمي":
		return true
	}
	return false
}

// diedBefore are verbs of dying whose subject is the count after them,
// their complement after it: "فارق بعض المصابين الحياة"، "لقي ثلاثة من
// المصابين حتفهم". Folded stems.
var diedBefore = map[string]bool{
	"فارق": true, "فارقت": true, "لفظ": true, "لفظت": true, "لقي": true, "لقيت": true,
	"قضي": true, "قضت": true, "توفي": true, "توفيت": true, "مات": true, "ماتت": true,
}

// deedBefore returns the outcome of a plural active verb of adjacentDeeds
// that stands before the count at first, with at most three words of time
// between ("قتلوا مساء الأحد 40 شخصاً"); any other word between ends the
// search ("5 قتلوا في البلدة ثم 3 في أخرى": the passive of others).
func deedBefore(d *doc, first int, r region) string {
	for k := first - 1; k >= r.lo && k >= first-4; k-- {
		t := d.toks[k]
		if o, ok := adjacentDeeds[strings.TrimPrefix(t.Norm, "و")]; ok {
			return o
		}
		if t.Kind != arabic.TokWord || !deedTimeWords[t.Norm] {
			return ""
		}
	}
	return ""
}

// deedTimeWords are the words of time that may stand between a deed and
// its count: "قتلوا مساء الأربعاء"، "قتلوا فجر اليوم". Folded.
var deedTimeWords = map[string]bool{
	"مساء": true, "صباح": true, "فجر": true, "ظهر": true, "ليل": true, "ليله": true, "عصر": true,
	"مساءا": true, "صباحا": true, "فجرا": true, "ظهرا": true, "ليلا": true, "عصرا": true,
	"اليوم": true, "امس": true, "يوم": true, "الماضي": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true,
	"الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true,
}

// outcomeRightBefore reports whether an outcome word ends right before
// the count at first ("وفاة ثلاثة من المصابين"), or a verb of dying
// stands there ("فارق بعض المصابين الحياة").
func (x *Extractor) outcomeRightBefore(d *doc, first int, r region) bool {
	if t := d.toks[max(first-1, 0)]; first > r.lo && (diedBefore[t.Norm] || diedBefore[strings.TrimPrefix(t.Norm, "و")] || diedBefore[t.Stem]) {
		return true
	}
	for j := first - 1; j >= r.lo && j >= first-3; j-- {
		if _, m, ok := x.outBefore.at(d.toks, j); ok && m.Last == first {
			return true
		}
	}
	return false
}

// amongPronounBefore reports whether "بينهم" (among them) stands right
// before the count at first.
func amongPronounBefore(d *doc, first int, r region) bool {
	if first <= r.lo {
		return false
	}
	switch d.toks[first-1].Norm {
	case "بينهم", "بينهن", "وبينهم", "وبينهن", "بينهما", "وبينهما",
		// "ونقلت المصابين، ومنهم ستة أطفال": "of them" names the same people.
		"منهم", "ومنهم", "منهن", "ومنهن":
		return true
	}
	return false
}

// vagueCondition reports whether a vague count "of them" only describes
// the state of people counted before: "وعدد منهم حالته سيئة",
// "حالات عدد منهم حرجة". It adds no toll; an exact count in the same words
// ("ثلاثة منهم في حالة حرجة") is kept as a subset.
func vagueCondition(d *doc, n arabic.Number, r region) bool {
	if n.Qualifier != arabic.QualVague {
		return false
	}
	if n.First > r.lo && conditionVerbs[d.toks[n.First-1].Stem] && partitivePronounAt(d, n.Last) {
		// "يتلقى عدد منهم علاجاً في تركيا": of people counted already. "ترقد
		// مجموعة من الجرحى في مشفى ميداني" may be the only word on the wounded.
		return true
	}
	if woundedPartitive(d, n) && n.NounLast < r.hi && ownCondition[d.toks[n.NounLast].Stem] {
		return true // "عدد من الجرحى حالتهم حرجة": the state of wounded counted already
	}
	if !partitivePronounAt(d, n.Last) {
		return false
	}
	if n.First > r.lo {
		if s := d.toks[n.First-1].Stem; s == "حالات" || s == "حاله" {
			return true
		}
	}
	k := n.Last + 1
	if k < r.hi && d.toks[k].Norm == "في" {
		k++
	}
	return k < r.hi && (d.toks[k].Stem == "حاله" || d.toks[k].Stem == "حالات")
}

// conditionVerbs say in what state wounded people are, not that they were
// hurt: "يخضع عدد منهم لعمليات"، "يرقد عدد منهم في العناية".
var conditionVerbs = map[string]bool{
	"يخضع": true, "تخضع": true, "يخضعون": true, "يرقد": true, "ترقد": true, "يرقدون": true,
	"يعالج": true, "يتلقي": true, "يتلقون": true,
}

// ownCondition are state nouns with a pronoun of the people just counted:
// "حالتهم حرجة"، "حالاتهم خطيرة".
var ownCondition = map[string]bool{
	"حالتهم": true, "حالتهما": true, "حالتهن": true, "حالاتهم": true, "حالته": true, "حالتها": true,
	"اصاباتهم": true, "جروحهم": true, "جراحهم": true,
}

// woundedPartitive reports whether the count is "of the wounded", a
// definite noun of people hurt: "عدد من الجرحى"، "بعض المصابين".
func woundedPartitive(d *doc, n arabic.Number) bool {
	if n.NounLast <= n.NounFirst || n.NounFirst >= len(d.toks) {
		return false
	}
	t := d.toks[n.NounFirst]
	return t.Article && (t.Stem == arabic.Fold("جرحى") || t.Stem == "مصابين")
}

// attemptBefore reports whether the outcome word at token k is the object
// of an attempt, which befell nobody: "محاولة اغتيال", "نجا من محاولة
// قتل".
func attemptBefore(d *doc, k int) bool {
	if k == 0 || d.toks[k-1].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k-1].Stem {
	case "محاوله", "محاولات", "محاولتي", "محاولتين":
		return true
	}
	return false
}

// dualRepeated reports whether n is "اثنين" after a dual noun that counts
// the same two people: "جنديين اثنين" is one count of two.
func dualRepeated(d *doc, n arabic.Number) bool {
	if n.Low != 2 || n.High != 2 || n.Source == arabic.SourceNoun || n.First == 0 {
		return false
	}
	for _, m := range d.numbers {
		if m.Source == arabic.SourceNoun && m.Low == 2 && m.First == n.First-1 {
			return true
		}
	}
	return false
}

// dualConstruct returns the singular stem of a dual construct noun at
// token k: "سائقا" with no tanween before a definite noun or a noun in
// ين/ات, or "سائقَي" whose fatha writes the dual.
func dualConstruct(d *doc, k int) (string, bool) {
	t := d.toks[k]
	if k+1 >= len(d.toks) || d.toks[k+1].Kind != arabic.TokWord || hasClitic(d.toks[k+1].Clitics, 'و') {
		return "", false
	}
	rs := []rune(t.Text)
	if len(rs) < 4 {
		return "", false
	}
	last, prev := rs[len(rs)-1], rs[len(rs)-2]
	switch {
	case last == 'ي' && prev == '\u064e':
		return strings.TrimSuffix(t.Stem, "ي"), true
	case last == 'ا' && prev != '\u064b':
		n := d.toks[k+1]
		if timeWords[n.Stem] || timeWords[n.Norm] {
			return "", false // "مدنيا الليلة الماضية": an accusative before a time
		}
		if n.Article || strings.HasSuffix(n.Stem, "ين") || strings.HasSuffix(n.Stem, "ات") {
			return strings.TrimSuffix(t.Stem, "ا"), true
		}
	}
	return "", false
}

// timeWords are definite words of time that may follow an accusative
// noun: they are no genitive of a construct.
var timeWords = map[string]bool{
	"اليوم": true, "الليله": true, "ليله": true, "يوم": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true,
	"الخميس": true, "الجمعه": true, "السبت": true, "امس": true, "صباح": true, "مساء": true, "فجر": true, "ظهر": true,
	"الاسبوع": true, "الشهر": true, "العام": true, "الماضي": true, "الماضيه": true,
}

// twoAfter reports whether "اثنين" follows token k and counts it itself:
// "مدنيَّين اثنين".
func twoAfter(d *doc, k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	switch d.toks[k+1].Norm {
	case "اثنين", "اثنان", "اثنتين", "اثنتان":
		return true
	}
	return false
}

func isDual(stem string) bool {
	return len(stem) > 8 && (strings.HasSuffix(stem, "ان") || strings.HasSuffix(stem, "ين")) && !strings.HasSuffix(stem, "يين")
}

func isRelative(t arabic.Token) bool {
	switch t.Norm {
	case "الذي", "التي", "اللذين", "اللذان", "اللتين", "اللتان":
		return true
	}
	return false
}

func covers(fs []figCand, offset int) bool {
	for _, f := range fs {
		if f.Span.Start <= offset && offset < f.Span.End {
			return true
		}
	}
	return false
}

// outcomeEndingAt finds an outcome word that ends right before token k,
// and the token it starts at.
func (x *Extractor) outcomeEndingAt(d *doc, k int, r region) (string, int, bool) {
	if lostLivesAround(d, k, r) {
		return OutcomeKilled, k - 1, true // "فقدان شاب لحياته"
	}
	if k > r.lo && splitLifeTaking(d, k-1, r) {
		return OutcomeKilled, k - 1, true // "أودى، مساء أمس، بحياة موظف"
	}
	if k > r.lo && leftLifeAround(d, k-1, k, r) {
		return OutcomeKilled, k - 1, true // "فارق طفل الحياة"
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if o, m, ok := x.outBefore.at(d.toks, j); ok && m.Last == k && o != "" && !attemptBefore(d, j) {
			return o, j, true
		}
	}
	if v, ok := outcomeVerbPastAside(d, k, r); ok {
		if o, m, ok := x.outBefore.at(d.toks, v); ok && m.Last == v+1 && o != "" {
			return o, v, true // "وقُتل في الضربة قيادي"، "قتل فيها جندي"
		}
	}
	return "", k, false
}

// subsetEndingAt finds a subset cue that ends right before token k.
func (x *Extractor) subsetEndingAt(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-2; j-- {
		if _, m, ok := x.subset.at(d.toks, j); ok && m.Last == k {
			return true
		}
	}
	return false
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

// isNumberWord reports whether token k belongs to a number or is the noun
// a number counts.
func (x *Extractor) isNumberWord(d *doc, k int) bool {
	return k >= 0 && k < len(d.counted) && d.counted[k]
}

// singleOutcomes are singular outcome nouns that count one victim by
// themselves: "سقوط قتيل", "ارتقى شهيد", "وجريح".
var singleOutcomes = map[string]string{"قتيل": OutcomeKilled, "شهيد": OutcomeKilled, "جريح": OutcomeWounded}

// singleOutcomeFigures finds an indefinite singular outcome noun that no
// number counts: "أسفرت القذيفة عن سقوط قتيل وعدد من المصابين" is one
// killed, "قتيل وجريح" one killed and one wounded. "بين قتيل وجريح" and
// "21 قتيلاً وجريحاً" join a combined toll and are no count, nor is a
// noun that describes a person named before it ("عنصر جريح").
func (x *Extractor) singleOutcomeFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		o, ok := singleOutcomes[t.Stem]
		if !ok && k > r.lo && hasClitic(t.Clitics, 'و') && x.isNumberWord(d, k-1) {
			// "خلفت قتيلين وجريحاً": the accusative joined to a count.
			o, ok = singleOutcomes[strings.TrimSuffix(t.Stem, "ا")]
		}
		if !ok && k+1 < r.hi && hasClitic(d.toks[k+1].Clitics, 'و') && x.countJoinedAt(d, k+1) {
			// "خلّف الانفجار قتيلاً وخمسة جرحى": the accusative before a
			// count of another outcome joined to it.
			o, ok = singleOutcomes[strings.TrimSuffix(t.Stem, "ا")]
		}
		if !ok || t.Article || !in(k) || x.isNumberWord(d, k) || covers(have, t.Start) || negatedAny(d, k, r) {
			continue
		}
		if k > r.lo {
			p := d.toks[k-1]
			// "مئة قتيل" is the noun a number counts; "قتيلان وجريح" is
			// one more victim joined to a dual.
			if p.Norm == "بين" || (p.Kind == arabic.TokNumber || x.isNumberWord(d, k-1)) && !hasClitic(t.Clitics, 'و') {
				continue
			}
			if _, _, _, ok := x.personNoun(d, k-1); ok {
				continue
			}
		}
		// "قتيل وجريح" with no بين and no count before it is one killed
		// and one wounded, as "قتيل وجريحان" is one and two.
		start := t.Start
		died := false
		if ob, j, ok := x.outcomeEndingAt(d, k, r); ok && ob == OutcomeKilled && o == OutcomeWounded {
			o, start, died = ob, d.toks[j].Start, true // "وفاة جريح متأثراً بجروحه": one of the dead
		}
		one := 1
		g := "unknown"
		if k+1 >= len(d.toks) || !causeAt(d.toks[k+1]) {
			// "جريح بإطلاق نار من دورية": the cause and the shooters
			// after the bare noun do not say who was hit.
			g = x.group(d, k+1, r, in)
		}
		out = append(out, figCand{Figure: Figure{Outcome: o, Group: g, Low: 1, High: &one, Qualifier: QualExact,
			Span: Span{start, t.End}}, first: k, last: k + 1, coordinated: x.coordinatedAt(d, k), diedOfWounds: died})
	}
	return out
}

// kinPlurals are plurals for people that "أحد" takes with a pronoun or a
// following noun: "أحد أبنائها", "أحد أفراد الحاجز".
var kinPlurals = map[string]bool{"ابناء": true, "ابنائ": true, "اشقاء": true, "اشقائ": true, "منتسبي": true, "اخوه": true, "اخوان": true, "اقارب": true, "افراد": true,
	"اولاد": true, "اطفال": true, "عناصر": true, "مقاتلي": true, "مرافقي": true, "حراس": true, "سكان": true, "عمال": true,
	// Ranks and aides: "أحد قادة التنظيم"، "أحد كبار المسؤولين"، "أحد
	// معاوني القائد"، "أحد مساعديه"، "أحد زعماء العشيرة".
	"قاده": true, "كبار": true, "معاوني": true, "مساعدي": true, "مسؤولي": true, "زعماء": true,
	"قياديي": true, "موظفي": true, "ركاب": true, "رفاق": true, "شيوخ": true}

// oneOfPeople reports whether a count is a person: "أحد/إحدى" before a
// noun without the article counts one only if the noun is people ("أحد
// عناصر الحاجز", "أحد أبنائها"), not things ("إحدى مدارس البلدة", "أحد
// مقارها"). Every other count passes.
func (x *Extractor) oneOfPeople(d *doc, n arabic.Number, noun int, r region) bool {
	t := d.toks[n.First]
	if n.Low != 1 || n.High != 1 || t.Norm != "احد" && t.Norm != "احدي" || noun >= r.hi || d.toks[noun].Article {
		return true
	}
	if _, _, ok := x.groups.at(d.toks, noun); ok {
		return true
	}
	s := d.toks[noun].Stem
	for _, suf := range []string{"هما", "هم", "ها", "ه", "نا"} {
		if base, ok := strings.CutSuffix(s, suf); ok && kinPlurals[base] {
			return true
		}
	}
	return kinPlurals[s]
}

// changeWords say a toll moved from one value to another: "ارتفعت
// الحصيلة من 5 إلى 8", "عدّل المرصد الحصيلة من 12 إلى 10".
var changeWords = map[string]bool{
	"ارتفع": true, "ارتفعت": true, "يرتفع": true, "ترتفع": true, "ارتفاع": true, "انخفض": true, "انخفضت": true, "تراجع": true, "تراجعت": true,
	"قفز": true, "قفزت": true, "عدل": true, "عدلت": true, "تعديل": true, "خفض": true, "خفضت": true, "رفع": true, "رفعت": true, "صحح": true, "صححت": true,
}

// splitChange turns a "from A to B" range after a word of change into two
// tolls: A, given before, and B. Any other figure is returned as is.
func (x *Extractor) splitChange(d *doc, n arabic.Number, c figCand) []figCand {
	if c.Qualifier != QualRange || d.toks[n.First].Norm != "من" {
		return []figCand{c}
	}
	changed := false
	for k := n.First - 1; k >= 0 && k >= n.First-6; k-- {
		if changeWords[d.toks[k].Stem] || changeWords[d.toks[k].Norm] {
			changed = true
			break
		}
	}
	to := -1
	for k := n.First + 1; k < n.Last; k++ {
		if t := d.toks[k]; t.Norm == "الي" || t.Norm == "حتي" {
			to = k
			break
		}
	}
	if !changed || to < 0 || to+1 >= n.Last {
		return []figCand{c}
	}
	a, okA := arabic.ParseNumber(d.text[d.toks[n.First+1].Start:d.toks[to-1].End])
	b, okB := arabic.ParseNumber(d.text[d.toks[to+1].Start:d.toks[n.Last-1].End])
	if !okA || !okB || a.Open || b.Open {
		return []figCand{c}
	}
	before, after := c, c
	ha, hb := a.High, b.High
	before.Low, before.High, before.Qualifier, before.Earlier = a.Low, &ha, QualExact, true
	before.Span = Span{d.toks[n.First].Start, d.toks[to-1].End}
	before.last = to
	after.Low, after.High, after.Qualifier = b.Low, &hb, QualExact
	after.Span = Span{d.toks[to].Start, c.Span.End}
	after.first = to
	return []figCand{before, after}
}

// referentOutcome finds the outcome of the people a partitive pronoun
// ("ثلاثة منهم") refers to, back in the sentence, across the clauses a
// claim is cut into: a definite outcome noun ("المصابين"), or the nearest
// count before it with its outcome ("وثّق مقتل 14 شخصاً، قال إن تسعة منهم
// مدنيون").
func (x *Extractor) referentOutcome(d *doc, k int) string {
	s := d.sentenceOf(k)
	all := func(int) bool { return true }
	sr := region{lo: s.first, hi: s.last, cs: s.first, anchor: s.first}
	for j := k - 1; j >= s.first && j >= k-30; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokWord && t.Article {
			if o, _, ok := x.outNouns.at(d.toks, j); ok {
				return o
			}
		}
		for _, n := range d.numbers {
			if n.First == j && n.IsCount() {
				if c, ok := x.figureAt(d, n, sr, all); ok && c.Outcome != "" {
					return c.Outcome
				}
				return ""
			}
		}
	}
	return ""
}

// priorCountOutcome returns the outcome of the nearest count before k in
// its sentence that has one, passing over counts without one (a subset
// such as "خمسة منهم أطفال"): "أحصى 12 قتيلاً، أربعة منهم نساء، قبل أن
// يعلن ارتفاع العدد إلى 15".
func (x *Extractor) priorCountOutcome(d *doc, k int) string {
	s := d.sentenceOf(k)
	all := func(int) bool { return true }
	sr := region{lo: s.first, hi: s.last, cs: s.first, anchor: s.first}
	for _, n := range slices.Backward(d.numbers) {
		if n.First >= k || n.First < s.first || n.First < k-40 || !n.IsCount() {
			continue
		}
		if c, ok := x.figureAt(d, n, sr, all); ok && c.Outcome != "" && !c.Subset {
			return c.Outcome
		}
	}
	return ""
}

// priorSentenceOutcome is the outcome of the last toll of the sentence
// right before the one holding token k (see priorCountOutcome), for a
// former toll told in a sentence of its own; "" when that sentence gives
// none.
func (x *Extractor) priorSentenceOutcome(d *doc, k int) string {
	s := d.sentenceOf(k)
	if s.last <= s.first || s.first == 0 {
		return ""
	}
	return x.priorCountOutcome(d, s.first-1)
}

// releaseWords free or exchange prisoners: the people they count are no
// casualties of an event ("أفرجت عن 5 معتقلين", "تبادل 12 أسيراً").
var releaseWords = map[string]bool{
	"افرج": true, "افرجت": true, "افرجوا": true, "الافراج": true, "افراج": true, "سراح": true, "تبادل": true, "مبادله": true,
	"صفقه": true, "يفرج": true, "تفرج": true, "بالافراج": true,
}

// releasedBefore reports whether a word of release or exchange stands in
// the four words before a count.
// releasedAfter reports whether a verb of release follows the counted
// captives within three words: "اثنان من المعتقلين أُفرج عنهما".
func releasedAfter(d *doc, from int, r region) bool {
	for k := from; k < r.hi && k < from+3; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			return false
		}
		if releaseWords[t.Stem] || releaseWords[t.Norm] {
			return true
		}
	}
	return false
}

func releasedBefore(d *doc, first int, r region) bool {
	for k := first - 1; k >= r.lo && k >= first-4; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if releaseWords[t.Stem] || releaseWords[t.Norm] {
			return true
		}
	}
	return false
}

// lifeAfter reports whether "lives" follows within two words of token k:
// "فقدان ثلاثة مواطنين حياتهم" lost their lives, not went missing.
func lifeAfter(d *doc, k int, r region) bool {
	for j := k; j < r.hi && j < k+2; j++ {
		s := d.toks[j].Stem
		if strings.HasPrefix(s, "حيات") || strings.HasPrefix(s, "ارواح") {
			return true
		}
	}
	return false
}

// tollBefore reports whether a whole toll of the outcome stands among the
// figures found so far.
func tollBefore(out []Figure, outcome string) bool {
	for _, f := range out {
		if f.Outcome == outcome && !f.Subset {
			return true
		}
	}
	return false
}

// amongAt reports whether "بين القتلى" (among the dead) stands right
// before token k: what it counts is part of a toll ("وإن بين القتلى
// طفلين وامرأة").
func (x *Extractor) amongAt(d *doc, k int, r region) bool {
	k = asideBefore(d, k, r) // "وبين القتلى، وفق المرصد، ثلاثة أطفال"
	if k-2 < r.lo || !d.toks[k-1].Article || d.toks[k-2].Norm != "بين" && d.toks[k-2].Norm != "وبين" {
		return false
	}
	_, _, ok := x.outNouns.at(d.toks, k-1)
	return ok
}

// amongAfter reads "بين القتلى" or "من بين الجرحى" at token k, after a
// count: the outcome and the token after the phrase.
func (x *Extractor) amongAfter(d *doc, k int, r region) (string, int, bool) {
	if k < r.hi && d.toks[k].Norm == "من" {
		k++
	}
	if k+1 >= r.hi || d.toks[k].Norm != "بين" || !d.toks[k+1].Article {
		return "", 0, false
	}
	o, m, ok := x.outNouns.at(d.toks, k+1)
	if !ok {
		return "", 0, false
	}
	return o, m.Last, true
}

// eliminateVerbs are forms of "قضى على" (did away with), which takes its
// victims after على, often with the subject and adverbs in between.
var eliminateVerbs = map[string]bool{
	"قضت": true, "قضى": true, "قضوا": true, "تقضي": true, "يقضي": true, "يقضون": true,
}

// splitEliminateVerb reports whether the count at first follows "على" whose
// verb "قضى" stands a few words back in the same clause: "قضت قوات الجيش
// أمس على خمسة إرهابيين".
func splitEliminateVerb(d *doc, first int, r region) bool {
	if first-1 <= r.lo || d.toks[first-1].Kind != arabic.TokWord || d.toks[first-1].Norm != "علي" {
		return false
	}
	for k := first - 2; k >= r.lo && k >= first-9; k-- {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || d.counted[k] {
			return false
		}
		if eliminateVerbs[t.Stem] || eliminateVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause that names the counted people by
// what befell them: "عدد الذين قتلوا".
var relativePronouns = map[string]bool{"الذين": true, "اللذين": true, "اللواتي": true, "اللاتي": true, "من": true}

// relativeOutcome returns the outcome of a verb at token k that ends a
// toll's relative clause, "عدد (الجنود) الذين استشهدوا" or "عدد الذين تم
// القضاء عليهم", with the head "عدد" or "حصيلة" at most four words before
// the relative pronoun.
func (x *Extractor) relativeOutcome(d *doc, k int, r region) string {
	o, _, ok := x.outAfter.at(d.toks, k)
	rel := k - 1
	if !ok && k >= r.lo+2 && d.toks[k].Norm == "القضاء" && d.toks[k-1].Norm == "تم" {
		o, ok, rel = OutcomeKilled, true, k-2 // "الذين تم القضاء عليهم"
	}
	if !ok || rel <= r.lo || !relativePronouns[d.toks[rel].Norm] {
		return ""
	}
	for j := rel - 1; j >= r.lo && j >= rel-4; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return ""
		}
		if t.Stem == "عدد" || t.Stem == "تعداد" || t.Stem == "حصيله" {
			return o
		}
	}
	return ""
}

// tollHeadAfterRise finds the outcome of a count that follows a verb of
// rising and "إلى" when the toll's head comes after it, in the same
// sentence: "ارتفعت إلى 9 مدنيين حصيلة ضحايا الغارة" (killed). A subset
// list may stand between ("بينهم 3 أطفال،").
func (x *Extractor) tollHeadAfterRise(d *doc, first, from int, r region) string {
	if first < 2 || d.toks[first-1].Kind != arabic.TokWord || d.toks[first-1].Stem != "الي" && d.toks[first-1].Norm != "الي" {
		return ""
	}
	switch d.toks[first-2].Stem {
	case "ارتفع", "ارتفعت", "ترتفع", "يرتفع", "لترتفع", "ليرتفع":
	default:
		return ""
	}
	for k := first - 3; k >= r.lo && k >= first-30; k-- {
		if t := d.toks[k]; t.Kind == arabic.TokPunct && !t.IsQuote() {
			break
		} else if t.Stem == "حصيله" || t.Stem == "عدد" {
			return "" // "عدد الشهداء ... ارتفع إلى 30": the head came first
		}
	}
	if from-1 > first && (d.toks[from-1].Stem == "عدد" || d.toks[from-1].Stem == "حصيله") {
		from-- // "ارتفع إلى خمسة عدد ضحايا القصف": the head right after the count
	}
	for k := from; k < r.hi && k < from+16; k++ {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "،" && t.Text != "," {
			return "" // the sentence ends
		}
		switch t.Norm {
		case "فيما", "بينما", "حين", "وسط":
			return "" // another clause: "فيما نقل عدد من الجرحى"
		}
		if t.Stem != "حصيله" && t.Stem != "عدد" {
			continue
		}
		for j := k + 1; j < r.hi && j <= k+2; j++ {
			if o, _, ok := x.outNouns.at(d.toks, j); ok && o != "" {
				return o
			}
		}
		return ""
	}
	return ""
}

// tollHeadBefore reports whether a toll's head ("عدد الذين قضوا",
// "حصيلة القتلى") opens the clause that ends at the comma at k, after a
// verb of rising, with no count between: a long description of the attack
// may stand between the head and "إلى N".
//
// Up to two inserted time or place phrases between commas may stand in the
// description ("حصيلة ضحايا القصف على السوق، أمس الجمعة، إلى 17"), and
// the verb may follow the head ("عدد شهداء التفجير في الكنيسة، مساء
// الأحد، ارتفع إلى 30"): riseAfter says a verb of rising stands between
// the comma and the count.
func (x *Extractor) tollHeadBefore(d *doc, k int, r region, riseAfter bool) bool {
	commas := 0
	for j := k - 1; j >= r.lo && j >= k-30; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && (t.Text == "،" || t.Text == ",") && commas < 2 {
			commas++
			continue
		}
		if t.Kind == arabic.TokNumber || t.Kind == arabic.TokPunct && !t.IsQuote() || d.counted[j] {
			return false
		}
		if t.Stem == "عدد" || t.Stem == "حصيله" || t.Stem == "تعداد" {
			return riseBefore(d, j) || reachBefore(d, j) || riseAfter && headOfToll(d, j)
		}
	}
	return false
}

// headOfToll reports whether the toll word at j is followed by a noun of
// the dead or wounded: "عدد شهداء"، "حصيلة الضحايا".
func headOfToll(d *doc, j int) bool {
	if j+1 >= len(d.toks) {
		return false
	}
	return tollNouns[d.toks[j+1].Stem]
}

// tollNouns are the plural nouns of the dead and wounded that head a toll
// after "عدد" or "حصيلة", folded.
var tollNouns = map[string]bool{
	arabic.Fold("شهداء"): true, arabic.Fold("قتلى"): true, arabic.Fold("ضحايا"): true,
	arabic.Fold("جرحى"): true, arabic.Fold("مصابين"): true, arabic.Fold("وفيات"): true,
}

// riseBetween reports whether a verb of rising stands between two tokens:
// "...، ارتفع إلى 30".
func riseBetween(d *doc, from, to int) bool {
	for j := from + 1; j < to; j++ {
		switch d.toks[j].Stem {
		case "ارتفع", "ارتفعت", "ترتفع", "يرتفع", "لترتفع", "ليرتفع":
			return true
		}
	}
	return false
}

// dualOutcomeAt reports whether the token at k is the dual of a singular
// outcome noun ("جريحان", "قتيلين", "شهيدين"): it counts two of its own.
func dualOutcomeAt(d *doc, k int) bool {
	st := d.toks[k].Stem
	for _, suf := range []string{"ان", "ين"} {
		if base, ok := strings.CutSuffix(st, suf); ok && singleOutcomes[base] != "" {
			return true
		}
	}
	return false
}

// countJoinedAt reports whether the token at k (joined by و) opens a
// count of victims: a number, a number word, a dual outcome noun or a
// vague count ("وعدد من الجرحى").
func (x *Extractor) countJoinedAt(d *doc, k int) bool {
	t := d.toks[k]
	if t.Kind == arabic.TokNumber || x.isNumberWord(d, k) || dualOutcomeAt(d, k) {
		return true
	}
	switch t.Stem {
	case "عدد", "عددا", "عشرات", "جريح", "جريحا":
		return true
	}
	return false
}

// pluralOthersIn reports whether tokens [first, last] hold a plural or
// dual of "other" ("آخرون", "آخرين", "أخريات", "آخران"), not the
// singular, which may mean "the last" ("آخر إرهابي").
func pluralOthersIn(d *doc, first, last int) bool {
	for k := max(first, 0); k <= last && k < len(d.toks); k++ {
		switch d.toks[k].Stem {
		case "اخرون", "اخرين", "اخريات", "اخران":
			return true
		}
	}
	return false
}
