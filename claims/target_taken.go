package claims

import (
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
	"github.com/riwaya/riwaya/claims/places"
)

// Ground taken, fire's own positions, what is left.
//
// Reports of an assault name the ground the attackers took: "سيطروا على
// قرية ..."، "أعلن سيطرته على بلدة ..."، "انتزعت الفصائل مداجن وتلة"،
// "حملة لاستعادة القرى". A town, a village or farms so named are the
// prize of the fighting, not a characterisation of what the attack hit as
// civilian. Military things taken ("سيطروا على حواجز للجيش") still say what
// was attacked and stay.

// captureStems are the verbs and verbal nouns of taking or retaking ground.
// Folded stems.
var captureStems = foldedSet(
	"سيطر", "سيطرت", "سيطروا", "سيطرة", "سيطرته", "سيطرتها", "سيطرتهم", "يسيطر", "تسيطر", "يسيطرون",
	"استولى", "استولت", "استولوا", "استيلاء", "استيلائه", "استيلائها", "استيلائهم",
	"استعاد", "استعادت", "استعادوا", "استعادة", "يستعيد", "تستعيد", "استعادته", "استعادتها",
	"انتزع", "انتزعت", "انتزعوا", "انتزاع", "بسط", "بسطت", "بسطوا", "تحرير", "حرر", "حررت", "حرروا",
)

// captureFillers may stand between the word of taking and the ground
// taken: the preposition, an adverb, a quantity ("على عدد من القرى"،
// "على كامل البلدة"، "أيضاً على"). Folded stems.
var captureFillers = foldedSet("على", "أيضا", "كذلك", "عدد", "من", "كامل", "كل", "معظم", "أجزاء", "جميع", "بقية", "باقي")

// heldGround reports whether a characterisation names ground that may be
// taken: a town, a village, a quarter, farms, fields or orchards.
func heldGround(t string) bool {
	if localityTargets[t] {
		return true
	}
	for _, w := range []string{"farm", "orchard", "fields", "crops"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// capturedGround reports whether the ground at j is the object of a word
// of taking (see captureStems), with only fillers between them.
func capturedGround(d *doc, r region, in func(int) bool, j int) bool {
	for k := j - 1; k >= r.lo && k >= j-5 && in(k); k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokNumber {
			continue
		}
		if t.Kind != arabic.TokWord {
			return false
		}
		if captureStems[t.Stem] || captureStems[t.Norm] {
			return true
		}
		if !captureFillers[t.Stem] && !captureFillers[t.Norm] {
			return false
		}
	}
	return false
}

// ownPositionBases are the stems of military places that, with a
// possessive ending after "من", name where the attacker fired from:
// "أطلق الصواريخ على المدينة من مواقعه في البلدة"، "قصفت المدفعية القرية
// من نقاطها". Folded.
var ownPositionBases = foldedSet("مواقع", "موقع", "نقاط", "نقطة", "مقرات", "مقر", "مراكز", "مرابض", "منصات",
	"ثكنات", "تحصينات")

// ownPositionFrom reports whether the target word at j is a military
// place with a possessive ending right after "من": the fire's own base,
// not what it hit.
func ownPositionFrom(d *doc, j int) bool {
	if j == 0 || d.toks[j-1].Norm != "من" && d.toks[j-1].Norm != "ومن" {
		return false
	}
	s := d.toks[j].Stem
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		if b, ok := strings.CutSuffix(s, suf); ok && ownPositionBases[b] {
			return true
		}
	}
	return false
}

// remainVerbs are the verbs of being left, after which "سوى" counts what
// is left, not what was hit: "لم يبق للجيش سوى قاعدتين". Folded stems.
var remainVerbs = foldedSet("يبق", "يبقى", "تبق", "تبقى", "بقي", "بقيت", "يتبق", "يتبقى", "تتبق", "يتبقي")

// remainsOnly reports whether the characterisation head at k ("سوى") comes
// after a verb of remaining within the seven words before it, in the
// clause.
func remainsOnly(d *doc, r region, k int) bool {
	if d.toks[k].Norm != "سوي" {
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-7; j-- {
		t := d.toks[j]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if remainVerbs[t.Stem] || remainVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// emptyWords say that the ground a shell fell on was empty: "سقطت في أراض
// زراعية خالية"، "في منطقة فارغة". Such ground is where the fire missed,
// not a target. Folded stems.
var emptyWords = foldedSet("خالية", "فارغة", "خلاء")

// emptyGround reports whether ground ending before last is qualified as
// empty by the word right after it.
func emptyGround(d *doc, t string, last int) bool {
	if !heldGround(t) || last >= len(d.toks) {
		return false
	}
	u := d.toks[last]
	return u.Kind == arabic.TokWord && (emptyWords[u.Stem] || emptyWords[u.Norm])
}

// hospitalStems are the folded stems of the words for a hospital or a
// clinic.
var hospitalStems = foldedSet("مشفى", "مشافي", "مستشفى", "مستشفيات", "مستوصف", "مستوصفات")

// hospitalDestination reports whether the hospital at j is where the
// wounded were taken: it follows "إلى" ("أسعف الجرحى إلى مشفى البلدة"،
// "نقلوا إلى المستشفى"), or carries ل after a verb of carrying within the
// three words before ("نقل للمشفى"). A hospital struck is the object of
// the attack word, not of "إلى".
func hospitalDestination(d *doc, j int) bool {
	if j == 0 || !hospitalStems[d.toks[j].Stem] {
		return false
	}
	if p := d.toks[j-1]; p.Norm == "الي" || p.Norm == "والي" {
		return true
	}
	if !hasClitic(d.toks[j].Clitics, 'ل') {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if carryStems[d.toks[k].Stem] {
			return true
		}
	}
	return false
}

// carryStems are the verbs and nouns of carrying the hurt away: "نقل"،
// "أسعف"، "إسعاف". Folded stems.
var carryStems = foldedSet("نقل", "نقلت", "نقلوا", "نقله", "نقلهم", "أسعف", "أسعفت", "أسعفوا", "إسعاف", "إسعافه", "إسعافهم", "حول", "حولت", "حولوا", "حوّل")

// settlementAt reports whether a known settlement's name (a village, a
// town, a city or a quarter in the gazetteer) starts in the word at k.
func (x *Extractor) settlementAt(d *doc, k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != arabic.TokWord {
		return false
	}
	return x.settlementStarts(d, k, false)
}

// settlementStarts reports whether a known settlement's name (a village, a
// town, a city or a quarter in the gazetteer) starts in the word at k; with
// longer, only a name that runs on past that word counts.
func (x *Extractor) settlementStarts(d *doc, k int, longer bool) bool {
	u := d.toks[k]
	for _, p := range d.places {
		if p.Name.Start < u.Start || p.Name.Start >= u.End || longer && p.Name.End <= u.End {
			continue
		}
		if pl, ok := x.gaz.Get(p.PlaceID); ok {
			switch pl.Kind {
			case places.KindVillage, places.KindTown, places.KindCity, places.KindNeighbourhood:
				return true
			}
		}
	}
	return false
}

// assaultNouns are the folded stems of the nouns of an assault on ground.
var assaultNouns = foldedSet("هجوم", "هجوما", "هجومه", "هجومها", "هجومهم", "هجمات", "هجمة", "اقتحام", "تقدم", "زحف")

// namedGround reports whether the characterisation t at j..last is a word
// for a farm before a settlement's name ("مزارع يعرب"، "مزرعة الخير": the
// name of a place), or a town or a village named as the ground an assault
// went for ("شنت الفصائل هجوماً على بلدة كذا"): it says where the fighting
// was, not that what was hit was civilian. Shells that fell on a named
// town still characterise it.
func (x *Extractor) namedGround(d *doc, t string, j, last int) bool {
	if !x.settlementAt(d, last) {
		return false
	}
	if t == "farm" || t == "farms" {
		return true
	}
	if t != "town" && t != "village" || j < 2 || d.toks[j-1].Norm != "علي" {
		return false
	}
	return assaultNouns[d.toks[j-2].Stem]
}

// reliefNouns are the folded stems of "siege" after which "عن" names the
// place relieved: "فك الحصار عن البلدة"، "كسر الحصار عن القرى".
var reliefNouns = foldedSet("حصار", "الحصار")

// siegeRelieved reports whether the word at j follows "الحصار عن": the
// place a siege is lifted from, which the attack meant to relieve.
func siegeRelieved(d *doc, j int) bool {
	return j >= 2 && d.toks[j-1].Norm == "عن" && (reliefNouns[d.toks[j-2].Stem] || reliefNouns[d.toks[j-2].Norm])
}

// sideNamedAfter reports whether the armed men at j are a named side's,
// by the genitive right after them: "عناصر النظام"، "مقاتلي الفصائل"،
// "عناصر قسد". Bare ("لا يوجد فيه عناصر"، "لا وجود لأي مسلحين") they say
// the place had no armed men at all.
func (x *Extractor) sideNamedAfter(d *doc, r region, in func(int) bool, j int) bool {
	k := j + 1
	if k >= r.hi || !in(k) || d.toks[k].Kind != arabic.TokWord || d.toks[k].Clitics != "" {
		return false
	}
	switch d.toks[j].Stem {
	case "عناصر", "عنصر", "مقاتلي", "مسلحي":
	default:
		return false
	}
	if a, _, ok := x.actors.at(d.toks, k); ok && a != "unknown" {
		return true
	}
	switch d.toks[k].Stem {
	case "نظام", "جيش", "فصائل", "تنظيم", "قوات", "ميليشيات", "ميليشيا", "مليشيات":
		return true
	}
	return false
}

// bomberNouns are the folded stems of the nouns of a suicide bomber or an
// attacker, whose group follows with "من" or "ل": "انتحاري من إرهابيي
// التنظيم"، "تفجير انتحاري لمسلحي الجبهة".
var bomberNouns = foldedSet("انتحاري", "انتحاريا", "انتحاريان", "انتحاريين", "انتحاريون", "انغماسي", "انغماسيين",
	"انغماسيون", "مهاجم", "مهاجمين", "مهاجمون")

// bomberOf reports whether the armed men at j are the group a suicide
// bomber or an attacker came from: who did it, not whom it hit.
func bomberOf(d *doc, j int) bool {
	if j >= 2 && d.toks[j-1].Norm == "من" && bomberNouns[d.toks[j-2].Stem] {
		return true
	}
	return j >= 1 && hasClitic(d.toks[j].Clitics, 'ل') && bomberNouns[d.toks[j-1].Stem]
}

// ladenWords are the folded stems of "laden", "محملة بالمتفجرات".
var ladenWords = foldedSet("محملة", "المحملة", "محملا", "محمل", "مليئة", "معبأة")

// explosiveWords are the folded stems of explosives a vehicle is laden
// with.
var explosiveWords = foldedSet("متفجرات", "عبوات", "مواد", "ديناميت", "قنابل")

// ladenDetonated reports whether the vehicle at j..last is laden with
// explosives ("سيارة محملة بالمتفجرات") and set off by a verb of
// detonating up to eight words before it ("فجّر انتحاري من التنظيم
// سيارة ..."): the bomb, not what it hit.
func ladenDetonated(d *doc, j, last int) bool {
	if last+1 >= len(d.toks) || !ladenWords[d.toks[last].Stem] || !explosiveWords[d.toks[last+1].Stem] {
		return false
	}
	for k, n := j-1, 0; k >= 0 && n < 8; k-- {
		t := d.toks[k]
		if t.Kind == arabic.TokPunct && !t.IsQuote() {
			return false
		}
		if t.Kind == arabic.TokWord {
			n++
		}
		if detonateVerbs[t.Norm] || detonateVerbs[t.Stem] {
			return true
		}
	}
	return false
}

// armedAntecedent reports whether the target word at j carries a plural
// possessive ending ("تجمعاتهم"، "تجمعاتها") and armed men are named
// earlier in the sentence, whom the pronoun takes up: "تراجع مقاتلو
// الفصائل بعد غارات على تجمعاتهم".
func armedAntecedent(d *doc, j int) bool {
	s := d.toks[j].Stem
	if !strings.HasSuffix(s, "هم") && !strings.HasSuffix(s, "ها") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-40; k-- {
		if t := d.toks[k]; t.Kind == arabic.TokPunct && (t.Norm == "." || t.Norm == "؟" || t.Norm == "!" || t.Norm == "\n") {
			break // the sentence's start
		}
		if d.toks[k].Kind != arabic.TokWord {
			continue
		}
		switch st := d.toks[k].Stem; {
		case strings.HasPrefix(st, "مقاتل"), strings.HasPrefix(st, "مسلح"), strings.HasPrefix(st, "ارهابي"),
			st == "عناصر", st == "عناصره", st == "عناصرها":
			return true
		}
	}
	return false
}
