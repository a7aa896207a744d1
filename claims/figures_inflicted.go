package claims

import "github.com/riwaya/riwaya/claims/arabic"

// Bare plurals inflicted: the object of "أوقع" (to inflict) or the
// martyrs' verb is a toll with no number ("أوقع قتلى في صفوفهم"، "موقعة
// في صفوفهم قتلى"، "ارتقاء شهداء"): a vague figure of at least two. A
// pair ("أوقع قتلى وجرحى") is coded now as two tolls, now as one combined
// toll, and is left alone; a multitude after the noun ("قتلى بالعشرات")
// is a number and counts by itself.

// inflictVerbs are the forms of "أوقع" and of the martyrs' rise that take
// a bare toll as their object (folded stems). The masculine participle
// "موقع" and its accusative read as "site" and are left out.
var inflictVerbs = map[string]bool{
	"اوقع": true, "اوقعت": true, "اوقعا": true, "اوقعوا": true, "يوقع": true, "توقع": true, "يوقعون": true,
	"موقعه": true, "موقعين": true, "ايقاع": true,
	"ارتقاء": true, "ارتقي": true, "ارتقت": true,
}

// inflictedNouns are the bare outcome plurals an inflicting verb takes.
// "ضحايا" is left out: it names the killed and the wounded alike.
var inflictedNouns = map[string]string{
	"قتلي": OutcomeKilled, "شهداء": OutcomeKilled, "جرحي": OutcomeWounded, "مصابين": OutcomeWounded,
	"اصابات": OutcomeWounded,
}

// inflictedFigures finds bare outcome plurals after an inflicting verb.
func (x *Extractor) inflictedFigures(d *doc, r region, in func(int) bool, have []figCand) []figCand {
	var out []figCand
	for k := r.lo; k < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || !inflictVerbs[t.Stem] || t.Article || bareNegated(d, k, r) {
			continue
		}
		j, ok := x.inflictedObject(d, k, r)
		if !ok {
			continue
		}
		n := d.toks[j]
		if covers(have, n.Start) || j+1 < r.hi && (x.isNumberWord(d, j+1) || d.toks[j+1].Kind == arabic.TokNumber || pairedOutcome(d.toks[j+1])) {
			continue
		}
		f := bareVague(inflictedNouns[n.Stem], x.group(d, j+1, r, in), n.Start, n.End)
		if f.Group == "others" {
			f.Group = "unknown"
		}
		out = append(out, figCand{Figure: f, first: j, last: j + 1})
	}
	return out
}

// inflictedObject finds the bare outcome plural that is the object of the
// verb at k, past its subject ("أوقع القصف قتلى") or "في صفوف ..." /
// "بين ..." ("موقعة في صفوفهم قتلى"), within four words and no number.
func (x *Extractor) inflictedObject(d *doc, k int, r region) (int, bool) {
	for j := k + 1; j < r.hi && j <= k+4; j++ {
		n := d.toks[j]
		if n.Kind != arabic.TokWord || x.isNumberWord(d, j) || n.Stem == "اي" {
			return 0, false
		}
		if _, ok := inflictedNouns[n.Stem]; ok && !n.Article {
			return j, true
		}
	}
	return 0, false
}

// pairedOutcome reports whether t joins a second outcome plural to the
// first: "قتلى وجرحى".
func pairedOutcome(t arabic.Token) bool {
	_, ok := inflictedNouns[t.Stem]
	return ok && hasClitic(t.Clitics, 'و') && !t.Article
}
