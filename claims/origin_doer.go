package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// originNounStems are the folded nouns of "source" that, in construct with
// the fire, open a nominal sentence whose predicate is the ground the fire
// came from: "مصدر الصواريخ نقاطٌ تسيطر عليها قوات النظام"، "مصدر النيران كان
// من مناطق سيطرة قسد"، "مصادر القصف هي مرابض قوات النظام".
var originNounStems = foldSet("مصدر", "مصادر")

// firedThings are the folded fire and weapon nouns, with the article, that
// follow the noun of source in construct.
var firedThings = foldSet("القذائف", "القذيفة", "النيران", "النار", "الصواريخ", "الصاروخ", "القصف", "الرصاص", "الطلقات",
	"الرصاصة", "الاستهداف", "الهجوم", "الضربات", "الضربة", "الغارات", "الغارة", "المسيرة", "المسيرات", "الطائرات",
	"الطائرة", "القنابل", "القذائف الصاروخية")

// originCopulas may stand between the fire and the ground it came from:
// "مصدر النيران كان من ..."، "مصدر القصف هو ...".
var originCopulas = foldSet("هو", "هي", "كان", "كانت", "من", "يعود", "تعود", "الي", "إلى", "يقع", "تقع", "في")

// originNamed reads the party that holds the ground the predicate of
// "مصدر <the fire>" names: who fires from a party's positions is that
// party, as in launchedFrom.
func (x *Extractor) originNamed(d *doc, r region, in func(int) bool) (string, bool) {
	for k := r.lo; k+1 < r.hi; k++ {
		t := d.toks[k]
		if !in(k) || t.Kind != arabic.TokWord || t.Article || !originNounStems[arabic.Fold(t.Norm)] {
			continue
		}
		f := d.toks[k+1]
		if !in(k+1) || f.Kind != arabic.TokWord || !firedThings[arabic.Fold(f.Norm)] {
			continue
		}
		if a, ok := x.groundHolder(d, k+2, r.hi, in); ok {
			return a, true
		}
	}
	for k := r.lo; k+1 < r.hi; k++ {
		// "القصف مصدره مواقع قسد"، "بقصف مصدره مناطق سيطرة النظام": the
		// fire first, its source as a pronoun on the noun after it.
		t, o := d.toks[k], d.toks[k+1]
		if !in(k) || !in(k+1) || t.Kind != arabic.TokWord || o.Kind != arabic.TokWord || o.Clitics != "" || !originPronouns[o.Norm] {
			continue
		}
		stem := t.Stem
		if t.Clitics == "" && !t.Article {
			// "بقصف": ب kept on a stem of three letters.
			if rest, ok := strings.CutPrefix(stem, "ب"); ok && firedThings[arabic.Fold("ال"+rest)] {
				stem = rest
			}
		}
		if !firedThings[arabic.Fold("ال"+stem)] {
			continue
		}
		if a, ok := x.groundHolder(d, k+2, r.hi, in); ok {
			return a, true
		}
	}
	return "", false
}

// originPronouns are the noun of source with the pronoun of the fire
// before it (folded): "القصف مصدره"، "القذائف مصدرها".
var originPronouns = map[string]bool{"مصدره": true, "مصدرها": true, "مصدرهما": true, "مصادره": true, "مصادرها": true}

// groundHolder reads, from j, past copulas and words of ground, the party
// that holds it: "نقاطٌ تسيطر عليها قسد"، "من مناطق سيطرة قسد". At
// least one word of ground must come first: a party right after the fire
// ("مصدر القذائف النظام") is no predicate this reads.
func (x *Extractor) groundHolder(d *doc, j, end int, in func(int) bool) (string, bool) {
	ground := false
	for k := j; k < end && k < j+8; k++ {
		u := d.toks[k]
		if u.IsQuote() {
			continue
		}
		if u.Kind != arabic.TokWord || !in(k) {
			return "", false
		}
		if originWords[arabic.Fold(u.Stem)] || originWords[arabic.Fold(u.Norm)] {
			ground = true
			continue
		}
		if !ground && originCopulas[arabic.Fold(u.Norm)] {
			continue
		}
		if !ground {
			return "", false
		}
		if a, _, ok := x.actorAt(d, k); ok && namedActor(a) {
			return a, true
		}
		return "", false
	}
	return "", false
}
