package claims

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/claims/places"
)

// region is a stretch of one frame's sentence that makes one claim.
type region struct {
	lo, hi   int // tokens of the claim's span
	cs       int // first token of the content (tokens [anchor, cs) are attribution)
	anchor   int
	scan     int    // where to look for further cuts; 0 means cs
	sequel   string // the folded sequel cue that cut the region after it ("غداه", "عقب")
	tail     Span   // token range of the region the sequel cue introduced
	other    bool   // describes a different event than the frame's main one
	response bool   // the main event answers the event of the region after it
}

// articleContext carries what earlier claims of the article established, for
// claims that do not repeat it.
type articleContext struct {
	eventType string
	places    []string
	date      string
	actor     string
	// charged is the party the last claim accused ("اتهمت ... بالوقوف
	// وراء"، "حمّلت ... المسؤولية"), for a denial of that charge.
	charged string
	source  string // the source of the claim that set the context
	// attack is the context the last attack told set, not counting
	// interceptions: "العدوان" after "the defences intercepted missiles"
	// is the attack they met.
	attack *articleContext
	// toldDay is set on the attack context when the attack's own
	// sentence gave its date to the day ("مساء الأحد", "أمس").
	toldDay bool
	// byActor is the context each actor's event last set: "القصف التركي"
	// after a sentence on another party's rockets refers back to the
	// Turkish shelling, not to the rockets.
	byActor map[string]articleContext
	// doer and doerSource are the doer the last claim with one asserted
	// ("unknown" too) and its source: "وذكرت أيضاً أنهم فجروا" goes on
	// with the men that source just told of.
	doer, doerSource string
	// last is what the last eventful claim told, also one of another event
	// (a "رداً على" clause): a relative clause that opens the next claim
	// ("..., والتي قال المرصد إنها أسفرت عن ...") speaks of it.
	last *articleContext
	// main is what the article's first eventful claim of its own event
	// set: the event the article is about.
	main *articleContext
}

// backToMain turns the context back to the article's main event for a
// claim without an event word that names a place of the main event but
// none of the event the article last told ("وقال مسؤول إنه لا مؤشرات على
// سقوط ضحايا في سوريا" after a paragraph on the attack in Jordan that the
// strikes in Syria answered).
func (x *Extractor) backToMain(d *doc, r region, in func(int) bool, ctx *articleContext) {
	if ctx.main == nil || ctx.main.eventType == "" || len(ctx.main.places) == 0 || len(ctx.places) == 0 {
		return
	}
	var own []string
	for _, p := range d.places {
		if p.First >= r.lo && p.First < r.hi && in(p.First) && !x.actorNotPlace(d, p.First) {
			own = append(own, p.PlaceID)
		}
	}
	if len(own) == 0 || x.samePlaceAsAttack(own, ctx.places) || !x.samePlaceAsAttack(own, ctx.main.places) {
		return
	}
	ctx.eventType, ctx.places, ctx.date = ctx.main.eventType, ctx.main.places, ctx.main.date
}

// backToAttack turns a context of movement (a deployment, a withdrawal,
// an evacuation) back to the attack the article told before it, if any:
// people are killed or wounded, and a bombardment falls, in an attack, not
// in the columns' coming or going ("قصفت الطائرات البلدة ... ثم دخلتها
// الأرتال ... وقُتل في القصف خمسة"). With no attack told before, the
// context stays: the movement may be the story (a convoy hit on its way).
func backToAttack(ctx *articleContext) {
	if !isMovementType(ctx.eventType) || ctx.attack == nil || !isStrikeType(ctx.attack.eventType) {
		return
	}
	ctx.eventType, ctx.places, ctx.date = ctx.attack.eventType, ctx.attack.places, ctx.attack.date
}

// demonstrativeBefore reports whether a distal demonstrative ("ذلك"،
// "تلك") stands right before token k: "ذلك الهجوم" is the event just
// told, also one the article's event answers. The near "هذا العدوان"
// mostly keeps to the article's own event.
func demonstrativeBefore(d *doc, k int) bool {
	if k == 0 || d.toks[k-1].Kind != arabic.TokWord {
		return false
	}
	switch d.toks[k-1].Stem {
	case "ذلك", "تلك", "ذاك":
		return true
	}
	return false
}

// relativeBefore reports whether the word before token k is a relative
// pronoun ("التي"، "والذي" ...): the claim that starts at k is about the
// noun the clause before it ends with.
func relativeBefore(d *doc, k int) bool {
	if k == 0 {
		return false
	}
	switch strings.TrimPrefix(d.toks[k-1].Norm, "و") {
	case "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان":
		return true
	}
	return describedBefore(d, k)
}

// describedBefore reports whether the claim at token k is the relative
// clause of an indefinite noun a pronoun predicates of what was just told:
// "..., وهو هجوم نفت الفصائل أي صلة لها به", "وهي عملية لم تتبنها أي جهة".
// Arabic joins a clause to an indefinite noun with no relative word, so the
// clause speaks of the pronoun's antecedent.
func describedBefore(d *doc, k int) bool {
	if k < 2 || d.toks[k-1].Kind != arabic.TokWord || d.toks[k-2].Kind != arabic.TokWord {
		return false
	}
	noun := d.toks[k-1].Norm
	if strings.HasPrefix(noun, "ال") || strings.HasPrefix(noun, "وال") {
		return false
	}
	switch d.toks[k-2].Norm {
	case "هو", "هي", "وهو", "وهي", "فهو", "فهي":
		return true
	}
	return false
}

func (x *Extractor) build(d *doc, frames [][]frame) []Claim {
	out := d.claims[:0] // scratch: Extract copies the claims out
	var ctx articleContext
	prevFrom, prevTo := 0, 0 // the claims of the sentence before
	for si, s := range d.sents {
		frs := frames[si]
		separate := x.separateAt(d, s)
		if separate {
			// "وفي حادث منفصل، ...": what follows is another event; it
			// inherits nothing from the one before.
			ctx = articleContext{}
		}
		if len(frs) == 0 && si > 0 && !separate {
			if f, ok := x.tollGoesOn(d, s, frames[si-1], out[prevFrom:prevTo]); ok {
				frs = []frame{f}
			}
		}
		if len(frs) == 0 {
			frs = []frame{{anchor: s.first, contentStart: s.first, src: x.ownVoice(d), rule: "own_voice"}}
		}
		d.othersGroup = lastTollGroup(out[prevFrom:prevTo])
		if separate {
			d.othersGroup = ""
		}
		prevFrom = len(out)
		// "... إلا أن مسؤولاً قال": the conjunction opens the next claim.
		for k := 1; k < len(frs); k++ {
			a := frs[k].anchor
			for a > s.first && a-1 > frs[k-1].anchor && linkWord(d.toks[a-1]) {
				a--
			}
			frs[k].anchor = a
		}
		for k := 1; k < len(frs); k++ {
			// "قال X إن ...، وارتفعت الحصيلة إلى 14 بحسب Y": the clause
			// before the credit is Y's.
			if c, ok := creditedClause(d, frs[k-1], frs[k]); ok {
				frs[k].claimFrom = c
			}
		}
		for k, f := range frs {
			lo := f.anchor
			if f.claimFrom > 0 && f.claimFrom < lo {
				lo = f.claimFrom
			}
			if k == 0 {
				lo = s.first
				if f.anchor > s.first && (claimsOwnPrefix(f) && x.wordsBetween(d, s.first, f.anchor) >= 5 || x.unknownDoerPrefix(d, s, f)) {
					// "وكان التفجير قد أسفر عن ...، واتهمت السلطات ...": the
					// narration before a speech verb is the article's own.
					own := frame{anchor: s.first, contentStart: s.first, src: x.ownVoice(d), rule: "own_voice"}
					if c, ok := x.claim(d, own, region{lo: s.first, hi: f.anchor, cs: s.first, anchor: s.first}, s, &ctx); ok {
						out = append(out, c)
						if d.coActor != "" {
							out = append(out, coActorSibling(c, d.coActor))
						}
					}
					lo = f.anchor
				}
			}
			hi := s.last
			if k+1 < len(frs) {
				hi = frs[k+1].anchor
				if c := frs[k+1].claimFrom; c > 0 && c < hi {
					hi = c
				}
			}
			if hi <= lo {
				continue
			}
			cs := f.contentStart
			if cs < lo {
				cs = lo
			}
			if cs > hi {
				cs = hi
			}
			if k+1 < len(frs) && frs[k+1].embedded && x.handsOver(d, cs, hi) {
				// "ونفى المصدر صحة ما تروجه الصفحات عن ...": all the denial
				// says is the report that follows, which it speaks of with
				// its own stance there (below); the words up to it are no
				// claim of their own. "لا صحة لما تداولته ...": the words
				// that call it false make the speaker's stance a denial.
				if frs[k].stance == "" && x.deniesTruthIn(d, cs, hi) {
					frs[k].stance = StanceDenies
				}
				continue
			}
			var regions [4]region
			for _, r := range x.split(regions[:0], d, region{lo: lo, hi: hi, cs: cs, anchor: f.anchor}) {
				c, ok := x.claim(d, f, r, s, &ctx)
				if !ok {
					continue
				}
				out = append(out, c)
				if g := lastTollGroup([]Claim{c}); g != "" {
					d.othersGroup = g
				}
				if d.coActor != "" {
					out = append(out, coActorSibling(c, d.coActor))
				}
				if f.embedded && k > 0 {
					// "نفى المصدر صحة ما تناقلته وسائل إعلام عن مقتل ...":
					// the outer speaker speaks of the report too, with its own
					// stance; a toll it denies is not its own figure.
					outer := frs[k-1]
					outer.anchor, outer.contentStart = f.anchor, f.contentStart
					if c2, ok := x.claim(d, outer, r, s, &ctx); ok {
						if c2.Stance == StanceDenies {
							c2.Figures = []Figure{}
						}
						if slices.Contains(c2.Rules, "target:relayed_object") {
							// "قصفت ما زعمت دمشق أنه مقر": the words are
							// the inner speaker's, not the reporter's.
							c2.Target = nil
						}
						c2.Rules = append(c2.Rules, "attribution:embedded_report")
						shareSetting(&out[len(out)-1], c2)
						out = append(out, c2)
					}
				}
				// "بحسب المرصد ومصادر محلية": the same claim, once per source.
				for _, also := range f.also {
					c2 := c
					c2.Source = x.sourceOf(d, also)
					c2.ID = claimID(c2.Article, c2.Start, c2.End, c2.Source.ID)
					c2.Rules = append(append([]string(nil), c.Rules...), "attribution:co_credited")
					out = append(out, c2)
				}
			}
		}
		prevTo = len(out)
	}
	markRaisedAcross(d, out)
	markRescuers(d, out)
	markPluperfectSuperseded(d, out)
	x.placeByScene(d, out)
	x.markSeveralScenes(out)
	return out
}

// coordinableRule are the actor rules that read the doer from a party
// named in the content, where a second one may stand joined to it.
var coordinableRule = map[string]bool{"accused": true, "before_event_word": true, "after_event_word": true,
	"predicate": true, "stands_behind": true}

// coActorSibling is the claim c once more for its second doer (see
// coActor): same words, source, stance, type, place and date, without the
// figures, which the first one carries.
func coActorSibling(c Claim, b string) Claim {
	c.Actor = &b
	c.Figures = []Figure{}
	c.ID = claimID(c.Article, c.Start, c.End, c.Source.ID+"|"+b)
	c.Rules = append(append([]string(nil), c.Rules...), "actor:coordinated")
	return c
}

// handOverWords end what a denial says before the report it denies: the
// relative "ما" ("نفى صحة ما تروجه ...", "لا صحة لما تداولته ...").
var handOverWords = map[string]bool{"ما": true, "عما": true, "مما": true, "بما": true, "لما": true}

// deniesTruthIn reports whether tokens [lo, hi) hold a word that calls a
// report false ("لا صحة"، "عار عن الصحة").
func (x *Extractor) deniesTruthIn(d *doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, _, ok := x.denialNouns.at(d.toks, k); ok {
			_, _, link := x.involvement.at(d.toks, k)
			return !link
		}
	}
	return false
}

// handsOver reports whether tokens [lo, hi) end in a handOverWords
// relative and name no event, target or number before it: the frame's
// content is only the embedded report after them ("نفى المصدر في الفصيل
// لوكالتنا صحة ما").
func (x *Extractor) handsOver(d *doc, lo, hi int) bool {
	j := hi - 1
	for j >= lo && d.toks[j].IsQuote() {
		j--
	}
	if j < lo || d.toks[j].Kind != arabic.TokWord || !handOverWords[d.toks[j].Norm] {
		return false
	}
	for k := lo; k < j; k++ {
		if d.toks[k].Kind == arabic.TokNumber {
			return false
		}
		if _, _, ok := x.triggers.at(d.toks, k); ok {
			return false
		}
		if _, _, ok := x.targets.at(d.toks, k); ok {
			return false
		}
	}
	return true
}

// shareSetting gives the claim of a party that spread a report the event
// type, places and date its denier's claim took from the article's context:
// both speak of the same content, one asserting it, the other denying it.
func shareSetting(spread *Claim, denial Claim) {
	if spread.EventType == EventOther && denial.EventType != EventOther {
		spread.EventType = denial.EventType
		spread.Rules = append(spread.Rules, "event_type:denier")
	}
	if len(spread.Places) == 0 && len(denial.Places) > 0 {
		spread.Places = append([]string(nil), denial.Places...)
		spread.Rules = append(spread.Rules, "places:denier")
	}
	if denial.Date != nil && (spread.Date == nil || slices.Contains(spread.Rules, "date:published")) {
		dt := *denial.Date
		spread.Date = &dt
		spread.Rules = append(spread.Rules, "date:denier")
	}
	if spread.Actor == nil && denial.Actor != nil && *denial.Actor != "unknown" &&
		slices.ContainsFunc(denial.Rules, func(r string) bool { return speakerRelativeActor[r] }) {
		// "نفى قيادي في الفصيل ما تبثه قنوات الحكومة عن استهداف عناصر
		// الفصيل للسوق": the report names the denier's side in the
		// denier's words, which the party that spread it asserts.
		a := *denial.Actor
		spread.Actor = &a
		spread.Rules = append(spread.Rules, "actor:denier_content")
	}
}

// speakerRelativeActor are the actor rules that read the doer from words
// that point to the speaker's own side ("قواتنا", "مقاتلي الحملة", a
// denial of its own act); in a report its denier repeats, they point to
// the denier's side for the party that spread it too.
var speakerRelativeActor = map[string]bool{
	"actor:own_forces": true, "actor:own_army": true, "actor:possessive": true, "actor:first_person": true,
	"actor:own_body": true, "actor:denied_own_act": true,
}

// markRaisedAcross marks earlier the tolls a source gave in claims before
// the one where it says its toll rose: "الدفاع المدني: ٥ قتلى ... ما أدى
// إلى مقتل ٥ أشخاص ...، ثم عادت الفرق وقالت إن حصيلتها ارتفعت إلى
// ستة". Only lower tolls of the same outcome that are no part of another
// are marked.
func markRaisedAcross(d *doc, cs []Claim) {
	for j := range cs {
		for _, g := range cs[j].Figures {
			k := tokenAt(d, g.Span.Start)
			if g.Subset || g.Earlier || k < 1 || d.toks[k-1].Norm != "الي" || !riseBefore(d, k) || tallyIn(d, cs[j]) {
				continue
			}
			for i := 0; i < j; i++ {
				if cs[i].Source.ID != cs[j].Source.ID || cs[i].Start >= cs[j].Start || tallyIn(d, cs[i]) {
					continue
				}
				if cs[i].Date != nil && cs[j].Date != nil && *cs[i].Date != *cs[j].Date {
					continue // another day, another event
				}
				for fi := range cs[i].Figures {
					f := &cs[i].Figures[fi]
					if !f.Subset && f.Outcome == g.Outcome && f.Low < g.Low && (f.High == nil || *f.High < g.Low) {
						f.Earlier = true
					}
				}
			}
		}
	}
}

// tallyIn reports whether a claim gives a running tally over a period
// ("منذ مطلع العام", "وبذلك يرتفع إلى"), which rises with every event and
// revises no single toll.
func tallyIn(d *doc, c Claim) bool {
	for k := tokenAt(d, c.Start); k >= 0 && k < len(d.toks) && d.toks[k].Start < c.End; k++ {
		switch d.toks[k].Norm {
		case "منذ", "وبذلك", "بذلك", "وبهذا", "بهذا", "مطلع":
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at byte offset off,
// or -1.
func tokenAt(d *doc, off int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
	if i < len(d.toks) && d.toks[i].Start == off {
		return i
	}
	return -1
}

// backTo returns the context of an earlier event of the claim's own actor
// and type, when the context the article last set belongs to another
// actor's event: the claim refers back past it.
func (ctx *articleContext) backTo(c Claim) (articleContext, bool) {
	if c.Actor == nil || *c.Actor == "unknown" || sameParty(ctx.actor, *c.Actor) || c.EventType == EventOther {
		return articleContext{}, false
	}
	// A source that goes on after its own unattributed sentence continues
	// it.
	if ctx.actor == "" && ctx.source == c.Source.ID {
		return articleContext{}, false
	}
	b, ok := ctx.byActor[*c.Actor]
	if !ok || b.eventType != c.EventType {
		return articleContext{}, false
	}
	return b, true
}

// sameParty: the US and the coalition it leads are one party.
func sameParty(a, b string) bool {
	if a == "coalition" {
		a = "us"
	}
	if b == "coalition" {
		b = "us"
	}
	return a == b
}

// separateCues open a sentence on another, unrelated event.
var separateCues = words("separate", "في سياق منفصل", "في حادث منفصل", "في حادثة منفصلة", "في تطور منفصل",
	"في سياق آخر", "على صعيد آخر", "في شأن آخر", "من جهة أخرى", "في حادث آخر", "في حادثة أخرى")

// separateAt reports whether a sentence opens with a separateCue.
func (x *Extractor) separateAt(d *doc, s tokRange) bool {
	for k := s.first; k < s.last && k < s.first+2; k++ {
		if _, _, ok := x.separate.at(d.toks, k); ok {
			return true
		}
	}
	return false
}

// speakerPlaces keeps, of ids, the places of an attribution (speaker)
// that locate the event: all of them when the content names no place
// ("قال شهود عيان قرب المطار إن انفجارات دوت"), else those that enclose
// or lie within a place of the content. A correspondent or an official
// somewhere else is not where the event happened ("قال مراسلنا في حلب
// إن غارة استهدفت سرمين").
func (x *Extractor) speakerPlaces(ids []string, speaker map[string]bool) []string {
	var content []string
	for _, id := range ids {
		if !speaker[id] {
			content = append(content, id)
		}
	}
	if len(content) == 0 || len(content) == len(ids) {
		return ids
	}
	related := func(s string) bool {
		for _, c := range content {
			if x.gaz.Within(s, c) || x.gaz.Within(c, s) {
				return true
			}
		}
		return false
	}
	return slices.DeleteFunc(ids, func(id string) bool { return speaker[id] && !related(id) })
}

// agoDateAt reports whether a date counted back from publication starts
// at token k ("قبل يومين"، "قبل أسبوع"، "قبل ثلاثة أيام"): such a "قبل"
// dates the deed told around it and introduces no earlier event.
func agoDateAt(d *doc, k int) bool {
	for _, dt := range d.dates {
		if dt.First == k {
			return dt.Rule == "days_ago" && dt.Precision != arabic.Unresolved
		}
	}
	return false
}

// unknownDoerPrefix reports whether a sentence whose first frame opens in
// its middle without a speaker of its own (a continuation, a trailing
// credit, an omission further on) opens with the article's own statement
// that no one has claimed the deed or that who did it is not known: "ولم
// تتبنَّ جماعة الاستهداف، ويرجح أن ..."، "ولم يُعرف إن كانت الصواريخ
// انطلقت من ... أم من ...، بحسب المرصد"، "ولم تتضح بعد الجهة التي يتبع
// لها المسلحون، بينما لم تحدد الشرطة ...". The words before the
// frame carry no figure, and a trailing credit right after the statement
// keeps it.
func (x *Extractor) unknownDoerPrefix(d *doc, s tokRange, f frame) bool {
	switch f.rule {
	case "continuation", "according_to", "omission":
	default:
		return false
	}
	commas := 0
	for k := s.first; k < f.anchor; k++ {
		if d.counted[k] {
			return false
		}
		if isComma(d.toks[k]) && k+1 < f.anchor {
			commas++
		}
	}
	if f.rule == "according_to" && commas == 0 {
		// "ولم تتبن أي جماعة التفجير، وفق المرصد": the credit closes the
		// statement itself; it keeps it unless another clause stands
		// between ("...، إذ تشهد المنطقة ...، بحسب المرصد").
		return false
	}
	for k, words := s.first, 0; k < f.anchor && words < 2; k++ {
		if d.toks[k].Kind != arabic.TokWord {
			continue
		}
		words++
		if x.unnamedKindAt(d, k) == "unclaimed" || doerNotKnownAt(d, k) || unableToTellWhether(d, k) {
			return true
		}
		if x.ignoranceAt(d, k) && x.doerNamedWithin(d, k, f.anchor, 6) {
			return true
		}
	}
	return false
}

// doerNamedWithin reports whether a word for who did it ("الجهة"، "هوية
// المنفذين") stands within n tokens after k, before hi.
func (x *Extractor) doerNamedWithin(d *doc, k, hi, n int) bool {
	for j := k + 1; j < hi && j <= k+n; j++ {
		if _, _, ok := x.unnamedObjects.at(d.toks, j); ok {
			return true
		}
	}
	return false
}

// claimsOwnPrefix reports whether a frame that opens in the middle of a
// sentence leaves the words before it to the article's own voice: speech
// verbs do; "بحسب X" and continuations attribute what precedes them.
func claimsOwnPrefix(f frame) bool {
	switch f.rule {
	case "verb_first", "source_first", "relay_chain", "unidentified_subject", "nested_verb_first", "nested_source_first", "own_statement":
		return true
	}
	return false
}

// notYetVerbs are the verbs of becoming clear or known that "بعد" after
// them under a negation makes "not yet": "لم يتبين بعد"، "لم تتضح بعد".
var notYetVerbs = map[string]bool{"يتبين": true, "تتبين": true, "يتضح": true, "تتضح": true, "يعرف": true, "تعرف": true,
	"يحدد": true, "تحدد": true, "يكشف": true, "تكشف": true, "يعلن": true, "تعلن": true, "يتسن": true, "يحسم": true,
	"تحسم": true, "يتأكد": true, "تتأكد": true}

// yetAt reports whether "بعد" at k means "yet" after a negated verb of
// knowing ("لم تتبين بعد هوية من قصف الحي"), not "after" an earlier deed.
func yetAt(d *doc, k int) bool {
	if k < 2 || d.toks[k].Stem != "بعد" || d.toks[k-1].Kind != arabic.TokWord {
		return false
	}
	neg := d.toks[k-2].Stem
	return (neg == "لم" || neg == "لا" || neg == "لما") && notYetVerbs[d.toks[k-1].Stem]
}

// followedBy are the verbs "followed by" with the earlier deed as their
// object pronoun (folded): what they introduce is a later event.
var followedBy = map[string]bool{"تبعها": true, "تبعه": true, "تبعته": true, "تلاها": true, "تلاه": true, "تلته": true,
	"اعقبها": true, "اعقبه": true, "اعقبته": true, "وتبعها": true, "وتلاها": true, "واعقبها": true}

// split cuts a frame's region where the content turns to another event
// ("ردا على هجوم ...", "عقب قصف ...") or to what the source does not know
// ("ولم يعرف ما إذا ..."). It appends the regions to dst.
func (x *Extractor) split(dst []region, d *doc, r region) []region {
	from := r.cs
	if r.scan > from {
		from = r.scan
	}
	for k := from; k < r.hi; k++ {
		if m, ok := x.responseCueAt(d, k); ok && m.Last < r.hi && x.answersBareDeed(d, m.Last, r.hi) {
			// "دكت المدفعية مقراتهم رداً على الهجوم، فدمرت آليتين": the
			// deed answered is only named; the clause after it goes on
			// with the answer.
			r.response = true
			k = m.Last
			continue
		}
		if m, ok := x.responseCueAt(d, k); ok && m.Last < r.hi && x.triggerWithin(d, m.Last, r.hi, 3) && !pointsBack(d, m.Last) {
			head := r
			head.hi = k
			head.response = true
			tail := region{lo: k, hi: r.hi, cs: k, anchor: k, scan: m.Last, other: true}
			return x.split(append(dst, head), d, tail)
		}
		if _, m, ok := x.sequel.at(d.toks, k); ok && k > r.cs+2 && m.Last < r.hi && (x.triggerWithin(d, m.Last, r.hi, 3) || x.eventAfterSpan(d, m.Last, r.hi)) && !agoDateAt(d, k) && !yetAt(d, k) &&
			!agentPhraseAt(d, k) {
			head := r
			head.hi = k
			head.sequel = d.toks[k].Stem // "غداه": the head is the day after the tail
			head.tail = Span{k, r.hi}
			tail := region{lo: k, hi: r.hi, cs: k, anchor: k, scan: m.Last, other: true}
			return x.split(append(dst, head), d, tail)
		}
		if followedBy[d.toks[k].Norm] && k > r.cs+2 && x.triggerWithin(d, k+1, r.hi, 3) {
			// "قُتل الجنود بالغارة، وتلاها اقتحام نفذه مسلحون": a later
			// deed, with its own doer.
			head := r
			head.hi = k
			tail := region{lo: k, hi: r.hi, cs: k, anchor: k, scan: k + 1, other: true}
			return x.split(append(dst, head), d, tail)
		}
		if t := d.toks[k]; k > from && hasClitic(t.Clitics, 'و') && x.wordsBetween(d, r.cs, k) >= 3 && x.isComplementizer(d, k) {
			// "قال إن X ... وإن Y": a second proposition of the same source.
			head := r
			head.hi = k
			tail := region{lo: k, hi: r.hi, cs: k, anchor: k, scan: k + 1, other: r.other}
			return x.split(append(dst, head), d, tail)
		}
		if n, ok := x.secondSceneAt(d, k, r); ok {
			// "جرح رجلان بغارة على المزرعة، في حين سقطت قذائف هاون
			// على سوق البلدة المجاورة": a second incident, with its
			// own means and place.
			head := r
			head.hi = k
			tail := region{lo: n, hi: r.hi, cs: n, anchor: n, scan: n, other: r.other}
			return x.split(append(dst, head), d, tail)
		}
		if x.ignoranceAt(d, k) && x.wordsBetween(d, r.cs, k) >= 2 && !x.unnamedAt(d, k) && !x.identityUnclearAt(d, k) {
			// "ولا تزال الحصيلة غير معروفة": the toll is the predicate's
			// subject and goes with it.
			cut := tollSubjectStart(d, k, r.cs)
			if cut > k || x.wordsBetween(d, r.cs, cut) < 2 {
				continue
			}
			head := r
			head.hi = cut
			tail := region{lo: cut, hi: r.hi, cs: cut, anchor: cut, other: r.other}
			return append(dst, head, tail)
		}
	}
	return append(dst, r)
}

// jetStems are the folded stems of the words for fighter jets, which
// never point back at drones ("المقاتلات" is no "الطائرات").
var jetStems = foldedSet("مقاتلات", "مقاتلتان", "مقاتلتين")

// bareAircraftAt reports whether the attack word matched by win is a
// bare definite aircraft word ("الطائرة"، "الطائرات"، "الطيران") that no
// word after it qualifies: followed by no definite adjective
// ("الطائرات الحربية"، "الطيران الروسي"), only perhaps by a relative
// pronoun ("الطائرات التي أطلقت"). Such a word points back at the
// aircraft its article told of.
func (x *Extractor) bareAircraftAt(d *doc, win arabic.Match, r region) bool {
	if win.Last-win.First != 1 || !d.toks[win.First].Article || jetStems[d.toks[win.First].Stem] {
		return false
	}
	if _, m, ok := x.aircraft.at(d.toks, win.First); !ok || m.Last != win.Last {
		return false
	}
	if win.Last >= r.hi {
		return true
	}
	next := d.toks[win.Last]
	return next.Kind != arabic.TokWord || !next.Article || relativeWords[next.Norm]
}

// secondSceneAt reports whether a comma at k opens a clause that tells
// another incident beside the one told before it: a connective of
// contrast or addition ("في حين"، "فيما"، "بينما"، "كما") right after the
// comma, an attack word within secondSceneWords words after it, and an
// attack word between the content's start and the comma (words of
// movement, "دفعت العائلات إلى النزوح", tell no incident). It returns where
// the clause after the connective starts.
func (x *Extractor) secondSceneAt(d *doc, k int, r region) (int, bool) {
	if !isComma(d.toks[k]) || k+1 >= r.hi {
		return 0, false
	}
	n := k + 1
	switch t := d.toks[n]; {
	case t.Norm == "في" && n+1 < r.hi && d.toks[n+1].Norm == "حين":
		n += 2
	case t.Norm == "فيما" || t.Norm == "بينما" || t.Norm == "كما":
		n++
	default:
		return 0, false
	}
	if n >= r.hi || !x.attackWithin(d, n, r.hi, secondSceneWords) || !x.attackWithin(d, r.cs, k, k-r.cs) {
		return 0, false
	}
	return n, true
}

// attackWithin reports whether a word of attack (a strike, a shelling, a
// drone, an assault; not a movement of forces) starts within n tokens
// from from, before to.
func (x *Extractor) attackWithin(d *doc, from, to, n int) bool {
	for k := from; k < to && k < from+n; k++ {
		if t, _, ok := x.triggers.at(d.toks, k); ok {
			switch t.typ {
			case EventAirstrike, EventShelling, EventDroneAttack, EventGroundAttack:
				return true
			}
		}
	}
	return false
}

// secondSceneWords is how far after its connective the attack word of a
// second incident may stand (see secondSceneAt): "بينما لقي رجل حتفه
// بقذيفة".
const secondSceneWords = 4

// answersBareDeed reports whether a response cue ending at k answers a
// deed named by one definite event word alone, closed by a comma after
// which a فـ-verb goes on with the answer ("رداً على الهجوم، فدمر ...").
// The answered deed is told elsewhere; nothing after the cue describes it.
func (x *Extractor) answersBareDeed(d *doc, k, hi int) bool {
	if k+2 >= hi {
		return false
	}
	w, p, v := d.toks[k], d.toks[k+1], d.toks[k+2]
	if w.Kind != arabic.TokWord || !w.Article || p.Kind != arabic.TokPunct || p.Text != "،" && p.Text != "," {
		return false
	}
	if _, _, ok := x.triggers.at(d.toks, k); !ok {
		return false
	}
	return v.Kind == arabic.TokWord && hasClitic(v.Clitics, 'ف')
}

// pointsBack reports whether a response cue ending at k answers an event
// already told, with a demonstrative and a comma ("رداً على ذلك، شنت ..."):
// the clause after the comma is the answer itself, not the event answered.
func pointsBack(d *doc, k int) bool {
	if k+1 >= len(d.toks) || !demonstratives[d.toks[k].Norm] {
		return false
	}
	t := d.toks[k+1]
	return t.Kind == arabic.TokPunct && !t.IsQuote()
}

func (x *Extractor) triggerWithin(d *doc, from, to, n int) bool {
	for k := from; k < to && k < from+n; k++ {
		if _, _, ok := x.triggers.at(d.toks, k); ok && !subjunctiveWithdrawal(d, k) {
			return true
		}
	}
	return false
}

func (x *Extractor) wordsBetween(d *doc, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if d.toks[k].Kind == arabic.TokWord {
			n++
		}
	}
	return n
}

// notNamingActorRules are the actor rules that say the doer is not known
// or not named (see actor), rather than blame anyone.
var notNamingActorRules = map[string]bool{
	"unnamed": true, "doer_not_known": true, "identity_unclear": true, "alternatives": true,
}

// unnamedAt reports whether an "unnamed actor" cue stands at k: "لم تحدد
// ... الجهة" says who did it is unknown, not that nothing is known.
func (x *Extractor) unnamedAt(d *doc, k int) bool {
	return x.unnamedKindAt(d, k) != ""
}

// unnamedKindAt is unnamedAt that says which kind of cue stands at k:
// "unclaimed" (no one has claimed it), "unnamed" (the source does not
// name who did it) or "undetermined" (who did it has not been
// determined); "" when none does.
func (x *Extractor) unnamedKindAt(d *doc, k int) string {
	kind, m, ok := x.unnamedActor.at(d.toks, k)
	if !ok {
		return ""
	}
	for j := m.Last; j < len(d.toks) && j < m.Last+7; j++ {
		if _, _, ok := x.unnamedObjects.at(d.toks, j); ok {
			if victimIdentityAt(d, j) {
				return "" // "لم تذكر الرواية هوية الشخص المستهدف": whom it hit
			}
			return kind
		}
		if firedSourceAt(d, j, k) {
			return kind
		}
	}
	return ""
}

// firedSourceBack is how many tokens before a cue firedSourceAt looks for
// the fire that a pronoun of "مصدر" points back to.
const firedSourceBack = 14

// firedSourceAt reports whether token j is "مصدر" with a pronoun
// ("مصدرها"، "مصدره") that points back to fire or a weapon named in the
// same sentence before the cue at k: "سقطت قذائف على الحي من دون أن
// تتمكن من تحديد مصدرها" leaves the doer undetermined. Without such fire
// the pronoun may point to a report ("نقلت الخبر دون أن تحدد مصدره").
func firedSourceAt(d *doc, j, k int) bool {
	t := d.toks[j]
	if t.Kind != arabic.TokWord || t.Article {
		return false
	}
	switch t.Stem {
	case "مصدرها", "مصدره", "مصدرهما", "مصدرهم":
	default:
		return false
	}
	for i := k - 1; i >= 0 && i >= k-firedSourceBack; i-- {
		p := d.toks[i]
		if p.Kind == arabic.TokPunct && !p.IsQuote() && p.Text != "،" && p.Text != "," {
			return false // another sentence
		}
		if p.Kind == arabic.TokWord && (firedThings[arabic.Fold("ال"+p.Stem)] || firedThings[arabic.Fold(p.Stem)]) {
			return true
		}
	}
	return false
}

// claim builds one claim from a region of a frame.
func (x *Extractor) claim(d *doc, f frame, r region, s tokRange, ctx *articleContext) (Claim, bool) {
	d.coActor = ""
	if r.hi <= r.lo || x.wordsBetween(d, r.lo, r.hi) == 0 {
		return Claim{}, false
	}
	if x.isCreditOrDateline(d, r) {
		return Claim{}, false
	}
	updated := false // whether this claim sets the context for the next
	if relativeBefore(d, r.lo) && ctx.last != nil {
		// The relative clause's context is its antecedent's, for this
		// claim only.
		saved := *ctx
		ctx.eventType, ctx.places, ctx.date = ctx.last.eventType, ctx.last.places, ctx.last.date
		defer func() {
			if !updated {
				ctx.eventType, ctx.places, ctx.date = saved.eventType, saved.places, saved.date
			}
		}()
	}
	start := d.toks[r.lo].Start
	end := d.toks[r.hi-1].End
	src := x.sourceOf(d, f.src)
	c := Claim{
		Article: d.a.ID,
		Start:   start,
		End:     end,
		Text:    d.text[start:end],
		Source:  src,
		Via:     []Relay{},
		Places:  []string{},
		Figures: []Figure{},
		Rules:   append(make([]string, 0, 6), "attribution:"+f.rule), // room for the rules below
	}
	for _, v := range f.via {
		if v.id == "" || v.id == "outlet" || v.id == src.ID || v.id == d.a.OutletID {
			continue
		}
		vs := x.sourceOf(d, v)
		c.Via = append(c.Via, Relay{ID: vs.ID, Name: vs.Name})
	}
	x.organSpeaksForParent(d, &c)
	if f.cue != nil && r.lo <= f.anchor {
		c.Cue = d.text[f.cue.Span.Start:f.cue.Span.End]
		sp := Span{f.cue.Span.Start, f.cue.Span.End}
		c.CueSpan = &sp
	}
	in := func(i int) bool { return i >= r.lo && i < r.hi && (i < r.anchor || i >= r.cs) }
	c.Response = r.response || x.answersInKind(d, r, in)

	// Stance.
	c.Stance = StanceAsserts
	if f.stance == StanceDenies && !r.other && r.lo <= f.anchor && deniesVictimConduct(d, r) {
		// "نفى أن يكون عمه قد أطلق النار": the victim's conduct is
		// denied, not the event; the speaker tells what was hit.
		c.Rules = append(c.Rules, "stance:victim_conduct")
	} else if f.stance == StanceDenies && !r.other && r.lo <= f.anchor && neitherConfirmsNorDenies(d.toks, f.cue) {
		// "رفض أن يؤكد أو ينفي ضلوع جيشه": no word either way.
		c.Stance = StanceUnknown
		c.Rules = append(c.Rules, "stance:neither_confirmed")
	} else if f.stance != "" && !r.other && r.lo <= f.anchor {
		c.Stance = f.stance
		c.Rules = append(c.Rules, "stance:cue")
		if f.stance == StanceDenies && x.anyEventHappened(d, r, in) {
			c.Rules = append(c.Rules, RuleAnyEventDenied)
		}
		if f.stance == StanceDenies && x.reportOfDeed(d, r, in) {
			c.Rules = append(c.Rules, RuleReportDenied)
		}
		if f.stance == StanceDenies && x.falseReportInDenial(d, r, in) {
			c.Rules = append(c.Rules, RuleFalseReportToo)
		}
	} else if st, rule := x.contentStance(d, r, in); st != "" && !((f.rule == "spread_party" || f.rule == "report_noun") && rule == "denial_falsehood") {
		// A report the outer speaker calls false ("ما تروجه X عن ...
		// أكاذيب") is still asserted by the party that spreads it.
		c.Stance = st
		c.Rules = append(c.Rules, "stance:"+rule)
		if rule == "negated_event" && x.noneHappened(d, r, in) {
			c.Rules = append(c.Rules, RuleAnyEventDenied)
		}
		if rule == "negated_event" && x.falseReportAfter(d, r, in) {
			c.Rules = append(c.Rules, RuleFalseReportToo) // "..، وأن الصور مفبركة"
		}
		if rule == "denial_falsehood" && x.reportOfDeed(d, r, in) {
			c.Rules = append(c.Rules, RuleReportDenied)
		}
	} else if hedgedReport(d, r) {
		c.Stance = StanceUnconfirmed
		c.Rules = append(c.Rules, "stance:hedged_report")
	}

	// Event type. Words inside a characterisation of the target
	// ("مستودعات صواريخ") say nothing of the event.
	c.EventType = EventOther
	best := -3
	anaphoric := false
	answerOnly := false // the claim's only deed is fire returned (answerDeed)
	var win arabic.Match
	leadEnd := x.leadingSequel(d, r, in)
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || k < leadEnd {
			continue
		}
		if _, tm, ok := x.targets.at(d.toks, k); ok && tm.Last-tm.First > 1 {
			k = tm.Last - 1
			continue
		}
		t, m, ok := x.deedAt(d, r, in, k)
		if !ok {
			t, m, ok = x.aircraft.at(d.toks, k)
		}
		if !ok {
			// "الجيش التركي وحلفاؤه قصفوا": a plural verb after its subject
			t, m, _, ok = x.pluralSubjectAt(d, k, r, in)
		}
		if !ok && negatedTargeting(d, k) {
			t, m, ok = trigger{EventAirstrike, 0}, arabic.Match{First: k, Last: k + 1}, true
		}
		if !ok && bomberBlowsHimselfUp(d, k, r.hi) {
			t, m, ok = trigger{EventGroundAttack, 4}, arabic.Match{First: k, Last: k + 1}, true
		}
		if !ok && fireOpenedAt(d, k, r.hi) {
			t, m, ok = trigger{EventGroundAttack, 4}, arabic.Match{First: k, Last: k + 1}, true
		}
		if ok {
			if x.irrealisBefore(d, k, r) || x.storedObjectAt(d, k) || t.typ == EventInterception && defenceUnitAt(d, k) ||
				t == chemicalArms && !useBefore(d, k, r) || subjunctiveWithdrawal(d, k) ||
				t.typ == EventDeployment && (convoyAsPlace(d, k) || struckConvoy(d, k) || publishedNotDeployed(d, k, r.hi)) ||
				isMovementType(t.typ) && stateMovement(d, k, r.hi) ||
				temporalMovement(d, k, t) || launchedArrests(d, k, r.hi) ||
				t.typ == EventGroundAttack && bombWordIn(d, m) && defusedBefore(d, k) {
				k = m.Last - 1
				continue
			}
			if isMovementType(t.typ) && (coverBefore(d, k, r) ||
				t.typ == EventWithdrawal && withdrewAfterDeed(d, k, r.lo, c.EventType, best)) {
				// "قصفت المروحيات أطراف البلدة لتأمين انسحاب الدورية": the
				// withdrawal is what the strike was for; the strike is the
				// deed, the movement only when nothing else is told.
				t.priority = -2
			}
			if t.priority > best {
				best = t.priority
				c.EventType = t.typ
				win = m
				answerOnly = t == answerDeed
				// "الهجوم", "القصف": a definite generic word refers back
				// to the event the article is about.
				// A chemical weapon names its own attack, not the one
				// the article is about ("الضربة ردا على السلاح الكيميائي").
				anaphoric = t.priority <= 1 && d.toks[m.First].Article && !isChemical(t)
			}
			k = m.Last - 1
		}
	}
	if best == -3 {
		// "إنها دمرت مقراً للإرهابيين": a verb of destroying with a
		// word for what was hit is a strike by unnamed means.
		if k, ok := x.struckObject(d, r, in); ok {
			c.EventType, best, win = EventAirstrike, 0, arabic.Match{First: k, Last: k + 1}
			c.Rules = append(c.Rules, "event_type:struck_object", "event_type:generic")
		}
	}
	if rt, rule := x.refineType(d, r, in, c.EventType, win); rt != c.EventType {
		c.EventType = rt
		c.Rules = append(c.Rules, "event_type:"+rule)
	}
	if c.EventType == EventAirstrike && ctx.eventType == EventDroneAttack && !r.other &&
		!slices.ContainsFunc(c.Rules, isTypeRule) && x.bareAircraftAt(d, win, r) {
		// "الطائرات التي أطلقت نحو القاعدة" in an article about a drone
		// attack: the bare definite aircraft are its drones.
		anaphoric = true
	}
	// A context of no known kind ("other": a headline of tolls with no
	// event word) gives "الهجوم", an attack by any means, nothing to refer
	// to: it keeps its own generic type, which grouping may read as any
	// attack. A word that defaults to an air raid ("الاعتداء",
	// "الاستهداف") would be a guess there: it stays of the context's kind.
	anaphora := anaphoric && ctx.eventType != "" && !r.other &&
		(ctx.eventType != EventOther || c.EventType != EventGroundAttack) &&
		!(ctx.eventType == EventGroundAttack && bombardmentWord(d.toks[win.First])) &&
		!attackIntoMovement(ctx.eventType, c.EventType)
	if anaphora && ctx.last != nil && ctx.last.eventType != "" && demonstrativeBefore(d, win.First) {
		// "ذلك الهجوم" points at the event told last, also one of another
		// event ("ردا على هجوم ..."), and goes on about it.
		ctx.eventType, ctx.places, ctx.date = ctx.last.eventType, ctx.last.places, ctx.last.date
	}
	if anaphora {
		if !isMovementType(c.EventType) {
			// "قتلوا في القصف" after a sentence on the convoy's retreat:
			// a word of attack points back at the attack told before the
			// movement, not at the movement.
			backToAttack(ctx)
		}
		if ctx.eventType == EventInterception && ctx.attack != nil {
			// an interception is no attack: back to the attack's context
			ctx.eventType, ctx.places, ctx.date = ctx.attack.eventType, ctx.attack.places, ctx.attack.date
		}
		c.EventType = ctx.eventType
		c.Rules = append(c.Rules, "event_type:anaphoric")
		if c.EventType == EventOther && x.targetsOnePerson(d, r) {
			c.EventType = EventGroundAttack
			c.Rules = append(c.Rules, "event_type:one_person")
		}
	} else if best <= 1 && best > -3 && c.EventType == EventAirstrike && !slices.ContainsFunc(c.Rules, isTypeRule) {
		// "قصف", "استهداف", "عدوان" alone: an airstrike by default, which
		// the words do not say; grouping may read it as shelling.
		if groundUnitsAt(d, r, win.First) {
			c.EventType = EventGroundAttack
			c.Rules = append(c.Rules, "event_type:ground_units")
		}
		c.Rules = append(c.Rules, "event_type:generic")
	} else if (best == 1 || best == chemical.priority || best == chemicalArms.priority || best <= 0 && best > -3 && massacreWord(d.toks[win.First].Stem)) &&
		c.EventType == EventGroundAttack && !slices.ContainsFunc(c.Rules, isTypeRule) {
		// "هجوم", "الهجمات" alone: an attack by any means, typed a
		// ground attack by default; grouping may read it as a strike from
		// the air told the same day in the same town. So is a chemical
		// agent the clause says nothing of the delivery of, and a
		// massacre named by no word of its means ("مجزرة في السوق",
		// "ارتكبت مجزرة بحق المدنيين": by raids, shells or gunmen).
		c.Rules = append(c.Rules, "event_type:generic")
	}
	if c.Stance == StanceDenies && slices.Contains(c.Rules, "stance:negated_event") && x.otherDeedNegated(d, r, in, c.EventType) {
		// "لم يشتبك المسلحون مع الحامية، وإن الطائرات قصفتهم": the
		// clash is denied, the strike asserted.
		c.Stance = StanceAsserts
		c.Rules = append(c.Rules, "stance:other_deed_negated")
	}
	c.Figures = x.figures(d, r, in)
	before := figureGroups(c.Figures)
	x.ownTollGroups(d, c.Figures, f.src.id)
	armySideGroups(d, c.Figures, r)
	othersFollowGroup(d, c.Figures, before)
	tollUnknown := len(c.Figures) == 0 && x.tollUnknownIn(d, r, in)
	if tollUnknown {
		c.Rules = append(c.Rules, RuleTollUnknown)
	}
	if c.EventType == EventOther && !r.other && (harmFigures(c.Figures) || tollUnknown) {
		if t, ok := x.causeClauseType(d, r); ok {
			// "كما أصيب طفل إثر قذائف مدفعية": the clause the cue cut
			// off names the means of this harm, before the paragraph.
			c.EventType = t
			c.Rules = append(c.Rules, "event_type:cause_clause")
		}
	}
	if c.EventType == EventOther && (harmFigures(c.Figures) || neutralisedFigures(c.Figures)) && airOperationIn(d, r, in) {
		// "حيّدت 3 مسلحين بعملية جوية": a toll taken by an operation from
		// the air is a strike, though "عملية جوية" alone counts a sortie.
		c.EventType = EventAirstrike
		c.Rules = append(c.Rules, "event_type:air_operation")
	}
	if c.EventType == EventOther && (len(c.Figures) > 0 || tollUnknown || c.Stance == StanceUnknown || c.Stance == StanceDenies) && ctx.eventType != "" {
		x.backToMain(d, r, in, ctx)
		if harmFigures(c.Figures) && isMovementType(ctx.eventType) {
			// A toll of dead or wounded after a sentence on a movement
			// is the toll of the attack the article told before it.
			backToAttack(ctx)
		}
		c.EventType = ctx.eventType
		c.Rules = append(c.Rules, "event_type:context")
	}
	pronounActor := ""
	if c.EventType == EventOther && !r.other && ctx.last != nil && ctx.last.eventType != "" && pronounHit(d, r, in) {
		// "موضحاً أنها طالت 22 موقعاً": the pronoun is the attacks the
		// claim before told of, with their doer.
		c.EventType, pronounActor = ctx.last.eventType, ctx.last.actor
		c.Rules = append(c.Rules, "event_type:pronoun_hit")
	}
	eventful := c.EventType != EventOther || len(c.Figures) > 0

	// Actor and target.
	a, rule := x.actor(d, f, r, in, c.EventType)
	if rule == "ascribed_passive" && c.Stance == StanceAsserts {
		// "بغارة نُسبت إلى الطيران": the doer is reported, not asserted.
		c.Stance = StanceUnconfirmed
		c.Rules = append(c.Rules, "stance:ascribed")
	}
	if o, ok := x.originalDoerOfResponse(d, r, in, c.EventType, rule); ok {
		a, rule = o, "original_doer" // response_doer.go
	}
	if a == "unknown" && notNamingActorRules[rule] && c.EventType == EventOther && ctx.eventType != "" && !r.other {
		// "دون أن يحدد من نفذه"، "يعمل المحققون على تحديد من
		// يقف وراءه": who did it is not known of the event the article
		// tells, which the clause refers back to without an event word.
		x.backToMain(d, r, in, ctx)
		c.EventType = ctx.eventType
		c.Rules = append(c.Rules, "event_type:doer_context")
		eventful = true
	}
	if own, ok := x.ownForcesDenied(d, f, r, in); ok && c.Stance == StanceDenies {
		// "عناصرنا لم تطلق أي صاروخ، واتهامات العدو باطلة":
		// the speaker's own forces are the subject of the denied deed,
		// whatever party the rest of the content names.
		a, rule = own, "own_forces_denied"
	}
	if n, ok := x.negatedSubject(d, r, in); ok && c.Stance == StanceDenies && (a == "" || !namedActor(a)) {
		a, rule = n, "negated_subject" // "أن الطائرات الروسية لم تحلّق"
	}
	if a == "" && c.Stance == StanceDenies && ctx.last != nil && ctx.last.charged != "" && chargeRelativeBefore(d, r.lo) {
		// "..., وهو ما نفته الحركة": the denial is of the charge just
		// told, and so of the part of the party it charged.
		a, rule = ctx.last.charged, "denied_charge"
	}
	if c.EventType == EventInterception && ownReadings[rule] && x.hostileObjectIn(d, r, in) {
		// "اعترضت دفاعاتنا صواريخ العدوان": the interception
		// answers the enemy's strike; the speaker's own defences are no
		// doer of it.
		a, rule = "", ""
		c.Rules = append(c.Rules, "actor:interceptor")
	}
	defender := killsAttackers(d, r, in)
	if defender && len(c.Figures) > 0 {
		c.Rules = append(c.Rules, RuleAttackersKilled)
	}
	if a != "" && a != "unknown" && defender {
		// "ذكرت الشرطة أن عناصرها قتلوا اثنين من المهاجمين": who fought the
		// attackers off is not who attacked.
		a, rule = "", ""
		c.Rules = append(c.Rules, "actor:defender")
	}
	if c.EventType == EventOther && a != "" && a != "unknown" && rule == "accused" && !r.other && ctx.eventType != "" &&
		chargesWithIt(d, r, in) {
		// "اتهم ناشطون فرع الأمن بالوقوف خلفه": a charge of being
		// behind the deed the pronoun points back to charges the party
		// with the event the article tells of.
		if typ, ok := chargedPartyEvent(ctx, a); ok {
			c.EventType = typ
			c.Rules = append(c.Rules, "event_type:charged_party")
		} else {
			x.backToMain(d, r, in, ctx)
			c.EventType = ctx.eventType
			c.Rules = append(c.Rules, "event_type:charged_context")
		}
	}
	if a == "" && pronounActor == "" && c.Stance != StanceDenies && ctx.doer != "" && ctx.doerSource == c.Source.ID && x.theyDeed(d, r, in) {
		// "قال التنظيم إن مقاتليه اقتحموا الحاجز. وذكر أيضاً أنهم
		// فجروا عبوة": the plural pronoun goes on with the doers the
		// same source just named.
		a, rule = ctx.doer, "they_continue"
	}
	if (a != "" || pronounActor != "") && x.habitualDeed(d, r, in) {
		// "وتشن الطائرات بين فترة وأخرى غارات على ...": a habit, whose
		// doer is no doer of the story's deed (see background.go).
		a, rule, pronounActor = "", "", ""
		c.Rules = append(c.Rules, "actor:habitual")
	}
	if a == "" && pronounActor != "" {
		c.Actor = &pronounActor
		c.Rules = append(c.Rules, "actor:pronoun_hit")
	} else if a != "" {
		c.Actor = &a
		c.Rules = append(c.Rules, "actor:"+rule)
		if (a == "unknown" || c.Stance == StanceDenies && !stateSides[a] && knownParty(a)) && c.EventType == EventAirstrike && slices.Contains(c.Rules, "event_type:generic") &&
			win.Last > win.First && aggressionWord(d.toks[win.First].Stem) {
			// "اعتداء إرهابي نفذته مجموعة مسلحة", "استهدف مسلحون
			// الحاجز": gunmen and terrorists fly no aircraft; the
			// generic word is an attack on the ground. So is a named
			// militia's "استهداف" (also one it denies: "تنفي الجماعة
			// استهداف"): a party with no air force raids from no air.
			c.EventType = EventGroundAttack
			c.Rules = append(c.Rules, "event_type:unnamed_ground")
		} else if a == "unknown" && rule == "unnamed_doer" && c.EventType == EventAirstrike && slices.Contains(c.Rules, "event_type:generic") &&
			win.Last > win.First && strings.HasPrefix(d.toks[win.First].Stem, "قصف") && x.unnamedDoerFrom(d, r, in, win.Last) {
			// "عملية قصف نفذها مسلحون": gunmen shell from the ground.
			c.EventType = EventShelling
			c.Rules = append(c.Rules, "event_type:unnamed_shelling")
		}
		if coordinableRule[rule] {
			d.coActor = x.coActor(d, r, in, a)
		}
		// "الاعتداء الأميركي" after a sentence on the rockets of another
		// party refers back to the American attack the article told of,
		// not to the rockets: its type is that of the named actor's event.
		if b, ok := ctx.byActor[a]; anaphora && ok && !sameParty(ctx.actor, a) &&
			b.eventType != "" && b.eventType != c.EventType {
			c.EventType = b.eventType
			c.Rules = append(c.Rules, "event_type:actor_anaphoric")
		}
		// "دون أن تستطيع الشبكة تحديد الجهة": the source says it does not
		// know who did it.
		// A toll it gives is still asserted.
		if (rule == "doer_not_known" || rule == "affiliation_unknown") && len(c.Figures) == 0 &&
			(c.Stance == StanceAsserts || c.Stance == StanceUnconfirmed) {
			c.Stance = StanceUnknown
			c.Rules = append(c.Rules, "stance:"+rule)
		}
		// "أحصى مقتل ثمانية ولم يحدد مطلقي القذائف": with
		// a toll too the claim's word on the doer is that it does not know;
		// the toll is still one it gives (RuleTollDoerNotKnown tells
		// reconcile so).
		if rule == "doer_not_known" && len(c.Figures) > 0 && c.Stance == StanceAsserts {
			c.Stance = StanceUnknown
			c.Rules = append(c.Rules, RuleTollDoerNotKnown)
		}
		// "طائرة مجهولة الهوية استهدفت ..."، "قذائف مجهولة المصدر": whose
		// weapon it was is not known, as "لم تعرف هويتها" says. Unknown
		// gunmen ("مسلحون مجهولون") are still asserted to have done it.
		if a == "unknown" && (rule == "after_event_word" || rule == "before_event_word") && len(c.Figures) == 0 &&
			c.Stance == StanceAsserts && unknownWeaponIn(d, r, in) {
			c.Stance = StanceUnknown
			c.Rules = append(c.Rules, "stance:unknown_weapon")
		}
		// "أطلق مسلحون مجهولون النار"، "برصاص مجهولين"، "كمين نصبه
		// مجهولون": the doers are people whose identity is not known, which
		// is the source saying it does not know who did it, as "مجهولة
		// الهوية" says of a weapon. A toll it gives is still a figure of
		// its own; the stance is the claim's word on the doer.
		if a == "unknown" && c.Stance == StanceAsserts && unknownPersonsIn(d, r, in) {
			c.Stance = StanceUnknown
			c.Rules = append(c.Rules, "stance:unknown_persons")
		}
		// "قتل 18 عنصراً بقصف مقاتلات مجهولة الهوية": the claim says
		// whose weapon it was is not known, toll or no toll; its figures
		// are still a toll it gives (reconcile reads a claim with the rule
		// as speaking of them).
		if a == "unknown" && (rule == "after_event_word" || rule == "before_event_word") && len(c.Figures) > 0 &&
			c.Stance == StanceAsserts && unknownWeaponIn(d, r, in) {
			c.Stance = StanceUnknown
			c.Rules = append(c.Rules, RuleUnknownOwner)
		}
		// "شنت طائرات روسية غارات لم تتضح نتائجها": the toll is not
		// known, the doer is.
		if tollUnknown && c.Stance == StanceUnknown && a != "unknown" && rule != "doer_not_known" && rule != "affiliation_unknown" {
			c.Stance = StanceAsserts
			c.Rules = append(c.Rules, "stance:toll_unknown_only")
		}
	}
	if eventful {
		// "ردت على مصادر النيران": what an answer answers is where the
		// fire came from, not a target the claim names.
		if t := x.target(d, r, in, c.EventType); t != "" && !securitySweep(d, r, in) && !answerOnly && !x.habitualTargets(d, r, in) {
			c.Target = &t
			if c.EventType == EventInterception && x.hitAfterInterception(d, r, in) {
				// "تصدت الدفاعات لصواريخ وأسقطت معظمها، فيما أصاب بعضها
				// مستودعات": the claim goes on to tell what the attack hit.
				c.EventType = EventAirstrike
				if ctx.attack != nil && isStrikeType(ctx.attack.eventType) {
					c.EventType = ctx.attack.eventType
				}
				c.Rules = append(c.Rules, "event_type:hit_after_interception")
			}
		}
	} else if t := x.characterises(d, r, in); t != "" {
		// "الموقع المستهدف مزرعة": the claim speaks of the event the
		// article is about, through its target.
		c.Target = &t
		c.Rules = append(c.Rules, "target:characterisation")
		if x.relayedObject(d, r, in) == t {
			c.Rules = append(c.Rules, "target:relayed_object")
		}
		if ctx.eventType != "" && !r.other {
			c.EventType = ctx.eventType
			c.Rules = append(c.Rules, "event_type:context")
			// It speaks of that event, so of its day too, unless a date
			// of its own comes below.
			if ctx.date != "" && c.Date == nil {
				if own, _ := x.dateOutside(d, r, s, in); own == "" {
					dt := ctx.date
					c.Date = &dt
					c.Rules = append(c.Rules, "date:context")
				}
			}
		}
	}

	// Places.
	var ids []string
	apart := timeApartCut(d, r, in)
	aside := asidePlacesCut(d, r, in)
	background := x.backgroundStatement(d, r, in)
	ownBefore := false             // a place of the claim stands before apart
	speakerAt := map[string]bool{} // places in the attribution only
	inContent := map[string]bool{}
	for _, p := range d.places {
		if p.First < r.lo || p.First >= r.hi || x.actorNotPlace(d, p.First) || bodySeat(d, p) || x.borderNeighbour(d, p) || liberatedInName(d, p) || x.stateInName(d, p) || x.datelineAbroad(d, p) || governmentSeat(d, p) {
			continue
		}
		if background || aside >= 0 && p.First > aside {
			// "ويأتي القصف بعد أيام من تهديدات ... في لبنان"، "وتنتشر
			// القوات في ...": an aside or a background statement (see
			// background.go) names no place of the story's event.
			continue
		}
		if apart >= 0 && p.First > apart && ownBefore {
			// "قصفت الطائرات مستوصف البلدة بعد يوم من قصف سوق القرية":
			// the place after a time apart is another incident's.
			continue
		}
		// A place in the attribution ("شهود عيان قرب مطار المدينة")
		// locates the speakers near the event; it counts when it is inside
		// Syria and below the country.
		if in(p.First) {
			ids = append(ids, p.PlaceID)
			ownBefore = ownBefore || apart >= 0 && p.First < apart
			inContent[p.PlaceID] = true
		} else if d.srcCover[p.First] == 0 && p.PlaceID != "syria" && x.gaz.Within(p.PlaceID, "syria") {
			ids = append(ids, p.PlaceID)
			speakerAt[p.PlaceID] = true
		}
	}
	for id := range inContent {
		delete(speakerAt, id)
	}
	ids = x.speakerPlaces(ids, speakerAt)
	ids = x.dropEndpoints(d, r, ids)
	ids = dropActorHome(ids, &c)
	back, hasBack := ctx.backTo(c)
	if background {
		// Its own places skipped above, it takes the story's (below).
		c.Rules = append(c.Rules, "places:background")
	}
	if len(ids) > 0 {
		c.Places = x.gaz.MostSpecificFirst(ids)
	} else if hasBack && len(back.places) > 0 && !r.other {
		c.Places = append([]string(nil), back.places...)
		c.Rules = append(c.Rules, "places:actor_context")
	} else if site := x.townAnaphora(d, r, in); eventful && site != "" && x.namedSite(site) {
		// "تبنى الهجوم على الكلية": a bare site noun pointing back at the
		// academy, prison or airport named before says where, better than
		// the places of the claim before.
		c.Places = x.gaz.MostSpecificFirst(append([]string{site}, firstOf(x.gaz.Ancestors(site))...))
		c.Rules = append(c.Rules, "places:town_anaphora")
	} else if town := x.townAnaphora(d, r, in); eventful && ctx.eventType == c.EventType && x.refines(town, ctx.places) {
		// "انفجار وسط المدينة" after a story placed only at the
		// governorate: the town the noun points back at lies inside the
		// story's place and says where within it.
		c.Places = x.gaz.MostSpecificFirst(append([]string{town}, firstOf(x.gaz.Ancestors(town))...))
		c.Rules = append(c.Rules, "places:town_anaphora")
	} else if eventful && (ctx.eventType == c.EventType || genericDenial(&c)) && len(ctx.places) > 0 {
		// A denial that any attack took place, by a bare word of attack
		// ("لم تُسجل أي غارة هناك"), speaks of the deed just told,
		// of whatever kind the teller named it.
		c.Places = append([]string(nil), ctx.places...)
		c.Rules = append(c.Rules, "places:context")
	} else if town := x.townAnaphora(d, r, in); eventful && town != "" {
		c.Places = x.gaz.MostSpecificFirst(append([]string{town}, firstOf(x.gaz.Ancestors(town))...))
		c.Rules = append(c.Rules, "places:town_anaphora")
	}

	if len(c.Places) == 0 && x.deniedDoerInSyria(d, &c) {
		// "ونفى التحالف تنفيذ أي غارة على مواقع للقوات الحكومية" after a
		// paragraph on another incident: the denial is of its doer's deed
		// in the country the article is about, not at the place told last;
		// a country alone lets grouping find the deed by its doer and day.
		c.Places = []string{"syria"}
		c.Rules = append(c.Rules, "places:denied_country")
	}

	// Date. "X جاء غداة Y", "X بعد يوم من Y": X is the day after Y,
	// dated in Y's clause or, failing that, in the sentence that goes on
	// to tell Y ("بعد يوم من هجوم للمسلحين. ... وكانوا قد تسللوا فجر السبت").
	if days := sequelDays(d, r); days > 0 {
		tail := region{lo: r.tail.Start, hi: r.tail.End, cs: r.tail.Start, anchor: r.tail.Start}
		td, _ := x.date(d, tail, tokRange{tail.lo, tail.hi}, func(int) bool { return true })
		if td == "" {
			td = x.dateTold(d, r.tail.End)
		}
		if t, err := time.Parse(time.DateOnly, td); td != "" && err == nil {
			dt := t.AddDate(0, 0, days).Format(time.DateOnly)
			c.Date = &dt
			c.Rules = append(c.Rules, "date:day_after")
		}
	}
	if c.Date != nil {
		// set by the sequel rule
	} else if date, rule := x.dateOutside(d, r, s, in); date != "" && !(r.response && rule == "sentence") {
		// A response dated only elsewhere in its sentence takes no date
		// from there: "جاءت الضربات رداً على هجوم 12 آب" dates the attack
		// it answers, not the strikes.
		if days, ok := x.earlierTail(d, r, s, in); ok && rule == "sentence" {
			// "قضت على الخلية فجر اليوم بعد ساعات من اغتيالها أحد
			// السكان": the sentence's date is the later deed's.
			if t, err := time.Parse(time.DateOnly, date); err == nil {
				date, rule = t.AddDate(0, 0, -days).Format(time.DateOnly), "earlier_tail"
				// The next sentence may go on to tell the earlier deed
				// with its date ("... اغتيال المواطن مساء الثلاثاء").
				// A deed days earlier is not told on the later deed's
				// own day ("بعد يومين من هجوم ... . وقالت الوزارة إن
				// الضربات نفذت ليل الأربعاء" dates the strikes again).
				if told, err := time.Parse(time.DateOnly, x.dateTold(d, r.hi)); err == nil && !told.After(t) && !told.Before(t.AddDate(0, 0, -days-1)) &&
					(days == 0 || told.Before(t)) {
					date, rule = told.Format(time.DateOnly), "earlier_tail_told"
				}
			}
		}
		c.Date = &date
		c.Rules = append(c.Rules, "date:"+rule)
	} else if hasBack && back.date != "" && !r.other && !x.habitualIn(d, r) {
		dt := back.date
		c.Date = &dt
		c.Rules = append(c.Rules, "date:actor_context")
	} else if eventful && ctx.date != "" && ctx.eventType == c.EventType && !x.habitualIn(d, r) {
		dt := ctx.date
		c.Date = &dt
		c.Rules = append(c.Rules, "date:context")
	} else if eventful && ctx.date != "" && ctx.eventType == EventOther && clockTimeIn(d, r, in) && !x.habitualIn(d, r) {
		// "ثم قصفتها الدبابات نحو الثانية ظهراً" after a toll dated to its
		// day: an hour with no day is an hour of the day the story is on.
		dt := ctx.date
		c.Date = &dt
		c.Rules = append(c.Rules, "date:context")
	} else if dt, ok := strikeContextDate(d, ctx, c.EventType); eventful && ok && !x.habitualIn(d, r) && x.samePlaceAsAttack(c.Places, ctx.attack.places) {
		c.Date = &dt
		c.Rules = append(c.Rules, "date:strike_context")
	} else if eventful && !d.published.IsZero() && !x.habitualIn(d, r) {
		dt := d.published.Format(time.DateOnly)
		c.Date = &dt
		c.Rules = append(c.Rules, "date:published")
	}

	x.nowAfterEarlier(d, r, s, in, &c)

	if c.Date != nil && x.sinceCampaign(d, r) {
		// A campaign since a long period ("وتشنّ طائراتها منذ مطلع
		// العام غارات") keeps its day only for its own article's
		// events; see the vague dates of reconcile.
		c.Rules = append(c.Rules, "date:campaign")
	}
	if c.Actor != nil && (c.Stance == StanceAsserts || c.Stance == StanceUnconfirmed) {
		ctx.doer, ctx.doerSource = *c.Actor, c.Source.ID
	} else if eventful && c.Source.ID != ctx.doerSource {
		ctx.doer, ctx.doerSource = "", ""
	}
	if eventful {
		ctx.last = &articleContext{eventType: c.EventType, places: c.Places, date: ""}
		if c.Date != nil {
			ctx.last.date = *c.Date
		}
		if c.Actor != nil && *c.Actor != "unknown" && c.Stance != StanceDenies {
			ctx.last.actor = *c.Actor
		}
		if c.Actor != nil && namedActor(*c.Actor) && c.Stance == StanceAsserts && chargedRule(c.Rules) {
			ctx.last.charged = *c.Actor
		}
	}
	if eventful && !r.other && !background {
		updated = true
		if ctx.main == nil {
			ctx.main = &articleContext{eventType: c.EventType, places: c.Places}
			if c.Date != nil {
				ctx.main.date = *c.Date
			}
		}
		ctx.eventType = c.EventType
		if len(c.Places) > 0 {
			ctx.places = c.Places
		}
		if c.Date != nil {
			ctx.date = *c.Date
		}
		if c.EventType != EventInterception && c.EventType != EventOther && !isMovementType(c.EventType) {
			ctx.attack = &articleContext{eventType: c.EventType, places: ctx.places, date: ctx.date, toldDay: toldDay(c.Rules) || carriesToldDay(ctx.attack, ctx.date)}
		}
		ctx.actor, ctx.source = "", c.Source.ID
		if c.Actor != nil && *c.Actor != "unknown" {
			ctx.actor = *c.Actor
		}
		if c.Actor != nil && *c.Actor != "unknown" && c.Stance != StanceDenies {
			if ctx.byActor == nil {
				ctx.byActor = map[string]articleContext{}
			}
			prev := ctx.byActor[ctx.actor]
			cur := articleContext{eventType: c.EventType, places: ctx.places, date: ctx.date}
			if len(c.Places) == 0 {
				cur.places = prev.places
			}
			if c.Date == nil {
				cur.date = prev.date
			}
			ctx.byActor[ctx.actor] = cur
		}
	}
	// After the context is updated: later claims take the article's date
	// from this one, not the recalled week (see recalled.go).
	markRecalled(&c, d.published)
	c.ID = claimID(c.Article, c.Start, c.End, c.Source.ID)
	return c, true
}

// ignoranceAt reports whether a statement of ignorance starts at token k.
// "غير معروف" inside a count ("عدد غير معروف من المسلحين") says how many
// are not known, not that the event is.
func (x *Extractor) ignoranceAt(d *doc, k int) bool {
	if v, ok := d.memo.ignorance.lookup(k); ok {
		return v
	}
	return d.memo.ignorance.store(k, x.ignoranceOf(d, k))
}

// ignoranceOf is ignoranceAt, not remembered.
func (x *Extractor) ignoranceOf(d *doc, k int) bool {
	_, _, ok := x.ignorance.at(d.toks, k)
	if !ok && unableToTellWhether(d, k) {
		return !d.counted[k]
	}
	if !ok {
		// "ليست لدينا بعد أي أرقام عن القتلى", "لم تتضح بعد
		// نتائج القصف": the toll or the doer, not known (see unknowns.go).
		if _, _, lack := lackHeads.at(d.toks, k); lack || unknownObjectAt(d, k, len(d.toks)) == unknownToll {
			ok = unknownObjectAt(d, k, len(d.toks)) != ""
		}
	}
	if ok && d.toks[k].Norm == "لا" {
		// "لا تتوفر معلومات تشير إلى سقوط ضحايا": no sign of harm is a
		// toll of zero, not ignorance.
		if _, sign := noSignOf(d, k+1, region{hi: len(d.toks)}); sign {
			return false
		}
	}
	return ok && !d.counted[k]
}

// contentStance reads the stance from the content: ignorance, hedges,
// denial phrases and a negated event verb.
func (x *Extractor) contentStance(d *doc, r region, in func(int) bool) (string, string) {
	hedged := false
	// "لا علاقة لها بأي نشاط عسكري" characterises the target as civilian;
	// it denies nothing of the event.
	nmFrom, nmTo, nm := x.notMilitary(d, r, in)
	if oldFootage(d, r, in) {
		// "الصور المتداولة عن قصف السوق قديمة": the pictures of the
		// attack show another day, so they are no proof it happened.
		return StanceDenies, "denial_falsehood"
	}
	if x.mishapCause(d, r, in) {
		// "الدوي ناجم عن انفجار مخزن سلاح للفصائل": not a strike.
		return StanceDenies, "mishap_cause"
	}
	if onlyFlew(d, r, in) {
		// "اكتفت المروحيات بالتحليق فوق البلدة": flown over, not struck.
		return StanceDenies, RuleOnlyFlew
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || nm && k >= nmFrom && k <= nmTo {
			continue
		}
		if x.ignoranceAt(d, k) && !x.unnamedAt(d, k) {
			return StanceUnknown, "ignorance"
		}
		if _, _, ok := x.denialNouns.at(d.toks, k); ok || devoidOfTruth(d, k, r) || x.reportCalledFalse(d, k, r) {
			if pretextBefore(d, k, r) {
				// "الذرائع المفبركة مهدت للعدوان": the attacker's
				// justification is called false, and the attack it
				// justified is taken as given.
				continue
			}
			// "لا علاقة" denies a link; "مفبركة" calls a report false.
			if _, _, ok := x.involvement.at(d.toks, k); ok {
				return StanceDenies, "denial_link"
			}
			return StanceDenies, "denial_falsehood"
		}
		if m, ok := x.negatorAt(d, k); ok && m.Last < r.hi && !conditionalBefore(d, k) {
			j := supportedEvent(d, m.Last, r)
			if _, _, ok := x.triggers.at(d.toks, j); ok && !x.contrastAfter(d, j, r, in) {
				return StanceDenies, "negated_event"
			}
			if j, ok := x.anyDeedAfterVerb(d, m.Last, r); ok && !x.contrastAfter(d, j, r, in) {
				// "لم تطلق قواتنا أي قذيفة"، "الحاجز لم يتعرض لأي هجوم"،
				// "لم يتم تسجيل أي غارة": no such deed at all.
				return StanceDenies, "negated_event"
			}
			if j, ok := x.exposureDenied(d, m.Last, r); ok && !x.contrastAfter(d, j, r, in) {
				// "المشفى لم يتعرض للقصف"، "لم تتعرض البلدة لغارات":
				// the place was not hit.
				return StanceDenies, "negated_event"
			}
			if x.noTraceOfStrike(d, m.Last, r) {
				// "لم يعثر الخبراء على أي آثار لغارة"، "لا توجد أدلة على
				// قصف جوي": nothing shows that a strike took place.
				return StanceDenies, "no_trace"
			}
			if deniedSortie(d, m.Last, j, r) {
				// "مقاتلاتنا لم تنفذ أي مهمة قتالية هناك"، "المقاتلات
				// لم تحلّق في المنطقة"، "ولا طلعات روسية فوقها": no
				// sortie flown, so no strike.
				return StanceDenies, "negated_event"
			}
			if deniedOperation(d, m.Last, j, r) && !x.contrastAfter(d, j, r, in) {
				// "قواتنا لم تنفذ أي عملية هناك"، "لم نقم بأي تحرك":
				// no operation of any kind, so no attack.
				return StanceDenies, "negated_event"
			}
			if targetingVerbs[d.toks[j].Stem] && j == m.Last && !exceptAfter(d, j, r) {
				// "قواتنا لا تستهدف المدنيين": targeting denied (but "لا
				// تستهدف إلا مواقع المسلحين" tells what it does target).
				return StanceDenies, "negated_event"
			}
		}
		if _, _, ok := x.hedges.at(d.toks, k); ok {
			hedged = true
		}
	}
	if hedged {
		return StanceUnconfirmed, "hedge"
	}
	return "", ""
}

// genericDenial reports whether c denies that any deed at all took place,
// naming it by a generic word of attack ("لم يقع أي هجوم"، "نفى حصول أي
// اعتداء": type ruled "event_type:generic", stance "stance:any_event").
func genericDenial(c *Claim) bool {
	return c.Stance == StanceDenies && slices.Contains(c.Rules, "event_type:generic") &&
		slices.Contains(c.Rules, RuleAnyEventDenied)
}

// isTypeRule reports whether a rule is one of the event-type rules.
func isTypeRule(r string) bool { return strings.HasPrefix(r, "event_type:") }

// settlementNouns are the definite nouns that point back at a town named
// before ("في المدينة", "أهالي البلدة"), or at a quarter ("سكان الحي",
// but not "الرصاص الحي", see adjectiveUse), with the kinds of place each
// may stand for.
var settlementNouns = map[string][]places.Kind{
	"مدينه": {places.KindCity, places.KindTown},
	"بلده":  {places.KindTown, places.KindCity, places.KindVillage},
	"قريه":  {places.KindVillage, places.KindTown},
	"حي":    {places.KindNeighbourhood},
	"سجن":   {places.KindSite},
	"مطار":  {places.KindAirport},
	"كليه":  {places.KindBase},
	"معسكر": {places.KindBase},
}

// siteNounNames are the settlement nouns that stand only for a place whose
// own name opens with the noun: "السجن" points back at a prison named
// before ("سجن غويران"), not at any site.
var siteNounNames = map[string]string{"سجن": "سجن", "كليه": "كلية", "معسكر": "معسكر"}

// fitsNoun reports whether place p may be what the definite noun with
// stem stem points back at (see settlementNouns, siteNounNames).
func fitsNoun(stem string, p places.Place) bool {
	if !slices.Contains(settlementNouns[stem], p.Kind) {
		return false
	}
	if stem == "بلده" && p.Capital {
		// A national capital is never "the town": named as the seat of
		// a government that speaks ("موسكو تدعو إلى تحقيق"), it is not
		// where the article's town lies.
		return false
	}
	prefix, ok := siteNounNames[stem]
	return !ok || slices.ContainsFunc(p.NamesAr, func(n string) bool {
		return strings.HasPrefix(n, prefix+" ") || strings.HasPrefix(n, "ال"+prefix+" ")
	})
}

// townAnaphora returns the town a definite settlement noun of the claim's
// content points back at ("بعد ساعات من اغتياله أحد السكان في المدينة"),
// or the prison or airport "السجن" or "المطار" points back at:
// the last place of a fitting kind named before the noun in the article.
// A noun followed by a definite word ("المدينة الصناعية", "المدينة
// الرياضية") names a site of its own, and none is returned for it.
func (x *Extractor) townAnaphora(d *doc, r region, in func(int) bool) string {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		_, ok := settlementNouns[t.Stem]
		if !in(k) || !t.Article || !ok || k+1 < len(d.toks) && d.toks[k+1].Kind == arabic.TokWord && d.toks[k+1].Article ||
			adjectiveUse(d.toks, k) {
			continue
		}
		if t.Stem == "حي" {
			if q := x.storyQuarter(d, k); q != "" {
				return q
			}
			// "the quarter" with no quarter named before: a town noun
			// later in the claim may still point back at its town.
			continue
		}
		for i := len(d.places) - 1; i >= 0; i-- {
			m := d.places[i]
			if m.First >= k {
				continue
			}
			if p, ok := x.gaz.Get(m.PlaceID); ok && fitsNoun(t.Stem, p) {
				return m.PlaceID
			}
		}
		if t.Stem == "حي" {
			// "the quarter" with no quarter named before: a town noun
			// later in the claim may still point back at its town.
			continue
		}
		return ""
	}
	return ""
}

// liveNouns are the nouns "الحي" qualifies as an adjective, "live"
// rather than "the quarter": "الرصاص الحي", "البث الحي", "النقل الحي".
var liveNouns = map[string]bool{"رصاص": true, "بث": true, "نقل": true, "ذخيره": true, "كائن": true}

// adjectiveUse reports whether the definite word at k qualifies the
// definite noun before it as an adjective of liveness (see liveNouns):
// "بالرصاص الحي" points back at no quarter.
func adjectiveUse(toks []arabic.Token, k int) bool {
	if toks[k].Stem != "حي" || k == 0 {
		return false
	}
	prev := toks[k-1]
	return prev.Kind == arabic.TokWord && prev.Article && liveNouns[prev.Stem]
}

// storyQuarter returns the quarter "الحي" at token k points back at: of
// the quarters named before it, the one named most often, the latest of
// those named as often. An article about one quarter names it again and
// again; one named once in passing ("بعد أيام على استعادة حي آخر") is
// background, even when it is the last named.
func (x *Extractor) storyQuarter(d *doc, k int) string {
	count := map[string]int{}
	best := ""
	for _, m := range d.places {
		if m.First >= k {
			continue
		}
		p, ok := x.gaz.Get(m.PlaceID)
		if !ok || !fitsNoun("حي", p) {
			continue
		}
		count[m.PlaceID]++
		if best == "" || count[m.PlaceID] >= count[best] {
			best = m.PlaceID
		}
	}
	return best
}

// refines reports whether place town lies strictly inside one of the
// places ps (a city of the governorate the story is placed at).
func (x *Extractor) refines(town string, ps []string) bool {
	if town == "" || slices.Contains(ps, town) {
		return false
	}
	return slices.ContainsFunc(ps, func(p string) bool { return x.gaz.Within(town, p) })
}

// namedSite reports whether a place is a site, base or airport rather than
// a settlement: what a bare site noun points back at is its own place.
func (x *Extractor) namedSite(id string) bool {
	p, ok := x.gaz.Get(id)
	return ok && (p.Kind == places.KindSite || p.Kind == places.KindBase || p.Kind == places.KindAirport)
}

// firstOf returns the first element of list, or none.
func firstOf(list []string) []string {
	return list[:min(1, len(list))]
}

// pronounSubjects are "that it/they" as a clause opens with them ("أنها",
// "بأنه", "إنهم"): the subject is something told before.
var pronounSubjects = map[string]bool{"انها": true, "انه": true, "انهم": true, "انهما": true}

// reachVerbs say that an attack reached or hit something ("طالت",
// "أصابت"): with a pronoun for subject, the attack is the one just told.
var reachVerbs = map[string]bool{"طالت": true, "طال": true, "اصابت": true, "اصاب": true, "ضربت": true, "ضرب": true}

// pronounHit reports whether the claim's content opens with a pronoun
// subject and a verb of hitting ("موضحاً أنها طالت منازل"): the claim
// goes on about the attack the claim before it told, which it names only
// by the pronoun.
func pronounHit(d *doc, r region, in func(int) bool) bool {
	k := max(r.lo, r.cs)
	for k < r.hi && (!in(k) || d.toks[k].Kind != arabic.TokWord) {
		k++
	}
	if k >= r.hi {
		return false
	}
	if k > r.lo && pronounSubjects[d.toks[k-1].Stem] {
		// the attribution ends with the pronoun ("موضحاً أنها")
		return reachVerbs[d.toks[k].Stem]
	}
	return k+1 < r.hi && pronounSubjects[d.toks[k].Stem] && reachVerbs[d.toks[k+1].Stem]
}

// unnamedDoerFrom reports whether an unnamed doer ("مسلحون"، "الإرهابيين")
// stands in the claim from token j on: the agent told after the deed
// word, not the owner of some word before it ("تنسيقيات المسلحين").
func (x *Extractor) unnamedDoerFrom(d *doc, r region, in func(int) bool, j int) bool {
	for k := j; k < r.hi && k <= j+6; k++ {
		if !in(k) {
			continue
		}
		if a, _, ok := x.unnamedDoerAt(d, k); ok && a == vagueDoer {
			return true
		}
	}
	return false
}

// theyDeed reports whether the claim's content opens with a plural
// pronoun and a plural verb of the deed: "أنهم فجروا"، "إنهم قد
// اقتحموا"، "بأنهم استهدفوا".
func (x *Extractor) theyDeed(d *doc, r region, in func(int) bool) bool {
	k := max(r.lo, r.cs)
	for k < r.hi && (!in(k) || d.toks[k].Kind != arabic.TokWord) {
		k++
	}
	if k >= r.hi {
		return false
	}
	if !(k > r.lo && d.toks[k-1].Stem == "انهم") {
		if d.toks[k].Stem != "انهم" {
			return false
		}
		k++
	}
	if k < r.hi && d.toks[k].Stem == "قد" {
		k++
	}
	if k >= r.hi || !in(k) {
		return false
	}
	t := d.toks[k]
	if !strings.HasSuffix(t.Norm, "وا") {
		return false
	}
	if memberDeed(t) {
		return true
	}
	tr, _, ok := x.triggers.at(d.toks, k)
	return ok && tr.typ != EventOther
}

// pretextNouns are the justifications an attacker gives for an attack:
// calling them false rejects the justification, not the attack.
var pretextNouns = map[string]bool{"ذرائع": true, "ذريعه": true, "حجج": true, "حجه": true, "مبررات": true, "مبرر": true, "ذرايع": true,
	"تبرير": true, "يبرر": true, "تبرر": true}

// pretextBefore reports whether the word of falsehood at k qualifies a
// pretext noun a few words before it in the claim ("الذرائع الكيميائية
// المفبركة", "ذرائع واشنطن لا أساس لها"), or what an attack is justified
// with ("يحاول تبرير حربه على القرى بأكاذيب").
func pretextBefore(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if t.Kind == arabic.TokWord && pretextNouns[t.Stem] {
			return true
		}
	}
	return false
}

// contrastAfter reports whether a negated event word is corrected later in
// the claim ("ليس انتشاراً قتالياً، بل رسالة سياسية", "لم يكن قصفاً وإنما
// انفجاراً"): the negation denies a description, not the event.
func (x *Extractor) contrastAfter(d *doc, j int, r region, in func(int) bool) bool {
	for k := j; k < r.hi && k < j+12; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		switch d.toks[k].Norm {
		case "بل", "وانما", "انما", "بقدر":
			return true
		case "انه", "انها":
			// "ليس انتشاراً، إنه رسالة": a new sentence-like clause right
			// after a comma, close to the negated word.
			if k-1 > j && k <= j+6 && d.toks[k-1].Kind == arabic.TokPunct && !d.toks[k-1].IsQuote() {
				return true
			}
		}
	}
	return false
}

// date returns the first date the content gives, else one in the sentence.
func (x *Extractor) date(d *doc, r region, s tokRange, in func(int) bool) (string, string) {
	// A date in the content wins over one that dates the announcement
	// ("والثلاثاء، أعلنت القيادة ... أن الضربات ..."), which wins over one
	// elsewhere in the sentence.
	var announce, fallback, held, heldRule string
	for i, dt := range d.dates {
		if dt.First < s.first || dt.First >= s.last || dt.From.IsZero() || culpritPhraseBefore(d, dt.First) || sinceDeedBefore(d, dt.First) && !sinceStartOfDeed(d, dt) ||
			namesAccord(d, dt.First) || pastBackground(d, dt) || funeralDateAt(d, dt.First) && laterDeedDate(d, i, s) {
			continue
		}
		v := dt.From.Format(time.DateOnly)
		switch {
		case dt.First >= r.cs && dt.First < r.hi:
			if held == "" && speakingDate(d, dt) {
				// "أعلنت الفصائل، الاثنين، أنها سيطرت ... في هجوم
				// انطلق فجر أمس الأحد": the day of the speaking
				// gives way to a day of the deed told after it.
				held, heldRule = v, dt.Rule
				continue
			}
			return v, dt.Rule
		case dt.First >= r.lo && dt.First < r.hi:
			if announce == "" {
				announce = v
			}
		default:
			if fallback == "" {
				fallback = v
			}
		}
	}
	if held != "" {
		return held, heldRule
	}
	if announce != "" {
		return announce, "announcement"
	}
	if fallback != "" {
		return fallback, "sentence"
	}
	return "", ""
}

// sayClauseOpeners open the clause a verb of saying reports ("أن"، "إنه"،
// "بأنها"), as token norms.
var sayClauseOpeners = map[string]bool{"ان": true, "انه": true, "انها": true, "انهم": true, "بان": true, "بانه": true,
	"بانها": true, "بانهم": true}

// publishingVerbs are the verbs of issuing a text, with an object pronoun
// or none ("في تقرير نشرته الجمعة"، "في بيان أصدره اليوم"), folded.
var publishingVerbs = foldedSet("نشر", "نشرت", "نشره", "نشرها", "نشرته", "نشرتها", "أصدر", "أصدرت", "أصدره", "أصدرها",
	"أصدرته", "أصدرتها", "صدر", "صدرت", "بثته", "بثها", "بثت", "بث")

// speakingDate reports whether date dt dates the saying or the publishing
// rather than the deed: it stands right before the clause a verb of
// saying reports ("أعلنت الفصائل، الاثنين، أنها ..."، "قال المصدر أمس إن
// ..."), or right after a verb of issuing a text ("في تقرير نشرته
// الجمعة").
func speakingDate(d *doc, dt arabic.Date) bool {
	if dt.First > 0 && d.toks[dt.First-1].Kind == arabic.TokWord && publishingVerbs[arabic.Fold(d.toks[dt.First-1].Text)] {
		return true
	}
	k := dt.Last
	if k < len(d.toks) && d.toks[k].Kind == arabic.TokPunct && d.toks[k].Text == "،" {
		k++
	}
	return k < len(d.toks) && d.toks[k].Kind == arabic.TokWord && sayClauseOpeners[d.toks[k].Norm]
}

// culpritPhraseBefore reports whether the date at k ends a phrase that
// names who did an earlier deed ("الخلية المسؤولة عن اغتيال X مساء
// الثلاثاء", "المتورطين في تفجير ... أمس"): the date is the deed's, not
// the claim's.
func culpritPhraseBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if j+1 >= k || (d.toks[j+1].Stem != "عن" && d.toks[j+1].Stem != "في") {
			continue
		}
		switch t.Stem {
		case "مسؤول", "مسؤوله", "مسؤولين", "مسؤولون", "متورطين", "متورطون", "متورط", "متورطه", "متهمين", "متهمون", "متهم", "متهمه":
			return true
		}
	}
	return false
}

// accordNouns are agreements and meetings that a date right after them
// names ("اتفاق آذار", "تفاهم 5 آذار", "قمة أيلول"), folded.
var accordNouns = []string{"اتفاق", "اتفاقيه", "اتفاقات", "تفاهم", "تفاهمات", "هدنه", "مذكره", "قمه", "مؤتمر"}

// signedParticiples are the participles of signing or concluding a text
// (without the article, folded): a date after them and "في" tells when
// that text was signed, not the claim's day.
var signedParticiples = map[string]bool{"موقع": true, "موقعه": true, "موقعين": true, "موقعتين": true, "مبرم": true, "مبرمه": true,
	"مبرمين": true, "معقود": true, "معقوده": true, "منعقد": true, "منعقده": true}

// monthPartWords are the words of a part of a month before its name
// ("مطلع", "منتصف", "أواخر"), as token norms: the date a tokenizer reads
// starts at the month's name.
var monthPartWords = map[string]bool{"مطلع": true, "اوائل": true, "بدايه": true, "مستهل": true, "منتصف": true, "اواسط": true,
	"اواخر": true, "نهايه": true}

// namesAccord reports whether the date at k follows an agreement or
// meeting noun, with or without the article or a proclitic ("خرق لاتفاق
// آذار الموقع بين البلدين"): the date names the agreement, not the
// claim's day.
func namesAccord(d *doc, k int) bool {
	if k == 0 || d.toks[k-1].Kind != arabic.TokWord {
		return false
	}
	if k >= 2 && monthPartWords[d.toks[k-1].Norm] {
		k-- // "مطلع نيسان": the part of the month opens the date
	}
	if k >= 2 && d.toks[k-1].Norm == "في" && signedParticiples[strings.TrimPrefix(d.toks[k-2].Norm, "ال")] {
		return true // "التفاهمات الموقعة في تشرين الأول 2019": when it was signed
	}
	if signedParticiples[strings.TrimPrefix(d.toks[k-1].Norm, "ال")] {
		return true // "الاتفاق الموقع مطلع نيسان": the date follows the participle
	}
	if d.toks[k-1].Norm == "في" && signedBetween(d, k-1) {
		return true // "الاتفاق المبرم بين الطرفين في آذار"
	}
	t := d.toks[k-1]
	for _, w := range []string{t.Stem, t.Norm} {
		for _, p := range []string{"", "ال", "ل", "لل", "و", "وال", "ب", "بال"} {
			if r, ok := strings.CutPrefix(w, p); ok && slices.Contains(accordNouns, r) {
				return true
			}
		}
	}
	return false
}

// signedBetween reports whether the "في" at k closes a participle of
// signing and the parties it was signed between or with ("الموقعة بين
// الحكومة والقوات في"، "المبرم مع روسيا في"): "بين" or "مع" right after
// the participle, at most four words of the parties after that, and no
// punctuation.
func signedBetween(d *doc, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if (t.Norm == "بين" || t.Norm == "مع") && j < k-1 {
			return signedParticiples[strings.TrimPrefix(d.toks[j-1].Norm, "ال")]
		}
	}
	return false
}

// sinceDeedBefore reports whether the date at k ends a phrase that opens
// with "منذ" and a deed ("منذ طرد التنظيم من المدينة في آذار"): the date is
// when that earlier deed began a span, not the claim's. A date right after
// "منذ" ("منذ فجر اليوم") still dates what goes on since then.
func sinceDeedBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() && t.Text != "/" {
			return false
		}
		if t.Norm == "منذ" {
			return j+1 < k && d.toks[j+1].Kind == arabic.TokWord && !datedAt(d, j+1)
		}
	}
	return false
}

// startNouns open the start of a deed after "منذ" ("منذ بدء الهجوم"،
// "منذ بداية المعارك"، "منذ انطلاق العملية"). Folded forms.
var startNouns = foldedSet("بدء", "بدأ", "بداية", "انطلاق", "اندلاع")

// sinceStartOfDeed reports whether the date dt, which ends a phrase opened
// by "منذ" and a deed (see sinceDeedBefore), is the day that deed began and
// a day of the past week ("قتل 40 منذ بدء الهجوم فجر الأحد"): a running
// count since the start of an attack is that attack's count, and the day it
// began is the attack's day, not an earlier deed's. A start months or years
// back ("منذ بدء الحرب عام 2011"، "منذ بداية العام") is a span's, and keeps
// being skipped.
func sinceStartOfDeed(d *doc, dt arabic.Date) bool {
	if dt.Precision != arabic.Day || d.published.IsZero() {
		return false
	}
	if days := d.published.Sub(dt.From).Hours() / 24; days < 0 || days > 7 {
		return false
	}
	for j := dt.First - 1; j >= 0 && j >= dt.First-12; j-- {
		if n := d.toks[j].Norm; n == "منذ" || n == "ومنذ" {
			return j+1 < dt.First && startNouns[arabic.Fold(d.toks[j+1].Norm)]
		}
	}
	return false
}

// pastBackground reports whether a date told by its year alone, two or
// more years before publication, ends a clause opened by "قبل أن"/"بعد
// أن" ("المعسكر كان ثكنة للجيش قبل أن يسيطر عليه المسلحون عام 2013"):
// it dates the history of the place or party, not the claim's deed. So
// does such a year after "منذ" (see sinceYear).
func pastBackground(d *doc, dt arabic.Date) bool {
	if dt.Rule != "year" || d.published.IsZero() || d.published.Year()-dt.From.Year() < 2 {
		return false
	}
	if sinceYear(d, dt) || datesBackTo(d, dt) {
		return true
	}
	for j := dt.First - 1; j > 0 && j >= dt.First-14; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if (t.Norm == "ان" || t.Norm == "أن") && (d.toks[j-1].Stem == "قبل" || d.toks[j-1].Stem == "بعد") {
			return true
		}
	}
	return false
}

// sinceYear reports whether a date told by its year follows "منذ" ("الخاضعة
// لسيطرة الفصائل منذ عام 2018", "منذ 2015"): the start of a state that
// lasts, not the day of a deed.
func sinceYear(d *doc, dt arabic.Date) bool {
	for _, j := range []int{dt.First, dt.First - 1} {
		if j >= 0 && j < len(d.toks) && (d.toks[j].Norm == "منذ" || d.toks[j].Norm == "ومنذ") {
			return true
		}
	}
	return false
}

// targetingImperfect are the folded imperfects of "to target"; after "لم"
// ("لم يستهدف التحالف أي موقع", "لم نستهدف") they deny a past strike. Not
// negated ("قواتها تستهدف الإرهابيين"، "لا تستهدف سوى") they tell a habit
// or a policy, no event.
var targetingImperfect = foldedSet("يستهدف", "تستهدف", "نستهدف", "يستهدفوا")

// deniedDoerInSyria reports whether a claim that names no place denies a
// strike of a named doer (its own, or another's) in an article whose
// places all lie in Syria.
func (x *Extractor) deniedDoerInSyria(d *doc, c *Claim) bool {
	if c.Stance != StanceDenies || !isStrikeType(c.EventType) || c.Actor == nil || !namedActor(*c.Actor) {
		return false
	}
	in := false
	for _, p := range d.places {
		if p.PlaceID != "syria" && !x.gaz.Within(p.PlaceID, "syria") {
			return false
		}
		in = true
	}
	return in
}

// deniedSiteStems are the folded stems of the sites a denial says were
// not struck: posts, positions, bases, headquarters, camps, targets and
// forces ("لم يستهدف أي موقع للجيش"). A denial that homes or civilians were
// targeted ("لم نستهدف أي منزل") disputes what was hit, not the strike.
var deniedSiteStems = foldedSet("موقع", "مواقع", "نقطة", "نقاط", "هدف", "اهداف", "أهداف", "قاعدة", "قواعد", "مقر",
	"مقرات", "معسكر", "معسكرات", "منشأة", "منشآت", "قوات", "القوات", "الجيش", "ثكنة", "مطار")

// negatedTargeting reports whether token k is an imperfect of "to target"
// right after the past negator "لم", with a site or force as its object.
func negatedTargeting(d *doc, k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].Kind != arabic.TokWord || !targetingImperfect[d.toks[k].Norm] {
		return false
	}
	p := d.toks[k-1]
	if p.Kind != arabic.TokWord || p.Norm != "لم" && p.Norm != "ولم" {
		return false
	}
	o := k + 1
	if d.toks[o].Norm == "اي" && o+1 < len(d.toks) {
		o++
	}
	return d.toks[o].Kind == arabic.TokWord && (deniedSiteStems[d.toks[o].Stem] || deniedSiteStems[d.toks[o].Norm])
}

// datesBackVerbs are the folded forms of "to date back to" ("يعود إلى",
// "ترجع إلى"), of footage, a photo or an incident dated to a past year.
var datesBackVerbs = foldedSet("يعود", "تعود", "يعودان", "تعودان", "يرجع", "ترجع", "ويعود", "وتعود", "وترجع", "ويرجع")

// datesBackTo reports whether a year follows "تعود إلى" or "يعود لعام"
// ("الصور قديمة وتعود إلى عام 2019"): the year of what is called old, not
// the day of the claim's deed.
func datesBackTo(d *doc, dt arabic.Date) bool {
	for j := dt.First - 1; j >= 0 && j >= dt.First-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if datesBackVerbs[t.Norm] || datesBackVerbs[t.Stem] {
			return true
		}
	}
	return dt.First < len(d.toks) && (datesBackVerbs[d.toks[dt.First].Norm] || datesBackVerbs[d.toks[dt.First].Stem])
}

// datedAt reports whether a date found in the text starts at token k.
func datedAt(d *doc, k int) bool {
	for _, dt := range d.dates {
		if dt.First == k {
			return true
		}
	}
	return false
}

// defuseStems are the folded verbs and verbal nouns of defusing, finding,
// seizing or destroying a bomb: "فككت وحدات الهندسة عبوة ناسفة", "عثرت
// الدورية على سيارة مفخخة", "ضبط عناصر الأمن حزاما ناسفا", "دمرت
// الغارات عربات مفخخة" (the car bombs were a target).
var defuseStems = foldedSet("فكك", "فككت", "فككوا", "تفكيك", "أبطل", "أبطلت", "أبطلوا", "إبطال", "عثر", "عثرت",
	"عثروا", "عثور", "إحباط", "أحبط", "أحبطت", "ضبط", "ضبطت", "ضبطوا", "صادر", "صادرت", "مصادرة", "أزال", "أزالت", "إزالة", "نزع", "نزعت",
	"دمر", "دمرت", "دمروا", "تدمير")

// defusedBefore reports whether a verb or noun of defusing, finding or
// seizing stands up to four words before the bomb word at k, with only
// words between (its doer, "على"): the bomb did not go off.
func defusedBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if defuseStems[t.Stem] {
			return true
		}
	}
	return false
}

// bombWordStems begin the folded words of a bomb, a mine or a bomb vehicle.
var bombWordStems = []string{"عبو", "مفخخ", "حزام", "احزم", "ناسف", "لغم", "الغام"}

// bombWordIn reports whether a trigger match names a bomb or a mine
// ("عبوة ناسفة", "سيارة مفخخة", "حزام ناسف").
func bombWordIn(d *doc, m arabic.Match) bool {
	for j := m.First; j < m.Last; j++ {
		for _, p := range bombWordStems {
			if strings.HasPrefix(d.toks[j].Stem, p) {
				return true
			}
		}
	}
	return false
}

// causeClauseType returns the type of the event named in the region that
// "إثر" or "على إثر" cut off the claim's region, or "بعد"/"عقب" before a
// noun of undergoing an attack (see sufferedNoun), when that cue tells the
// cause of what the claim tells ("أصيب طفل إثر قذائف مدفعية سقطت على
// القرية", "قتل ثلاثة على إثر انفجار دراجة مفخخة"): the means word of
// its highest priority, as in the claim's own words.
func (x *Extractor) causeClauseType(d *doc, r region) (string, bool) {
	k := r.tail.Start
	if r.tail.End <= k+1 || k+1 >= len(d.toks) {
		return "", false
	}
	switch stem := d.toks[k].Stem; {
	case stem == arabic.Fold("على") && d.toks[k+1].Stem == arabic.Fold("إثر"):
		k++
	case stem == arabic.Fold("إثر"):
	case (stem == "بعد" || stem == "عقب") && sufferedNoun(d.toks[k+1]):
		// "قتل ستة بعد سقوط صاروخ على منزلهم", "أصيب ثلاثة عقب
		// تعرض سيارتهم لانفجار عبوة": the victims' ordeal, not a
		// later event.
	default:
		return "", false
	}
	best, typ := -3, ""
	for j := k + 1; j < r.tail.End && j < len(d.toks); j++ {
		t, m, ok := x.triggers.at(d.toks, j)
		if !ok {
			t, m, ok = x.aircraft.at(d.toks, j)
		}
		if !ok {
			continue
		}
		if t.priority > best && !isChemical(t) && !x.storedObjectAt(d, j) {
			best, typ = t.priority, t.typ
		}
		j = m.Last - 1
	}
	return typ, typ != "" && typ != EventOther
}

// knownParty reports whether an actor value names a party (not one of the
// values that say the doer is unnamed or unknown).
func knownParty(a string) bool {
	switch a {
	case "", "unknown", "unidentified", "unknown_party":
		return false
	}
	return true
}

// aggressionWord reports whether a stem is a generic word of aggression or
// targeting that defaults to an air raid ("اعتداء", "عدوان", "استهداف"),
// not one of bombardment ("قصف", which unnamed gunmen do with shells).
func aggressionWord(stem string) bool {
	for _, p := range []string{"اعتداء", "عدوان", "استهدف", "استهداف"} {
		if strings.HasPrefix(stem, p) {
			return true
		}
	}
	return false
}

// sufferedNoun reports whether a token is a verbal noun of undergoing an
// attack: being exposed to it ("تعرضه", "تعرض سيارتهم"), a shell falling
// ("سقوط"), or being targeted, with the pronoun of the victim
// ("استهدافه", "استهدافهم").
func sufferedNoun(t arabic.Token) bool {
	switch {
	case strings.HasPrefix(t.Stem, "تعرض"), t.Stem == "سقوط":
		return true
	case strings.HasPrefix(t.Stem, "استهداف") && t.Stem != "استهداف":
		return true
	}
	return false
}

// harmFigures reports whether figures tell of people killed or wounded
// (not captured: "اعتقلت ثلاثة إثر الهجوم" tells no harm of the attack).
func harmFigures(fs []Figure) bool {
	for _, f := range fs {
		if f.Outcome == OutcomeKilled || f.Outcome == OutcomeWounded {
			return true
		}
	}
	return false
}

// sequelDays is how many days a region cut by a sequel cue comes after
// the event of its tail: one for "غداة" and "بعد يوم من", two for "بعد
// يومين من"; 0 when the cue does not say.
func sequelDays(d *doc, r region) int {
	switch r.sequel {
	case "غداه":
		return 1
	case "بعد":
	default:
		return 0
	}
	k := r.tail.Start
	if k+2 >= len(d.toks) || !sincePrep(d.toks[k+2]) {
		return 0
	}
	switch d.toks[k+1].Stem {
	case "يوم", "يوما":
		return 1
	case "يومين":
		return 2
	}
	return 0
}

// earlierTail reports whether the claim's content is the earlier event a
// sequel cue of its sentence introduces ("... بعد ساعات من خطف
// المزارعين", "... بعد يومين من الهجوم"), and how many days before the
// sentence's date it lies: one for "يوم", two for "يومين", and for
// "ساعات" one when the later deed was at dawn (the hours before dawn are
// the night before), else none.
func (x *Extractor) earlierTail(d *doc, r region, s tokRange, in func(int) bool) (int, bool) {
	k := r.lo
	for k < r.hi && (!in(k) || d.toks[k].Kind != arabic.TokWord || d.toks[k].Detached()) {
		k++
	}
	if k+2 >= r.hi || d.toks[k].Stem != "بعد" || !sincePrep(d.toks[k+2]) {
		return 0, false
	}
	switch d.toks[k+1].Stem {
	case "يوم", "يوما":
		return 1, true
	case "يومين":
		return 2, true
	case "ساعات", "ساعه", "ساعتين":
		for j := s.first; j < r.lo; j++ {
			if d.toks[j].Stem == "فجر" {
				return 1, true
			}
		}
		return 0, true
	}
	return 0, false
}

// sincePrep reports whether t is the preposition that ties a lapse of
// time to the earlier deed it counts from: "من" or "على" ("بعد يومين
// من الهجوم", "بعد أسبوع على الغارة").
func sincePrep(t arabic.Token) bool {
	return t.Stem == "من" || t.Norm == "علي"
}

// nowAfterEarlier moves back the date of a claim that opens with a lapse
// counted from a deed ("بعد يومين على الضربة، لا تزال ...") and tells no
// later deed of its own, when its day came only from the article's day:
// the article's today is the later moment, the deed lay the lapse before.
func (x *Extractor) nowAfterEarlier(d *doc, r region, s tokRange, in func(int) bool, c *Claim) {
	if c.Date == nil || d.published.IsZero() || *c.Date != d.published.Format(time.DateOnly) || x.laterDeed(d, r, in) {
		return
	}
	rule := c.Rules[len(c.Rules)-1]
	if rule != "date:published" && rule != "date:context" {
		return
	}
	days, ok := x.earlierTail(d, r, s, in)
	if !ok || days == 0 {
		return
	}
	dt := d.published.AddDate(0, 0, -days).Format(time.DateOnly)
	c.Date = &dt
	c.Rules = append(c.Rules, "date:lapse_before_today")
}

// laterDeed reports whether the clause after the comma that closes a
// claim's opening lapse ("بعد يومين على الغارة التي ...، قصفت ...")
// tells a deed, or whether no comma closes it (the two cannot be told
// apart then).
func (x *Extractor) laterDeed(d *doc, r region, in func(int) bool) bool {
	k := r.lo
	for k < r.hi && !in(k) {
		k++
	}
	for k < r.hi && d.toks[k].Kind != arabic.TokPunct {
		k++
	}
	if k >= r.hi-1 {
		return true
	}
	for j := k + 1; j < r.hi; j++ {
		if _, _, ok := x.triggers.at(d.toks, j); ok && in(j) {
			return true
		}
	}
	return false
}

// coTimed are the folded stems (without clitics and article) that, with
// "مع", time a deed by another told beside it: "بالتزامن مع"، "تزامناً
// مع"، "بالتوازي مع".
var coTimed = map[string]bool{"تزامن": true, "تزامنا": true, "توازي": true}

// leadingSequel returns the end of a time phrase that opens the claim's
// content and names an earlier event ("وبعد يوم من الكمين، أغارت طائرات
// ...") or one at the same time ("وبالتزامن مع الغارة، دكت المدفعية ..."),
// when an event word follows it in the claim: the claim tells the later
// or other event. It returns 0 otherwise.
func (x *Extractor) leadingSequel(d *doc, r region, in func(int) bool) int {
	k := r.lo
	for k < r.hi && !in(k) {
		k++
	}
	if k+3 < r.hi && d.toks[k].Stem == "قبل" {
		return x.leadingEarlier(d, r, in, k)
	}
	var at int // where the earlier or concurrent event's word stands
	switch {
	case k+3 < r.hi && coTimed[d.toks[k].Stem] && d.toks[k+1].Norm == "مع":
		// "وبالتزامن مع الغارة، قصفت المدفعية ...": the deed told beside
		// the claim's is another event (see coTimed)
		at = k + 2
	case k+3 >= r.hi || d.toks[k].Stem != "بعد" || !sincePrep(d.toks[k+2]):
		return 0
	default:
		switch d.toks[k+1].Stem {
		case "ساعات", "ساعه", "ساعتين", "دقائق", "دقيقه", "لحظات", "يوم", "يومين", "ايام", "اسبوع": // folded stems
		default:
			return 0
		}
		at = k + 3
	}
	_, m, ok := x.triggers.at(d.toks, at)
	if !ok {
		return 0
	}
	for j := m.Last; j < r.hi; j++ {
		if _, _, ok := x.triggers.at(d.toks, j); ok && in(j) {
			return m.Last
		}
	}
	return 0
}

// spanStems are the folded stems of a stretch of time by which one deed
// came before another ("بساعات"، "بيوم"، "بقليل").
var spanStems = map[string]bool{"ساعات": true, "ساعه": true, "ساعتين": true, "دقائق": true, "دقيقه": true,
	"يوم": true, "يومين": true, "ايام": true, "اسبوع": true, "قليل": true}

// leadingEarlier is leadingSequel for a phrase that names the later
// event, at token k "قبل": "وقبل القصف بالمدافع بساعات، أغار الطيران
// غارتين" tells the raid, done hours before the shelling the phrase
// names. The event word follows "قبل" at once, one word at most may
// qualify it, and the stretch of time comes with ب; an event word must
// follow in the claim.
func (x *Extractor) leadingEarlier(d *doc, r region, in func(int) bool, k int) int {
	_, m, ok := x.triggers.at(d.toks, k+1)
	if !ok || m.First != k+1 {
		return 0
	}
	end := 0
	for j := m.Last; j < r.hi && j <= m.Last+1; j++ {
		if t := d.toks[j]; t.Kind == arabic.TokWord && t.Clitics == "ب" && spanStems[t.Stem] {
			end = j + 1
			break
		}
	}
	if end == 0 {
		return 0
	}
	for j := end; j < r.hi; j++ {
		if _, _, ok := x.triggers.at(d.toks, j); ok && in(j) {
			return end
		}
	}
	return 0
}

// dateTold returns the first date given within the next sentence after
// token from when that sentence tells an event (an event word before the
// date): the date of the event a sequel cue referred to.
func (x *Extractor) dateTold(d *doc, from int) string {
	event := false
	for k := from; k < len(d.toks) && k < from+40; k++ {
		if _, _, ok := x.triggers.at(d.toks, k); ok {
			event = true
		}
		for _, dt := range d.dates {
			if dt.First == k && !dt.From.IsZero() {
				if event || x.triggerWithin(d, k+1, len(d.toks), 4) {
					return dt.From.Format(time.DateOnly)
				}
				return ""
			}
		}
	}
	return ""
}

// dateOutside is date, ignoring the dates of a region cut off after this
// one by a sequel cue (they date the other event).
func (x *Extractor) dateOutside(d *doc, r region, s tokRange, in func(int) bool) (string, string) {
	if r.tail.End > r.tail.Start {
		s.last = r.tail.Start
	}
	return x.date(d, r, s, in)
}

// habitualIn reports whether the region speaks of repeated or background
// events ("في الأشهر الأخيرة", "بشكل متكرر"), which have no one date.
func (x *Extractor) habitualIn(d *doc, r region) bool {
	for k := r.lo; k < r.hi; k++ {
		if _, _, ok := x.habitual.at(d.toks, k); ok {
			return true
		}
	}
	return false
}

// isCreditOrDateline reports whether a region is a dateline ("دمشق-سانا")
// or a credit line ("المصدر: الميادين", "(وكالات)") rather than a claim.
func (x *Extractor) isCreditOrDateline(d *doc, r region) bool {
	words := x.wordsBetween(d, r.lo, r.hi)
	hasNumber := false
	for k := r.lo; k < r.hi; k++ {
		if d.toks[k].Kind == arabic.TokNumber {
			hasNumber = true
		}
	}
	if words <= 2 && !hasNumber {
		return true
	}
	first, last := d.toks[r.lo], d.toks[r.hi-1]
	if first.Text == "(" && last.Text == ")" && words <= 8 {
		return true
	}
	if first.Kind == arabic.TokWord && first.Stem == "مصدر" && first.Article && r.lo+1 < r.hi && d.toks[r.lo+1].Text == ":" {
		return true
	}
	return false
}

// actorNotPlace reports whether a place name at token i names a party
// rather than a location: "شرعت روسيا في نقل", "قصفت إسرائيل",
// "تؤكد دمشق". A location has a preposition or a locative noun before it.
func (x *Extractor) actorNotPlace(d *doc, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		// "تنظيم الدولة الإسلامية في العراق والشام": the place is part
		// of a party's name that began before it.
		if _, m, ok := x.actors.at(d.toks, j); ok && m.Last > i {
			return true
		}
	}
	if _, _, ok := x.actors.at(d.toks, i); !ok {
		if _, _, ok := x.capitals.at(d.toks, i); !ok {
			return false
		}
	}
	t := d.toks[i]
	if i > 0 && strings.HasSuffix(t.Clitics, "ل") && linkNoun(d.toks[i-1]) {
		return true // the party of a link: "أي صلة لطهران", "لا علاقة لدمشق"
	}
	if t.Clitics != "" && t.Clitics != "و" {
		return false // "في"-like clitics: بدمشق، لإسرائيل
	}
	if i > 0 {
		switch d.toks[i-1].Stem {
		case "في", "الي", "من", "قرب", "نحو", "باتجاه", "داخل", "علي", "عبر", "شمال", "جنوب", "شرق", "غرب", "محيط", "اراضي", "حدود":
			return false
		}
	}
	return true
}

// liberatedInName reports whether place p is the land a group's quoted
// name sets out to free ("«جبهة تحرير الجولان»"، "«المقاومة السورية
// لتحرير الجولان»"): part of the group's name, not where the event was.
func liberatedInName(d *doc, p places.Mention) bool {
	if p.First < 1 || d.toks[p.First-1].Stem != "تحرير" {
		return false
	}
	at := d.toks[p.First].Start
	for _, q := range d.quotes {
		if q.Inner.Start <= at && at < q.Inner.End {
			return true
		}
	}
	return false
}

// stateInName reports whether place p is part of the name of a
// self-proclaimed state ("الدولة الإسلامية في العراق والشام"، "الدولة
// الإسلامية في العراق"): the lands its name claims, not where the event
// was. A country named bare right after "الدولة الإسلامية في" is, and so
// is a place joined to it by "و".
func (x *Extractor) stateInName(d *doc, p places.Mention) bool {
	first := p
	if strings.HasPrefix(p.Clitics, "و") {
		// "والشام": the place it is joined to must be in the name
		for _, q := range d.places {
			if q.Last == p.First && q.First > 0 {
				first = q
			}
		}
	}
	i := first.First - 1
	if i < 2 || d.toks[i].Norm != "في" || first.Rule != "name" {
		return false
	}
	// A country by its bare name; a province or a town after "في" is where
	// the group holds ground ("معاقل تنظيم الدولة الإسلامية في محافظة حلب").
	if g, ok := x.gaz.Get(first.PlaceID); !ok || g.Kind != places.KindCountry {
		return false
	}
	return d.toks[i-1].Stem == "اسلاميه" && d.toks[i-2].Stem == "دوله"
}

// bodySeat: place p is where a body named by an institution word sits,
// told right after its name ("المركز الروسي للمصالحة في قاعدة حميميم",
// "السفارة الفرنسية في بيروت", "مكتب الأمم المتحدة في دمشق"), not where
// the event happened. A force, a group or a local branch placed so ("قوات
// التحالف في حقل العمر", "الدفاع المدني في أريحا") may well be at the
// scene, and unnamed speakers ("مصادر محلية في ريف درعا") are near it.
func bodySeat(d *doc, p places.Mention) bool {
	i := p.First - 1
	if i < 1 || d.toks[i].Norm != "في" {
		return false
	}
	if d.srcCover[i-1] == 0 {
		return spokenMinistrySeat(d, p, i)
	}
	m := d.mentions[d.srcCover[i-1]-1]
	if m.Last != i || m.Anonymous || m.Generic {
		return false
	}
	for _, t := range d.toks[m.First:m.Last] {
		switch t.Stem {
		case "مركز", "سفاره", "مكتب", "بعثه", "قنصليه", "ممثليه", "وزاره":
			return true
		}
	}
	return false
}

// seatCapitals are the capitals where a ministry or an embassy sits.
var seatCapitals = map[string]bool{
	"damascus": true, "ankara": true, "moscow": true, "tehran": true, "washington": true, "beirut": true,
	"baghdad": true, "amman": true, "cairo": true, "london": true, "paris": true, "tel_aviv": true,
}

// seatBodyStems are the folded stems of a ministry or a mission.
var seatBodyStems = foldedSet("وزارة", "سفارة", "قنصلية", "بعثة", "ممثلية")

// seatSpeechWords are the folded forms of reporting words before a body
// that speaks: "قالت"، "أعلنت"، "نقلت عن".
var seatSpeechWords = foldedSet("عن", "قالت", "ذكرت", "أعلنت", "أكدت", "أفادت", "أوضحت", "نفت", "زعمت",
	"ادعت", "اتهمت", "حملت", "بيان", "وفق", "بحسب", "حسب", "لسان", "باسم")

// spokenMinistrySeat: a capital told right after a ministry or a mission
// that a reporting word introduces ("نقلت وكالات عن وزارة الخارجية في أنقرة"،
// "أعلنت وزارة الخارجية في موسكو") is where the speaker sits, even when
// the speaker is not resolved to a known source. A ministry that was hit
// ("قصف مبنى وزارة الدفاع في دمشق") has no reporting word before it and
// keeps its place. in is the index of "في".
func spokenMinistrySeat(d *doc, p places.Mention, in int) bool {
	if !seatCapitals[p.PlaceID] {
		return false
	}
	for j := in - 1; j >= 0 && j >= in-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if !seatBodyStems[t.Stem] {
			continue
		}
		return j > 0 && (seatSpeechWords[d.toks[j-1].Stem] || seatSpeechWords[d.toks[j-1].Norm])
	}
	return false
}

// linkNoun: a noun of a link or part in something ("صلة", "علاقة",
// "دور"), after which a party with ل is whose link it is.
func linkNoun(t arabic.Token) bool {
	switch t.Stem {
	case "صله", "علاقه", "دور", "يد", "تورط", "ضلوع":
		return true
	}
	return false
}

// linkWord reports whether a token joins a clause to what precedes it and
// so belongs to the clause after it: "إلا أن", "غير أن", "لكن", "فيما".
func linkWord(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Norm {
	case "الا", "ان", "غير", "لكن", "بينما", "فيما", "حين", "في", "ولكن", "والا":
		return true
	}
	return false
}

// irrealisBefore reports whether an event word at k is governed by a
// demand, a refusal, a fear, a condition or an overflight within the three
// words before it: "طالبت بخروج القوات", "خوفاً من استهدافها", "تحليق
// للطيران الحربي".
func (x *Extractor) irrealisBefore(d *doc, k int, r region) bool {
	if usePurposeBefore(d, k, r) || anyAgainstBefore(d, k, r) {
		return true
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if d.toks[j].Kind == arabic.TokPunct && !d.toks[j].IsQuote() {
			return false
		}
		if _, m, ok := x.irrealis.at(d.toks, j); ok && m.Last <= k {
			return true
		}
	}
	return false
}

// bombardmentWord reports whether a token is the noun of bombardment,
// "القصف": fire from afar, by guns or by aircraft. It cannot point back at
// an assault of fighters on foot ("هجوم يشنه مسلحون"), so after such a
// context it keeps its own generic type.
func bombardmentWord(t arabic.Token) bool {
	switch t.Stem {
	case "قصف", "القصف":
		return true
	}
	return false
}

// anyAgainstBefore reports whether the event word at k follows "أي"
// ("any") after "على" or "ضد": what a threat would answer or resist
// ("ستردّ بقوة على أي هجوم"، "ضد أي اعتداء")، a hypothetical attack that
// tells no event. "أي" alone, or "لأي", stays: a denial names its event
// so ("لم يسجل أي قصف"، "لم يتعرض لأي هجوم").
func anyAgainstBefore(d *doc, k int, r region) bool {
	if k-2 < r.lo || d.toks[k-1].Norm != "اي" {
		return false
	}
	switch d.toks[k-2].Stem {
	case "علي", "ضد":
		return true
	}
	return false
}

// usePurposeBefore reports whether the event word at k is what a place
// or thing is used for: "تستخدمها الطائرات ممراً لتنفيذ غاراتها", "قاعدة
// تتخذها الميليشيات منطلقاً لشن هجماتها". No event of the claim is told.
func usePurposeBefore(d *doc, k int, r region) bool {
	if k-1 < r.lo {
		return false
	}
	p := d.toks[k-1]
	switch strings.TrimPrefix(p.Stem, "ل") {
	case "تنفيذ", "شن", "اطلاق":
	default:
		return false
	}
	if !strings.HasPrefix(p.Stem, "ل") && !hasClitic(p.Clitics, 'ل') {
		return false
	}
	for j := k - 2; j >= r.lo && j >= k-8; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		switch t.Stem {
		case "تستخدمها", "يستخدمها", "تستخدمه", "يستخدمه", "تتخذها", "يتخذها", "تتخذه", "يتخذه", "ممرا", "منطلقا", "منصه":
			return true
		}
	}
	return false
}

// isComplementizer reports whether token k opens a reported proposition
// ("أن", "إن", "بأن"), whatever its clitics.
func (x *Extractor) isComplementizer(d *doc, k int) bool {
	_, _, ok := x.compAt(d.toks, k)
	return ok
}

// dropEndpoints removes the places that are not where the event happened.
//
// Always: an origin of fire ("من اتجاه الجولان المحتل", "من الأجواء
// اللبنانية", "من فوق البحر", "انطلاقاً من ...", through compass words:
// "من اتجاه شمال غرب بيروت"), where aircraft took off, the hospitals the
// wounded were taken to, and a source's headquarters ("الذي يتخذ من
// بريطانيا مقراً", "ومقره لندن"). When the claim names another place for
// the event itself: where something went to or came from ("باتجاه
// الأردن", "من داخل الأجواء العراقية", "قادمة من بابل"). Where a convoy or
// people came from ("السيارات القادمة من حلب وحماة") is never the scene. A
// place that only locates the one before it ("نحو سد تشرين بريف منبج",
// "من مطار الضمير في ريف دمشق") or is listed with it ("من حلب وحماة")
// is what that one is.
func (x *Extractor) dropEndpoints(d *doc, r region, ids []string) []string {
	origin, endpoint, named := map[string]bool{}, map[string]bool{}, map[string]bool{}
	prevLast, prevKind := -1, placeScene
	for _, p := range d.places {
		if p.First < r.lo || p.First >= r.hi || p.First == 0 {
			continue
		}
		kind := placeKind(d.toks, p)
		if kind == placeScene && prevKind != placeScene && extendsPlace(d.toks, p, prevLast) {
			kind = prevKind
		}
		if kind == placeScene && x.ownerCountry(d.toks, p) {
			kind = placeOrigin
		}
		if kind == placeOrigin && prevKind == placeOrigin && prevLast >= 0 && objectBetween(d.toks, prevLast, p.First) {
			// "انطلقت من الأراضي التركية واستهدفت سيارة في القامشلي":
			// the origin's phrase ended with its place; a place after
			// the object of the deed is where it struck.
			kind = placeScene
		}
		prevLast, prevKind = p.Last, kind
		if kind == placeOrigin {
			// (and where the wounded were taken: "أسعفوا إلى مستشفيات
			// حماة والسقيلبية")
			origin[p.PlaceID] = !named[p.PlaceID]
			continue
		}
		// A place also named as no origin (a drone fired from a country's
		// soil that then struck inside it) stays.
		named[p.PlaceID] = true
		origin[p.PlaceID] = false
		if kind == placeEndpoint {
			endpoint[p.PlaceID] = true
		}
	}
	var kept, events []string
	for _, id := range ids {
		if origin[id] {
			continue
		}
		kept = append(kept, id)
		if !endpoint[id] {
			events = append(events, id)
		}
	}
	if len(events) == 0 {
		return kept
	}
	return events
}

// The roles a place mention may have in its claim (see dropEndpoints).
const (
	placeScene    = iota // where the event may have happened
	placeOrigin          // never the scene: where fire or a convoy came from
	placeEndpoint        // the scene only when nothing else is named
)

// placeKind tells the role of place mention p from the words before it.
func placeKind(toks []arabic.Token, p places.Mention) int {
	if originBefore(toks, p.First) || launchedFrom(toks, p.First) || headquarters(toks, p.First, p.Last) ||
		takenToHospital(toks, p.First) || cameFrom(toks, p.First) || carriedOffTo(toks, p.First) ||
		nativeProvince(toks, p) || bannedIn(toks, p.First) || visitedPlace(toks, p.First) {
		return placeOrigin
	}
	if stationedAt(toks, p.First, p.Last) {
		return placeEndpoint
	}
	switch toks[p.First-1].Norm {
	case "باتجاه", "نحو", "الي", "داخل", "قادمه", "انطلاقا":
		return placeEndpoint
	case "من":
		if p.First >= 2 {
			switch toks[p.First-2].Norm {
			case "انطلاقا", "اطلقت", "اطلق", "داخل":
				return placeEndpoint
			}
		}
	}
	return placeScene
}

// belongingStems are the folded stems of belonging to or serving a party
// ("تابعة لـ"، "موالية لـ"، "العائدة لـ").
var belongingStems = map[string]bool{"تابع": true, "تابعه": true, "تابعين": true, "تابعتين": true, "مواليه": true,
	"موالين": true, "موال": true, "عائده": true, "عائد": true}

// ownerCountry reports whether place mention p is a country named with
// the ل proclitic as the owner of what a belonging word before it
// qualifies: "طائرة مسيرة تابعة للتحالف أو لروسيا" is a drone of
// Russia's, not a strike in Russia. The belonging word stands within six
// words before, in the clause; a settlement after such a word ("القرى
// التابعة لمدينة الباب") is where it lies and is left alone.
func (x *Extractor) ownerCountry(toks []arabic.Token, p places.Mention) bool {
	if p.First >= len(toks) || !hasClitic(toks[p.First].Clitics, 'ل') {
		return false
	}
	if pl, ok := x.gaz.Get(p.PlaceID); !ok || pl.Kind != places.KindCountry {
		return false
	}
	return clauseWordBack(toks, p.First, 6, func(j int) bool { return belongingStems[toks[j].Stem] }) >= 0
}

// bannedWords are the folded stems of "banned", "outlawed": a group
// "المحظور في روسيا" is named with the country that bans it.
var bannedWords = map[string]bool{"محظور": true, "محظوره": true, "محظورين": true, "محظورتين": true, "محظورات": true,
	"ممنوع": true, "ممنوعه": true}

// bannedIn reports whether the place at token i follows "في" after a word
// of banning: the country of a ban ("جبهة النصرة (المحظورة في روسيا)",
// the note Russian outlets put after such a group) is never where the
// event happened.
func bannedIn(toks []arabic.Token, i int) bool {
	return i >= 2 && toks[i-1].Norm == "في" && toks[i-2].Kind == arabic.TokWord && bannedWords[toks[i-2].Stem]
}

// objectBetween reports whether a word other than a locative (في، قرب،
// من، و، الواقع، التابع، a compass word, a word for an area) stands between tokens from
// and to: a place after it is no longer in the phrase of the place before.
func objectBetween(toks []arabic.Token, from, to int) bool {
	for j := from; j < to && j < len(toks); j++ {
		t := toks[j]
		if t.Kind != arabic.TokWord {
			continue
		}
		switch t.Norm {
		case "في", "قرب", "بالقرب", "من", "و", "عند", "داخل", "ضمن":
			continue
		}
		switch t.Stem {
		case "واقع", "واقعه", "واقعين", "تابع", "تابعه", "قريب", "قريبه":
			continue // "مطار كويرس الواقع شرقي حلب"
		}
		if compassWord(t) || originArea(t) {
			continue
		}
		return true
	}
	return false
}

// stationedWords say where forces are posted, not where they struck:
// "قوات النظام المتمركزة في معسكر جورين"، "من مواقعها في بلدة كذا".
// Folded stems, without the article.
var stationedWords = map[string]bool{
	"متمركزه": true, "متمركز": true, "متمركزين": true, "متمركزون": true, "منتشره": true, "منتشرين": true,
	"متواجده": true, "متواجدين": true, "مرابطه": true, "متموضعه": true, "متحصنه": true, "متحصنين": true,
	"مواقعها": true, "مواقعه": true, "مواقعهم": true, "مقراتها": true, "مقراته": true, "مرابضها": true,
	"ثكناتها": true, "نقاطها": true, "تمركزها": true, "تمركزه": true,
}

// stationedAt reports whether the place at token i follows a word of
// where forces are posted, "في" or "ب" and at most one head word between
// ("المتمركزة في مدينة ..."، "من مواقعها بريف ..."), unless "إلى"
// follows (a move from there). Such a place is the scene only when the
// claim names no other (forces posted in a town may be the ones attacked
// there).
func stationedAt(toks []arabic.Token, i, last int) bool {
	j := i - 1
	switch {
	case j >= 0 && toks[j].Norm == "في":
		j--
	case j >= 1 && toks[j].Kind == arabic.TokWord && toks[j-1].Norm == "في":
		j -= 2 // a head word: "في معسكر"
	case hasClitic(toks[i].Clitics, 'ب'):
		// "بريف حماة" starts the mention
	case j >= 0 && hasClitic(toks[j].Clitics, 'ب'):
		j-- // "بمدينة"
	default:
		return false
	}
	if j < 0 || toks[j].Kind != arabic.TokWord || !stationedWords[toks[j].Stem] || hitBefore(toks, j) {
		return false
	}
	// "نقلت عتادها من مواقعها بريف حمص إلى ...": a move from the place,
	// which is then the move's
	for k := last; k < len(toks) && k < last+6; k++ {
		if toks[k].Kind == arabic.TokPunct && clauseEnd(toks[k].Norm) {
			break
		}
		if toks[k].Norm == "الي" {
			return false
		}
	}
	return true
}

// hitBefore reports whether a verb or noun of undergoing or of hitting
// stands in the four words before token j: the forces posted there, or
// their positions, are what was hit ("تعرضت القوات المتمركزة في الحقل
// لهجوم"، "استهدفت الغارات مواقعها في الجولان"), so their place is the
// scene. A verb of shelling counts only right before the word ("قصف
// مواقعها في"): in "قصفت قوات النظام المتمركزة في" the forces shell.
func hitBefore(toks []arabic.Token, j int) bool {
	return clauseWordBack(toks, j, 4, func(k int) bool {
		for _, p := range []string{"تعرض", "تتعرض", "يتعرض", "استهدف", "استهداف", "طال", "هاجم", "اصاب", "ضرب", "قصف"} {
			if strings.HasPrefix(toks[k].Stem, p) && !(p == "قصف" && k+1 < j) {
				return true
			}
		}
		return false
	}) >= 0
}

// clauseWordBack returns the index of the nearest of the n words before
// token i, in its clause, for which match holds, or -1 when none does
// before the clause ends or the n words pass.
func clauseWordBack(toks []arabic.Token, i, n int, match func(j int) bool) int {
	for j, words := i-1, 0; j >= 0 && words < n; j-- {
		t := toks[j]
		if t.Kind != arabic.TokWord {
			if t.Kind == arabic.TokPunct && clauseEnd(t.Norm) {
				return -1
			}
			continue
		}
		words++
		if match(j) {
			return j
		}
	}
	return -1
}

// cameFrom: the place follows "قادمة من" / "القادمين من" / "الآتية من":
// where people or vehicles came from.
func cameFrom(toks []arabic.Token, i int) bool {
	if i < 2 || toks[i-1].Norm != "من" {
		return false
	}
	switch toks[i-2].Stem {
	case "قادمه", "قادمين", "قادمون", "قادم", "اتيه":
		return true
	}
	return false
}

// extendsPlace: mention p comes right after the mention ending at token
// prevLast, joined by "و" (a list: "من حلب وحماة") or locating it ("بريف
// منبج", "في ريف حمص").
func extendsPlace(toks []arabic.Token, p places.Mention, prevLast int) bool {
	if prevLast < 0 {
		return false
	}
	if p.First == prevLast {
		// (the clitic of a qualifier or head: "بريف", "بمدينة"; a bare
		// name starting with the letter, "بنش", is no locator)
		w := toks[p.First].Norm
		return strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ب") && p.Rule != "name"
	}
	return p.First == prevLast+1 && toks[prevLast].Kind == arabic.TokWord && toks[prevLast].Norm == "في"
}

// originBefore reports whether the place starting at token i is named as
// where fire came from: من اتجاه / من جهة / من أجواء / من فوق /
// انطلاقاً من before it, over compass words ("من اتجاه شمال غرب").
func originBefore(toks []arabic.Token, i int) bool {
	j := i - 1
	for j >= 0 && compassWord(toks[j]) {
		j--
	}
	// "من فوق أراضي الجولان", "من سماء البحر": the land or sky of the place
	// ("من أراضي" alone may be where forces withdrew from: not taken)
	if j > 0 && landOrSky(toks[j]) {
		switch {
		case toks[j-1].Stem == "فوق":
			j--
		case toks[j-1].Norm == "من" && (toks[j].Stem == "سماء" || toks[j].Stem == "مياه"):
			return true
		}
	}
	if j < 0 {
		return false
	}
	switch toks[j].Stem {
	case "اتجاه", "جهه", "اجواء", "فوق":
		return j > 0 && toks[j-1].Norm == "من"
	case "من":
		return j > 0 && toks[j-1].Stem == "انطلاقا"
	}
	return false
}

// launchedFrom reports whether the place starting at token i is named as
// where the fire was launched from, further back in its phrase than
// originBefore looks: "أطلقت من مناطق سيطرة الفصائل في ريف إدلب",
// "انطلقت من مواقع الجيش قرب حماة", "قذائف مصدرها ريف حلب". It needs a
// verb of launching or a word of the fire's source (مصدر) before a "من"
// that leads to the place, and stops at anything that says where the fire
// went or what it hit ("على", "باتجاه", "قصفت" ...), at punctuation that
// ends a clause, and after sixteen words (quote marks do not count).
func launchedFrom(toks []arabic.Token, i int) bool {
	from, words := false, 0
	for j := i - 1; j >= 0 && words < 16; j-- {
		t := toks[j]
		if t.Kind == arabic.TokPunct && clauseEnd(t.Norm) {
			return false
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		words++
		switch {
		case fireSourceWord(t):
			return true
		case launchVerb(t):
			return from
		case t.Norm == "من" || t.Stem == "من" && t.Clitics == "و":
			from = from || j+1 == i || j+1 < len(toks) && originArea(toks[j+1]) ||
				j+2 < len(toks) && oneOfWord(toks[j+1]) && originArea(toks[j+2])
		case t.Norm == "ام" || t.Norm == "او":
			// "من مناطق كذا أم من مناطق كذا": alternatives of one origin
		case fireGoal(t):
			return false
		}
	}
	return false
}

// takenToHospital reports whether the place at token i names where
// casualties were taken: a hospital word after "إلى" within the five words
// before it ("نُقلوا إلى مستشفى الرازي في حلب", "أسعفوا إلى مستشفيات حماة
// والسقيلبية"). A hospital struck ("قصف مستشفى في عفرين") is the
// event's place and stays.
func takenToHospital(toks []arabic.Token, i int) bool {
	j := clauseWordBack(toks, i, 5, func(j int) bool {
		switch toks[j].Stem {
		case "مشفي", "مشافي", "مستشفي", "مستشفيات", "مستوصف", "نقطه":
			return true
		}
		return false
	})
	return j > 0 && (toks[j-1].Norm == "الي" || toks[j].Norm == "للمشفي" || hasClitic(toks[j].Clitics, 'ل'))
}

// originArea: a word for the ground fire is launched from, after "من"
// ("من مناطق سيطرة ...", "من مواقع الجيش", "من ريف ..."); "من سيارة" is
// not one.
func originArea(t arabic.Token) bool {
	if stem, ok := strings.CutSuffix(t.Stem, "ها"); ok && stem != "" {
		// a possessive: "من قواعدها"، "من مواقعها"
		t.Stem = stem
	}
	switch t.Stem {
	case "مناطق", "منطقه", "مواقع", "موقع", "ريف", "اراضي", "جهه", "ناحيه", "قاعده", "قواعد", "مقرات", "محيط",
		"اطراف", "داخل", "مطار", "ضفه", "ضفاف":
		return true
	}
	return launchVessel(t)
}

// oneOfWord: "إحدى"، "أحد" before the ground fire came from ("من إحدى
// قواعدها قرب ...").
func oneOfWord(t arabic.Token) bool { return t.Norm == "احدي" || t.Norm == "احد" }

// clauseEnd: a punctuation mark that ends a clause (not a quote mark).
func clauseEnd(p string) bool {
	switch p {
	case ".", "،", ",", ";", "؛", ":", "!", "?", "؟", "(", ")":
		return true
	}
	return false
}

// launchVerb: a verb of launching fire from somewhere ("أطلقت",
// "انطلقت", "أُطلقت", "تنطلق") or of aircraft taking off ("أقلعت
// طائرتان من قاعدة حميميم": where they flew from, not where they struck).
func launchVerb(t arabic.Token) bool {
	switch t.Stem {
	case "اطلقت", "اطلق", "اطلقها", "اطلقتها", "انطلقت", "انطلق", "تنطلق", "ينطلق", "تطلق", "يطلق", "اطلاقها", "اطلاقه",
		"اطلقه", "اطلقته", "اطلقوه", "اطلقوها",
		// the dual and the plural: "قذيفتان أُطلقتا من الأراضي السورية"
		"اطلقتا", "اطلقا", "اطلقوا", "انطلقتا", "انطلقا", "انطلقوا",
		"اقلعت", "اقلع", "اقلعتا", "اقلعا", "اقلعوا", "تقلع", "يقلع", "اقلاعها", "اقلاعه":
		return true
	}
	return false
}

// fireSourceWord: "مصدرها", "مصدره", "مصدر" as the source of fire
// ("قذائف مصدرها مناطق النظام", "مصدر القذائف ريف حلب").
func fireSourceWord(t arabic.Token) bool {
	switch t.Stem {
	case "مصدرها", "مصدره", "مصدرهم", "مصادرها":
		return true
	}
	return false
}

// fireGoal: a word that says where fire went or what it hit, which ends
// the search for its origin ("على بلدة ...", "باتجاه", "استهدفت").
func fireGoal(t arabic.Token) bool {
	switch t.Norm {
	case "علي", "باتجاه", "نحو", "الي", "حتي":
		return true
	}
	for _, p := range []string{"قصف", "استهدف", "سقط", "طال", "اصاب", "ضرب", "هاجم", "وصل"} {
		if strings.HasPrefix(t.Stem, p) {
			return true
		}
	}
	return false
}

// landOrSky reports whether a token is the land, sky or waters of a
// place: "أراضي", "سماء", "أجواء", "مياه".
func landOrSky(t arabic.Token) bool {
	switch t.Stem {
	case "اراضي", "ارض", "سماء", "اجواء", "مياه":
		return true
	}
	return false
}

// compassWord reports whether a token is a point of the compass, as in
// "شمال غرب بيروت".
func compassWord(t arabic.Token) bool {
	switch t.Stem {
	case "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي":
		return true
	}
	return false
}

// headquarters reports whether the place at tokens [first, last) is a
// source's seat: "يتخذ من بريطانيا مقراً", "ومقره لندن", "ومقرها في لندن".
func headquarters(toks []arabic.Token, first, last int) bool {
	if last < len(toks) && seatWord(toks[last]) {
		return true
	}
	j := first - 1
	if j >= 0 && toks[j].Norm == "في" {
		j--
	}
	return j >= 0 && seatWord(toks[j])
}

// seatWord reports whether a token is مقر "seat" with its suffixes.
func seatWord(t arabic.Token) bool {
	switch t.Stem {
	case "مقر", "مقرا", "مقره", "مقرها", "مقرهم":
		return true
	}
	return false
}

// findVerbs are the folded forms of finding or spotting something, with
// "على" after them: "لم يعثروا على"، "لم نجد".
var findVerbs = foldedSet("يعثر", "يعثروا", "نعثر", "تعثر", "عثر", "عثرت", "يجد", "يجدوا", "نجد", "تجد", "وجد", "وجدت",
	"يرصد", "ترصد", "نرصد", "يرصدوا", "تظهر", "يظهر")

// traceNouns are the folded forms of traces or evidence left by a deed:
// "آثار"، "أثر"، "أدلة"، "علامات"، "بقايا".
var traceNouns = foldedSet("آثار", "أثر", "اثار", "اثر", "أدلة", "دليل", "دلائل", "علامات", "علامة", "بقايا", "شظايا", "مؤشرات", "مؤشر")

// munitionStems are the folded stems of munitions, whose traces tell of a
// strike: "ذخائر جوية"، "قنابل"، "صواريخ".
var munitionStems = foldedSet("ذخائر", "ذخيرة", "قنابل", "قنبلة", "صواريخ", "صاروخ", "قذائف", "قذيفة")

// noTraceOfStrike reports whether the words from k, right after a
// negator, say that no trace of a strike was found: "(لم) نجد أي بقايا
// لقنابل طائرات في الموقع"، "(لا) توجد أي آثار لغارة"، "(لا) أدلة
// على قصف". A trace noun, after an optional verb of finding or being and
// the usual fillers, then within a few words an attack word or a
// munition. "لا مؤشرات على سقوط ضحايا" has neither: it is a toll of zero.
func (x *Extractor) noTraceOfStrike(d *doc, k int, r region) bool {
	if k < r.hi && (findVerbs[d.toks[k].Stem] || existVerbs[d.toks[k].Norm]) {
		k++
	}
	for n := 0; n < 4 && k < r.hi && (signFillers[d.toks[k].Norm] || d.toks[k].Norm == "علي"); n++ {
		k++
	}
	if k >= r.hi || !traceNouns[d.toks[k].Stem] && !traceNouns[d.toks[k].Norm] {
		return false
	}
	for j := k + 1; j < r.hi && j <= k+5; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if _, ok := zeroNouns[t.Stem]; ok {
			return false // "لا آثار لإصابات": no harm, a toll
		}
		if tr, _, ok := x.triggers.at(d.toks, j); ok && tr.typ != EventOther && !isChemical(tr) {
			return true
		}
		if munitionStems[t.Stem] {
			return true
		}
	}
	return false
}

// causeWords are the folded forms that give a cause: "نجم عن"، "ناجم
// عن"، "نتج عن"، "نتيجة"، "سببه".
var causeWords = foldedSet("نجم", "ناجم", "ناجمة", "نجمت", "نتج", "نتجت", "ناتج", "ناتجة", "نتيجة", "سببه", "سببها", "مرده", "مردها")

// blastNouns are the folded stems of a blast or a fire.
var blastNouns = foldedSet("انفجار", "انفجارات", "حريق", "حرائق", "احتراق", "اشتعال", "انفجر", "انفجرت", "انفجرتا", "ينفجر", "تنفجر")

// explodeVerbs are the folded verbs of blowing up, whose subject is what
// blew up (the bomb, the car that carried it), not what was hit.
var explodeVerbs = foldedSet("انفجر", "انفجرت", "انفجرتا", "ينفجر", "تنفجر")

// selfBlast reports whether a trigger match is a bomber blowing himself
// up ("فجر نفسه", "فجرت نفسها"): what follows is where, not what was hit.
func selfBlast(d *doc, m arabic.Match) bool {
	last := d.toks[m.Last-1].Stem
	return m.Last-m.First == 2 && (strings.HasPrefix(last, "نفس") || strings.HasPrefix(last, "انفس"))
}

// mishapObjects are the folded stems of what blows up or burns by mishap:
// a depot, stored munitions, a gas cylinder, a load, fuel.
var mishapObjects = foldedSet("مستودع", "مستودعات", "مخزن", "مخازن", "ذخيرة", "ذخائر", "أسطوانة", "اسطوانة", "أسطوانات",
	"الحمولة", "حمولة", "الحمولات", "خزان", "صهريج", "وقود", "الوقود", "تماس")

// mishapCause reports whether the claim gives a mishap as the cause of
// what happened, and no attack: "الدوي ناجم عن انفجار مخزن سلاح
// للفصائل"، "الأضرار سببها حريق شب في الشحنة". A cause
// word, then a blast or fire noun within two words, then (for a blast) a
// depot, munitions, a cylinder or a load within three. A claim that names
// an attack besides blasts ("انفجر المستودع نتيجة الغارة") denies nothing.
func (x *Extractor) mishapCause(d *doc, r region, in func(int) bool) bool {
	found := false
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		t := d.toks[k]
		if tr, _, ok := x.triggers.at(d.toks, k); ok && tr.typ != EventOther && !blastNouns[t.Stem] {
			return false
		}
		if found || !causeWords[t.Stem] {
			continue
		}
		for j := k + 1; j < r.hi && j <= k+3; j++ {
			if mishapAt(d, j, r) {
				found = true // "ناجمة عن تماس كهربائي"، "نتج عن سوء التخزين"
				break
			}
			if !blastNouns[d.toks[j].Stem] {
				continue
			}
			if fire := d.toks[j].Stem != arabic.Fold("انفجار") && d.toks[j].Stem != arabic.Fold("انفجارات"); fire {
				found = true
				break
			}
			for h := j + 1; h < r.hi && h <= j+3; h++ {
				if mishapObjects[d.toks[h].Stem] || mishapObjects[d.toks[h].Norm] {
					found = true
				}
			}
			break
		}
	}
	return found
}

// RuleAnyEventDenied marks a denial that any attack took place at all,
// with the attack as the subject of a verb of happening: "نفى أن تكون أي
// غارة قد جرت هناك"، "نفت حصول أي قصف على البلدة".
const RuleAnyEventDenied = "stance:any_event"

// happeningWords are the folded forms of happening or taking place.
var happeningWords = foldedSet("وقع", "وقعت", "يقع", "تقع", "حصل", "حصلت", "يحصل", "تحصل", "حدث", "حدثت", "يحدث", "تحدث",
	"وقوع", "حصول", "حدوث", "جرى", "جرت")

// RuleReportDenied marks a denial whose object is a report of the deed
// itself: "نفت الوزارة الأنباء عن غارات على البلدة"، "الحديث عن قصف
// السوق محض كذب"، "ما تداولته الصفحات عن هجوم على الحاجز فبركة". Calling
// the account of the attack false denies that it took place.
const RuleReportDenied = "denial:report_of_deed"

// reportHeads are the folded stems of what tells of a deed besides the
// nouns of report (see reportNouns): talk, news, information, pictures
// and clips, and "ما" of what was spread ("ما تداولته الصفحات عن").
var reportHeads = foldedSet("حديث", "الحديث", "اخبار", "الاخبار", "معلومات", "المعلومات", "صور", "الصور",
	"مقاطع", "المقاطع", "مقطع", "المقطع", "فيديو", "الفيديو", "مشاهد", "المشاهد", "لقطات", "اللقطات", "ما", "كل ما")

// reportOfDeed reports whether the content names a report and then, after
// "عن" or "حول" within six words, an attack word within three more: "الأنباء
// المتداولة عن قصف القرية"، "ما نشرته حسابات التنظيم عن الهجوم". A report
// of a part or a tie ("الأنباء عن مشاركة قواته") is left to the words of
// involvement; the attack word must follow the preposition closely.
func (x *Extractor) reportOfDeed(d *doc, r region, in func(int) bool) bool {
	if x.reportInCue(d, r) {
		return true
	}
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, _, noun := x.reportNouns.at(d.toks, k)
		if !noun && !reportHeads[d.toks[k].Stem] && !reportHeads[d.toks[k].Norm] {
			continue
		}
		if x.annexedDeed(d, r, k) {
			return true
		}
		for j := k + 1; j < r.hi && j <= k+6; j++ {
			if !aboutWords[d.toks[j].Norm] && d.toks[j].Norm != "بخصوص" {
				continue
			}
			for i := j + 1; i < r.hi && i <= j+3; i++ {
				if tr, _, ok := x.triggers.at(d.toks, i); ok && tr.typ != EventOther {
					return true
				}
			}
			break
		}
	}
	return false
}

// annexedDeed reports whether the report noun at k has the deed annexed
// to it, with no preposition between: "أنباء قصف السوق"، "تقارير
// استهداف المشفى"، "مزاعم استخدام أسلحة كيميائية"، "روايات الهجوم على
// الحاجز". The deed is the word right after the noun, or the one after a
// word of using a weapon ("استخدام", see useWords). "ما" and "كل ما" take
// no annexed noun.
func (x *Extractor) annexedDeed(d *doc, r region, k int) bool {
	if d.toks[k].Norm == "ما" || d.toks[k].Norm == "كل ما" {
		return false
	}
	j := k + 1
	used := j < r.hi && d.toks[j].Kind == arabic.TokWord && useWords[d.toks[j].Stem]
	if used {
		j++
	}
	if j >= r.hi || d.toks[j].Kind != arabic.TokWord {
		return false
	}
	if used && chemicalAgentNouns[d.toks[j].Stem] {
		return true // "أنباء استخدام الكيماوي"، "تقارير استعمال السارين"
	}
	tr, _, ok := x.triggers.at(d.toks, j)
	return ok && tr.typ != EventOther
}

// chemicalAgentNouns are the folded stems of a chemical agent named by itself, the
// object of a word of using it: "استخدام الكيميائي"، "استعمال الكلور".
var chemicalAgentNouns = foldedSet("الكيميائي", "الكيماوي", "الكيمياوي", "كيميائي", "كيماوي", "السارين", "سارين",
	"الكلور", "كلور", "الخردل", "خردل")

// happenedVerbs are the folded stems of verbs that say an attack took
// place, was suffered or was recorded, with no doer: "لم يقع"، "لم
// يتعرض"، "لم تشهد المنطقة"، "لم تسجل"، "لم ترصد"، "لم يكن هناك".
var happenedVerbs = foldedSet("يقع", "تقع", "يحدث", "تحدث", "يحصل", "تحصل", "يجر", "تجر", "يتعرض", "تتعرض",
	"يشهد", "تشهد", "يسجل", "تسجل", "نسجل", "يرصد", "ترصد", "نرصد", "يكن", "تكن", "يوجد", "توجد", "يتم", "تتم")

// noneHappened reports whether a negated verb of happening, suffering or
// recording has "any" attack after it within three words ("لم يتعرض
// الحاجز لأي هجوم"، "لم تسجل أي غارة"): no attack took place at all, by
// anyone (compare anyEventHappened for the object of a verb of denial).
func (x *Extractor) noneHappened(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if in(k) && x.anyPlaceSpared(d, k, r) {
			return true
		}
	}
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) || !pastNegators[d.toks[k].Norm] && d.toks[k].Norm != "لا" || !happenedVerbs[d.toks[k+1].Stem] {
			continue
		}
		for j := k + 2; j+1 < r.hi && j <= k+5; j++ {
			if !anyWords[d.toks[j].Norm] {
				continue
			}
			if tr, _, ok := x.triggers.at(d.toks, j+1); ok && tr.typ != EventOther && !isChemical(tr) {
				return true
			}
		}
	}
	return false
}

// anyEventHappened reports whether the content of a denial says that any
// attack happened: "أي" before an attack word, and a word of happening
// within three words of it, before or after ("حدوث أي قصف"، "أي غارة قد
// جرت").
func (x *Extractor) anyEventHappened(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) || d.toks[k].Norm != "اي" {
			continue
		}
		tr, _, ok := x.triggers.at(d.toks, k+1)
		if !ok || tr.typ == EventOther || isChemical(tr) {
			continue
		}
		for j := max(r.lo, k-3); j < r.hi && j <= k+4; j++ {
			if happeningWords[d.toks[j].Stem] {
				return true
			}
		}
	}
	return false
}

// sortieNouns are the folded stems of an aircraft's sortie or mission:
// not an event by themselves ("نفذت الطائرات 40 طلعة" counts flights),
// but a negated one denies any strike (see deniedSortie).
var sortieNouns = foldedSet("طلعة", "طلعات", "طلعه", "مهمة", "مهام", "مهمات", "عملية جوية", "تحليق", "تحليقا")

// presenceNouns deny a strike only when said of the sky: "لم يكن لها أي
// وجود في أجواء المدينة" (but "لا وجود لعسكريين في المنطقة" is of troops).
var presenceNouns = foldedSet("وجود", "نشاط", "تواجد")

// skyStems are the folded stems of the sky or airspace.
var skyStems = foldedSet("سماء", "أجواء", "اجواء", "الأجواء", "السماء", "المجال")

// flightVerbs are the folded stems of flying over or nearing a place: "لم
// تحلّق المقاتلات فوق البلدة"، "لم تقترب أي طائرة من المخيم".
var flightVerbs = foldedSet("تحلق", "يحلق", "حلقت", "حلق", "تقترب", "يقترب", "اقتربت", "تعبر", "يعبر", "تدخل", "يدخل")

// aircraftStems name aircraft or an air force; a negated sortie or flight
// denies a strike only in a claim that speaks of one.
var aircraftStems = foldedSet("طائرة", "طائرات", "طائراتها", "طائراتنا", "طائرتها", "طيران", "الطيران", "طيرانها",
	"طيراننا", "مقاتلات", "مقاتلة", "مقاتلاتها", "مقاتلاتنا", "مروحيات", "مروحية", "قاذفات", "الجوية", "جوية", "الجو", "جو")

// foldedSet is the set of the folded forms of ws.
func foldedSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[arabic.Fold(w)] = true
	}
	return m
}

// deniedSortie reports whether the negator ending at neg (the word after
// it), whose supported noun is at j (see supportedEvent), denies that
// aircraft flew a sortie or flew over the place at all: a sortie noun
// ("لم تنفذ أي طلعات"، "ولا طلعات فوق البلدة") or a verb of flying
// ("لم تحلّق"، "لم تقترب") in a claim that names aircraft.
func deniedSortie(d *doc, neg, j int, r region) bool {
	if neg >= r.hi || !sortieNouns[d.toks[j].Stem] && !(j == neg && flightVerbs[d.toks[j].Stem]) && !inSky(d, j, r) {
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		if t := d.toks[k]; t.Kind == arabic.TokWord && (aircraftStems[t.Stem] || aircraftStems[t.Norm]) {
			return true
		}
	}
	return false
}

// operationNouns are the folded stems of a military operation or move:
// not an attack by themselves ("عملية" may be a rescue, a move a
// redeployment), but after a negated verb of carrying out and "أي" they
// deny that the speaker's side did anything there (see deniedOperation).
var operationNouns = foldedSet("عملية", "عمليات", "تحرك", "تحركات", "تحركا")

// deniedOperation reports whether the negator ending at neg is followed
// by a verb of carrying out, "أي" and an operation noun at j: "لم تنفذ
// أي عملية عسكرية"، "لم نقم بأي تحرك". Without "أي" ("لم تنفذ العملية
// بعد") the operation is one still to come, not one denied.
func deniedOperation(d *doc, neg, j int, r region) bool {
	if neg >= r.hi || j <= neg+1 || j >= r.hi || !supportVerbs[d.toks[neg].Stem] || !operationNouns[d.toks[j].Stem] {
		return false
	}
	return anyWords[d.toks[j-1].Norm]
}

// inSky reports whether a presence noun at j is said of the sky: "وجود
// في سماء المدينة".
func inSky(d *doc, j int, r region) bool {
	if !presenceNouns[d.toks[j].Stem] {
		return false
	}
	for h := j + 1; h < r.hi && h <= j+3; h++ {
		if skyStems[d.toks[h].Stem] || skyStems[d.toks[h].Norm] {
			return true
		}
	}
	return false
}

// supportVerbs carry an event noun after them: "لم تنفذ أي ضربات", "لم
// تشن غارات".
var supportVerbs = map[string]bool{
	"تنفذ": true, "ينفذ": true, "نفذ": true, "نفذت": true, "تشن": true, "يشن": true, "شن": true, "شنت": true,
	"تقم": true, "يقم": true, "تقوم": true, "يقوم": true, "تجر": true, "يجر": true,
	"يقوموا": true, "ينفذوا": true, "يشنوا": true, "نفذوا": true, "شنوا": true,
	// the speaker's own "we": "لم ننفذ أي غارة"، "ما شننا أي هجوم"
	"ننفذ": true, "نشن": true, "نقم": true, "نقوم": true, "نجر": true, "نفذنا": true, "شننا": true, "قمنا": true,
	// using a weapon: "لم يستخدم السلاح الكيميائي", "لن نستعمل أي غازات"
	"يستخدم": true, "تستخدم": true, "نستخدم": true, "يستخدموا": true, "استخدم": true, "استخدمت": true,
	"يستعمل": true, "تستعمل": true, "نستعمل": true, "استعمل": true, "استعملت": true,
	// happening, detecting or recording it: "لم يقع أي هجوم"، "لم ترصد
	// أي غارة"، "لم تسجل أي ضربة"
	"يقع": true, "تقع": true, "يحدث": true, "تحدث": true, "يرصد": true, "ترصد": true, "نرصد": true,
	"يسجل": true, "تسجل": true, "نسجل": true,
	// directing strikes, or anything happening: "لم توجه أي ضربات"، "لم
	// يحصل أي قصف"، "لا يوجد أي قصف"
	"توجه": true, "يوجه": true, "نوجه": true, "وجهت": true, "يحصل": true, "تحصل": true, "حصل": true, "حصلت": true,
	"يوجد": true, "توجد": true,
	// the copula, maybe with "هناك" or a pronoun after it: "لم يكن هناك
	// أي اعتداء"، "لم يكن لها أي وجود في الأجواء"
	"يكن": true, "تكن": true,
}

// timeHeads open a time adverbial: "خلال"، "طوال"، "منذ".
var timeHeads = map[string]bool{"خلال": true, "طوال": true, "طيله": true, "منذ": true}

// copulaFillers may stand between the negated copula and what it denies:
// "لم يكن هناك أي ..."، "لم يكن لها أي ...".
var copulaFillers = map[string]bool{"هناك": true, "ثمه": true, "له": true, "لها": true, "لهم": true, "لنا": true}

// targetingVerbs are the folded stems of the present and past of
// targeting, which a negator turns into a denial (see contentStance).
var targetingVerbs = map[string]bool{
	"تستهدف": true, "يستهدف": true, "نستهدف": true, "يستهدفون": true, "استهدفت": true, "استهدف": true,
	"استهدفنا": true, "تقصف": true, "يقصف": true, "نقصف": true,
}

// exceptAfter reports whether an exception ("إلا", "سوى", "غير") follows
// token k within two words: "لم نقصف سوى مخازن المسلحين".
func exceptAfter(d *doc, k int, r region) bool {
	for j := k + 1; j < r.hi && j <= k+3; j++ {
		switch d.toks[j].Norm {
		case "الا", "سوى", "سوي", "غير":
			return true
		}
	}
	return false
}

// useWords are the folded stems of using or dropping a weapon (see
// trigger.use).
var useWords = map[string]bool{
	"استخدام": true, "استخدم": true, "استخدمت": true, "يستخدم": true, "تستخدم": true, "نستخدم": true,
	"استخدموا": true, "يستخدموا": true, "استعمال": true, "استعمل": true, "استعملت": true, "يستعمل": true,
	"تستعمل": true, "نستعمل": true, "لجوء": true, "يلجا": true, "تلجا": true, "القاء": true, "القت": true,
	"القى": true, "محمله": true, "محمل": true, "محملا": true, "محملين": true, "تحمل": true, "يحمل": true,
	"تحوي": true, "يحوي": true, "تحتوي": true, "يحتوي": true,
}

// useBefore reports whether a word of using a weapon comes within three
// words before token k, past "أي" and a named user ("استخدام الجيش
// مواد سامة", "استخدمت أي أسلحة كيميائية").
func useBefore(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if useWords[d.toks[j].Stem] {
			return true
		}
	}
	return false
}

// RuleOnlyFlew (as "stance:"+RuleOnlyFlew) marks a claim that aircraft
// only flew over: "اكتفت الطائرات بالتحليق"، "اقتصر الأمر على تحليق
// المروحيات"، "مجرد تحليق". It says that no strike took place.
const RuleOnlyFlew = "only_flew"

// restrictVerbs are the folded stems of doing no more than something:
// "اكتفت ب"، "اقتصر على"، "مجرد".
var restrictVerbs = foldedSet("اكتفت", "اكتفى", "اكتفوا", "تكتفي", "يكتفي", "اكتفاء", "اقتصرت", "اقتصر", "تقتصر",
	"يقتصر", "اقتصار", "مجرد")

// flyNouns are the folded stems of flying over.
var flyNouns = foldedSet("تحليق", "تحليقا", "التحليق", "حلقت", "تحلق")

// onlyFlew reports whether the content says aircraft did no more than fly
// over: a verb of restriction with a word of flying within the next three
// words ("اكتفت المقاتلات بالتحليق"، "اقتصر نشاط الطيران على التحليق").
func onlyFlew(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord || !restrictVerbs[d.toks[k].Stem] || negatorJustBefore(d, k, r) {
			continue
		}
		for j := k + 1; j < r.hi && j <= k+3; j++ {
			if d.toks[j].Kind != arabic.TokWord {
				break
			}
			if flyNouns[d.toks[j].Stem] {
				return true
			}
		}
	}
	return false
}

// negatorJustBefore reports whether a negation stands within the two
// words before k: "لم يكن مجرد تحليق" says more than a flight took place.
func negatorJustBefore(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-2; j-- {
		if d.toks[j].Kind == arabic.TokWord && plainNegation(d.toks[j].Stem) {
			return true
		}
	}
	return false
}

// coverNouns are the folded stems of the verbal nouns of covering or
// securing a movement, after a purpose ل: "لتأمين انسحاب"، "لتغطية
// تقدم"، "لحماية الرتل".
var coverNouns = foldedSet("تأمين", "تغطية", "حماية", "تسهيل", "ضمان", "إتمام", "استكمال")

// coverBefore reports whether a verbal noun of covering or securing under
// a purpose ل ("لتأمين"، "لتغطية") governs token k, right before it or
// one word before ("لتأمين انسحاب الرتل"): the movement at k is what
// another deed was done for.
func coverBefore(d *doc, k int, r region) bool {
	for j := k - 1; j >= r.lo && j >= k-2; j-- {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if hasClitic(d.toks[j].Clitics, 'ل') && coverNouns[d.toks[j].Stem] {
			return true
		}
	}
	return false
}

// presentWithdrawals are the folded present forms of withdrawing.
var presentWithdrawals = foldedSet("تنسحب", "ننسحب", "يسحب", "تسحب", "نسحب")

// subjunctiveWithdrawal reports whether the trigger at k is a present
// form of withdrawing right after "أن": "قبل أن تنسحب الفصائل منها عام
// 2021" dates a past state, "على أن تسحب قواتها" a term agreed; neither
// tells the withdrawal as an event of the claim ("لم تنسحب" does deny
// one).
func subjunctiveWithdrawal(d *doc, k int) bool {
	return k > 0 && presentWithdrawals[d.toks[k].Stem] && d.toks[k-1].Norm == "ان"
}

// convoyNouns are the folded stems of a military column.
var convoyNouns = foldedSet("رتل", "رتلا", "أرتال", "الرتل", "الأرتال")

// besideConvoyWords are the folded stems of words that make a column the
// place where something fell or was aimed, not a column on the move: "قرب
// رتل"، "محيط الرتل"، "من مقدمة الرتل"، "مؤخرة رتل"، "طريق الرتل".
var besideConvoyWords = foldedSet("قرب", "بقرب", "مقربة", "محيط", "مقدمة", "مؤخرة", "طريق", "مسار",
	"مرور", "أمام", "خلف", "جانب", "جوار", "بجوار", "مسافة")

// convoyAsPlace reports whether the column word at k stands after a word
// of nearness or of a part of the column ("سقط الصاروخ قرب رتل"، "على
// مسافة من مقدمة الرتل"): the column is then where an attack landed, and
// says nothing of a deployment.
func convoyAsPlace(d *doc, k int) bool {
	if !convoyNouns[d.toks[k].Stem] && !convoyNouns[d.toks[k].Norm] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct {
			return false
		}
		if besideConvoyWords[t.Stem] || besideConvoyWords[t.Norm] {
			return true
		}
		if t.Stem != "من" && t.Stem != "بالقرب" && t.Norm != "بالقرب" {
			return false
		}
	}
	return false
}

// footageNouns are the folded stems of pictures and clips.
var footageNouns = foldedSet("صور", "الصور", "مقاطع", "المقاطع", "مقطع", "المقطع", "فيديو", "الفيديو",
	"فيديوهات", "الفيديوهات", "مشاهد", "المشاهد", "لقطات", "اللقطات", "تسجيلات", "التسجيلات")

// oldStems are the folded stems of "old" as a predicate.
var oldStems = foldedSet("قديمة", "قديم", "قديمه")

// oldFootage reports whether pictures or clips are called old within
// eight words of their noun ("الصور المتداولة عن قصف البلدة قديمة",
// "المقطع قديم ويعود إلى 2019"): footage said to be of another day. An
// old building or an old town ("المدينة القديمة") is no footage.
func oldFootage(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) || !footageNouns[d.toks[k].Stem] && !footageNouns[d.toks[k].Norm] {
			continue
		}
		for j := k + 1; j < r.hi && j <= k+8; j++ {
			if d.toks[j].Kind == arabic.TokPunct && !d.toks[j].IsQuote() && d.toks[j].Text != "،" {
				break
			}
			if in(j) && (oldStems[d.toks[j].Stem] || oldStems[d.toks[j].Norm]) {
				return true
			}
		}
	}
	return false
}

// conditionals open a condition: "إذا لم تنسحب القوات" threatens, it
// denies nothing.
var conditionals = map[string]bool{"اذا": true, "ان": true, "لو": true, "طالما": true}

// conditionalBefore reports whether a conditional particle stands right
// before the negator at k.
func conditionalBefore(d *doc, k int) bool {
	return k > 0 && d.toks[k-1].Kind == arabic.TokWord && conditionals[d.toks[k-1].Norm]
}

// ownForcesDenied reads the speaker's own forces as the subject right
// before a past negator of the content ("قواتنا لم تطلق"، "عناصرها لم
// تنفذ"): the actor of the deed the speaker denies is its own side.
func (x *Extractor) ownForcesDenied(d *doc, f frame, r region, in func(int) bool) (string, bool) {
	own := x.actorOfSource(f.src.id)
	if own == "" {
		return "", false
	}
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) {
			continue
		}
		_, m, ok := x.forces.at(d.toks, k)
		if !ok || m.Last >= r.hi || !in(m.Last) || !pastNegators[d.toks[m.Last].Norm] {
			continue
		}
		if ownSuffix(d.toks[m.Last-1]) && !(k > r.lo && exposedTo(d.toks[k-1])) {
			return own, true
		}
	}
	return "", false
}

// pastNegators deny a past deed: "لم تطلق"، "ما شنّت".
var pastNegators = map[string]bool{"لم": true, "ما": true}

// anyWords are "any" with or without a preposition: "أي"، "لأي"، "بأي".
var anyWords = map[string]bool{"اي": true, "لاي": true, "باي": true}

// passiveHelpers stand before a verbal noun in the passive of Arabic
// news: "لم يتم تسجيل أي هجوم"، "لم تجر أي عملية".
var passiveHelpers = map[string]bool{"يتم": true, "تتم": true}

// anyPlaceSpared reports whether a verb of undergoing negated at k has
// "أي" on its subject before it: "أي مستشفى في المدينة لم يتعرض للقصف"
// says no such place was hit at all.
func (x *Extractor) anyPlaceSpared(d *doc, k int, r region) bool {
	if !pastNegators[d.toks[k].Norm] {
		return false
	}
	if _, ok := x.exposureDenied(d, k+1, r); !ok {
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-7; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if t.Norm == "اي" {
			return true
		}
	}
	return false
}

// exposureVerbs say that a place or people underwent a deed ("تعرض
// المشفى للقصف"); after a negator they deny it.
var exposureVerbs = map[string]bool{"يتعرض": true, "تتعرض": true, "يتعرضوا": true, "يتعرضا": true, "تتعرضا": true, "نتعرض": true}

// exposureDenied reads, after a past negator ending at k, a verb of
// undergoing, maybe its subject, then an attack noun with the preposition
// ل ("لم يتعرض المشفى للقصف"، "لم تتعرض لغارات"); it returns the noun.
func (x *Extractor) exposureDenied(d *doc, k int, r region) (int, bool) {
	if k <= r.lo || k >= r.hi || !pastNegators[d.toks[k-1].Norm] || !exposureVerbs[d.toks[k].Stem] {
		return 0, false
	}
	for j := k + 1; j < r.hi && j <= k+3; j++ {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return 0, false
		}
		if !strings.Contains(t.Clitics, "ل") {
			continue
		}
		tr, _, ok := x.triggers.at(d.toks, j)
		if !ok || tr.typ == EventOther || isChemical(tr) {
			return 0, false
		}
		return j, true
	}
	return 0, false
}

// anyDeedAfterVerb reads, after a past negator ending at k, any verb (or
// "يتم" and a verbal noun), maybe its subject, then "أي" and an attack
// word: "لم تطلق أي قذيفة"، "لم تطلق القوات أي قذيفة"، "لم يتعرض لأي
// هجوم"، "لم يتم تسجيل أي غارة". It returns the attack word. Whatever
// the verb, a past deed denied of "any" attack denies that one took
// place; a chemical agent needs a word of using it (see useBefore), and
// "لا"/"لن" stay out ("لن نقبل أي اعتداء" is a warning, not a denial).
func (x *Extractor) anyDeedAfterVerb(d *doc, k int, r region) (int, bool) {
	if k <= r.lo || k >= r.hi || !pastNegators[d.toks[k-1].Norm] || d.toks[k].Kind != arabic.TokWord {
		return 0, false
	}
	if passiveHelpers[d.toks[k].Stem] {
		k++
	}
	words := 0
	for j := k + 1; j < r.hi && words < 3; j++ {
		t := d.toks[j]
		if t.IsQuote() {
			continue // `لم يطلقوا "أي قذيفة"`: the quoted words are the deed
		}
		if t.Kind != arabic.TokWord {
			return 0, false
		}
		words++
		if !anyWords[t.Norm] {
			continue
		}
		tr, _, ok := x.triggers.at(d.toks, j+1)
		if !ok || j+1 >= r.hi || tr.typ == EventOther || isChemical(tr) {
			return 0, false
		}
		return j + 1, true
	}
	return 0, false
}

// supportedEvent returns the token of the event noun after a negator: the
// token right after it, or past a support verb and "أي" ("لم تنفذ أي
// ضربات").
func supportedEvent(d *doc, k int, r region) int {
	if k < r.hi && supportVerbs[d.toks[k].Stem] {
		k++
		if k < r.hi && copulaFillers[d.toks[k].Norm] {
			k++
		}
		k = pastAdverbial(d, k, r) // "لم تشن في أي وقت هجمات"
		if k < r.hi && timeHeads[d.toks[k].Norm] {
			// "لم يحصل خلال اليومين الماضيين أي غارة": past the time
			for j := k + 1; j < r.hi && j <= k+4; j++ {
				if d.toks[j].Norm == "اي" {
					k = j
					break
				}
			}
		}
		if k < r.hi && (d.toks[k].Norm == "اي" || d.toks[k].Norm == "باي" || d.toks[k].Norm == "لاي") {
			k++ // "لم يقم بأي هجوم"
		}
	}
	return min(k, r.hi-1)
}

// hedgedReports are the unconfirmed reports that speak as a source: "تحدثت
// أنباء عن مقتل ...", "ذكرت تقارير غير مؤكدة أن ...".
var hedgedReports = map[string]bool{"انباء": true, "تقارير": true, "معلومات": true}

// hedgedReport reports whether the attribution of a claim is an
// unconfirmed report: "أنباء عن" without the article (not "وكالة الأنباء"),
// or reports and information called unconfirmed or preliminary.
func hedgedReport(d *doc, r region) bool {
	for k := r.lo; k < r.cs && k < r.hi; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord || t.Article || !hedgedReports[t.Stem] || k+1 >= len(d.toks) {
			continue
		}
		switch next := d.toks[k+1]; next.Norm {
		case "عن":
			return t.Stem == "انباء"
		case "غير":
			return k+2 < len(d.toks) && (d.toks[k+2].Stem == "موكده" || d.toks[k+2].Stem == "مؤكده")
		case "متداوله", "اوليه":
			return true
		}
	}
	return false
}

// isMovementType reports whether an event type is a movement of forces
// (withdrawal, deployment, evacuation) rather than an attack.
func isMovementType(t string) bool {
	return t == EventWithdrawal || t == EventDeployment || t == EventEvacuation
}

// actorHomes are the countries of the foreign states that strike in Syria.
var actorHomes = map[string]string{
	"us": "united_states", "israel": "israel", "russia": "russia", "turkey": "turkey", "iran_backed": "iran",
}

// dropActorHome removes the attacker's own country, named as a country,
// from the places of its attack: "the aggression may have been American,
// before the agency deleted the reference to the United States" does not
// place the strike in the United States. An interception is left alone
// (a state defends its own sky), and so are towns of that country.
func dropActorHome(ids []string, c *Claim) []string {
	if c.Actor == nil || c.EventType == EventInterception || isMovementType(c.EventType) {
		return ids
	}
	home := actorHomes[*c.Actor]
	if home == "" || !slices.Contains(ids, home) {
		return ids
	}
	return slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return id == home })
}

// strikeContextDate gives the date a strike claim with no date of its own
// takes from the strike the article last told, when that date came from
// the text rather than from the publication date. A report that opens
// with "a drone targeted the base on Sunday evening" and goes on "blasts
// were heard near the field around eight" tells one attack in two
// sentences whose event types differ (drone, ground, shelling); the
// second sentence is still Sunday's, not the publication day's.
func strikeContextDate(d *doc, ctx *articleContext, eventType string) (string, bool) {
	if !isStrikeType(eventType) || ctx.attack == nil || !isStrikeType(ctx.attack.eventType) {
		return "", false
	}
	dt := ctx.attack.date
	if dt == "" || !ctx.attack.toldDay || !d.published.IsZero() && dt == d.published.Format(time.DateOnly) {
		return "", false
	}
	return dt, true
}

// isStrikeType reports whether an event type is an armed attack of any
// kind: air, artillery, drone or ground.
func isStrikeType(t string) bool {
	switch t {
	case EventAirstrike, EventShelling, EventDroneAttack, EventGroundAttack:
		return true
	}
	return false
}

// untoldDates are the date rules that do not come from a day the claim's
// own text names: the publication date, a date carried from context, and
// dates known only to their month, week or year.
var untoldDates = map[string]bool{
	"date:published": true, "date:context": true, "date:actor_context": true, "date:strike_context": true,
	"date:month": true, "date:year": true, "date:this_year": true, "date:last_year": true, "date:this_month": true,
	"date:last_month": true, "date:week_start": true, "date:this_week": true, "date:last_week": true,
	"date:recalled": true, "date:recalled_reply": true,
}

// toldDay reports whether a claim's rules show a date its text gives to
// the day.
func toldDay(rules []string) bool {
	for _, r := range rules {
		if strings.HasPrefix(r, "date:") {
			return !untoldDates[r]
		}
	}
	return false
}

// carriesToldDay reports whether a date carried to a new attack is the
// told day of the previous attack, so that the day keeps carrying along
// a report that tells one attack over several sentences.
func carriesToldDay(prev *articleContext, date string) bool {
	return prev != nil && prev.toldDay && prev.date == date
}

// timeApartCut finds, inside the claim, a phrase setting another
// incident apart by a length of time ("بعد ساعات من"، "قبل يومين على"):
// what follows it happened elsewhere in time, and the places it names are
// that incident's. It returns the token of "بعد" or "قبل", or -1.
func timeApartCut(d *doc, r region, in func(int) bool) int {
	for k := r.lo + 1; k+2 < r.hi; k++ {
		if !in(k) || d.toks[k].Stem != "بعد" && d.toks[k].Stem != "قبل" || !spanWords[d.toks[k+1].Stem] {
			continue
		}
		for j := k + 2; j < r.hi && j <= k+4; j++ {
			if n := d.toks[j].Norm; n == "من" || n == "علي" {
				return k
			}
		}
	}
	return -1
}

// samePlaceAsAttack reports whether a claim's places fit those of the
// attack the article last told: either names none, or one place is the
// other or lies inside it. A strike the same report tells at another town
// is another attack, whose day the first one's does not give.
func (x *Extractor) samePlaceAsAttack(mine, attack []string) bool {
	if len(mine) == 0 || len(attack) == 0 {
		return true
	}
	for _, p := range mine {
		for _, q := range attack {
			if p == q || x.gaz.Within(p, q) || x.gaz.Within(q, p) {
				return true
			}
		}
	}
	return false
}

// answerVerbs say that a party answered fire with fire: "ردت القوات
// بقصف مدفعي", "ردّ الجيش على مصادر النيران".
var answerVerbs = map[string]bool{"رد": true, "ردت": true, "ردوا": true, "يرد": true, "ترد": true, "ردا": true}

// answersInKind reports whether the claim tells of a party answering
// fire: an answer verb followed, after at most three words of its subject
// ("ردّ عناصر الفصيل بقصف صاروخي"), by an event word with ب ("ردت
// القوات بقصف مدفعي"), by "على مصادر النيران", or by what it answered
// and then the event word with ب ("ردّت الوحدات على الهجوم باستهداف
// المنصات"). A claim that strikes the sources of the fire ("دكّ الجيش
// مصادر إطلاق القذائف") answers too. The claim then describes the
// response, not the attack it answered.
func (x *Extractor) answersInKind(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k+1 < r.hi; k++ {
		if !in(k) || d.toks[k].Kind != arabic.TokWord {
			continue
		}
		if x.namedDeedOpens(d, r, in, k) {
			// "أن المسلحين هاجموا المخفر، ثم ردّ الجنود بالمثل": the
			// claim tells the first side's deed, then the other side's
			// answer (clash_initiator.go).
			return false
		}
		if answerVerbs[d.toks[k].Stem] && x.answerAfter(d, k+1, r.hi, d.toks[k].Stem != "ردا") {
			return true
		}
		if fireSourceAt(d, k, r.hi) && x.triggerBefore(d, k, 3) {
			return true
		}
	}
	return false
}

// answerAfter reads what follows an answer verb: up to three words of
// its subject, then an event word with ب, or على with the sources of
// fire or, after a finite verb (past), within three more words, an event
// word with ب. After the verbal noun "ردا على" what follows is the event
// answered ("ردا على هجوم بطائرات مسيرة"), not the answer.
func (x *Extractor) answerAfter(d *doc, from, hi int, finite bool) bool {
	limit := 3
	for j, words := from, 0; j < hi && words <= limit; j++ {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			break
		}
		if t.Kind != arabic.TokWord {
			continue
		}
		words++
		if hasClitic(t.Clitics, 'ب') || strings.HasPrefix(t.Norm, "ب") {
			_, _, ok := x.triggers.at(d.toks, j)
			return ok
		}
		if t.Norm == "علي" {
			if j+1 < hi && strings.HasPrefix(d.toks[j+1].Stem, "مصادر") {
				return true
			}
			if !finite {
				return false
			}
			limit = words + 3
		}
	}
	return false
}

// fireNouns name the fire whose sources an answering party strikes:
// "مصادر النيران", "مصادر إطلاق القذائف", "مصادر القصف".
var fireNouns = map[string]bool{"نيران": true, "نار": true, "اطلاق": true, "قصف": true, "قذائف": true, "رمايات": true}

// fireSourceAt reports whether "مصادر" and a fire noun stand at k.
func fireSourceAt(d *doc, k, hi int) bool {
	if !strings.HasPrefix(d.toks[k].Stem, "مصادر") || k+1 >= hi {
		return false
	}
	return fireNouns[strings.TrimPrefix(d.toks[k+1].Stem, "ال")]
}

// triggerBefore reports whether an event word stands within n tokens
// before k: the sources of fire are then what it struck.
func (x *Extractor) triggerBefore(d *doc, k, n int) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if _, m, ok := x.triggers.at(d.toks, j); ok && m.Last <= k {
			return true
		}
	}
	return false
}

// compAt matches a complementizer ("أن", "إن", "بأنه") at token k. A word
// with the article is none: "الآن" (now) folds to the same letters as
// "أن" but says when, and content does not begin after it.
func (x *Extractor) compAt(toks []arabic.Token, k int) (string, arabic.Match, bool) {
	if toks[k].Article {
		return "", arabic.Match{}, false
	}
	return x.comp.at(toks, k)
}

// clockWords tell an hour of the day with no day: the adverbial
// accusatives ("ظهراً", "فجراً", "ليلاً") and "الساعة" ("عند الساعة
// الرابعة").
var clockWords = map[string]bool{"صباحا": true, "ظهرا": true, "عصرا": true, "ليلا": true, "فجرا": true,
	"مساءا": true, "الساعه": true}

// clockTimeIn reports whether the claim tells an hour of the day (see
// clockWords).
func clockTimeIn(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if in(k) && clockWords[d.toks[k].Norm] {
			return true
		}
	}
	return false
}

// massacreWord reports whether a folded stem is a massacre noun («مجزرة»,
// «مجازر») or a form of the verb of committing one («ارتكب», «يرتكبون»,
// «ارتكاب»), words that name a toll and a guilt but not the means.
func massacreWord(stem string) bool {
	return strings.HasPrefix(stem, "مجزر") || strings.HasPrefix(stem, "مجازر") || strings.Contains(stem, "رتكب") ||
		strings.HasPrefix(stem, "ارتكاب")
}

// lastTollGroup is the victims' group of the tolls of the last claim
// among cs that gives a whole toll, "" when none does or it gives tolls
// of several groups ("14 قتلى بينهم 9 مدنيين ... والخمسة الآخرون من التنظيم": the
// others after them are of no one group). Earlier tolls do not count.
func lastTollGroup(cs []Claim) string {
	for i := len(cs) - 1; i >= 0; i-- {
		g, whole := "", false
		for _, f := range cs[i].Figures {
			if f.Earlier {
				continue
			}
			if g != "" && f.Group != g {
				return ""
			}
			g, whole = f.Group, whole || !f.Subset
		}
		// Subsets alone ("بين القتلى 11 طفلاً") are part of a toll told
		// before them; the others are others than that toll's.
		if g != "" && whole {
			return g
		}
	}
	return ""
}

// chargedDeedHeads are the heads of a charge that points back to a deed
// told before through an attached pronoun ("بالوقوف وراءه", "خلفها",
// "بتنفيذه", "بارتكابها", "مسؤوليته") or names the blame for it ("حمّله
// المسؤولية").
var chargedDeedHeads = []string{"ورا", "خلف", "تنفيذ", "ارتكاب", "مسؤوليت"}

// thenWords say that the charge was made at the time of an earlier
// event ("اتهم النظام حينها إسرائيل"): it is that event's.
var thenWords = map[string]bool{"حينها": true, "انذاك": true, "وقتها": true, "حينذاك": true, "يومها": true}

// chargesWithIt reports whether the region charges a party with a deed
// told before: a head of chargedDeedHeads with an attached pronoun, or
// "المسؤولية", and no word that dates the charge to an earlier time.
func chargesWithIt(d *doc, r region, in func(int) bool) bool {
	found := false
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord {
			continue
		}
		if thenWords[t.Stem] {
			return false
		}
		if t.Stem == "مسؤوليه" && t.Article {
			found = true
		}
		for _, h := range chargedDeedHeads {
			for _, w := range []string{t.Stem, t.Norm} { // "وراءه": its و is no conjunction
				rest, ok := strings.CutPrefix(w, h)
				if rest = strings.TrimLeft(rest, "ءئا"); ok && (rest == "ه" || rest == "ها" || rest == "هما" || rest == "هم") {
					found = true
				}
			}
		}
	}
	return found
}

// reflexiveBlast are the folded objects that make the verb فجّر a bomber
// blowing himself up, however many words of the subject come between
// ("فجّر مهاجم ثانٍ نفسه"، "فجّرت امرأة حزامها الناسف").
var reflexiveBlast = foldSet("نفسه", "نفسها", "أنفسهم", "نفسيهما", "حزامه", "حزامها", "أحزمتهم")

// bomberBlowsHimselfUp reports whether the word at k is the past or
// present of فجّر, not the dawn, because one of reflexiveBlast follows it
// within three words before hi.
func bomberBlowsHimselfUp(d *doc, k, hi int) bool {
	switch strings.TrimPrefix(d.toks[k].Norm, "و") {
	case "فجر", "فجرت", "يفجر", "تفجر", "فجروا":
	default:
		return false
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		if d.toks[j].Kind != arabic.TokWord {
			return false
		}
		if reflexiveBlast[d.toks[j].Norm] {
			return true
		}
	}
	return false
}

// negatorAt is the negator starting at token k, read without a
// preposition or "ك" before it: "كما" (as, also), "بما" (with what),
// "لما" (when) and "كلا" (both) are no negations, but "وما"، "فلا" are.
func (x *Extractor) negatorAt(d *doc, k int) (arabic.Match, bool) {
	_, m, ok := x.negator.at(d.toks, k)
	if !ok || strings.ContainsAny(m.Clitics, "كبل") {
		return arabic.Match{}, false
	}
	return m, true
}
