package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// harmVerbOutcome gives the outcome of an imperfect passive of being hit
// that follows a negation (folded stems): killed for "يُقتل"، "يمت"،
// "يستشهد"; wounded for "يُصب"، "يُصاب"، "يُجرح". A conjunction clitic is
// allowed only where the caller says so.
func harmVerbOutcome(t arabic.Token, clitic bool) string {
	if t.Kind != arabic.TokWord || t.Clitics != "" && !(clitic && t.Clitics == "و") {
		return ""
	}
	switch {
	case killedVerbs[t.Stem]:
		return OutcomeKilled
	case t.Stem == "يصب" || t.Stem == "يصاب" || t.Stem == "تصب" || t.Stem == "يجرح" || t.Stem == "تجرح":
		return OutcomeWounded
	}
	return ""
}

// harmNouns are the verbal nouns of being killed or hurt that a verb of
// occurring takes before the people spared (folded stems): "لم تسفر عن
// مقتل أي طفل"، "دون إصابة أحد".
var harmNouns = map[string]string{
	"مقتل": OutcomeKilled, "استشهاد": OutcomeKilled, "وفاه": OutcomeKilled,
	"اصابه": OutcomeWounded, "جرح": OutcomeWounded,
}

// nobodyAt reports whether token k opens the people nobody of whom was
// hurt: "أحد" (also "أحداً") or "أي" before a noun.
func nobodyAt(d *doc, k int, r region) bool {
	if k >= r.hi || d.toks[k].Kind != arabic.TokWord || d.toks[k].Clitics != "" {
		return false
	}
	n := d.toks[k].Norm
	return n == "احد" || n == "احدا" || n == "اي" && k+1 < r.hi && d.toks[k+1].Kind == arabic.TokWord
}

// orAt reports whether token k joins two harms: "أو" or "و" written apart,
// or a second negation "ولم"; it returns the token after the joint.
func orAt(d *doc, k int, r region) (int, bool) {
	if k >= r.hi || d.toks[k].Kind != arabic.TokWord {
		return 0, false
	}
	switch d.toks[k].Norm {
	case "او", "و":
		if k+1 < r.hi && d.toks[k+1].Norm == "لم" {
			return k + 2, true // "أو لم يُصب"
		}
		return k + 1, true
	case "ولم", "ولا":
		return k + 1, true
	}
	return 0, false
}

// zeroHarmsAt reads at token k a negation of being killed, hurt or both,
// before the people spared, which the single-harm readings of
// zeroPhraseAt miss: two passives joined ("لم يُقتل أو يُصب أحد"،
// "لم يُقتل ولم يُصب أحد") or verbal nouns after a verb of occurring ("لم
// تؤد إلى مقتل أو إصابة أحد"، "دون أن تؤدي إلى مقتل أحد"). It
// returns each outcome named and the token after "أي"/"أحد", where the
// people's group is read.
func zeroHarmsAt(d *doc, k int, r region) ([]string, int, bool) {
	t := d.toks[k]
	neg := strings.TrimPrefix(t.Norm, "و")
	if neg != "لم" && neg != "دون" && neg != "بدون" && neg != "عدم" && neg != "بعدم" {
		return nil, 0, false
	}
	j := k + 1
	if j < r.hi && d.toks[j].Norm == "ان" {
		j++ // "دون أن تسفر"
	}
	// Two passives: "لم يُجرح أو يُقتل أي شخص".
	if o1 := harmVerbOutcome(d.toks[min(j, r.hi-1)], false); j < r.hi && o1 != "" {
		e, ok := orAt(d, j+1, r)
		if !ok || e >= r.hi {
			return nil, 0, false
		}
		o2 := harmVerbOutcome(d.toks[e], true)
		if o2 == "" || o2 == o1 || !nobodyAt(d, e+1, r) {
			return nil, 0, false
		}
		return []string{o1, o2}, e + 2, true
	}
	// Verbal nouns after a verb of occurring: "لم يؤد إلى مقتل (أو
	// إصابة) أي مدني".
	j, verbs, _ := skipZeroVerbs(d, j, r)
	if verbs == 0 || j >= r.hi || d.toks[j].Article {
		return nil, 0, false
	}
	o1, ok := harmNouns[d.toks[j].Stem]
	if !ok || d.toks[j].Clitics != "" {
		return nil, 0, false
	}
	outs := []string{o1}
	j++
	if e, ok := orAt(d, j, r); ok && e < r.hi && !d.toks[e].Article {
		if o2, ok := harmNouns[d.toks[e].Stem]; ok && o2 != o1 && d.toks[e].Clitics == "" {
			outs, j = append(outs, o2), e+1
		}
	}
	if !nobodyAt(d, j, r) {
		return nil, 0, false
	}
	return outs, j + 1, true
}
