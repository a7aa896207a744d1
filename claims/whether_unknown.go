package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// whetherWindow is how many tokens the question after "whether" may run.
const whetherWindow = 14

// whetherDoerUnknown reports whether the claim says it is not known
// whether a party did the deed or the fire came from its ground: "ولم
// يُعرف إن كانت القذائف أُطلقت من مناطق سيطرة النظام"، "لم يتضح ما إذا
// كانت الغارات روسية"، "دون أن يتسنى التأكد مما إذا كان التنظيم وراء
// الهجوم". The party named inside the question is only a guess: the doer
// is not known. A question of another kind ("ما إذا كان هناك قتلى") names
// no party and says nothing of the doer.
func (x *Extractor) whetherDoerUnknown(d *doc, r region, in func(int) bool) bool {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		if q, ok := negatedWhetherAt(d, k, r.hi); ok && x.partyInQuestion(d, q, r.hi, in) {
			return true
		}
	}
	return false
}

// negatedWhetherAt returns the token after "whether" when token k opens a
// negated verb of knowing followed by a whether-question ("لم يتضح ما إذا
// كانت"، "لم يتبين إن كان").
func negatedWhetherAt(d *doc, k, hi int) (int, bool) {
	_, m, ok := knowingWords.at(d.toks, k)
	if !ok || !negatedKnowing(d, k) {
		return 0, false
	}
	return whetherAfter(d, m.Last, hi)
}

// whetherAfter reports whether "whether" opens within two words of j:
// "ما إذا"، "مما إذا"، "فيما إذا"، "إذا"، "هل", or "إن" before a form of
// "كان" ("إن كانت"). It returns the token after it.
func whetherAfter(d *doc, j, hi int) (int, bool) {
	for k := j; k < hi && k < j+3; k++ {
		t := d.toks[k]
		if t.IsQuote() {
			continue
		}
		if t.Kind != arabic.TokWord {
			return 0, false
		}
		switch t.Norm {
		case "اذا", "هل":
			return k + 1, true
		case "ان":
			if k+1 < hi && kanaForm(d.toks[k+1].Norm) {
				return k + 1, true
			}
			return 0, false
		}
		if strings.HasSuffix(t.Norm, "اذا") {
			return k + 1, true // "فيما إذا"، "بما إذا"
		}
	}
	return 0, false
}

// kanaForm reports whether a folded word is a form of "كان".
func kanaForm(norm string) bool {
	switch norm {
	case "كان", "كانت", "كانوا", "كانا", "يكون", "تكون", "يكونوا":
		return true
	}
	return false
}

// partyInQuestion reports whether the question from q to the next
// punctuation asks who did the deed: the fire launched from a party's
// ground ("أُطلقت من مواقع قسد"، "مصدر الصواريخ نقاط الجيش التركي"), the
// deed named by the party's nisba or name right after it ("كانت الغارات
// روسية"), or the party said to stand behind it ("كان التنظيم وراء
// الهجوم"). A party named otherwise (the victims' side: "في صفوف الجنود
// الأتراك") is not asked about.
func (x *Extractor) partyInQuestion(d *doc, q, hi int, in func(int) bool) bool {
	end := q
	for end < hi && end < q+whetherWindow && in(end) && (d.toks[end].Kind == arabic.TokWord || d.toks[end].IsQuote()) {
		end++
	}
	for k := q; k < end; k++ {
		t := d.toks[k]
		if t.Kind != arabic.TokWord {
			continue
		}
		if launchVerbs[arabic.Fold(t.Stem)] || launchVerbs[t.Norm] {
			j := k + 1
			if j < end && d.toks[j].Norm == "من" {
				j++
			}
			if _, ok := x.groundHolder(d, j, end, in); ok {
				return true
			}
		}
		if originNounStems[arabic.Fold(t.Norm)] && !t.Article && k+1 < end && firedThings[arabic.Fold(d.toks[k+1].Norm)] {
			if _, ok := x.groundHolder(d, k+2, end, in); ok {
				return true
			}
		}
		if tr, tm, ok := x.triggers.at(d.toks, k); ok && tr.typ != EventOther && !verbLike(t) && tm.Last < end {
			if a, m, ok := x.actorAt(d, tm.Last); ok && namedActor(a) && m.Clitics == "" {
				return true
			}
		}
		if a, m, ok := x.actorAt(d, k); ok && namedActor(a) && m.Last < end {
			if s := d.toks[m.Last].Stem; s == "وراء" || s == "خلف" {
				return true
			}
		}
	}
	return false
}

// affiliationInQuestion returns the party the claim says it does not know
// the doer to belong to: "لم يتبين إن كان المهاجم مرتبطاً تنظيمياً
// بالتنظيم"، "لم يتضح هل كان منتسباً إلى الفصيل". The party is the one
// asked about, in the stance of not knowing (see claim), not one blamed.
func (x *Extractor) affiliationInQuestion(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		if !in(k) {
			continue
		}
		q, ok := negatedWhetherAt(d, k, r.hi)
		if !ok {
			continue
		}
		for j := q; j < r.hi && j < q+whetherWindow && in(j) && (d.toks[j].Kind == arabic.TokWord || d.toks[j].IsQuote()); j++ {
			if !affiliationStems[arabic.Fold(d.toks[j].Stem)] {
				continue
			}
			if a, ok := x.partyWithin(d, j+1, min(r.hi, j+1+affiliationReach), in); ok {
				return a, true
			}
		}
	}
	return "", false
}

// affiliationStems are the folded words that tie a man to a party:
// linked, belonging, following, enlisted.
var affiliationStems = foldSet("مرتبط", "مرتبطا", "مرتبطه", "مرتبطين", "مرتبطون", "ينتمي", "تنتمي", "ينتمون", "منتمي",
	"منتميا", "تابع", "تابعا", "تابعه", "تابعين", "ينتسب", "منتسب", "منتسبا")

// affiliationReach is how many tokens after a word of affiliation the
// party may come: a manner ("تنظيمياً") and a preposition may stand between.
const affiliationReach = 3

// partyWithin returns the named party that opens at one of the words
// from lo to hi, before any punctuation, by its name or by the bare head
// that points back to it (see kindAntecedent).
func (x *Extractor) partyWithin(d *doc, lo, hi int, in func(int) bool) (string, bool) {
	for j := lo; j < hi && j < len(d.toks); j++ {
		if d.toks[j].Kind != arabic.TokWord {
			return "", false
		}
		if a, _, ok := x.actorAt(d, j); ok && in(j) && namedActor(a) {
			return a, true
		}
		if a, _, ok := x.kindAntecedent(d, j); ok && in(j) && namedActor(a) {
			return a, true // "إلى التنظيم": the organisation named before
		}
	}
	return "", false
}
