package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// vehicleTargets are the target words that name a vehicle, whose load or
// owner says what was hit.
var vehicleTargets = map[string]bool{
	"vehicle": true, "vehicles": true, "bus": true, "buses": true, "truck": true, "trucks": true, "car": true,
	"shuttle bus": true, "shuttle buses": true,
}

// pronounSuffixes are the attached pronouns of the third person that
// point back at people already named: "سيارتهم"، "تقله"، "تقلهن".
var pronounSuffixes = []string{"هما", "هم", "هن", "ها", "ه"}

// cutPronoun returns stem without a third-person pronoun suffix.
func cutPronoun(stem string) (string, bool) {
	for _, suf := range pronounSuffixes {
		if base, ok := strings.CutSuffix(stem, suf); ok && len([]rune(base)) >= 2 {
			return base, true
		}
	}
	return stem, false
}

// ownVehicle reads whom a vehicle belonged to when its noun carries a
// possessive pronoun ("قصفت المسيرة سيارتهم"، "استهدفت سيارته"): the
// people named before it in the clause, whom the pronoun points back at.
func (x *Extractor) ownVehicle(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if !vehicleTargets[t] || m.Last-1 < r.lo {
		return "", false
	}
	stem := d.toks[m.Last-1].Stem
	if !strings.HasPrefix(stem, "سيار") && !strings.HasPrefix(stem, "حافل") && !strings.HasPrefix(stem, "شاحن") {
		return "", false
	}
	// the feminine ending shows as ت before a suffix ("سيارته"), as ه
	// (folded ة) without one ("سيارة")
	if base, ok := cutPronoun(stem); !ok || !strings.HasSuffix(base, "ت") {
		return "", false
	}
	return x.peopleInSentence(d, r, in, m.First)
}

// peopleInSentence finds the nearest people named before token j, also
// before the claim's clause in the same sentence, to whom a pronoun at j
// points back: "قتل ثلاثة قياديين بعد أن قصفت مسيرة سيارتهم"، "سبعة قتلى
// بقذيفة على سيارة كانت تقلهم".
func (x *Extractor) peopleInSentence(d *doc, r region, in func(int) bool, j int) (string, bool) {
	if p, ok := x.peopleBefore(d, r, in, j); ok {
		return p, true
	}
	lo := max(sentenceStart(d, j), j-ownerReach)
	if lo >= r.lo {
		return "", false
	}
	return x.peopleBefore(d, region{lo: lo, hi: r.hi}, func(k int) bool { return k >= lo }, j)
}

// ownerReach is how many tokens back the owners of a vehicle with a
// possessive pronoun are looked for.
const ownerReach = 14

// sentenceStart is the first token of the sentence holding token k, or
// k when none does.
func sentenceStart(d *doc, k int) int {
	for _, s := range d.sents {
		if k >= s.first && k < s.last {
			return s.first
		}
	}
	return k
}

// carriedPronoun reports whether the word is a verb of carrying with an
// attached pronoun: "تقله"، "تقلهم"، "تنقلهن"، "تقلهما".
func carriedPronoun(stem string) bool {
	base, ok := cutPronoun(stem)
	return ok && vehicleCarryVerbs[base] && base != "كانت"
}

// soCalledWords introduce a name or title the writer keeps at a distance
// ("تقل ما يسمى قائد العمليات"، "تقل المدعو"): skipped before whom a
// vehicle carried. Folded stems.
var soCalledWords = foldedSet("ما", "يسمى", "يسمي", "تسمى", "المدعو", "المدعوة", "مدعو", "مدعوة")

// targetNotableWords are the notables of a clan or a village, civilians
// whom a killing or an ambush hits with their car: "شيخ العشيرة"، "أحد
// وجهاء القرية"، "مختار البلدة".
var targetNotableWords = map[string]string{
	"شيخ عشيرة": "civilian tribal notable", "شيخ العشيرة": "civilian tribal notable", "شيخ قبيلة": "civilian tribal notable",
	"شيخ القبيلة": "civilian tribal notable", "شيوخ العشائر": "civilian tribal notables", "شيوخ عشائر": "civilian tribal notables",
	"شيوخ قبيلة": "civilian tribal notables", "شيوخ القبيلة": "civilian tribal notables",
	"وجهاء": "civilian notables", "وجيه": "civilian notable", "=مختار": "civilian notable", "=المختار": "civilian notable",
}

// oneOf are the words of "one of" that may stand between a vehicle and
// its owner: "سيارة أحد القياديين"، "سيارة إحدى الناشطات". Folded stems.
var oneOf = foldedSet("أحد", "احد", "إحدى", "احدى")

// vehicleOf reads whose a vehicle was when a person follows it in a
// construct ("سيارة المختار"، "سيارة أحد وجهاء القرية"، "سيارة قيادي في
// الفصيل"): the car is the owner's, and the owner says what was hit.
func (x *Extractor) vehicleOf(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if !vehicleTargets[t] {
		return "", false
	}
	j := m.Last
	one := j < r.hi && in(j) && d.toks[j].Clitics == "" && oneOf[d.toks[j].Stem]
	if one {
		j++
	}
	// after "أحد" a و starts the word ("أحد وجهاء"), it joins nothing
	if j >= r.hi || !in(j) || d.toks[j].Clitics != "" && !(one && d.toks[j].Clitics == "و") {
		return "", false
	}
	if t2, _, ok := x.targets.at(d.toks, j); ok && people(t2) {
		return t2, true
	}
	if o, ok := vehicleOwnerWords[d.toks[j].Stem]; ok && !one {
		return o, true
	}
	return "", false
}

// vehicleOwnerWords are people who, as the owner of a car, say it was
// civilian, though alone they are too ambiguous to be a target word
// ("الشيخ" starts place names): "سيارة الشيخ". Folded stems.
var vehicleOwnerWords = map[string]string{"شيخ": "civilian notable"}

// vehicleOwner reads whose a vehicle was: a person after it in a
// construct (see vehicleOf) or people named before it to whom its
// possessive pronoun points (see ownVehicle).
func (x *Extractor) vehicleOwner(d *doc, r region, in func(int) bool, t string, m arabic.Match) (string, bool) {
	if o, ok := x.vehicleOf(d, r, in, t, m); ok {
		return o, true
	}
	return x.ownVehicle(d, r, in, t, m)
}
