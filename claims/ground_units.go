package claims

import (
	"slices"
	"strings"

	"github.com/riwaya/riwaya/claims/arabic"
)

// groundUnitsAt reports whether ground units are named next to the
// generic event word at token k (within six words before it and four
// after, inside the claim's content), with no word of the air there:
// "نفذت قوات من الفرقة الرابعة عملية"، "استهدفت دورية للجيش سيارة"،
// "نفذت قوات خاصة عملية في البلدة". "وحدات الجيش" is left out: state
// media say it of every arm, the air force's raids too. A unit on the ground that carries out
// an operation or targets something is not an air raid; typed a ground
// attack, the generic claim still joins a shelling there that day (the
// two are compatible) or, as a generic attack, a strike from the air.
func groundUnitsAt(d *doc, r region, k int) bool {
	lo, hi := max(r.cs, k-6), min(r.hi, k+5)
	for j := lo; j < hi; j++ {
		if airStems[d.toks[j].Stem] {
			return false
		}
	}
	// Before the word, a unit is its doer unless an answer or "على"
	// stands between: "وحدات الجيش ترد فوراً على اعتداءات" answers the attack.
	for j := k - 1; j >= lo; j-- {
		if t := d.toks[j]; t.Norm == "علي" || t.Norm == "ضد" || answerStems[t.Stem] {
			break
		}
		if groundUnit(d, j, hi) && !harmedUnit(d, j, r.cs) {
			return true
		}
	}
	for j := k + 1; j < hi; j++ {
		if groundUnit(d, j, hi) && !harmedUnit(d, j, r.cs) {
			return true
		}
	}
	return false
}

// victimStems begin the folded words of dying or being hurt whose subject
// or object is the one harmed, never the doer: "استشهد خمسة جنود"، "مقتل
// جنود"، "إصابة جنود". The active "قتل" is left out: unvoweled, "قتل جنود
// مدنيين" may be soldiers who killed.
var victimStems = []string{"استشهد", "استشهاد", "لقي", "لقو", "قضى", "قضي", "قضو", "ارتقى", "ارتقو", "ارتقاء", "توفي",
	"مقتل", "مصرع", "اصيب", "اصابه", "اصابات", "جرح", "سقوط"}

// harmedUnit reports whether the unit at j is the harmed one: a word of
// victimStems stands at most three words before it (a count may come
// between), no earlier than lo.
func harmedUnit(d *doc, j, lo int) bool {
	for i := j - 1; i >= lo && i >= j-3; i-- {
		t := d.toks[i]
		if t.Kind != arabic.TokWord && t.Kind != arabic.TokNumber {
			return false
		}
		w := strings.TrimPrefix(strings.TrimPrefix(t.Norm, "و"), "ب")
		w = strings.TrimPrefix(w, "ال")
		if slices.ContainsFunc(victimStems, func(p string) bool { return strings.HasPrefix(w, p) }) {
			return true
		}
	}
	return false
}

// groundUnit reports whether token j names a unit on the ground (see
// groundUnitStems; also "قوات خاصة").
func groundUnit(d *doc, j, hi int) bool {
	st := d.toks[j].Stem
	return groundUnitStems[st] || st == "قوات" && j+1 < hi && d.toks[j+1].Stem == "خاصه"
}

// answerStems are verbs and nouns of answering fire ("ترد"، "ردت"، "رداً").
var answerStems = map[string]bool{"رد": true, "ردت": true, "ترد": true, "يرد": true, "ردا": true, "ردوا": true}

// groundUnitStems are stems of words for units that fight on the ground:
// divisions, brigades, regiments, battalions, patrols, soldiers,
// commandos.
var groundUnitStems = map[string]bool{
	"فرقه": true, "الفرقه": true, "لواء": true, "فوج": true, "كتيبه": true,
	"دوريه": true, "دوريات": true, "جنود": true, "كوماندوز": true, "مشاه": true,
}

// airStems are stems that put a deed in the air: aircraft, drones, jets,
// raids, the air force.
var airStems = map[string]bool{
	"طائرات": true, "طائره": true, "طيران": true, "مقاتلات": true, "مقاتله": true, "مسيره": true,
	"مسيرات": true, "غارات": true, "غاره": true, "جويه": true, "جوي": true, "جو": true, "مروحيات": true,
	"مروحيه": true, "حربيه": true,
}
