package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// hedgedAircraftOwner reads the owner that a hedge right after aircraft
// names with a word of belonging: "طائرة مسيّرة يُرجّح أنها من
// طائرات التحالف"، "مقاتلات يُعتقد أنها تعود إلى سلاح الجو التركي"، "طيران
// مجهول يرجح أنه يتبع للقوات الروسية". pm is the hedge ("يرجح أنها").
// Only aircraft before the hedge, with nothing between but their
// adjectives, make the owner the doer: sites or depots "believed to
// belong to" a party are the target ("مواقع يُعتقد أنها تابعة لحزب
// الله").
func (x *Extractor) hedgedAircraftOwner(d *doc, pm arabic.Match, hi int, in func(int) bool) (string, bool) {
	first := pm.First
	if first > 0 && hedgeVerb(d.toks[first-1]) {
		first-- // "يُعتقد | أنها"
	}
	if !aircraftBefore(d, first) {
		return "", false
	}
	return x.ownerAt(d, pm.Last, hi, in)
}

// hedgeVerb reports whether t is an impersonal verb of guessing before a
// complementizer: "يُرجّح"، "يُعتقد"، "يُشتبه"، "يُحتمل"، "يبدو".
func hedgeVerb(t arabic.Token) bool {
	if t.Kind != arabic.TokWord {
		return false
	}
	switch t.Stem {
	case "يرجح", "ترجح", "يعتقد", "تعتقد", "يشتبه", "يحتمل", "يبدو", "يظن", "يرجحون", "يعتقدون":
		return true
	}
	return false
}

// aircraftBefore reports whether the words right before k are aircraft,
// with at most two adjectives of theirs after the noun ("طائرة مسيّرة
// مجهولة").
func aircraftBefore(d *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := d.toks[j]
		if t.Kind != arabic.TokWord {
			return false
		}
		if aircraftWord(t) || t.Stem == "طيران" {
			return true
		}
		if !aircraftAdjective(t) {
			return false
		}
	}
	return false
}

// aircraftAdjective reports whether t is an adjective aircraft take in
// reports of unclaimed strikes: "مسيّر"، "مجهولة"، "(مجهولة) الهوية"،
// and the participles of raiding ("المغيرة"، see air_doer.go).
func aircraftAdjective(t arabic.Token) bool {
	switch t.Stem {
	case "مسير", "مسيرا", "مسيره", "هويه", "مصدر", "جنسيه", "حربي", "حربيه":
		return true
	}
	return raidingAdjective(t) || strings.HasPrefix(t.Stem, "مجهول")
}

// ownerAt reads, at k, a word of belonging and the party it names:
// "تابعة لـ"، "تتبع لـ"، "تعود لـ/إلى"، "عائدة إلى".
func (x *Extractor) ownerAt(d *doc, k, hi int, in func(int) bool) (string, bool) {
	if k+1 >= hi || !in(k) || !in(k+1) || d.toks[k].Kind != arabic.TokWord {
		return "", false
	}
	t := d.toks[k]
	returning := false
	switch t.Stem {
	case "تعود", "يعود", "عائده", "عائد", "تنتمي", "ينتمي":
		returning = true
	default:
		if !ownership(t) {
			return "", false
		}
	}
	o := k + 1
	if returning && d.toks[o].Kind == arabic.TokWord && d.toks[o].Norm == "الى" {
		if o+1 >= hi || !in(o+1) {
			return "", false
		}
		a, _, ok := x.actorAt(d, o+1)
		if ok && namedActor(a) {
			return a, true
		}
		return "", false
	}
	if a, m, ok := x.actorAt(d, o); ok && hasClitic(m.Clitics, 'ل') && namedActor(a) {
		return a, true
	}
	if hasClitic(d.toks[o].Clitics, 'ل') {
		// "تابعة للجيش التركي": a force with its nationality
		if a, ok := x.actorAfter(d, o, hi, in); ok && namedActor(a) {
			return a, true
		}
	}
	return "", false
}

// aircraftOwnedPredicate reads the owner of definite aircraft that open a
// clause, whose predicate is a word of belonging: "أن تكون الطائرات
// تابعة لروسيا"، "إن الطائرات تعود إلى سلاح الجو الروسي". The
// aircraft are those of the event told, so their owner is its doer, even
// when the claim names no deed of its own.
func (x *Extractor) aircraftOwnedPredicate(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !t.Article || t.Clitics != "" || !aircraftWord(t) {
			continue
		}
		if !clauseOpening(d, k) {
			continue
		}
		o := k + 1
		for o < r.hi && o < k+3 && d.toks[o].Kind == arabic.TokWord && d.toks[o].Article && aircraftAdjective(d.toks[o]) {
			o++ // "المسيّرات المجهولة"
		}
		if a, ok := x.ownerAt(d, o, r.hi, in); ok {
			return a, true
		}
	}
	return "", false
}

// clauseOpening reports whether the word at k opens a clause: after a
// complementizer ("أن"، "إن"، "بأن") or a verb of being right after one
// ("أن تكون"، "إن كانت").
func clauseOpening(d *doc, k int) bool {
	if k == 0 {
		return false
	}
	p := d.toks[k-1]
	if p.Kind != arabic.TokWord {
		return false
	}
	if complementizerWord(p) {
		return true
	}
	switch p.Stem {
	case "تكون", "يكون", "كانت", "كان":
		return k >= 2 && d.toks[k-2].Kind == arabic.TokWord && complementizerWord(d.toks[k-2])
	}
	return false
}

// complementizerWord reports whether t is "أن"، "إن" or "أنّ" with or
// without a proclitic ("بأن"، "وأن").
func complementizerWord(t arabic.Token) bool {
	return t.Kind == arabic.TokWord && (t.Stem == "ان" || t.Stem == "إن" || t.Stem == "أن")
}

// hedgeCueOwner is hedgedAircraftOwner when the hedge is the cue of the
// claim itself: "طائرة مسيّرة | يُعتقد أنها
// تعود لتركيا قصفت شاحنة". The cue stands right after the aircraft
// and ends in a complementizer with its pronoun ("أنها"، "أنه").
func (x *Extractor) hedgeCueOwner(d *doc, r region, in func(int) bool) (string, bool) {
	if r.anchor < r.lo || r.cs-r.anchor < 2 || r.cs-r.anchor > 3 || !aircraftBefore(d, r.anchor) {
		return "", false
	}
	switch d.toks[r.cs-1].Stem {
	case "انها", "انه", "انهم":
	default:
		return "", false
	}
	return x.ownerAt(d, r.cs, r.hi, in)
}
